"""compare and render take records: they do not split sentences, find quotes or speakers, read
facts from text, or call the analyze stage, and templates get view models, not pipeline functions.

The checks read the modules' source (AST) and the templates. They can fail: the last test feeds
the checker a module that breaks each rule and expects every break reported; put a
`def split_sentences`, a `def passage_terms`, a `class AliasIndex`, a `from rapidfuzz import fuzz` or a
`from ..analyze.group import group_quotes` back into compare/ or render/ and
test_compare_and_render_read_records_only fails. So does reading a record's text: a pattern applied
to a `.text` (`LABEL.match(unit.passage.text)`), a search in one (`snippet in passage.text.lower()`),
a string method on one (`quote.text.split()`, `fact.subject.lower()`, `denial.scope.strip()`), a
split into words of any string in compare/ (`len(phrase.split())`), or `import re` in compare/.
The reads compare and render still do are listed in STILL_READING with why; an entry that no
longer reads fails too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import newsdossier

PACKAGE = Path(newsdossier.__file__).parent
STAGES = ("compare", "render")

# Readers of the text that compare and render once kept beside the analysis, and the analysis'
# own functions they once called: the analysis record carries what they computed.
SHADOW_READERS = frozenset(
    """split_sentences sentence_spans reading_spans article_passages holding_passage _quoted
    reported_speaker facts_from_text group_quotes co_mentions paragraph_facts article_quotes
    passage_terms split_clauses places_named refers_back denials affirmed AliasIndex AliasMatcher
    versions_match _matching_pairs _quote_ratio _token_set_ratio _window_words _scopes
    sentence_terms topic_terms shorten opens_quote figure_phrase _whole_words _written_forms
    sentence_label sentences_holding snippet_places shown_value with_shown""".split()
)
# Reading a record's text: patterns applied to it, string methods that search or split it.
PATTERN_CALLS = frozenset("match search findall finditer sub subn fullmatch split".split())
STRING_READS = frozenset(
    """find rfind index rindex split rsplit lower casefold upper startswith endswith count partition
    rpartition strip lstrip rstrip""".split()
)
# The reads of text compare and render still do, and why they are left: module -> the breaks
# `text_reads` reports for it. Empty since issue 12: a quote's word count and its words for the
# word diffs (Quote.wording) and each paragraph's anchor (Analysis.anchors) come from analyze.
STILL_READING: dict[str, list[str]] = {}
# Attributes of records that hold words of the articles: a record's text, the quotation a
# comparison unit carries (Unit.quote), what a fact counts (Fact.subject), a denial's cue, scope
# and claim (Denial.cue, scope, claim, short).
WORDS_HELD = frozenset({"text", "quote", "subject", "cue", "scope", "claim", "short"})
# Libraries that read words (fuzzy matching, stemming): analyze uses them, compare and render get
# their results in the Analysis record (issue 12: one reading of the text).
WORD_READERS = frozenset({"rapidfuzz", "snowballstemmer"})
# Relocating an analysis result by a slice of its text ("passage.text[:40]").
RELOCATION = re.compile(r"\.find\([^()]*\[\s*:\s*\d+\s*\]\)")
# What templates must not call: pipeline functions and the dossier's lookups; dates go through
# the one `date` filter.
TEMPLATE_CALLS = re.compile(r"word_diff\(|dossier\.outlet\(|dossier\.article\(|strftime\(")


def breaks(source: str) -> list[str]:
    """Every rule a module's source breaks."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name in SHADOW_READERS:
            found.append(f"defines {node.name}")
        elif isinstance(node, ast.Import):
            found += [f"imports {a.name}" for a in node.names if a.name.split(".")[0] in WORD_READERS]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if module == "analyze" or module.startswith("analyze.") or "newsdossier.analyze" in module:
                found.append(f"imports {module}")
            elif module.split(".")[0] in WORD_READERS:
                found.append(f"imports {module}")
            found += [f"imports {a.name}" for a in node.names if a.name in SHADOW_READERS]
    found += [f"relocates by {m.group()}" for m in RELOCATION.finditer(source)]
    return found


def _reads_text(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr in WORDS_HELD for n in ast.walk(node))


def text_reads(source: str, stage: str) -> list[str]:
    """Every read of a record's text in a module of `stage` (compare may not use patterns at all)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import) and stage == "compare":
            found += ["imports re" for a in node.names if a.name == "re"]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            method, owner = node.func.attr, node.func.value
            if method in PATTERN_CALLS and any(_reads_text(argument) for argument in node.args):
                found.append(f"applies .{method}() to .text")
            elif method in STRING_READS and isinstance(owner, ast.Attribute) and owner.attr in WORDS_HELD:
                found.append(f"reads .{owner.attr}.{method}()")
            elif stage == "compare" and method == "split" and not node.args and not node.keywords:
                found.append("splits words")  # words counted or spaced: the analysis' to read
        elif isinstance(node, ast.Compare) and any(isinstance(op, ast.In | ast.NotIn) for op in node.ops):
            found += ["searches in .text" for right in node.comparators if _reads_text(right)]
    return found


def test_compare_and_render_read_records_only():
    found = {
        str(path.relative_to(PACKAGE)): breaks(path.read_text(encoding="utf-8"))
        for stage in STAGES
        for path in sorted((PACKAGE / stage).rglob("*.py"))
    }
    assert {path: problems for path, problems in found.items() if problems} == {}


def test_compare_and_render_read_no_record_text_but_what_is_listed():
    found = {
        str(path.relative_to(PACKAGE)): text_reads(path.read_text(encoding="utf-8"), stage)
        for stage in STAGES
        for path in sorted((PACKAGE / stage).rglob("*.py"))
    }
    assert {path: sorted(reads) for path, reads in found.items() if reads} == STILL_READING


def test_templates_get_view_models_not_pipeline_functions():
    found = [
        f"{path.name}: {match.group()}"
        for path in sorted((PACKAGE / "templates").glob("*.j2"))
        for match in TEMPLATE_CALLS.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_checker_finds_each_break():
    source = (
        "from ..analyze.group import group_quotes\n"
        "from ..analyze import analyze\n"
        "from rapidfuzz import fuzz\n"
        "import snowballstemmer\n"
        "def split_sentences(text):\n"
        "    return paragraph.find(passage.text[:40])\n"
        "def passage_terms(text, aliases):\n"
        "    return split_clauses(text)\n"
        "class AliasIndex:\n"
        "    pass\n"
    )
    assert breaks(source) == [
        "imports analyze.group",
        "imports group_quotes",
        "imports analyze",
        "imports rapidfuzz",
        "imports snowballstemmer",
        "defines split_sentences",
        "defines passage_terms",
        "defines AliasIndex",
        "relocates by .find(passage.text[:40])",
    ]
    assert TEMPLATE_CALLS.search('{{ word_diff(a, b) }} {{ d.strftime("%B") }}')
    reading = (
        "import re\n"
        "def label(unit, snippet, quote, fact, denial, figure):\n"
        "    if snippet in unit.passage.text.lower():\n"
        "        return OPENING.match(unit.passage.text)\n"
        "    words = len(unit.quote.split())\n"
        "    vague = fact.subject.lower() in VAGUE\n"
        "    claim = denial.scope.strip()\n"
        "    return re.sub(r'x', '', quote.text), len(quote.text), len(figure[1].split())\n"
    )
    assert sorted(text_reads(reading, "compare")) == sorted(
        [
            "imports re",
            "searches in .text",
            "reads .text.lower()",
            "applies .match() to .text",
            "reads .quote.split()",
            "reads .subject.lower()",
            "reads .scope.strip()",
            "applies .sub() to .text",
            "splits words",
        ]
    )
    assert sorted(text_reads(reading, "render")) == sorted(
        r for r in text_reads(reading, "compare") if r not in ("imports re", "splits words")
    )
