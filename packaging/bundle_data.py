"""What the app bundle must carry besides code: one list for packaging/podium.spec and its test.

PyInstaller follows imports, not files. Podium reads its templates, examples, icons and
translations from ``resources/`` and its fonts from font packages, all through
importlib.resources, so each of those files has to be named to PyInstaller as data. The
lists are computed from the folders themselves, so a new file under ``resources/`` (a
translation, a template) is bundled without editing the spec; ``tests/test_packaging.py``
checks that every font the exporters load and every resource is in them.

Needs neither PyInstaller nor Qt, so the test can import it anywhere.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

#: Podium's own packages. editor.app is imported by name at run time (``main._open``), which
#: PyInstaller cannot see, so the spec lists every submodule of these as hidden imports.
OWN_PACKAGES = ("main", "models", "exporters", "editor", "resources")
#: OFL font packages the PDF, the HTML and the editor read their TrueType files from.
FONT_PACKAGES = ("font_source_sans_pro", "font_source_serif_pro", "manimgx_fonts")
#: Packages whose files are read through importlib.resources (see the spec).
RESOURCE_PACKAGES = ("resources", *FONT_PACKAGES)
#: Third-party packages that read data files of their own at run time: hyphenation
#: dictionaries, locale data, ReportLab's standard font metrics. PyInstaller's hooks usually
#: collect these already; naming them again costs nothing and survives a hook change.
DATA_PACKAGES = ("pyphen", "babel", "reportlab")
#: Third-party packages that import their own submodules by name (PyInstaller cannot see
#: it): reportlab.graphics.barcode loads every barcode widget when the QR code is drawn.
DYNAMIC_PACKAGES = ("reportlab.graphics.barcode",)
#: Qt modules the editor never uses. Qt WebEngine's library links Qt Quick and QML, so those
#: libraries stay, but without these Python modules PyInstaller does not add every QML
#: plugin (Qt 3D, Charts, Multimedia ...), over 100 MB the editor never loads.
QT_EXCLUDES = (
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtGraphs",
    "PySide6.QtDataVisualization",
    "PySide6.QtMultimedia",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtSensors",
    "PySide6.QtBluetooth",
    "PySide6.QtSerialPort",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
)
#: Nothing here is read at run time.
_SKIP_PARTS = {"__pycache__"}
_SKIP_SUFFIXES = {".pyc", ".pyo", ".py"}


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """Every data file under ``root/resources`` as PyInstaller ``(source, dest folder)`` pairs.

    ``.py`` files are left out: ``resources/__init__.py`` is code and travels as a module.
    """
    return _tree(root / "resources", "resources")


def font_datas() -> list[tuple[str, str]]:
    """The font files (and their licences) of :data:`FONT_PACKAGES`, where the code looks."""
    datas: list[tuple[str, str]] = []
    for package in FONT_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError(f"font package {package} is not installed")
        for location in spec.submodule_search_locations:
            datas += _tree(Path(location), package)
    return datas


def _tree(folder: Path, dest: str) -> list[tuple[str, str]]:
    datas = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or _SKIP_PARTS & set(relative.parts):
            continue
        if path.suffix in _SKIP_SUFFIXES:
            continue
        datas.append((str(path), str(Path(dest, *relative.parts[:-1]))))
    return datas
