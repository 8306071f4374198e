"""The English vocabularies every stage reads news text with, in one place.

Months, weekdays, number words, stop words, abbreviations, titles, speech verbs,
qualifiers and surname particles were once kept by each stage in its own copy, and the
copies drifted apart (two number-word lists disagreed on "thirty"; a full stop after
"Sept." ended a sentence for one splitter and not the other). Stages import them from
here; a stage that needs a narrower or wider set builds it from these, by name.

Everything here is general English news vocabulary: no word is here for one article.
"""

from __future__ import annotations

# ------------------------------------------------------------------ dates

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

#: Lower-case month names and their abbreviations -> month number.
MONTHS: dict[str, int] = {
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)},
    **{name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)},
    "sept": 9,
}

#: A month name or abbreviation in a case-insensitive regular expression ("Sept.", "march").
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: A weekday or its abbreviation in a case-insensitive regular expression ("Tues.", "Thurs").
WEEKDAY_PATTERN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"

#: Fixed-date holidays name a date: "on Christmas Day" ~ "on December 25". (month, day)
HOLIDAYS = {"halloween": (10, 31), "christmas": (12, 25)}

# ---------------------------------------------------------------- numbers

#: Numbers written as words -> their value. "one" is left out: it is a pronoun as often as a count.
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip

#: Words that multiply the number before them ("3 million", "$2bn").
SCALE_WORDS = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "bn": 10**9,
    "m": 10**6,
}

#: Currency signs and words -> ISO code.
CURRENCIES = {
    "$": "USD",
    "US$": "USD",
    "\u20ac": "EUR",
    "\u00a3": "GBP",
    "dollars": "USD",
    "euros": "EUR",
    "pounds": "GBP",
}

#: Words before a number that qualify it ("more than 1,200", "nearly 40"); longest first so
#: that a regular expression built from them prefers "more than" to "more".
QUALIFIERS = (
    "more than",
    "fewer than",
    "less than",
    "at least",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "over",
    "some",
)

#: QUALIFIERS as one regular-expression alternation (no group, no flags).
QUALIFIER_PATTERN = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)

# ------------------------------------------------------------ plain words

#: English function words; the share of them in a line separates prose from menus and credits
#: (jusText, Pomikalek 2011), and they say nothing about what a passage reports.
STOP_WORDS = frozenset(
    """
    a about above after again against all also although am an and any are as at be because
    been before being below between both but by can could did do does doing down during each
    even ever every few for from further had has have having he her here hers herself him
    himself his how however i if in into is it its itself just least less many may me might
    more most much must my myself neither never no nor not now of off on once one only or
    other others our ours ourselves out over own per same shall she should since so some
    still such than that the their theirs them themselves then there these they this those
    though through thus to too under until up upon us very was we were what when where
    whether which while who whom whose why will with within without would yet you your
    yours yourself yourselves said says told
    """.split()
)

#: Capitalised words that start sentences or phrases but are not names ("Meanwhile", "According").
FUNCTION_WORDS = frozenset(
    """a an the and or but so yet if when while as after before since although though
    meanwhile earlier later yesterday today tomorrow tonight on in at for with without by
    from to of then now also both neither either even only still however moreover
    furthermore why how what where who whom whose which that this these those there here
    it its he she they we i you his her their our my your some many most all any each
    every no not nor according asked speaking despite during under over until unless
    instead besides indeed thus hence therefore because once just first last next another
    other such than into onto upon against among between within about around near""".split()
)

#: Words after which a full stop does not end a sentence ("Mr.", "Sept.", "U.S.", "a.m.").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen maj col lt capt sgt adm gov sen rep rev st jr sr
    messrs mt ft no nos vs etc inc corp co ltd dept univ jan feb mar apr jun jul aug
    sep sept oct nov dec approx est fig u.s u.n u.k e.u a.m p.m e.g i.e""".split()
)

# ------------------------------------------------------------------ people

#: Words that introduce a role before a name ("Foreign Minister Jane Doe").
TITLE_WORDS = frozenset(
    """president vice prime minister foreign defence defense interior finance secretary
    state chancellor senator sen rep representative congressman congresswoman gen general
    maj major col colonel lt lieutenant capt captain adm admiral cmdr commander sgt
    sergeant mr mrs ms miss dr prof professor king queen prince princess pope premier
    leader chief ambassador envoy spokesman spokeswoman spokesperson director governor
    mayor judge justice sheikh emir deputy minister's first lady sir dame lord baron
    marshal brig brigadier rev reverend father imam rabbi ayatollah mp mep mps
    chairman chairwoman chair head commissioner attorney ceo cfo coo cto founder
    co-founder executive analyst administrator
    """.split()
)

#: Titles put before a surname whatever the person's office ("Mr. Weber", "Dr. Weber").
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr")

#: The gender a title of address says: "Mrs. Doe" is a she, "Mr. Doe" a he.
GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lady": "f"}

#: Titles put before a surname alone ("Mr. Weber", "President Weber").
SURNAME_TITLES = (
    "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Professor", "President",
    "Chancellor", "Senator", "Sen.", "Prime Minister", "Minister", "General", "Gen.",
    "Secretary", "King", "Queen", "Pope", "Premier",
)  # fmt: skip

#: Lower-case particles that belong to a surname ("von der Brandt", "al-Rashid").
SURNAME_PARTICLES = frozenset("al el von van der den de du da di la le bin ibn abu ben".split())

#: Roles and reporting nouns that name who speaks, not what is said ("the minister said").
ROLE_WORDS = frozenset(
    """mr mrs ms president minister prime leader leaders spokesman spokeswoman official officials
    reporter reporters""".split()
)

# ------------------------------------------------------------------ speech

#: Speech verbs in the forms that attribute a quotation (`," Weber said`). Calibrated on
#: English news prose (quotebench dev): "fumed", "gushed", "interjected", "tweeted" attribute
#: as often as "said"; an -ing form has the subject of the main clause ("..., saying"). Base
#: forms ("say", "call") and forms that are mostly nouns ("claims", "posts", "charges") are left out.
SPEECH_VERBS = frozenset(
    """said says saying told tells telling added adds adding asked asks asking agreed agrees
    insisted insists insisting warned warns warning stressed stresses stressing declared declares
    declaring noted noting explained explains explaining reiterated reiterates reiterating called
    calling described describes describing dismissed dismissing accused accuses accusing
    urged urges urging stated argued argues arguing replied replies replying wrote writes
    writing continued continues acknowledged acknowledges admitted admits announced announces
    claimed claiming commented observed remarked suggested suggests conceded concedes concluded
    recalled recalls vowed vowing pledged promised tweeted tweets tweeting quipped quips
    predicted predicts cautioned complained complains boasted boasts boasting affirmed
    reaffirmed confirmed answered answers responded responds denied countered counters
    maintained maintains repeated echoed implored fumed fumes gushed gushes interjected
    demanded demands shouted shouts yelled exclaimed screamed snapped retorted mused joked
    jokes griped lamented laments sighed scoffed contended contends asserted
    asserts alleged testified testifies recounted recounts wondered wonders marveled
    marvelled bragged emphasized emphasised emphasizes posted reported reports
    texted emailed e-mailed advised pleaded whispered thundered chided blasted railed mocked
    mocks remembered remembers assured assures concludes barked confessed surmised
    elaborated yells boomed hollered proclaimed proclaims pressed retaliated reacted revealed
    proposed chiding lecturing
    asserting""".split()
) | {
    "weighed in",
    "chimed in",
    "went on",
    "pointed out",
    "goes on",
    "put it",
    "puts it",
    "points out",
    "shot back",
    "fired back",
}
#: Verbs that may come before their subject (`," said Jane Doe`); the others take a
#: person as object after them ("told Doe", "telling Doe", "urged Doe").
INVERTIBLE_SPEECH_VERBS = frozenset(
    """said says added adds asked asks agreed agrees insisted insists continued continues
    explained explains noted notes replied replies wrote writes declared observed remarked
    stated argued argues recalled recalls conceded concluded countered counters cautioned quipped
    quips acknowledged responded responds tweeted tweets warned warns wondered wonders
    interjected exclaimed shouted yelled mused joked jokes lamented laments sighed scoffed
    fumed gushed demanded implored retorted snapped recounted recounts marveled marvelled
    bragged boasted boasts predicted predicts suggested suggests reported declares remembered
    remembers concludes confessed surmised elaborated proclaimed reacted""".split()
) | {"according to"}
#: Titles written with a full stop in English news ("Sen. Jane Roe", "Del. Ann Lee"): the full
#: stop neither ends a sentence nor cuts the name from its speech verb.
ABBREVIATED_TITLES = frozenset(
    """mr mrs ms dr sen sens rep reps gov govs lt gen col maj capt sgt adm cmdr rev prof
    del atty amb hon pres supt insp det cpl pvt msgr fr sec gens""".split()
)

#: Verbs that report what someone says or holds, quotation or not ("officials believe",
#: "the ministry rejected"): wider than SPEECH_VERBS, for sentences of reported speech.
REPORTING_VERBS = frozenset(
    """said says say told tells insisted insists indicated added believe believes argued argues
    stated reiterated warned announced stressed claimed claims accused accuses rejected quoted""".split()
)
