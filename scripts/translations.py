"""Refresh the translation sources from the code, or build the compiled translations.

    python scripts/translations.py update    # lupdate: new strings into resources/translations/*.ts
    python scripts/translations.py release   # lrelease: every .ts into its .qm
    python scripts/translations.py fill nl TSV...  # translations from "source<TAB>text" lines
    python scripts/translations.py missing   # list the strings that have no translation yet

``make translations`` runs ``release`` when a ``.ts`` changed; run ``update`` after changing a
string in editor/ or main.py, translate the new entries (Qt Linguist: ``pyside6-linguist``),
then release. ``tests/editor/test_translations.py`` runs the same lupdate into a temporary file
to check that the committed ``.ts`` is current and complete. Both tools ship with PySide6 and
work offline.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
#: What lupdate reads: every module of the editor and the command line, and the core's
#: messages (``message("…")``, see models/message.py) and word tables.
SOURCES = ("editor", "main.py", "models", "exporters")
#: Module-level ``_tr(text)`` helpers are ``tr`` to lupdate (see editor/i18n.py), and
#: ``message(template, ...)`` marks a template as ``QT_TR_NOOP`` does (global context).
LUPDATE_OPTIONS = (
    "-extensions",
    "py",
    "-tr-function-alias",
    "tr+=_tr,QT_TR_NOOP+=message",
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


def _read_tsv(paths: list[str]) -> dict[str, str]:
    """``source<TAB>translation`` lines; ``\\n`` stands for a line break in either."""
    table: dict[str, str] = {}
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if "\t" not in line or not line.strip():
                continue
            source, text = line.split("\t", 1)
            table[source.replace("\\n", "\n")] = text.replace("\\n", "\n")
    return table


def _unfinished(ts_file: Path) -> tuple[ET.Element, list[tuple[str, ET.Element]]]:
    tree = ET.parse(ts_file).getroot()  # our own file, written by lupdate: not a received one
    found = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        forms = [form.text for form in translation.iter("numerusform")] if translation else []
        if translation is not None and (
            translation.get("type") == "unfinished"
            or not ((translation.text or "").strip() or any(forms))
        ):
            found.append((source, translation))
    return tree, found


def fill(ts_file: Path, tsv_files: list[str]) -> list[str]:
    """Translate unfinished entries of ``ts_file`` from TSV files; returns sources still open."""
    table = _read_tsv(tsv_files)
    tree, unfinished = _unfinished(ts_file)
    left = []
    for source, translation in unfinished:
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        else:
            left.append(source)
    body = ET.tostring(tree, encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts_file.write_text(header + body + "\n", encoding="utf-8")
    lupdate([ts_file])  # back to lupdate's own layout
    return left


def main(argv: list[str]) -> int:
    ts_files = sorted(FOLDER.glob("podium_*.ts"))
    match argv:
        case ["update"]:
            lupdate(ts_files)
        case ["release"]:
            for ts_file in ts_files:
                lrelease(ts_file, ts_file.with_suffix(".qm"))
        case ["fill", language, *tsv_files] if tsv_files:
            for source in fill(FOLDER / f"podium_{language}.ts", tsv_files):
                print(f"untranslated: {source!r}")
        case ["missing"]:
            for ts_file in ts_files:
                for source, _ in _unfinished(ts_file)[1]:
                    print(f"{ts_file.name}: {source!r}")
        case _:
            print(__doc__, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
