"""Screenshots of the start view and the main window on the sample; need a real X display.

Run it with ``scripts/screenshots.sh`` (Xvfb). It is skipped on the offscreen platform,
where fonts and styles are not what a user sees.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import resources
from editor.files import Choice, Dialogs
from editor.i18n import Translators
from editor.main_window import MainWindow
from editor.qt_fonts import register_bundled_fonts, ui_font
from editor.targets import Target

# make test points PODIUM_SCREENSHOT_DIR at a throwaway folder; make screenshots does not.
OUT = (
    Path(
        os.environ.get("PODIUM_SCREENSHOT_DIR")
        or Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    )
    / "main-window.png"
)
SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen",
        reason="needs a real X display: run scripts/screenshots.sh",
    ),
]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_main_window_screenshot(qtbot, tmp_path: Path, monkeypatch, language: str) -> None:
    """The start view and the main window, in English and in Dutch (``-nl`` files)."""
    suffix = "" if language == "en" else f"-{language}"
    out = OUT.with_name(f"main-window{suffix}.png")
    out.parent.mkdir(parents=True, exist_ok=True)
    register_bundled_fonts()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_font = app.font()
    app.setFont(ui_font())
    translators = Translators(app, language)
    try:
        dialogs = Dialogs()
        monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, dialogs=dialogs)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(200)
        assert window.grab().save(str(OUT.with_name(f"start-view{suffix}.png")), "PNG")
        shown: list[int] = []
        window.preview.sig_print_shown.connect(shown.append)
        assert window.files.open_example()
        window.select_target(Target("section", "den-helder"))
        window.navigator.setFocus()
        qtbot.waitUntil(lambda: window.preview.generation in shown, timeout=20_000)
        qtbot.wait(300)  # let layouts settle and paint
        assert window.grab().save(str(out), "PNG")
    finally:
        translators.remove()
        app.setFont(old_font)
    assert out.stat().st_size > 10_000
