"""The window's first paint loads no module only a later action needs.

The comparison (its diff and dialog), find and replace's search, chunspell's Python class
and the spelling thread's ctypes binding are imported at first use; an eager import put back
at the top of a module would slow every start without any test failing, so this one looks at
``sys.modules`` in a fresh process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent.parent

#: Loaded on first use only (see the imports inside the functions that use them).
LAZY = (
    "difflib",
    "editor.review.compare",
    "hunspell",
    "models.diff",
    "models.search",
)
#: Loaded by the spelling thread once a document has opened, never by the import itself.
LAZY_UNTIL_OPENED = ("ctypes", "models.hunspell_lib")

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
