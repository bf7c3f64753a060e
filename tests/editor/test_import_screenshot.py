"""A screenshot of the import report after importing a realistic web page; needs a real X
display.

Run it with ``scripts/screenshots.sh`` (Xvfb) or ``xvfb-run ... pytest -m xvfb`` on this file.
It is skipped on the offscreen platform, where fonts and styles are not what a user sees.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.qt_fonts import register_bundled_fonts, ui_font

# make test points PODIUM_SCREENSHOT_DIR at a throwaway folder; make screenshots does not.
OUT = (
    Path(
        os.environ.get("PODIUM_SCREENSHOT_DIR")
        or Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    )
    / "import-report.png"
)

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen",
        reason="needs a real X display: run scripts/screenshots.sh",
    ),
]

#: A network day's report as a municipality's web page publishes it: parts, a panel,
#: workshops, takeaways, a quote, a remote photo, a relative link and a colophon.
PAGE = """<!DOCTYPE html><html lang="nl"><head><title>Iedereen digitaal mee</title></head>
<body><nav><a href="/">Home</a></nav><main>
<h1>Iedereen digitaal mee</h1>
<p>Publicatiedatum: 3 oktober 2025</p>
<p>De gemeente Lindenburg hield haar eerste netwerkdag over digitale inclusie.
Het <a href="programma.html">programma</a> staat op de website.</p>
<p>In het kort:</p>
<ul><li>Help mensen aan de balie, niet alleen online</li>
<li>Schrijf formulieren in eenvoudige taal</li></ul>
<h2>Ochtendprogramma</h2>
<h3>Panel: hulp bij digitale zaken</h3>
<p>Moderator: Anna de Vries<br>Panel: Piet Jansen, Kees van der Berg en Fatima El Amrani</p>
<p>Het panel sprak over toegankelijke formulieren en over hulp aan de balie.</p>
<img src="https://www.lindenburg.example/media/panel.jpg" alt="Het panel op het podium">
<blockquote><p>“Wie de weg niet vindt op internet, moet hem aan de balie wel vinden.”</p>
<p>— Fatima El Amrani</p></blockquote>
<h2>Workshopronde</h2>
<h3>Eenvoudige taal</h3>
<p>Door Joost Kampen, taaladviseur bij de gemeente Lindenburg</p>
<ul><li>Schrijf kort</li><li>Gebruik gewone woorden</li></ul>
<p>In de workshop oefenden de deelnemers met eenvoudige taal op de website.</p>
<p><a href="https://vimeo.com/123456">Bekijk de video van de workshop</a></p>
<h3>Toegankelijke formulieren</h3>
<p>By Jane Smith, accessibility consultant</p>
<p>De tweede workshop ging over formulieren die met een schermlezer werken.</p>
<h2>Colofon</h2>
<p>Gemeente Lindenburg</p><p>Telefoon: 020 123 45 67</p>
<p>Tekst: Anna de Vries</p>
</main></body></html>
"""


@pytest.fixture
def ui_fonts() -> Iterator[None]:
    register_bundled_fonts()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font()
    app.setFont(ui_font())
    yield
    app.setFont(old)


def test_import_report_screenshot(qtbot, tmp_path: Path, monkeypatch, ui_fonts: None) -> None:
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _p, _n: Choice.DISCARD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    source = tmp_path / "netwerkdag-lindenburg.html"
    source.write_text(PAGE, encoding="utf-8")
    with qtbot.waitSignal(window.importer.sig_finished, timeout=20_000) as blocker:
        window.importer.import_path(source)
    assert blocker.args == [True]
    dialog = window.importer.report_dialog
    assert dialog is not None
    dialog.resize(960, 720)
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    speakers = tree.topLevelItem(1)
    assert speakers is not None
    tree.setCurrentItem(speakers.child(0))
    dialog.base_edit.setText("https://www.lindenburg.example/netwerkdag/")
    qtbot.wait(300)  # let layouts settle and paint
    OUT.parent.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(OUT), "PNG")
    assert OUT.stat().st_size > 10_000
