"""The window's first paint loads no module only a later action needs.

The comparison (its diff and dialog), find and replace's search, chunspell's Python class
and the spelling thread's ctypes binding are imported at first use; so are the importer
(with the HTML parser a paste and an import share), the export's IR, Babel and HarfBuzz
(exports only), Pillow's plugins beyond the allowed formats, and the render pipe. An eager
import put back at the top of a module would slow every start without any test failing, so
this one looks at ``sys.modules`` in a fresh process.

The cyclic collector is off while the editor starts (``main.py``) and on once it runs.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import main

REPO_ROOT = Path(__file__).resolve().parent.parent.parent

#: Loaded on first use only (see the imports inside the functions that use them).
LAZY = (
    "PIL.PdfImagePlugin",  # Pillow's init() would load every plugin: only the four allowed
    "PIL.TiffImagePlugin",
    "babel",
    "difflib",
    "editor.importing.report_dialog",
    "editor.review.compare",
    "exporters.ir",
    "hunspell",
    "models.diff",
    "models.importing",
    "models.search",
    "selectolax",
    "uharfbuzz",
)
#: Loaded once a document has opened (by the spelling thread, the check of its pictures and
#: the preview's first render and web page), never by the import itself.
LAZY_UNTIL_OPENED = (
    "PIL.JpegImagePlugin",
    "PIL.PngImagePlugin",
    "ctypes",
    "exporters.html_patch",
    "models.hunspell_lib",
    "multiprocessing.connection",
)

_SCRIPT = """
import json, sys
from pathlib import Path
import editor.app
after_import = sorted(name for name in {lazy} + {until_opened} if name in sys.modules)
from PySide6.QtCore import QSettings
from editor.app import application
from editor.main_window import MainWindow
app = application()
settings = QSettings(str(Path({folder}) / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(settings=settings)
window.show()
window.files.open_path(Path({sample}))
for _ in range(20):
    app.processEvents()
after_opening = sorted(name for name in {lazy} if name in sys.modules)
window.close()
print(json.dumps([after_import, after_opening]))
"""


def test_opening_the_sample_loads_no_lazy_module(tmp_path: Path) -> None:
    sample = REPO_ROOT / "resources" / "examples" / "ruimte-voor-professionals"
    script = _SCRIPT.format(
        lazy=repr(LAZY),
        until_opened=repr(LAZY_UNTIL_OPENED),
        folder=repr(str(tmp_path)),
        sample=repr(str(sample)),
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "PODIUM_RECOVERY_DIR": str(tmp_path / "recovery"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    after_import, after_opening = json.loads(result.stdout.strip().splitlines()[-1])
    assert after_import == []
    assert after_opening == []


def _start_on_a_copy_of_the_sample(script: str, tmp_path: Path) -> Any:
    """Run ``script`` (with ``{sample}`` filled in) in a fresh process; its last line, as JSON.

    A copy: the editor locks what it opens, and the bundled folder is packaged as it is.
    """
    bundled = REPO_ROOT / "resources" / "examples" / "ruimte-voor-professionals"
    sample = Path(shutil.copytree(bundled, tmp_path / bundled.name))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "PODIUM_RECOVERY_DIR": str(tmp_path / "recovery"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script.format(sample=repr(str(sample)))],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


_COLLECTOR_SCRIPT = """
import gc, json, os, sys
from pathlib import Path
import main
import editor.app
from PySide6.QtWidgets import QApplication

seen = {{"before": gc.isenabled()}}
Window = editor.app.MainWindow

class Watched(Window):
    def __init__(self, *args, **kwargs):
        seen["building"] = gc.isenabled()
        super().__init__(*args, **kwargs)

def run_loop(*args):
    seen["running"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count() > 0
    return 0

editor.app.MainWindow = Watched
QApplication.exec = run_loop
code = main.main([{sample}])
print(json.dumps({{**seen, "code": code}}), flush=True)
os._exit(0)  # the window is not closed: leave without tearing it down
"""


def test_the_collector_is_off_while_the_editor_starts_and_on_when_it_runs(
    tmp_path: Path,
) -> None:
    seen = _start_on_a_copy_of_the_sample(_COLLECTOR_SCRIPT, tmp_path)
    assert seen == {
        "before": True,
        "building": False,  # main.py switched it off for the start
        "running": True,  # and editor.app.run() on again, for the session
        "frozen": True,  # with what the start made out of its view
        "code": 0,
    }


def test_the_collector_is_on_again_when_the_editor_returns_without_switching_it_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A start that fails (or a stand-in editor, as the command line's tests use) must not
    leave the process without its cyclic collector."""
    seen: list[bool] = []
    app = types.ModuleType("editor.app")

    def run(
        path: Path | None, review: bool, *, example: bool = False, preload: object = None
    ) -> int:
        seen.append(gc.isenabled())
        return 0

    app.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "editor.app", app)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert gc.isenabled()
    assert main.main(["some.podium"]) == 0
    assert seen == [False] and gc.isenabled()


_SCAN_SCRIPT = """
import json, os, sys
import main
import models, models.preload  # what main.main() imports first, before Qt
import editor.pyside_features  # and then: it loads PySide6, which installs its source scan
from PySide6.QtWidgets import QApplication

feature = sys.modules["PySide6.support.feature"]
scanned = []
read_source = feature._mod_uses_pyside

def counting(module):
    scanned.append(module.__name__)
    return read_source(module)

feature._mod_uses_pyside = counting
QApplication.exec = lambda *args: 0
code = main.main([{sample}])
ours = sorted(n for n in scanned if n.split(".")[0] in ("editor", "models", "exporters"))
table = feature.pyside_feature_dict
print(json.dumps([code, ours, table.get("editor.main_window"), table.get("models.project")]))
os._exit(0)
"""


def test_pyside_reads_the_source_of_none_of_podiums_modules_at_the_start(
    tmp_path: Path,
) -> None:
    """PySide6 reads each new module's source for ``from __feature__ import``, unless the
    module is in its table: the editor enters its own first (:mod:`editor.pyside_features`)."""
    code, scanned, editor_value, models_value = _start_on_a_copy_of_the_sample(
        _SCAN_SCRIPT, tmp_path
    )
    assert code == 0
    assert scanned == []
    # What the scan would have said: the editor uses PySide, the models never import it.
    assert (editor_value, models_value) == (0, -1)


def test_the_table_names_every_module_of_a_package_once() -> None:
    from editor.pyside_features import module_names

    names = module_names("editor")
    assert {"editor", "editor.main_window", "editor.widgets", "editor.widgets.list_row"} <= set(
        names
    )
    assert len(names) == len(set(names))
    assert not [name for name in names if "__" in name]
    assert len(names) == len(list((REPO_ROOT / "editor").rglob("*.py")))
