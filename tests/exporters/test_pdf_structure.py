"""The PDF's structure read back: bookmarks of parts and sections, lists with hanging
indents, placed figures at their size, and what is kept together over a page break.

Keep-together is tested by sweeping: the same block is rendered after fillers of many
lengths, so that in some renders it falls on a page break, and every render must keep it
whole. Each sweep also checks that it really met a page break (the block moved on).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pikepdf
import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from exporters import ir
from exporters.pdf import render_pdf
from exporters.pdf.figures import GUTTER
from exporters.pdf.floats import MIN_BESIDE, floats
from exporters.pdf.page_template import MARGIN_BOTTOM, MARGIN_X, PAGE_SIZES, frame_size
from models import Project, Publication

FRAME_WIDTH = frame_size(PAGE_SIZES["A4"])[0]
#: Filler lengths in words: about two lines a step, over a page and a half.
SWEEP = range(260, 900, 22)


def png(width: int, height: int, colour: str) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


@cache
def project_with(**images: tuple[int, int, str]) -> tuple[Project, dict[str, str]]:
    """An empty project holding a picture per name: (width, height, colour)."""
    project = Project(Publication.model_validate({"title": "T", "publication_date": "2024-01-01"}))
    names: dict[str, str] = {}
    for key, (width, height, colour) in images.items():
        project, names[key] = project.with_asset(png(width, height, colour), "png")
    return project, names


def render(data: dict[str, Any], project: Project | None = None) -> bytes:
    base = {"publication_date": "2024-05-14", "language": "nl", **data}
    publication = Publication.model_validate(base)
    assets = project.assets if project is not None else {}
    return render_pdf(ir.build(Project(publication, assets)))


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def page_of(texts: list[str], needle: str) -> int:
    """The page (from 0) whose text holds ``needle`` (spaces and line ends aside)."""
    found = [i for i, text in enumerate(texts) if squash(needle) in squash(text)]
    assert len(found) == 1, (needle, found)
    return found[0]


def squash(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text)


def filler(words: int, tag: str = "vul") -> str:
    return " ".join(f"{tag}{n}" for n in range(words))


# --- bookmarks ----------------------------------------------------------------------------


def parts_publication() -> dict[str, Any]:
    section = {"kind": "section", "body": ["Tekst."]}
    return {
        "title": "Dag",
        "intro": ["Inleiding.", {"kind": "heading", "text": "Kop in de inleiding"}, "Meer."],
        "blocks": [
            {**section, "id": "vooraf"},  # untitled: no bookmark
            {
                "kind": "part",
                "id": "deel-1",
                "title": "De presentaties",
                "intro": ["Drie sprekers."],
                "blocks": [
                    {
                        **section,
                        "id": "een",
                        "title": "Eerste",
                        "body": ["A.", {"kind": "heading", "text": "Tussenkop"}, "B."],
                    },
                    {"kind": "quote", "id": "q", "text": "Mooi."},
                    {**section, "id": "twee", "title": "Tweede"},
                    {**section, "id": "los"},
                ],
            },
            {
                "kind": "part",
                "id": "deel-2",
                "title": "Workshopronde 1",
                "blocks": [{**section, "id": "drie", "title": "Derde"}],
            },
            {**section, "id": "slot", "title": "Tot slot"},
        ],
        "colophon": {"organisation": "Org", "note": ["Eerder verschenen."]},
    }


def outline(entries: list[Any]) -> list[Any]:
    """pypdf's outline as (title, [children]) pairs."""
    out: list[Any] = []
    for entry in entries:
        if isinstance(entry, list):
            out[-1] = (out[-1][0], outline(entry))
        else:
            out.append((str(entry.title), []))
    return out


def test_parts_are_top_bookmarks_with_their_titled_sections_under_them() -> None:
    pdf = PdfReader(io.BytesIO(render(parts_publication())))
    assert outline(pdf.outline) == [
        ("De presentaties", [("Eerste", []), ("Tweede", [])]),
        ("Workshopronde 1", [("Derde", [])]),
        ("Tot slot", []),
    ]


def test_every_group_has_a_destination_on_the_page_of_its_bookmark() -> None:
    data = parts_publication()
    document = ir.build(
        Project(Publication.model_validate({"publication_date": "2024-05-14", **data}))
    )
    pdf = PdfReader(io.BytesIO(render(data)))
    anchors = [group.anchor for group in groups(document.blocks)]
    assert {"vooraf", "deel-1", "een", "q", "twee", "los", "deel-2", "drie", "slot"} <= set(anchors)
    assert {name.lstrip("/") for name in pdf.named_destinations} == set(anchors)

    def entries(items: list[Any]) -> Iterator[Any]:
        for item in items:
            yield from entries(item) if isinstance(item, list) else [item]

    by_title = {"De presentaties": "deel-1", "Eerste": "een", "Derde": "drie"}
    for entry in entries(pdf.outline):
        if str(entry.title) in by_title:
            destination = pdf.named_destinations["/" + by_title[str(entry.title)]]
            assert pdf.get_destination_page_number(entry) == pdf.get_destination_page_number(
                destination
            )


def groups(blocks: tuple[ir.Block, ...]) -> Iterator[ir.Group]:
    for block in blocks:
        if isinstance(block, ir.Group):
            yield block
            yield from groups(block.children)


def test_untitled_text_continues_the_flow_in_order() -> None:
    text = squash("".join(pages(render(parts_publication()))))
    order = ["Inleiding", "Kop in de inleiding", "Meer", "Tekst", "De presentaties",
             "Drie sprekers", "Eerste", "A.", "Tussenkop", "B.", "Mooi", "Tweede", "Tekst",
             "Tekst", "Workshopronde 1", "Derde", "Tot slot", "Colofon", "Org",
             "Eerder verschenen"]  # fmt: skip
    position = 0
    for expected in order:
        found = text.find(squash(expected), position)
        assert found >= 0, expected
        position = found + len(squash(expected))


# --- lists --------------------------------------------------------------------------------


def lines_of(data: bytes, page: int = 0) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text on ``page``, top to bottom."""
    out: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.strip():
            out.append((cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3], text.strip()))

    PdfReader(io.BytesIO(data)).pages[page].extract_text(visitor_text=visit)
    return sorted(out, key=lambda item: -item[1])


def test_list_items_hang_their_text_past_the_label() -> None:
    long = filler(60, "lang")
    data = render(
        {
            "title": "Lijst",
            "intro": [
                "Voor de lijst.",
                {
                    "kind": "list",
                    "ordered": True,
                    "items": [{"text": long}, *({"text": f"punt{n}"} for n in range(2, 11))],
                },
                {"kind": "list", "items": [{"text": "bol", "items": ["sub"]}]},
                "Na de lijst.",
            ],
        }
    )
    pieces = lines_of(data)
    label_one = next(p for p in pieces if p[2].startswith("1."))
    label_ten = next(p for p in pieces if p[2].startswith("10."))
    first = [p for p in pieces if "lang" in p[2]]
    assert len({round(y) for _, y, _ in first}) >= 3  # the long item runs over lines
    xs = {round(x, 1) for x, _, _ in first}
    assert len(xs) == 1  # every line of the item starts at one place: a hanging indent
    (text_x,) = xs
    assert label_one[0] < text_x and label_ten[0] < label_one[0]  # numbers end in line
    before = next(p for p in pieces if p[2].startswith("Voor"))
    bullet = next(p for p in pieces if p[2] == "•")
    sub = next(p for p in pieces if p[2] == "–")
    body = next(p for p in pieces if p[2].startswith("bol"))
    assert before[0] < bullet[0] < body[0] <= sub[0] + 1  # a sub-item hangs under its item
    assert squash("".join(p[2] for p in pieces)).index("Nadelijst") > 0


# --- figures ------------------------------------------------------------------------------


def drawn_images(data: bytes) -> list[tuple[int, float, float, float, float]]:
    """(page, x, y, width, height) of every image drawn, from the ``cm`` before its ``Do``."""
    out = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages):
            xobjects = page.Resources.get("/XObject", {})
            matrices: list[list[float]] = [[1, 0, 0, 1, 0, 0]]
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "q":
                    matrices.append(list(matrices[-1]))
                elif op == "Q":
                    matrices.pop()
                elif op == "cm":
                    a, b, c, d, e, f = (float(v) for v in operands)
                    m = matrices[-1]
                    matrices[-1] = [
                        a * m[0] + b * m[2],
                        a * m[1] + b * m[3],
                        c * m[0] + d * m[2],
                        c * m[1] + d * m[3],
                        e * m[0] + f * m[2] + m[4],
                        e * m[1] + f * m[3] + m[5],
                    ]
                elif op == "Do" and xobjects[str(operands[0])].get("/Subtype") == "/Image":
                    m = matrices[-1]
                    out.append((number, m[4], m[5], m[0], m[3]))
    return out


def figure_block(names: list[str], size: str = "full", **extra: Any) -> dict[str, Any]:
    images = [
        {"asset": name, "alt": f"Foto {i}", "caption": f"Onderschrift{i}", "credit": f"Maker{i}"}
        for i, name in enumerate(names)
    ]
    return {"kind": "figure", "size": size, "images": images, **extra}


def test_figures_take_their_share_of_the_width_side_by_side_and_in_rows() -> None:
    project, names = project_with(wide=(400, 200, "#C8326E"), other=(600, 300, "#7FAA00"))
    wide, other = names["wide"], names["other"]
    body = [
        "Voor.",
        figure_block([wide], "half"),
        figure_block([wide], "thumbnail"),
        figure_block([wide, other]),
        figure_block([wide, other, wide, other]),
        "Na.",
    ]
    data = render({"title": "F", "intro": body}, project)
    images = drawn_images(data)
    assert len(images) == 1 + 1 + 2 + 4
    half, thumb, *pair_and_grid = images
    assert half[3] == pytest.approx(FRAME_WIDTH * 0.5, abs=0.1)
    assert thumb[3] == pytest.approx(FRAME_WIDTH * 0.3, abs=0.1)
    column = (FRAME_WIDTH - GUTTER) / 2
    for image in pair_and_grid:
        assert image[3] == pytest.approx(column, abs=0.1)
    left, right = pair_and_grid[:2]
    assert left[2] == pytest.approx(right[2]) and right[1] == pytest.approx(
        left[1] + column + GUTTER
    )
    grid = pair_and_grid[2:]
    rows = sorted({(page, round(y)) for page, _, y, _, _ in grid})
    assert len(rows) == 2  # four pictures: two rows of two
    texts = squash("".join(pages(data)))
    assert texts.index("Voor.") < texts.index("Onderschrift0") < texts.index("Na.")


def test_a_figure_keeps_its_caption_and_credit_on_its_page() -> None:
    project, names = project_with(photo=(400, 300, "#C8326E"), other=(300, 400, "#7FAA00"))
    moved = False
    for words in SWEEP:
        body = [filler(words), figure_block([names["photo"], names["other"]]), "Daarna."]
        data = render({"title": "F", "intro": body}, project)
        texts = pages(data)
        images = drawn_images(data)
        image_pages = {page for page, *_ in images}
        assert len(image_pages) == 1, words
        (page,) = image_pages
        for i in range(2):
            assert page_of(texts, f"Onderschrift{i}") == page, words
            assert page_of(texts, f"Foto: Maker{i}") == page, words
        moved |= page > page_of(texts, f"vul{words - 1}")
    assert moved  # some render had no room for the figure under the filler


def test_a_grid_breaks_between_its_rows_never_inside_one() -> None:
    project, names = project_with(tall=(300, 400, "#00557F"))
    broken = False
    for words in SWEEP:
        body = [filler(words), figure_block([names["tall"]] * 4)]  # 2×2 portraits
        data = render({"title": "F", "intro": body}, project)
        texts = pages(data)
        images = drawn_images(data)
        rows = [images[:2], images[2:]]
        for number, row in enumerate(rows):
            (page,) = {image[0] for image in row}
            assert row[0][2] == pytest.approx(row[1][2])  # side by side
            for i in (2 * number, 2 * number + 1):
                assert page_of(texts, f"Onderschrift{i}") == page, words
                assert page_of(texts, f"Foto: Maker{i}") == page, words
        broken |= rows[0][0][0] != rows[1][0][0]
    assert broken  # some render broke the grid between its rows


# --- floating figures ---------------------------------------------------------------------

#: Body text's line height in the intro, where these figures stand.
LEADING = 18.0


def chars_per_line(pieces: list[tuple[float, float, str]], tag: str) -> list[tuple[float, int]]:
    """(baseline, characters) of every line of filler ``tag`` among ``pieces``: about the
    line's width, the filler's words being alike."""
    return [(y, len(text)) for _, y, text in pieces if re.match(rf"{tag}\d", text)]


@pytest.mark.parametrize("size", ["half", "thumbnail"])
def test_a_small_figure_floats_right_with_the_text_beside_it_then_under_it(size: str) -> None:
    project, names = project_with(tall=(300, 400, "#00557F"))
    body = ["Voor.", figure_block([names["tall"]], size), filler(300, "naast"), "Na de tekst."]
    data = render({"title": "F", "intro": body}, project)
    ((page, x, y, width, height),) = drawn_images(data)
    assert page == 0
    assert x + width == pytest.approx(MARGIN_X + FRAME_WIDTH, abs=0.1)  # at the right
    assert width == pytest.approx(FRAME_WIDTH * {"half": 0.5, "thumbnail": 0.3}[size], abs=0.1)
    pieces = lines_of(data, page)
    lines = chars_per_line(pieces, "naast")
    top = y + height
    first = lines[0][0]
    assert top - LEADING < first < top  # the first line beside it, level with its top
    assert all(piece[0] == pytest.approx(MARGIN_X) for piece in pieces if "naast" in piece[2])
    caption = next(p for p in pieces if p[2] == "Onderschrift0")
    credit = next(p for p in pieces if p[2] == "Foto: Maker0")
    assert caption[0] == credit[0] == pytest.approx(x) and y > caption[1] > credit[1]
    beside = [chars for line_y, chars in lines if line_y > credit[1]]
    under = [chars for line_y, chars in lines[:-1] if line_y < credit[1] - LEADING]
    assert len(beside) >= 10 and len(under) >= 10
    # beside the figure a line holds the width left of it, under it the full width
    ratio = (sum(beside) / len(beside)) / (sum(under) / len(under))
    share = (FRAME_WIDTH - width) / FRAME_WIDTH
    assert share - 0.12 < ratio < share
    texts = squash("".join(pages(data)))
    assert texts.index("Voor.") < texts.index("naast0") < texts.index("Nadetekst.")


def test_a_heading_stops_the_flow_under_the_figure() -> None:
    project, names = project_with(tall=(300, 400, "#00557F"))
    body = [
        figure_block([names["tall"]], "thumbnail"),
        "Kort ernaast.",
        {"kind": "heading", "text": "Tussenkop"},
        filler(60, "verder"),
    ]
    data = render({"title": "F", "intro": ["Voor.", *body]}, project)
    ((_, x, y, _, height),) = drawn_images(data)
    pieces = lines_of(data)
    beside = next(p for p in pieces if p[2] == "Kort ernaast.")
    heading = next(p for p in pieces if p[2] == "Tussenkop")
    credit = next(p for p in pieces if p[2] == "Foto: Maker0")
    assert y < beside[1] < y + height and beside[0] < x  # beside the picture
    assert heading[1] < credit[1] - 10 and heading[0] == pytest.approx(MARGIN_X)  # under it
    after = [chars for _, chars in chars_per_line(pieces, "verder")]
    assert min(after[:-1]) > 60  # the text after the heading at full width


def test_a_floating_figure_is_tagged_before_the_text_beside_it() -> None:
    project, names = project_with(tall=(300, 400, "#00557F"))
    body = ["Voor.", figure_block([names["tall"]], "half"), filler(80, "naast"), "Na."]
    data = render({"title": "F", "intro": body}, project)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        roles: list[str] = []

        def walk(element: Any) -> None:
            kids = element.get("/K")
            kids = kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    roles.append(str(kid.S) + (f":{kid.Alt}" if "/Alt" in kid else ""))
                    walk(kid)

        walk(pdf.Root.StructTreeRoot)
    start = roles.index("/Figure:Foto 0")
    # "Voor.", the figure, its caption and credit, the text beside it, "Na."
    assert roles[start - 1 : start + 5] == ["/P", "/Figure:Foto 0", "/P", "/P", "/P", "/P"]
    texts = squash("".join(pages(data)))
    assert texts.index("Voor.") < texts.index("Onderschrift0") < texts.index("naast0")


def test_a_floating_figure_at_the_foot_of_a_page_keeps_its_text_beside_it() -> None:
    """Swept over a page break: the picture, its caption and credit on one page, text
    beside it from its top, and no page left empty or with a heading alone at its foot."""
    project, names = project_with(tall=(300, 400, "#00557F"))
    moved = False
    for words in SWEEP:
        blocks = [
            {"kind": "section", "id": "s", "body": [filler(words)]},
            {
                "kind": "section",
                "id": "f",
                "title": "Met foto",
                "body": [figure_block([names["tall"]], "thumbnail"), filler(160, "naast")],
            },
        ]
        data = render({"title": "F", "blocks": blocks}, project)
        texts = pages(data)
        ((page, x, y, _, height),) = drawn_images(data)
        assert page_of(texts, "Onderschrift0") == page, words
        assert page_of(texts, "Foto: Maker0") == page, words
        pieces = lines_of(data, page)
        beside = [(py, px) for px, py, text in pieces if re.match(r"naast\d", text)]
        first_beside = max(py for py, px in beside if py < y + height)
        assert y + height - LEADING < first_beside < y + height, words
        assert all(px < x for py, px in beside if y < py < y + height), words
        heading = page_of(texts, "Met foto")
        assert len(re.findall(r"naast\d", texts[heading])) >= 10, words  # lines follow it
        *body, colophon = texts
        assert "Colofon" in colophon
        assert all(re.search(r"(vul|naast)\d", text) for text in body), words
        moved |= page > page_of(texts, f"vul{words - 1}")
    assert moved  # some render had no room for the figure under the text before it


def test_a_half_figure_floats_only_beside_text_wide_enough() -> None:
    figure = ir.Figure("a", b"", "image/png", 300, 400, "Alt", False, "", "")
    half = ir.FigureGroup((figure,), "half")
    thumbnail = ir.FigureGroup((figure,), "thumbnail")
    assert floats(half, FRAME_WIDTH) and floats(thumbnail, FRAME_WIDTH)
    narrow = 2 * MIN_BESIDE  # half of it, less the gap, beside the figure: too narrow
    assert not floats(half, narrow) and floats(thumbnail, narrow)
    assert not floats(ir.FigureGroup((figure,), "full"), FRAME_WIDTH)
    assert not floats(ir.FigureGroup((figure,) * 4, "half", columns=2), FRAME_WIDTH)  # a grid
    assert floats(ir.FigureGroup((figure,) * 2, "half", columns=2), FRAME_WIDTH)  # a row


# --- keep together ------------------------------------------------------------------------


def test_a_pull_quote_is_never_split_over_two_pages() -> None:
    quote = "Begin van het citaat " + filler(70, "citaat") + " einde van het citaat."
    moved = False
    for words in SWEEP:
        blocks = [
            {"kind": "section", "id": "s", "title": "Sectie", "body": [filler(words)]},
            {"kind": "quote", "id": "q", "text": quote, "attribution": "Iemand Anders"},
            {"kind": "section", "id": "t", "body": ["Daarna."]},
        ]
        texts = pages(render({"title": "Q", "blocks": blocks}))
        start = page_of(texts, "Begin van het citaat")
        assert page_of(texts, "einde van het citaat") == start, words
        assert page_of(texts, "Iemand Anders") == start, words
        moved |= start > page_of(texts, f"vul{words - 1}")
    assert moved


@pytest.mark.parametrize("with_byline", [False, True])
def test_a_heading_is_never_the_last_thing_on_a_page(with_byline: bool) -> None:
    speakers = [{"id": "an", "name": "An de Vries", "role": "wethouder", "organisation": "Ede"}]
    moved = False
    for words in SWEEP:
        section = {
            "kind": "section",
            "id": "kop",
            "title": "Een kop",
            "people": ["an"] if with_byline else [],
            "body": [filler(200, "volg")],
        }
        blocks = [{"kind": "section", "id": "s", "body": [filler(words)]}, section]
        data = render({"title": "H", "speakers": speakers, "blocks": blocks})
        texts = pages(data)
        heading = page_of(texts, "Een kop")
        if with_byline:
            assert page_of(texts, "Door An de Vries") == heading, words
        following = [line for line in texts[heading].splitlines() if re.search(r"volg\d", line)]
        assert len(following) >= 2, words  # at least two lines of what follows
        assert "volg0" in texts[heading]
        moved |= heading > page_of(texts, f"vul{words - 1}")
    assert moved


def test_a_part_heading_stays_with_its_first_section() -> None:
    moved = False
    for words in SWEEP:
        part = {
            "kind": "part",
            "id": "deel",
            "title": "Het deel",
            "blocks": [
                {"kind": "section", "id": "a", "title": "De sectie", "body": [filler(90, "volg")]}
            ],
        }
        blocks = [{"kind": "section", "id": "s", "body": [filler(words)]}, part]
        texts = pages(render({"title": "P", "blocks": blocks}))
        heading = page_of(texts, "Het deel")
        assert page_of(texts, "De sectie") == heading, words
        assert len([ln for ln in texts[heading].splitlines() if "volg" in ln]) >= 2, words
        moved |= heading > page_of(texts, f"vul{words - 1}")
    assert moved


def test_a_sub_heading_stays_with_a_list_after_it() -> None:
    for words in SWEEP:
        items = [{"text": filler(25, f"item{n}x")} for n in range(4)]
        body = [
            filler(words),
            {"kind": "heading", "text": "Tussenkop"},
            {"kind": "list", "items": items},
        ]
        texts = pages(render({"title": "L", "intro": body}))
        heading = page_of(texts, "Tussenkop")
        assert "item0x0" in texts[heading], words
        assert len([ln for ln in texts[heading].splitlines() if "item0x" in ln]) >= 2, words


def test_the_colophon_and_its_note_stay_together() -> None:
    colophon = {
        "organisation": "Divosa",
        "visiting_address": "Laan 5 | Utrecht",
        "email": "info@divosa.nl",
        "credits": [{"role": "Tekst", "names": ["Sigrid van Iersel"]}],
        "version": "februari 2018",
        "note": ["Dit verslag verscheen eerder op de website."],
    }
    moved = False
    for words in SWEEP:
        blocks = [{"kind": "section", "id": "s", "title": "S", "body": [filler(words)]}]
        data = render({"title": "C", "blocks": blocks, "colophon": colophon})
        texts = pages(data)
        start = page_of(texts, "Colofon")
        for line in ("Laan 5", "Sigrid van Iersel", "februari 2018", "verscheen eerder"):
            assert page_of(texts, line) == start, (words, line)
        assert squash(texts[start]).index("februari2018") < squash(texts[start]).index(
            "verscheeneerder"
        )
        if start > page_of(texts, f"vul{words - 1}"):
            moved = True
            # on a page of its own only because it had no room under the text
            here = lines_of(data, start)
            top = next(y for _, y, text in here if text.startswith("Colofon"))
            needed = top - min(y for _, y, text in here if "verscheen" in text)
            last_line = min(y for _, y, text in lines_of(data, start - 1) if "vul" in text)
            # baseline to baseline, plus the space above it, the heading's and the
            # note's line and the last body line's descent
            assert last_line - MARGIN_BOTTOM < needed + 24 + 19 + 16, words
    assert moved


def test_each_byline_line_is_a_line_of_its_own() -> None:
    speakers = [
        {"id": "cas", "name": "Cas Smit"},
        {"id": "an", "name": "An de Vries", "role": "hoogleraar", "organisation": "VU"},
        {"id": "bo", "name": "Bo Jansen"},
    ]
    people = [
        {"speaker_id": "cas", "role": "moderator"},
        {"speaker_id": "an", "role": "panel"},
        {"speaker_id": "bo", "role": "thanks"},
    ]
    section = {"kind": "section", "id": "p", "title": "Panel", "people": people, "body": ["T."]}
    text = pages(render({"title": "B", "speakers": speakers, "blocks": [section]}))[0]
    lines = [line.strip() for line in text.splitlines()]
    assert "Moderator: Cas Smit" in lines
    assert any(line.startswith("Panel: An de Vries") for line in lines)
    assert lines.index("Moderator: Cas Smit") < lines.index("T.")
