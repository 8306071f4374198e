"""Named thresholds and text patterns of the cleaner.

Every number here was calibrated on the development pages shipped in
tests/clean/cleanbench/ (54 news pages, scored as the ScrapingHub article-extraction
benchmark does) and on the five seeds, by sweeping one constant at a time with the others
fixed; the comment next to each gives the dev F1 it was chosen from. Values were taken from
the middle of flat stretches rather than from single best points, to generalise. Patterns are
generic shapes of news pages (comment forms, share prompts, error pages...), never strings
taken from one particular article.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..lexicon import MONTH_PATTERN, WEEKDAY_PATTERN

# ----------------------------------------------------------------- line features

#: English function words (lexicon.STOP_WORDS); the share of them in a line separates prose
#: (sentences people write) from menus, teaser headlines and credits, as in jusText (Pomikalek 2011).
STOP_WORDS = lexicon.STOP_WORDS

#: Sentence ends and teaser links are looked for in the last characters of a line only.
TAIL_CHARS = 40

# ---------------------------------------------------------------------- patterns

WORD = re.compile(r"\w+(?:['’]\w+)*")

#: End of a sentence: . ! ? … possibly followed by closing quotes or brackets; a colon
#: introducing a quote or a list. A source in square brackets may follow ("... in Ohio. [Poll]"),
#: as digests of other outlets' stories cite them.
SENTENCE_END = re.compile(r"""[.!?…:;]['"”’)\]»]*\s*(?:\[[^\[\]]{1,40}\]\s*)?$""")

#: A teaser cut short: ends with an ellipsis, possibly followed by a "read more" link.
TRUNCATED_TEASER = re.compile(
    r"(?:\.\.\.|…)\s*(?:\(?(?:continue reading|read more|more|full story)\)?\s*[»›>]*)?\s*$",
    re.IGNORECASE,
)

#: A link to another story ("… Continue reading", "Read more »") at the end of a line.
TEASER_LINK = re.compile(
    r"(?:\.\.\.|…)?\s*\(?(?:continue reading|read more|full story)\)?\s*[»›>]*\s*$", re.IGNORECASE
)

#: Social networks a writer asks readers to follow them on.
NETWORKS = (
    "twitter",
    "x",
    "facebook",
    "instagram",
    "threads",
    "bluesky",
    "mastodon",
    "tiktok",
    "linkedin",
    "youtube",
)
_NETWORKS = "(?:" + "|".join(NETWORKS) + ")"

#: Boilerplate recognised by its wording, generic to news sites. Each group name is the reason.
BOILERPLATE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "error page",
        r"\b(?:page|article|content)\s+(?:is\s+)?(?:not|no longer)\s+(?:available|found)\b"
        r"|\bpage\s+(?:no longer exists|(?:you\s+)?requested|could not be found|cannot be found)\b"
        r"|\bplease check the (?:address|url)\b|^\W*(?:error\s*)?404\b|\bpage not found\b",
    ),
    (
        "comment form",
        r"^\W*(?:leave|post|add|write|submit|new)\s+an?\s*(?:reply|comment|response)\b"
        r"|^\W*new comment\b|\byour email address will not be published\b|\brequired fields are marked\b"
        r"|\bcomment data is processed\b|\breduce spam\b|^\W*\d+\s+comments?\W*$|^\W*comments?\s*(?:\(\d+\))?\W*$"
        r"|^\W*(?:top rated|show|view|load|hide|most recent)\s+comments?\b|\bjoin the (?:discussion|conversation)\b"
        r"|^\W*(?:you must be )?logged in to (?:post|comment)\b|\bcomments? (?:are|is) closed\b"
        r"|^\W*(?:rating|votes?):\s*\d|^\W*reply\W*$|^\W*\d+\s+(?:replies|votes)\W*$",
    ),
    (
        "share buttons",
        r"^\W*(?:share|tweet|email|print|pin)\b(?:\s+(?:this|it|on|with|via|to|story|article|the story))"
        r"|^\W*click to (?:share|email|print)\b|\bshare (?:this|on) (?:facebook|twitter)\b"
        r"|^\W*(?:share|tweet|like this|like loading)\W*$|^\W*share it with friends\b"
        r"|\bfollow (?:us|him|her|me|them)\b.{0,30}(?:\bon\b|@)|\blike us on\b"
        # A call to follow a writer ("Follow Jane Roe on Twitter @janeroe", "... and follow @janeroe")
        # or a handle alone under a network's name ("Twitter: @janeroe"); prose that mentions a
        # network ("said on Twitter", "who follow the council on Facebook") opens otherwise.
        rf"|^\W*follow\b(?!-).{{0,60}}?\bon {_NETWORKS}\b|(?:^\W*|\band\s+)follow @\w"
        rf"|^\W*{_NETWORKS}\s*:\s*@\w+\W*$",
    ),
    (
        "newsletter prompt",
        r"\bsign[ -]?up\b.{0,40}\bnewsletters?\b|\bsubscribe\b.{0,40}\b(?:newsletter|email|inbox)\b"
        r"|\bnewsletters?\b.{0,40}\b(?:inbox|sign[ -]?up|subscribe)\b|\benter your email\b"
        r"|\bdelivered (?:straight |directly )?to your inbox\b|\bunsubscribe\b|\bno spam\b"
        r"|^\W*(?:subscribe|sign in|log in|register)\W*$"
        # A line opening on the call: "Sign up to get an email from ...", "(Subscribe to our podcast)",
        # "Want to receive this in your inbox?".
        r"|^\W*sign[ -]?up\b.{0,50}\b(?:e-?mails?|inbox|alerts?|updates)\b|^\W*subscribe to\b"
        r"|^\W*want (?:to (?:receive|get)|it)\b.{0,40}\binbox\b",
    ),
    ("copyright footer", r"©|\(c\)\s*\d{4}|^\W*copyright\b|\ball rights reserved\b"),
    (
        "cookie notice",
        r"\b(?:we|this (?:web)?site) uses? cookies\b|\bcookies? (?:policy|settings|consent)\b"
        r"|\baccept (?:all )?cookies\b|\bcontinue (?:using|to use) (?:our|this) (?:web)?site\b",
    ),
    (
        "navigation",
        r"^\W*skip to (?:main )?(?:content|navigation|search)\b|^\W*back to top\b"
        r"|^\W*(?:main )?menu\W*$|^\W*search(?: for)?\W*$|^\W*accessibility (?:links|help)\b",
    ),
    (
        "advertisement",
        r"^\W*(?:advertisement|advertising|sponsored(?: content)?|ad)\W*$"
        r"|^\W*story continues below\b|^\W*scroll to continue\b",
    ),
    (
        "read-more link",
        r"^\W*(?:read more|continue reading|read the full (?:story|article)|click here)\b"
        r"|^\W*\[?related:|^\W*(?:read more|see also|also read|read also)\s*:",
    ),
    (
        "reporting credits",
        r"^\W*(?:additional |further )?(?:reporting|writing|editing|compiled|produced) by\b"
        r"|;\s*editing by\b|\bcontributed to this (?:report|story|article)\W*$",
    ),
    (
        "photo caption",
        r"^\W*(?:image|photo|picture|video)\s+(?:copyright|caption|credit|source)\b"
        r"|^\W*(?:photo|image|credit|photograph|pictured|above|top|main image credit)\s*:"
        r"|^\W*\(?(?:photo|image|picture)s?\s+(?:by|courtesy|via)\b"
        r"|\b(?:getty images|shutterstock|ap photo|afp photo|reuters photo)\W*$",
    ),
)

#: Words one of which must appear (lower case) before a reason's pattern is tried: a plain
#: substring test is ten times cheaper than a regular expression search over a paragraph.
BOILERPLATE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "error page": ("page", "404", "not found", "address", "url", "not available"),
    "comment form": (
        "comment",
        "repl",
        "email address",
        "required fields",
        "spam",
        "discussion",
        "conversation",
        "logged in",
        "rating",
        "vote",
        "response",
    ),
    "share buttons": (
        "share",
        "tweet",
        "email",
        "print",
        "pin",
        "like",
        "follow",
        *(n for n in NETWORKS if len(n) > 1),  # "Twitter: @handle" ("x" alone would be tried everywhere)
    ),
    "newsletter prompt": ("newsletter", "subscribe", "sign", "inbox", "email", "register", "log in", "spam"),
    "copyright footer": ("©", "(c)", "copyright", "rights reserved"),
    "cookie notice": ("cookie", "continue"),
    "navigation": ("skip", "back to top", "menu", "search", "accessibility"),
    "advertisement": ("advert", "sponsor", "ad", "story continues", "scroll"),
    "read-more link": ("read", "continue", "click", "related", "see also"),
    "reporting credits": ("by", "contributed"),
    "photo caption": (
        "image",
        "photo",
        "picture",
        "video",
        "credit",
        "pictured",
        "above",
        "top",
        "getty",
        "shutterstock",
    ),
}

BOILERPLATE = tuple((reason, re.compile(pattern, re.IGNORECASE)) for reason, pattern in BOILERPLATE_PATTERNS)

#: One scan finds every keyword of a line; each keyword found names the reasons worth trying
#: (a keyword also stands for the shorter keywords inside it: "email address" -> "email").
_KEYWORDS = sorted({k for ks in BOILERPLATE_KEYWORDS.values() for k in ks}, key=len, reverse=True)
KEYWORD_SCAN = re.compile(
    r"\b(?:"
    + "|".join(re.escape(k) for k in _KEYWORDS if k[0].isalnum())
    + ")|"
    + "|".join(re.escape(k) for k in _KEYWORDS if not k[0].isalnum())
)  # "\b" first: the scan tries the alternatives at word starts only, twice as fast
KEYWORD_REASONS: dict[str, frozenset[str]] = {
    found: frozenset(reason for reason, ks in BOILERPLATE_KEYWORDS.items() if any(k in found for k in ks))
    for found in _KEYWORDS
}

#: Reasons whose lines mark the end of an article: once a comment form, an error page or the
#: wire's "Reporting by ...; Editing by ..." credits start, the article does not continue.
BOUNDARY_REASONS = frozenset({"error page", "comment form", "reporting credits"})

#: A standalone heading that opens a list of other stories (shape: short, a few generic words).
SECTION_HEADING = re.compile(
    r"^\W*(?:related(?: \w+)?|more (?:on|from|in|about) [\w ]{1,30}|most (?:read|popular|viewed|shared|commented)"
    r"(?: \w+)?|top (?:stories|news|articles)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?"
    r"|you (?:may|might) also (?:like|enjoy)|latest (?:news|stories|headlines|articles)|popular(?: \w+)?"
    r"|recent (?:posts|stories|articles|news)|(?:other|more) (?:stories|news|headlines)|read next|up next"
    r"|editor'?s picks?|features|elsewhere on [\w ]{1,20}|from (?:around|across) the web"
    r"|just in|in (?:other|case you missed)[\w ]{0,20}|about(?: [\w&.'’-]+){1,4})\W*$",
    re.IGNORECASE,
)

#: "By Jane Doe" / "By Jane Doe and John Roe, Reuters" / "Jane Doe and John Roe-".
BYLINE = re.compile(
    r"^\W*[Bb][Yy]\s+(?P<names>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|al|and|&|,))*)"
    r"(?:\s*[,|•·-]\s*.{0,60})?$"
)
NAME = r"[A-Z][a-zà-ÿ'’.-]+(?:[ -](?:[A-Z][a-zà-ÿ'’.-]*|de|van|von|der|al|bin|da|du|la|le))*"
NAME_LIST = rf"{NAME}(?:\s*(?:,|\band\b|&)\s*{NAME})*"
#: A line that is only names joined by "and", ending with a dash (a byline cut from its text).
BARE_BYLINE = re.compile(rf"^(?P<names>{NAME_LIST})\s*[-–—]\s*$")

#: "LYON, FRANCE, Jane Doe and John Roe- Body..." or "BERLIN — Body...": an all-caps place
#: (with optional region or country), then an optional byline, then a dash and the body.
DATELINE_LEAD = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+)*){0,2})"
    r"(?:\s*\((?:AP|AFP|Reuters|UPI|dpa|Xinhua)\))?"
    rf"(?:,\s*(?P<byline>{NAME_LIST}))?"
    r"\s*(?:[-–—]+|:)\s+(?P<body>\S.*)$",
    re.DOTALL,
)

#: Capitalised labels that open a paragraph like a dateline but name no place.
NOT_DATELINES = frozenset(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH VIDEO PHOTOS LIVE OPINION EDITORIAL ANALYSIS REVIEW "
    "NOTE EDITOR'S NOTE CORRECTION FILE ADVERTISEMENT SPONSORED".split()
) | {"EDITOR'S NOTE", "BREAKING NEWS"}

MONTH = MONTH_PATTERN
WEEKDAY = WEEKDAY_PATTERN

#: A line that is (mostly) a date: "Monday, March 4th 2019", "• 04/03/2019",
#: "Nov. 18, 2019 7:04 pm ET", "Posted: Fri 6:45 PM, Feb 16, 2018".
DATE_LINE = re.compile(
    r"^\W*(?:(?:published|posted|updated|last updated|first published|date)\s*:?\s*(?:on\s+)?)?"
    rf"(?:{WEEKDAY},?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
    r"(?:\s*[/|•·]\s*[^/|•·]{0,30}){0,2}\W*$",
    re.IGNORECASE,
)

#: "Name Surname, AGENCY | caption text": a photo credit followed by the caption.
CREDIT_CAPTION = re.compile(r"^(?P<credit>[A-Z][^|]{2,60}?)\s+\|\s+(?P<caption>\S.{10,})$")

#: Photo caption wording without a credit prefix ("(pictured left)", "Image caption ...").
CAPTION_WORDS = re.compile(
    r"\((?:pictured|seen|left|right|center|centre)\b[^)]*\)|^\W*image caption\b", re.IGNORECASE
)

#: A photo or file label between headline and body: "Town - 02-03-19 - 4", "IMG_0423".
IMAGE_LABEL = re.compile(r"\s[-–]\s.*\d|\d+-\d+-\d+|_\d|\.(?:jpe?g|png|gif)\b", re.IGNORECASE)

#: A line that is only a list of names ("Jane Doe, John Roe"): a byline when it stands between
#: the headline and the body.
NAMES_ONLY = re.compile(rf"^(?:[Bb]y\s+)?{NAME_LIST}$")

#: A decorated subhead, as wire services print them: "- Talks stall -" (a full stop after it
#: is a copy-editing slip, as in "– Old hands –.").
DECORATED_SUBHEAD = re.compile(r"^\s*[-–—*•]+\s*(?P<text>[^-–—*•].{1,80}?)\s*[-–—*•]+\s*\.?\s*$")

#: A menu written on one line: "Home | World | Business | Sport".
INLINE_MENU = re.compile(r"^(?:[^|•·]{1,30}[|•·]){2,}[^|•·]{0,30}$")
