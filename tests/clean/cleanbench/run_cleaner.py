"""Clean every development page into OUTDIR/NNN.txt, for score.py.

python tests/clean/cleanbench/run_cleaner.py OUTDIR
python tests/clean/cleanbench/score.py OUTDIR        (or ../shared/cleanbench-dev/score.py)
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsdossier.clean import clean_text

HERE = Path(__file__).resolve().parent


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for page in sorted((HERE / "pages").glob("*.txt")):
        result = clean_text(page.read_text(encoding="utf-8"))
        (out / page.name).write_text("\n\n".join(p.text for p in result.paragraphs) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
