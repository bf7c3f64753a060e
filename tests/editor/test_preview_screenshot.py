"""Screenshots of the main window with the preview, Print and Web tabs; need a real X display.

Run: ``scripts/screenshots.sh tests/editor/test_preview_screenshot.py`` (Xvfb, xcb). Skipped
on the offscreen platform, where fonts, styles and QtWebEngine's output are not what a user
sees.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.qt_fonts import register_bundled_fonts, ui_font
from editor.targets import Target
from models import load

# make test points PODIUM_SCREENSHOT_DIR at a throwaway folder; make screenshots does not.
OUT = Path(
    os.environ.get("PODIUM_SCREENSHOT_DIR")
    or Path(__file__).resolve().parents[2] / "docs" / "screenshots"
)
SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen",
        reason="needs a real X display: run scripts/screenshots.sh",
    ),
]


# QtWebEngine on Xvfb probes Vulkan and the GPU (llvmpipe) and says what it lacks.
@pytest.mark.qt_log_ignore(
    "^Failed to load vulkan",
    "^initInstance: No Vulkan library available",
    "^Failed to create platform Vulkan instance",
    "^Unable to detect GPU vendor for device",
)
def test_preview_screenshots(qtbot, tmp_path: Path) -> None:
    register_bundled_fonts()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_font = app.font()
    app.setFont(ui_font())
    try:
        dialogs = Dialogs()
        dialogs.ask_save_changes = lambda _p, _n: Choice.DISCARD  # type: ignore[method-assign]
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, dialogs=dialogs)
        window.resize(1560, 940)
        window.show()
        qtbot.waitExposed(window)
        window.splitter.setSizes([300, 600, 660])
        window.set_project(load(SAMPLE), None)
        pane = window.preview
        qtbot.waitUntil(lambda: pane.print_view.page_count > 0, timeout=30_000)
        window.select_target(Target("section", "den-helder"))
        window.navigator.setFocus()
        qtbot.wait(800)  # QPdfView renders pages on its own thread, then repaints
        OUT.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(OUT / "preview-print.png"), "PNG")

        pane.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: pane.web_view.loaded_generation > 0, timeout=30_000)
        window.select_target(Target("quote", "quote-maatwerk"))
        window.select_target(Target("section", "den-helder"))
        # A page grabbed right after loadFinished can still show the previous frame.
        qtbot.wait(1500)
        assert window.grab().save(str(OUT / "preview-web.png"), "PNG")
    finally:
        app.setFont(old_font)
        window.close()
        window.deleteLater()
        # Now, not at exit: QtWebEngine wants its pages gone before its profiles and itself.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for name in ("preview-print.png", "preview-web.png"):
        assert (OUT / name).stat().st_size > 10_000
