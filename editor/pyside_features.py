"""Spare PySide6 from reading the source of every module imported after it.

PySide6 supports ``from __feature__ import snake_case``. To know which modules could use a
feature, it reads the source of every module imported after it (``inspect.getsource``) and
looks for the word "PySide6": for the ~200 modules the editor imports, about 20 ms of each
start (issue 13). Podium uses no feature, so :func:`skip_source_scan` enters the modules in
PySide's table before they are imported, with the answer the scan would give: the editor's
as "uses PySide, no feature" (0); the models' and the exporters' (which never import Qt) and
the modules already loaded (pydantic, the standard library) as "ignore" (-1).

The table is PySide's own (``PySide6.support.feature.pyside_feature_dict``); should a later
PySide6 not have it, nothing is entered and PySide scans as before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (loads PySide's feature support, and with it the table)

#: PySide's values: the module uses PySide with no feature selected / the module is ignored.
USES_PYSIDE, IGNORED = 0, -1


#: Podium's packages beside the editor; none of them imports Qt (import-linter holds them to it).
HEADLESS_PACKAGES = ("models", "exporters")
_ROOT = Path(__file__).resolve().parent.parent


def module_names(package: str) -> list[str]:
    """Every module of one of Podium's packages, found on disk (importing them is the cost).

    ``os.walk``, not ``Path.rglob``: a third of the time, and this runs at every start.
    """
    names = []
    for folder, folders, files in os.walk(_ROOT / package):
        folders[:] = [name for name in folders if name != "__pycache__"]
        prefix = ".".join(Path(folder).relative_to(_ROOT).parts)
        names.append(prefix)
        modules = [name[:-3] for name in files if name.endswith(".py")]
        names.extend(f"{prefix}.{module}" for module in modules if module != "__init__")
    return sorted(names)


def skip_source_scan() -> int:
    """Enter the editor's modules and those already loaded in PySide's table; return how
    many were entered (0 when this PySide6 has no such table)."""
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    for name in module_names("editor"):
        table.setdefault(name, USES_PYSIDE)
    for package in HEADLESS_PACKAGES:
        for name in module_names(package):
            table.setdefault(name, IGNORED)
    for name in list(sys.modules):
        table.setdefault(name, USES_PYSIDE if name.startswith("PySide6") else IGNORED)
    return len(table) - before
