"""A web page, a Word file and an OpenDocument text of another shape than the seed: parts,
nested lists, images with captions, a panel with a moderator, links. They import without
loss."""

from __future__ import annotations

import base64
from pathlib import Path
from xml.sax.saxutils import escape

from import_builders import (
    docx,
    image_para,
    link,
    missing_words,
    odt,
    odt_h,
    odt_image,
    odt_link,
    odt_list,
    odt_p,
    odt_span,
    para,
    png,
    run,
)

from models.importing import import_file
from models.project_file import to_json
from models.publication import Part, Section

INTRO = "De gemeente Lindenburg hield op 3 oktober haar eerste netwerkdag over digitale inclusie."
PANEL_TEXT = "Het panel sprak over toegankelijke formulieren en over hulp aan de balie."
WORKSHOP = "In de workshop oefenden de deelnemers met eenvoudige taal op de website."


def _page() -> str:
    data = base64.b64encode(png()).decode()
    return f"""<!DOCTYPE html><html lang="nl"><head><title>Iedereen digitaal mee</title>
<link rel="stylesheet" href="style.css"></head><body>
<h1>Iedereen digitaal mee</h1>
<p>{INTRO} <a href="https://example.org/verslag">Lees het <b>hele</b> verslag</a>.</p>
<ul><li>Punt een<ul><li>Sub een</li><li>Sub twee<ul><li>Diep</li></ul></li></ul></li>
<li>Punt twee</li></ul>
<h2>Ochtendprogramma</h2><p>Het ochtendprogramma bestond uit een panel.</p>
<h3>Panel: hulp bij digitale zaken</h3>
<p>Moderator: Anna de Vries<br>Panel: Piet Jansen, Kees van der Berg en Fatima El Amrani</p>
<p>{PANEL_TEXT}</p>
<figure><img src="data:image/png;base64,{data}" alt="Het panel op het podium">
<figcaption>Het panel aan het woord</figcaption></figure>
<h2>Workshopronde</h2>
<h3>Eenvoudige taal</h3><p>Door Joost Kampen, taaladviseur bij de gemeente Lindenburg</p>
<p>{WORKSHOP}</p>
<ol><li>Schrijf kort</li><li>Gebruik <i>gewone</i> woorden</li></ol>
<h3>Toegankelijke formulieren</h3><p>By Jane Smith</p>
<p>De tweede workshop ging over formulieren die met een schermlezer werken.</p>
</body></html>"""


def test_a_web_page_with_parts_a_panel_and_images(tmp_path: Path) -> None:
    source = tmp_path / "netwerkdag.html"
    source.write_text(_page(), encoding="utf-8")
    imported = import_file(source)
    publication = imported.project.publication
    parts = [block for block in publication.blocks if isinstance(block, Part)]
    assert [part.title for part in parts] == ["Ochtendprogramma", "Workshopronde"]
    panel = parts[0].blocks[0]
    assert isinstance(panel, Section)
    roles = [(publication.speaker(p.speaker_id).name, p.role) for p in panel.people]
    assert roles == [
        ("Anna de Vries", "moderator"),
        ("Piet Jansen", "panel"),
        ("Kees van der Berg", "panel"),
        ("Fatima El Amrani", "panel"),
    ]
    figure = next(b for b in panel.body if b.kind == "figure")
    assert figure.images[0].alt == "Het panel op het podium"
    assert figure.images[0].caption == "Het panel aan het woord"
    assert len(imported.project.assets) == 1
    assert [s.title for s in parts[1].blocks if isinstance(s, Section)] == [
        "Eenvoudige taal",
        "Toegankelijke formulieren",
    ]
    intro_list = next(b for b in publication.intro if b.kind == "list")
    assert [i.text for i in intro_list.items] == ["Punt een", "Punt twee"]
    assert intro_list.items[0].items == ("Sub een", "Sub twee", "Diep")
    assert "[Lees het **hele** verslag](https://example.org/verslag)" in publication.intro[0].text
    assert "flattened" in "\n".join(imported.report)
    visible = _visible(_page())
    assert missing_words(visible, publication) == []


def _visible(page: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page)
    assert tree.body is not None
    return tree.body.text(separator="\n")


def test_a_word_file_with_parts_lists_images_and_a_panel(tmp_path: Path) -> None:
    body = "".join(
        [
            para("Netwerkdag Digitale Inclusie", style="Title"),
            para("Gemeente Lindenburg", style="Subtitle"),
            para(runs=run(INTRO) + run(" Zie ") + link("het programma", "rLink") + run(".")),
            para("Eerste punt", style="ListParagraph", num=(2, 0)),
            para("Tweede punt", style="ListParagraph", num=(2, 0)),
            para("Onderpunt", style="ListParagraph", num=(2, 1)),
            para("Ochtendprogramma", style="Heading1"),
            para("Panel: hulp bij digitale zaken", style="Heading2"),
            para(runs=run("Moderator: Anna de Vries")),
            para(runs=run("Panel: Piet Jansen, Kees van der Berg en Fatima El Amrani")),
            para(runs=run(PANEL_TEXT, bold=True)),
            image_para("rImg", "Het panel op het podium"),
            para("Het panel aan het woord", style="Caption"),
            para("Middagprogramma", style="Heading1"),
            para("Eenvoudige taal", style="Heading2"),
            para("Door Joost Kampen, taaladviseur bij de gemeente Lindenburg"),
            para(runs=run(WORKSHOP, italic=True)),
            para("Tussenkop", style="Heading3"),
            para("Nog een alinea onder de tussenkop."),
        ]
    )
    source = tmp_path / "netwerkdag.docx"
    source.write_bytes(
        docx(
            body,
            rels=(("rLink", "https://example.org/programma", True), ("rImg", "media/p.png", False)),
            media={"p.png": png()},
        )
    )
    imported = import_file(source)
    publication = imported.project.publication
    assert publication.title == "Netwerkdag Digitale Inclusie"
    assert publication.subtitle == "Gemeente Lindenburg"
    assert "[het programma](https://example.org/programma)" in publication.intro[0].text
    listed = next(b for b in publication.intro if b.kind == "list")
    assert listed.ordered and listed.items[1].items == ("Onderpunt",)
    parts = [block for block in publication.blocks if isinstance(block, Part)]
    assert [part.title for part in parts] == ["Ochtendprogramma", "Middagprogramma"]
    panel = parts[0].blocks[0]
    assert isinstance(panel, Section)
    assert [p.role for p in panel.people] == ["moderator", "panel", "panel", "panel"]
    assert panel.body[0].kind == "paragraph" and panel.body[0].text == f"**{PANEL_TEXT}**"
    figure = panel.body[1]
    assert figure.kind == "figure" and figure.images[0].caption == "Het panel aan het woord"
    workshop = parts[1].blocks[0]
    assert isinstance(workshop, Section)
    assert [b.kind for b in workshop.body] == ["paragraph", "heading", "paragraph"]
    speaker = publication.speaker(workshop.people[0].speaker_id)
    assert (speaker.role, speaker.organisation) == ("taaladviseur", "de gemeente Lindenburg")
    text = "\n".join(
        [
            "Netwerkdag Digitale Inclusie Gemeente Lindenburg",
            INTRO,
            PANEL_TEXT,
            WORKSHOP,
            "Eerste punt Tweede punt Onderpunt Tussenkop Nog een alinea onder de tussenkop.",
        ]
    )
    assert missing_words(text, publication) == []


def test_an_opendocument_text_with_parts_lists_images_and_a_panel(tmp_path: Path) -> None:
    note = (
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body>"
        + odt_p("Een voetnoot bij de inleiding.")
        + "</text:note-body></text:note>"
    )
    table = (
        "<table:table><table:table-row><table:table-cell>"
        + odt_p("Cel met programma-informatie")
        + "</table:table-cell></table:table-row></table:table>"
    )
    body = "".join(
        [
            odt_p("Gemeente Lindenburg", style="Subtitle"),
            odt_p(
                inline=escape(INTRO)
                + " Zie "
                + odt_link("het programma", "https://example.org/programma")
                + " en "
                + odt_link("iets", "javascript:alert(1)")
                + "."
                + note
            ),
            odt_list(["Eerste punt", "Tweede punt", ["Onderpunt", ["Dieper punt"]]], style="L2"),
            table,
            odt_h("Ochtendprogramma", 1),
            odt_h("Panel: hulp bij digitale zaken", 2),
            odt_p("Moderator: Anna de Vries"),
            odt_p("Panel: Piet Jansen, Kees van der Berg en Fatima El Amrani"),
            odt_p(PANEL_TEXT, style="P2"),
            odt_image("p.png", "Het panel op het podium", caption="Het panel aan het woord"),
            odt_h("Middagprogramma", 1),
            odt_h("Eenvoudige taal", 2),
            odt_p("Door Joost Kampen, taaladviseur bij de gemeente Lindenburg"),
            odt_p(inline=odt_span(WORKSHOP, italic=True)),
            odt_list(["Schrijf kort", "Gebruik gewone woorden"]),
            odt_h("Tussenkop", 3),
            odt_p(inline="Nog een <text:s text:c='2'/>alinea onder de tussenkop."),
            "<text:tracked-changes><text:changed-region><text:deletion>"
            + odt_p("Weggehaalde tekst")
            + "</text:deletion></text:changed-region></text:tracked-changes>",
        ]
    )
    source = tmp_path / "netwerkdag.odt"
    source.write_bytes(odt(body, title="Netwerkdag Digitale Inclusie", pictures={"p.png": png()}))
    imported = import_file(source)
    publication = imported.project.publication
    assert publication.title == "Netwerkdag Digitale Inclusie"  # from meta.xml's dc:title
    assert publication.subtitle == "Gemeente Lindenburg"
    intro = publication.intro
    assert "[het programma](https://example.org/programma)" in intro[0].text
    assert "javascript" not in to_json(imported.project).decode()
    listed = next(b for b in intro if b.kind == "list")
    assert listed.ordered and [i.text for i in listed.items] == ["Eerste punt", "Tweede punt"]
    assert listed.items[1].items == ("Onderpunt", "Dieper punt")
    parts = [block for block in publication.blocks if isinstance(block, Part)]
    assert [part.title for part in parts] == ["Ochtendprogramma", "Middagprogramma"]
    panel = parts[0].blocks[0]
    assert isinstance(panel, Section)
    assert [p.role for p in panel.people] == ["moderator", "panel", "panel", "panel"]
    assert panel.body[0].kind == "paragraph" and panel.body[0].text == f"**{PANEL_TEXT}**"
    figure = panel.body[1]
    assert figure.kind == "figure"
    assert figure.images[0].alt == "Het panel op het podium"
    assert figure.images[0].caption == "Het panel aan het woord"
    assert len(imported.project.assets) == 1
    workshop = parts[1].blocks[0]
    assert isinstance(workshop, Section)
    assert [b.kind for b in workshop.body] == ["paragraph", "list", "heading", "paragraph"]
    assert workshop.body[0].text == f"*{WORKSHOP}*"
    assert not workshop.body[1].ordered
    speaker = publication.speaker(workshop.people[0].speaker_id)
    assert (speaker.role, speaker.organisation) == ("taaladviseur", "de gemeente Lindenburg")
    stored = to_json(imported.project).decode()
    assert "Weggehaalde" not in stored  # a tracked deletion is not text of the document
    text = "\n".join(
        [
            "Netwerkdag Digitale Inclusie Gemeente Lindenburg",
            INTRO,
            "Een voetnoot bij de inleiding. Cel met programma-informatie",
            PANEL_TEXT,
            WORKSHOP,
            "Eerste punt Tweede punt Onderpunt Dieper punt Schrijf kort Gebruik gewone woorden",
            "Tussenkop Nog een alinea onder de tussenkop.",
        ]
    )
    assert missing_words(text, publication) == []
