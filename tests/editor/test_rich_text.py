"""The rich-text field: formatting instead of marks, links, the Format bar, clean pastes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QVBoxLayout, QWidget

from editor.widgets import rich_text_document as rich
from editor.widgets.body_blocks import ParagraphBlock
from editor.widgets.paste_clean import PastedBlock, clean_html, paste_as_blocks
from editor.widgets.rich_text_edit import RichField, RichTextEdit
from editor.widgets.rich_text_link import LinkAnswer, LinkDialog, LinkRequest, check_address
from editor.widgets.rich_text_toolbar import FormatToolBar
from models.body import Paragraph
from models.richtext import Span, parse_inline
from models.richtext_writer import to_markdown

pytestmark = pytest.mark.qt_log_ignore("^This plugin does not support propagateSizeHints")

CANONICAL = "Een **vette** en *schuine* zin met [een link](https://divosa.nl) en \\*sterren\\*."


def activate(qtbot: Any, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


@pytest.fixture
def edit(qtbot: Any) -> RichTextEdit:
    edit = RichTextEdit()
    activate(qtbot, edit)
    edit.setFocus()
    return edit


def select(edit: RichTextEdit, start: int, end: int) -> None:
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def paste_html(edit: RichTextEdit, html: str) -> None:
    data = QMimeData()
    data.setHtml(html)
    data.setText("plain fallback")
    assert edit.canInsertFromMimeData(data)
    edit.insertFromMimeData(data)


# -- load and save ----------------------------------------------------------------------------
def test_a_text_shows_as_formatting_and_saves_unchanged(edit: RichTextEdit) -> None:
    edit.set_markdown(CANONICAL)
    assert edit.toPlainText() == "Een vette en schuine zin met een link en *sterren*."
    cursor = QTextCursor(edit.document())
    cursor.setPosition(6)  # inside "vette"
    assert rich.is_bold(cursor.charFormat())
    cursor.setPosition(31)  # inside "een link"
    assert rich.href_of(cursor.charFormat()) == "https://divosa.nl"
    assert cursor.charFormat().fontUnderline()
    assert edit.markdown() == CANONICAL


def test_the_text_is_written_once_per_change_and_follows_every_change(
    qtbot: Any, edit: RichTextEdit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key asks for the field's text several times; only the first one writes it."""
    written: list[str] = []
    real = rich.markdown
    monkeypatch.setattr(rich, "markdown", lambda doc: written.append("w") or real(doc))
    seen: list[str] = []
    edit.textChanged.connect(lambda: seen.append(edit.markdown()))  # a listener reads at once
    edit.set_markdown("Een zin")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, "!")
    assert seen[-1] == "Een zin!" and edit.markdown() == "Een zin!"
    written.clear()
    for _ in range(3):
        assert edit.markdown() == "Een zin!"
    assert written == []
    select(edit, 0, 3)
    edit.bold()  # formatting alone is a change too
    assert edit.markdown() == "**Een** zin!" and seen[-1] == "**Een** zin!"


def test_other_spellings_load_as_the_same_formatting(edit: RichTextEdit) -> None:
    edit.set_markdown("__vet__ en _schuin_ en \\! blijft")
    assert edit.markdown() == "**vet** en *schuin* en ! blijft"


def test_typed_mark_characters_stay_literal(qtbot: Any, edit: RichTextEdit) -> None:
    qtbot.keyClicks(edit, "2*3 = 6, snake_case [sic] C:\\pad")
    saved = edit.markdown()
    assert saved == "2\\*3 = 6, snake\\_case \\[sic\\] C:\\\\pad"
    assert "".join(s.text for s in parse_inline(saved)) == "2*3 = 6, snake_case [sic] C:\\pad"


def test_line_breaks_are_kept(qtbot: Any, edit: RichTextEdit) -> None:
    edit.set_markdown("**eerste\ntweede** regel")
    assert edit.document().blockCount() == 2
    assert edit.markdown() == "**eerste\ntweede** regel"


def test_typing_at_the_end_of_a_link_is_not_part_of_it(qtbot: Any, edit: RichTextEdit) -> None:
    edit.set_markdown("zie [de site](https://divosa.nl)")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " nu")
    assert edit.markdown() == "zie [de site](https://divosa.nl) nu"
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    select(edit, 7, 7)  # inside the link: typing there stays in it
    qtbot.keyClicks(edit, "x")
    assert edit.markdown() == "zie [de xsite](https://divosa.nl) nu"


def test_bold_and_italic_stack_on_one_selection(qtbot: Any, edit: RichTextEdit) -> None:
    edit.set_markdown("heel belangrijk")
    select(edit, 5, 15)
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert edit.markdown() == "heel ***belangrijk***"
    select(edit, 0, 15)  # partly bold: Ctrl+B makes all of it bold
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert edit.markdown() == "**heel *belangrijk***"


# -- links ------------------------------------------------------------------------------------
def test_ctrl_k_at_a_link_edits_its_address_and_keeps_its_formatting(
    qtbot: Any, edit: RichTextEdit
) -> None:
    edit.set_markdown("zie [de **site**](https://divosa.nl) nu")
    requests: list[LinkRequest] = []

    def prompt(_parent: QWidget, request: LinkRequest) -> LinkAnswer:
        requests.append(request)
        return LinkAnswer(request.text, "https://www.divosa.nl/agenda")

    edit.link_prompt = prompt
    select(edit, 5, 5)  # the cursor inside the link, nothing selected
    qtbot.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert requests == [LinkRequest("de site", "https://divosa.nl")]
    assert edit.markdown() == "zie [de **site**](https://www.divosa.nl/agenda) nu"


def test_the_link_dialog_can_remove_a_link_and_change_its_text(edit: RichTextEdit) -> None:
    edit.set_markdown("zie [de site](https://divosa.nl) nu")
    select(edit, 6, 6)
    edit.link_prompt = lambda _parent, request: LinkAnswer(request.text, None)
    edit.edit_link()
    assert edit.markdown() == "zie de site nu"
    edit.set_markdown("zie [de site](https://divosa.nl) nu")
    select(edit, 6, 6)
    edit.link_prompt = lambda _parent, _request: LinkAnswer("Divosa", "https://divosa.nl")
    edit.edit_link()
    assert edit.markdown() == "zie [Divosa](https://divosa.nl) nu"


def test_a_link_without_selection_inserts_its_text(qtbot: Any, edit: RichTextEdit) -> None:
    qtbot.keyClicks(edit, "Mail ")
    edit.link_prompt = lambda _parent, _request: LinkAnswer("ons", "mailto:info@divosa.nl")
    edit.edit_link()
    qtbot.keyClicks(edit, " gerust")
    assert edit.markdown() == "Mail [ons](mailto:info@divosa.nl) gerust"


@pytest.mark.parametrize(
    ("typed", "address"),
    [
        ("https://divosa.nl/agenda", "https://divosa.nl/agenda"),
        ("www.divosa.nl", "https://www.divosa.nl"),
        ("info@divosa.nl", "mailto:info@divosa.nl"),
        ("mailto:info@divosa.nl", "mailto:info@divosa.nl"),
    ],
)
def test_check_address_accepts_web_and_mail_addresses(typed: str, address: str) -> None:
    assert check_address(typed) == (address, "")


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("javascript:alert(1)", "Only web addresses"),
        ("file:///etc/passwd", "Only web addresses"),
        ("https://", "host name"),
        ("mailto:info", "with @"),
        ("https://divosa.nl/een pad", "spaces"),
        ("", "Enter a web address"),
    ],
)
def test_check_address_says_what_is_wrong(typed: str, says: str) -> None:
    address, problem = check_address(typed)
    assert address is None and says in problem


def test_the_link_dialog_refuses_a_bad_address_until_it_is_fixed(qtbot: Any) -> None:
    dialog = LinkDialog(LinkRequest("de site"))
    qtbot.addWidget(dialog)
    dialog.address_edit.setText("javascript:alert(1)")
    dialog.buttons.accepted.emit()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Only web addresses" in dialog.problem.text()
    dialog.address_edit.setText("divosa.nl")
    assert dialog.problem.text() == ""
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.answer() == LinkAnswer("de site", "https://divosa.nl")
    assert not dialog.remove_button.isVisible()


def test_the_link_dialog_of_an_existing_link_offers_remove(qtbot: Any) -> None:
    dialog = LinkDialog(LinkRequest("de site", "https://divosa.nl"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit link"
    dialog.remove_button.click()
    assert dialog.answer() == LinkAnswer("de site", None)


# -- the field, the toolbar, the menu hooks ----------------------------------------------------
def test_rich_field_leaves_an_equal_text_in_another_spelling_alone(qtbot: Any) -> None:
    field = RichField()
    qtbot.addWidget(field)
    field.set_value("__vet__ woord")
    cursor = field.text_edit.textCursor()
    cursor.setPosition(3)
    field.text_edit.setTextCursor(cursor)
    field.set_value("__vet__ woord")  # a refresh: same formatted text, cursor stays
    assert field.text_edit.textCursor().position() == 3
    assert field.value() == "**vet** woord"


def test_format_bar_follows_the_focused_field_and_shows_its_state(qtbot: Any) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    bar = FormatToolBar(window)
    line, first, second = QLineEdit(), RichTextEdit(), RichTextEdit()
    for widget in (bar, line, first, second):
        layout.addWidget(widget)
    first.set_markdown("**vet** gewoon")
    second.set_markdown("gewoon")
    activate(qtbot, window)
    bold, italic, link = bar.buttons
    assert not bold.isEnabled()  # no rich field has focus yet
    first.setFocus()
    qtbot.waitUntil(lambda: bar.edit is first)
    select(first, 1, 1)
    assert bold.isEnabled() and bold.isChecked() and not italic.isChecked()
    second.setFocus()
    qtbot.waitUntil(lambda: bar.edit is second)
    assert not bold.isChecked()
    select(second, 0, 6)
    qtbot.mouseClick(italic, Qt.MouseButton.LeftButton)
    assert second.markdown() == "*gewoon*"
    assert QApplication.focusWidget() is second  # the button took no focus
    assert italic.isChecked()
    assert all(len(button.actions()) == 1 for button in bar.buttons)  # no menu arrows
    assert link.toolTip() == "Insert or edit a link (Ctrl+K)"
    second.setReadOnly(True)
    assert not bold.isEnabled()
    line.setFocus()
    qtbot.waitUntil(lambda: bar.edit is None)
    assert not italic.isEnabled()


@pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing)")
def test_context_menu_hooks_see_the_menu_and_the_clicked_word(
    qtbot: Any, edit: RichTextEdit
) -> None:
    edit.set_markdown("een fout woordd")
    seen: list[tuple[list[str], str]] = []

    def hook(menu: QMenu, cursor: QTextCursor) -> None:
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        seen.append(([action.text() for action in menu.actions()], cursor.selectedText()))

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            menu.close()

    edit.context_menu_hooks.append(hook)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(12)
    where = edit.cursorRect(cursor).center()
    QTimer.singleShot(0, close_menu)
    edit.contextMenuEvent(
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, edit.viewport().mapToGlobal(where))
    )
    assert seen[-1][1] == "woordd"
    assert "Bold" in seen[-1][0] and "Link…" in seen[-1][0]


# -- paste --------------------------------------------------------------------------------------
WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator
content="Microsoft Word 15"><style><!-- p.MsoNormal {font-family:"Calibri",sans-serif;}
--></style></head><body lang=NL style='tab-interval:35.4pt'><!--StartFragment-->
<p class=MsoNormal><span style='font-size:12.0pt;font-family:"Calibri",sans-serif;
color:#1F3864'>Het <b>sociaal domein</b> vraagt <i>maatwerk</i>, zie
<a href="https://www.divosa.nl/"><span style='color:#0563C1'>Divosa</span></a>.<o:p></o:p>
</span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>
<![endif]>Eerste punt<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level2 lfo1'>
<![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o
<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Een
<b style='mso-bidi-font-weight:normal'>subpunt</b><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Cel een</p></td>
<td><p class=MsoNormal>Cel twee</p></td></tr></table>
<p class=MsoNormal><img width=100 src="file:///C:/Users/x/clip_image001.png"></p>
<!--EndFragment--></body></html>"""

LIBREOFFICE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
<meta name="generator" content="LibreOffice 7.6"/><style type="text/css">
p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style></head>
<body lang="nl-NL" link="#000080" vlink="#800000" dir="ltr">
<p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif"><font
size="3" style="font-size: 12pt">Een <b>vette</b> en <i>schuine</i> en <span
style="font-weight: bold">ook vette</span> en <span style="font-style: italic">schuine</span>
tekst met <a href="https://example.org/pagina">een link</a> en <font color="#c9211e">rood</font>
</font></font></p>
<ol><li><p style="margin-bottom: 0cm">Stap één</p></li>
<li><p style="margin-bottom: 0cm">Stap <b>twee</b></p></li></ol>
</body></html>"""

WEB_PAGE = """<html><body><!--StartFragment--><h2 style="font-family: Georgia; color: rgb(34,
34, 34);">Een kop</h2><p class="lead" style="font-size: 18px;">Lees het
<strong>rapport</strong> op <a href="https://www.divosa.nl/rapport" class="btn">de site</a>
of <a href="javascript:alert(1)">hier</a> of <a href="/relatief">daar</a>.<script>alert(1)
</script><style>p{}</style></p><ul class="checks"><li>Punt <em>een</em></li><li>Punt twee
<ul><li>Subpunt</li></ul></li></ul><p><img src="https://x.org/a.png" alt="plaatje"></p>
<!--EndFragment--></body></html>"""

GOOGLE_DOCS = """<meta charset="utf-8"><b style="font-weight:normal;"
id="docs-internal-guid-1a2b3c"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span
style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;
font-weight:400;font-style:normal;">Gewoon </span><span style="font-size:11pt;font-weight:700;
font-style:normal;">vet</span><span style="font-weight:400;font-style:italic;"> schuin</span>
</p></b>"""


def test_word_keeps_bold_italic_links_and_list_items() -> None:
    blocks = clean_html(WORD)
    assert blocks[0] == PastedBlock(
        (
            Span("Het "),
            Span("sociaal domein", bold=True),
            Span(" vraagt "),
            Span("maatwerk", italic=True),
            Span(", zie "),
            Span("Divosa", href="https://www.divosa.nl/"),
            Span("."),
        )
    )
    assert blocks[1] == PastedBlock((Span("Eerste punt"),), "bulleted", 0)
    assert blocks[2] == PastedBlock((Span("Een "), Span("subpunt", bold=True)), "bulleted", 1)
    assert [b.spans for b in blocks[3:]] == [(Span("Cel een"),), (Span("Cel twee"),)]


def test_libreoffice_keeps_tags_and_styles_and_numbered_items() -> None:
    blocks = clean_html(LIBREOFFICE)
    assert to_text(blocks[0]) == (
        "Een **vette** en *schuine* en **ook vette** en *schuine* tekst met "
        "[een link](https://example.org/pagina) en rood"
    )
    assert [(to_text(b), b.list_kind) for b in blocks[1:]] == [
        ("Stap één", "numbered"),
        ("Stap **twee**", "numbered"),
    ]


def test_a_web_page_loses_scripts_images_and_unsafe_links() -> None:
    blocks = clean_html(WEB_PAGE)
    assert [(to_text(b), b.list_kind, b.level) for b in blocks] == [
        ("Een kop", None, 0),
        (
            "Lees het **rapport** op [de site](https://www.divosa.nl/rapport) of hier of daar.",
            None,
            0,
        ),
        ("Punt *een*", "bulleted", 0),
        ("Punt twee", "bulleted", 0),
        ("Subpunt", "bulleted", 1),
    ]


def test_google_docs_bold_wrapper_is_not_bold() -> None:
    assert [to_text(b) for b in clean_html(GOOGLE_DOCS)] == ["Gewoon **vet** *schuin*"]


def to_text(block: PastedBlock) -> str:
    return to_markdown(block.spans)


def test_pasting_into_a_field_keeps_formatting_and_makes_lines(edit: RichTextEdit) -> None:
    edit.set_markdown("Begin: ")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    paste_html(edit, LIBREOFFICE)
    saved = edit.markdown()
    assert saved.startswith("Begin: Een **vette** en *schuine*")
    assert saved.endswith("\nStap één\nStap **twee**")  # list items as lines
    assert "rood" in saved and "c9211e" not in saved


def test_pasted_plain_text_takes_the_formatting_at_the_cursor(edit: RichTextEdit) -> None:
    edit.set_markdown("**vet**")
    edit.moveCursor(QTextCursor.MoveOperation.End)
    data = QMimeData()
    data.setText(" en *meer*")
    edit.insertFromMimeData(data)
    assert edit.markdown() == "**vet en \\*meer\\***"


def test_copy_and_paste_inside_the_editor_keeps_the_formatting(
    qtbot: Any, edit: RichTextEdit
) -> None:
    edit.set_markdown("**vet** en [link](https://divosa.nl)")
    edit.selectAll()
    data = edit.createMimeDataFromSelection()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " ")
    edit.insertFromMimeData(data)
    assert (
        edit.markdown()
        == "**vet** en [link](https://divosa.nl) **vet** en [link](https://divosa.nl)"
    )


def test_a_pasted_list_in_a_paragraph_becomes_list_blocks(qtbot: Any) -> None:
    block = ParagraphBlock()
    qtbot.addWidget(block)
    committed: list[tuple[Any, str]] = []
    block.set_sink(lambda value, text, _assets: committed.append((value, text)) or True)
    block.set_value({"kind": "paragraph", "id": "p-1", "text": "Voor na", "language": "en"})
    edit = block.children_by_key["text"].input_widget()
    assert isinstance(edit, RichTextEdit)
    select(edit, 5, 5)
    paste_html(edit, WEB_PAGE)
    value, text = committed[-1]
    assert text == "Paste"
    assert [b["kind"] for b in value] == [
        "paragraph",
        "paragraph",
        "paragraph",
        "list",
        "paragraph",
    ]
    assert value[0] == {"kind": "paragraph", "id": "p-1", "text": "Voor", "language": "en"}
    assert value[3]["items"] == [
        {"text": "Punt *een*", "items": []},
        {"text": "Punt twee", "items": ["Subpunt"]},
    ]
    assert value[3]["ordered"] is False and value[3]["language"] == "en"
    assert value[4]["text"] == "na"
    for paragraph in (value[0], value[1], value[4]):
        Paragraph.model_validate(paragraph)


def test_paste_as_blocks_without_text_around_drops_the_empty_paragraph() -> None:
    pasted = [PastedBlock((Span("a"),), "numbered"), PastedBlock((Span("b"),), "bulleted")]
    blocks = paste_as_blocks({"kind": "paragraph", "id": "p-1", "text": "x"}, "", pasted, " ")
    assert [(b["kind"], b["ordered"]) for b in blocks] == [("list", True), ("list", False)]
