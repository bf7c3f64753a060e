"""Refresh the translation sources from the code, or build the compiled translations.

    python scripts/translations.py update    # lupdate: new strings into resources/translations/*.ts
    python scripts/translations.py release   # lrelease: every .ts into its .qm

``make translations`` runs ``release`` when a ``.ts`` changed; run ``update`` after changing a
string in editor/ or main.py, translate the new entries (Qt Linguist: ``pyside6-linguist``),
then release. ``tests/editor/test_translations.py`` runs the same lupdate into a temporary file
to check that the committed ``.ts`` is current and complete. Both tools ship with PySide6 and
work offline.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
#: What lupdate reads: every module of the editor and the command line.
SOURCES = ("editor", "main.py")
#: Module-level ``_tr(text)`` helpers are ``tr`` to lupdate (see editor/i18n.py).
LUPDATE_OPTIONS = (
    "-extensions",
    "py",
    "-tr-function-alias",
    "tr+=_tr",
    "-source-language",
    "en",
    "-locations",
    "relative",
    "-no-obsolete",
    "-silent",
)


def tool(name: str) -> Path:
    """A Qt Linguist tool from PySide6, next to this Python (``pyside6-lupdate``...)."""
    return Path(sys.executable).parent / f"pyside6-{name}"


def lupdate(ts_files: list[Path]) -> None:
    """Merge the strings of :data:`SOURCES` into ``ts_files`` (created if missing)."""
    sources = [str(ROOT / source) for source in SOURCES]
    subprocess.run(
        [str(tool("lupdate")), *LUPDATE_OPTIONS, *sources, "-ts", *map(str, ts_files)],
        check=True,
        cwd=ROOT,
        timeout=120,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    subprocess.run(
        [str(tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        timeout=120,
    )


def main(argv: list[str]) -> int:
    ts_files = sorted(FOLDER.glob("podium_*.ts"))
    match argv:
        case ["update"]:
            lupdate(ts_files)
        case ["release"]:
            for ts_file in ts_files:
                lrelease(ts_file, ts_file.with_suffix(".qm"))
        case _:
            print(__doc__, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
