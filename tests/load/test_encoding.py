"""Seeds in any encoding: decoded, mojibake repaired, and both said in the article's provenance."""

from __future__ import annotations

import shutil

from newsdossier.load import load_dossier
from newsdossier.load.encoding import decode_seed
from newsdossier.pipeline import build_dossier
from sitebuild import EXAMPLE

TEXT = "José Martí said the café “would reopen” — soon, at 5 € a cup.\r\n"


def test_utf8_is_read_as_it_is_and_says_nothing():
    decoded = decode_seed(TEXT.encode("utf-8"))
    assert decoded.text == TEXT and decoded.encoding == "utf-8" and decoded.notes == ()


def test_windows_1252_with_curly_quotes_and_dashes_is_decoded():
    decoded = decode_seed(TEXT.encode("cp1252"))
    assert decoded.text == TEXT
    assert decoded.notes == ("Decoded from windows-1252 (not UTF-8; every byte is Windows-1252).",)


def test_latin_1_is_read_as_windows_1252_which_contains_it():
    assert decode_seed("Zoë à Paris\n".encode("latin-1")).text == "Zoë à Paris\n"


def test_utf16_with_and_without_a_byte_order_mark():
    assert decode_seed(TEXT.encode("utf-16")).text == TEXT
    assert decode_seed(("The mayor said " * 20 + TEXT).encode("utf-16-le")).text.endswith(TEXT)


def test_mojibake_is_repaired_and_every_repair_is_listed():
    decoded = decode_seed("JosÃ© Martí met FranÃ§ois at the cafÃ©.\n".encode())
    assert decoded.text == "José Martí met François at the café.\n"
    assert (
        len(decoded.notes) == 1 and "3 places" in decoded.notes[0] and "“JosÃ©” → “José”" in decoded.notes[0]
    )


def test_composed_and_decomposed_accents_are_left_alone():
    decomposed = "Cafe\u0301 owners said it was fine.\n"
    assert decode_seed(decomposed.encode("utf-8")).text == decomposed


def test_binary_data_is_still_refused_with_its_line():
    decoded = decode_seed(b"text\n\x00\x01\x02", what="seeds/x.txt")
    assert (
        decoded.error
        == "Expected text in seeds/x.txt but received binary data (a NUL byte at line 2, column 1)"
    )


def test_a_windows_1252_seed_with_mojibake_builds_and_its_page_says_so(tmp_path):
    for name in ("dossier", "seeds"):
        shutil.copytree(EXAMPLE / name, tmp_path / name)
    seed = tmp_path / "seeds" / "004_f52bfe66f0f2701d.txt"
    text = seed.read_text(encoding="utf-8").replace("\n", "\r\n")
    first = text.index("Putin")
    # A mis-decoded "î" saved into the file, and a "ë" that makes the bytes Windows-1252, not UTF-8.
    text = text[:first] + "PutÃ®n and Zoë " + text[first:]
    seed.write_bytes(text.encode("cp1252", errors="replace"))
    dossier = load_dossier(tmp_path)
    article = next(a for a in dossier.articles if a.source.endswith("004_f52bfe66f0f2701d.txt"))
    assert "PutÃ®n" not in article.raw and "Putîn" in article.raw
    assert article.decoding[0].startswith("Decoded from windows-1252")
    assert "“PutÃ®n” → “Putîn”" in article.decoding[1]
    page = next(
        f for f in build_dossier(tmp_path, dossier=dossier).files if f.path == f"articles/{article.id}.md"
    )
    assert "Decoded from windows-1252" in page.content and "Repaired mis-decoded characters" in page.content
