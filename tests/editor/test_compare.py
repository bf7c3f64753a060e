"""The compare view: another version against the open document, as a readable change list."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QTextDocument

import resources
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.review.compare import changes_to_html, parse_part_url
from editor.targets import Target
from models import load, save
from models import operations as ops
from models.diff import diff
from models.edit import replace_at

SAMPLE = Path(str(resources.path("examples", "ruimte-voor-professionals")))

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    dialogs = Dialogs()
    dialogs.errors = []  # type: ignore[attr-defined]
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, m: dialogs.errors.append(m))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    assert window.files.open_path(Path(shutil.copytree(SAMPLE, tmp_path / "nieuw")))
    return window


@pytest.fixture
def older(tmp_path: Path) -> Path:
    """An older version: one section elsewhere, a title worded differently, a role <b>."""
    project = load(SAMPLE)
    pub = project.publication
    ids = [block.id for block in pub.blocks]
    pub = ops.move_to(pub, "blocks", "den-helder", 0)
    index = [block.id for block in pub.blocks].index(ids[1])
    pub = replace_at(pub, ("blocks", index, "title"), "Een verwaarloosde organisatie leiden")
    pub = replace_at(pub, ("speakers", 0, "role"), "<b>wethouder</b> & co")
    path = tmp_path / "oud.podium"
    save(project.with_publication(pub), path)
    return path


def test_compare_with_a_file_picked_from_the_menu(window: MainWindow, older: Path) -> None:
    answers: list[Path | None] = [older]
    window.review.dialogs.choose_compare_file = lambda _p, _s: answers.pop()  # type: ignore[method-assign]
    window.review.compare.trigger()
    dialog = window.review.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Compare with oud.podium"
    text = dialog.browser.toPlainText()
    assert "Changes from “oud.podium” (old) to this document (new)" in text
    assert "Moved from position 1 to 4: Section “Uit de praktijk gegrepen" in text
    assert "Changed: Section “Verandering leiden in een verwaarloosde organisatie" in text
    assert "<b>wethouder</b> & co" in text  # shown as text, never as markup
    assert "Een Verandering leiden in een verwaarloosde organisatie" in text


def test_changed_words_are_highlighted(window: MainWindow, older: Path) -> None:
    dialog = window.review.compare_with(older)
    assert dialog is not None
    document: QTextDocument = dialog.browser.document()
    struck, underlined = [], []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.fontStrikeOut():
                struck.append(fragment.text())
            if fmt.fontUnderline() and not fmt.isAnchor():
                underlined.append(fragment.text())
            fragments += 1
        block = block.next()
    assert "Een" in struck and "leiden" in struck  # old words, struck out
    assert any("Verandering leiden in een" in text for text in underlined)  # new words
    assert "<b>wethouder</b> & co" in struck


def test_a_link_shows_the_changed_part(window: MainWindow, older: Path) -> None:
    dialog = window.review.compare_with(older)
    assert dialog is not None
    window.select_target(Target("details"))
    dialog.browser.anchorClicked.emit(QUrl("podium://section/den-helder"))
    assert window.current_target() == Target("section", "den-helder")
    dialog.browser.anchorClicked.emit(QUrl("podium://speaker/joost-kampen?field=role"))
    assert window.current_target() == Target("speaker", "joost-kampen")
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))  # not ours: ignored
    assert window.current_target() == Target("speaker", "joost-kampen")


def test_same_version_says_so(window: MainWindow) -> None:
    dialog = window.review.compare_with(SAMPLE)
    assert dialog is not None and dialog.changes == []
    assert "The two versions have the same content." in dialog.browser.toPlainText()


def test_an_unreadable_file_is_an_error_not_a_view(window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.podium"
    broken.write_bytes(b"niet een zip")
    assert window.review.compare_with(broken) is None
    assert window.dialogs.errors == [  # type: ignore[attr-defined]
        "kapot.podium: this is not a Podium project (not a zip container)"
    ]


def test_html_escapes_everything() -> None:
    old = load(SAMPLE).publication
    new = replace_at(old, ("title",), "<script>alert(1)</script> & meer")
    html = changes_to_html(diff(old, new), "<oud>.podium")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;oud&gt;.podium" in html


def test_part_urls_round_trip() -> None:
    assert parse_part_url(QUrl("podium://quote/quote-bodem")) == ("quote", "quote-bodem", None)
    assert parse_part_url(QUrl("podium://theme/?field=page_size")) == (
        "theme",
        None,
        "page_size",
    )
    assert parse_part_url(QUrl("file:///etc/passwd")) is None


def test_a_block_added_in_a_body_inside_a_part_names_and_links_its_section() -> None:
    old = load(SAMPLE.parent / "iedereen-digitaal-mee").publication
    part_index, part = next((i, b) for i, b in enumerate(old.blocks) if b.kind == "part")
    section = next(b for b in part.blocks if b.kind == "section")
    inner = part.blocks.index(section)
    loc = ("blocks", part_index, "blocks", inner, "body")
    new = replace_at(old, loc, [*section.body, "Een <nieuwe> alinea."])
    text = changes_to_html(diff(old, new), "oud.podium")
    assert "Paragraph “Een &lt;nieuwe&gt; alinea.”" in text
    assert f"podium://section/{section.id}?field=body" in text
    assert "<nieuwe>" not in text
