"""A screenshot of review mode with the comments panel; needs a real X display.

Run it with ``scripts/screenshots.sh`` (Xvfb) or ``xvfb-run ... pytest -m xvfb`` on this file.
It is skipped on the offscreen platform, where fonts and styles are not what a user sees.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.qt_fonts import register_bundled_fonts, ui_font
from editor.targets import Target
from models.review import Anchor

# make test points PODIUM_SCREENSHOT_DIR at a throwaway folder; make screenshots does not.
OUT = (
    Path(
        os.environ.get("PODIUM_SCREENSHOT_DIR")
        or Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    )
    / "review-mode.png"
)
SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen",
        reason="needs a real X display: run scripts/screenshots.sh",
    ),
]

COMMENTS = [
    (
        Anchor(kind="section", item_id="den-helder", field="title"),
        "Kan de titel korter? “Uit de praktijk gegrepen” zegt weinig.",
    ),
    (Anchor(kind="quote", item_id="quote-maatwerk"), "Mooi citaat, maar wie zei dit?"),
    (Anchor(kind="speaker", item_id="joost-kampen", field="role"), "Functie ontbreekt."),
    (Anchor(kind="publication"), "Klaar voor de eindredactie zodra de titels kloppen."),
]


@pytest.fixture
def ui_fonts() -> Iterator[None]:
    register_bundled_fonts()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font()
    app.setFont(ui_font())
    yield
    app.setFont(old)


def test_review_mode_screenshot(qtbot, tmp_path: Path, monkeypatch, ui_fonts: None) -> None:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("review/author", "Anna de Vries")
    window = MainWindow(settings=settings, dialogs=dialogs, review=True)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_path(Path(shutil.copytree(SAMPLE, tmp_path / "verslag")))
    review = window.review
    texts = iter(text for _anchor, text in COMMENTS)
    monkeypatch.setattr(review.dialogs, "ask_comment", lambda _p, _a: next(texts))
    monkeypatch.setattr(review.dialogs, "ask_reply", lambda _p, _a: "Wordt aangepast.")
    monkeypatch.setattr(review.dialogs, "ask_status_note", lambda _p, _s: "Eerste ronde")
    ids = [review.comment_on(anchor) for anchor, _text in COMMENTS]
    review.set_status("in_review")
    review.reply(str(ids[0]))
    review.set_resolved(str(ids[3]))
    shown: list[int] = []
    window.preview.sig_print_shown.connect(shown.append)
    window.select_target(Target("section", "den-helder"))
    review.dock.select_comment(str(ids[0]))
    qtbot.waitUntil(lambda: window.preview.generation in shown, timeout=20_000)
    qtbot.wait(400)  # let layouts settle and paint
    OUT.parent.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(OUT), "PNG")
    assert OUT.stat().st_size > 10_000
