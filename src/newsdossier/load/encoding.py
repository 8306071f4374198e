"""Any encoding in: a seed's bytes -> text, with what was done said for the article's provenance.

Order of trust, most certain first:
1. a byte-order mark (UTF-8, UTF-16 or UTF-32);
2. strict UTF-8 (a non-UTF-8 file almost never decodes as UTF-8 by chance);
3. UTF-16/32 without a mark, recognised by its NUL bytes (charset-normalizer);
4. Windows-1252 when it decodes every byte: the WHATWG encoding standard reads every "Latin-1"
   page as Windows-1252, and it is what Western newsroom tools save. charset-normalizer is not
   asked first here because on short English texts its guess is unstable: on the 24 legacy
   files of the development dossier it answered cp1250, cp775 or cp852, each of which turns the
   curly quotes and dashes of Windows-1252 into other letters;
5. otherwise charset-normalizer's best guess, named as a guess.
Then ftfy repairs mojibake (UTF-8 read as Windows-1252 somewhere before the file was saved:
"JosÃ©" -> "José"), with only its encoding fixes switched on, so quotes, dashes, ligatures and
widths stay as the source wrote them. Every decoding other than UTF-8, and every repair, is
listed in `notes`, shown on the article page: nothing is changed silently.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

import charset_normalizer
import ftfy

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: ftfy with only the fixes that undo a wrong decoding; everything else keeps the source's text.
MOJIBAKE_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

#: How many repaired words the provenance note shows as examples.
REPAIR_EXAMPLES = 3


@dataclass(frozen=True)
class DecodedSeed:
    text: str = ""
    encoding: str = ""
    notes: tuple[str, ...] = ()  # what was done, for the reader: decoding, repairs
    error: str = ""  # why the bytes are not text (empty when decoded)


def _decode(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, how it was chosen) or ("", "", error)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding.replace("-sig", ""), "byte-order mark"
    if b"\x00" in data:  # text has no NUL byte, unless it is UTF-16 or UTF-32
        best = charset_normalizer.from_bytes(data).best()
        if best is not None and best.encoding.startswith(("utf_16", "utf_32")):
            return (
                str(best),
                best.encoding.replace("_", "-"),
                "detected from its NUL bytes, no byte-order mark",
            )
        nul = data.find(b"\x00")
        line = data.count(b"\n", 0, nul) + 1
        column = nul - (data.rfind(b"\n", 0, nul) + 1) + 1
        return (
            "",
            "",
            f"Expected text{{where}} but received binary data (a NUL byte at line {line}, column {column})",
        )
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        return text, "windows-1252", "not UTF-8; every byte is Windows-1252"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return (
            "",
            "",
            "Expected text{where} but could not tell its encoding (not UTF-8, UTF-16 or Windows-1252)",
        )
    return str(best), best.encoding.replace("_", "-"), "guessed by charset-normalizer"


def _repairs(before: str, after: str) -> list[tuple[str, str]]:
    """(wrong, right) word pairs that the repair changed, first ones first."""
    a, b = before.split(), after.split()
    pairs = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            pairs.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return pairs


def repair_mojibake(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with mojibake undone line by line, and the (wrong, right) pairs."""
    lines = text.split("\n")
    pairs: list[tuple[str, str]] = []
    for i, line in enumerate(lines):
        if line.isascii():
            continue  # mojibake is made of non-ASCII characters; most lines are skipped cheaply
        # Mojibake is looked for in the composed (NFC) form: "Ã©" may be saved as "A", a combining
        # tilde and "©". A line is changed only when a mis-decoding was undone, not composed alone.
        composed = unicodedata.normalize("NFC", line)
        fixed = ftfy.fix_text(composed, MOJIBAKE_ONLY)
        if fixed != composed:
            pairs += _repairs(line, fixed)
            lines[i] = fixed
    return "\n".join(lines), pairs


def decode_seed(data: bytes, what: str = "") -> DecodedSeed:
    text, encoding, how = _decode(data)
    if not encoding:
        return DecodedSeed(error=how.replace("{where}", f" in {what}" if what else ""))
    notes = []
    if encoding != "utf-8":
        notes.append(f"Decoded from {encoding} ({how}).")
    repaired, pairs = repair_mojibake(text)
    if pairs:
        examples = ", ".join(f"“{wrong}” → “{right}”" for wrong, right in pairs[:REPAIR_EXAMPLES])
        more = f" and {len(pairs) - REPAIR_EXAMPLES} more" if len(pairs) > REPAIR_EXAMPLES else ""
        places = "1 place" if len(pairs) == 1 else f"{len(pairs)} places"
        notes.append(f"Repaired mis-decoded characters (mojibake) in {places}: {examples}{more}.")
    return DecodedSeed(repaired, encoding, tuple(notes))
