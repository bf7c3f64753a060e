"""Preflight at its edges: the resolution limit at exactly 150 dpi, counts in the summary,
findings worded per severity, every way to give contact details, links in every text."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image as PILImage

from models import Project, Publication
from models import preflight as pf
from models.contrast import TextPair
from models.field_wording import english
from models.labels import Place, Step
from models.preflight import SEVERITIES, Finding, Fix, Severity, preflight, summary
from models.project import asset_name

COLOPHON = {"organisation": "Divosa", "email": "info@divosa.nl"}


def picture(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (40, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def project(*, assets: dict[str, bytes] | None = None, **overrides: Any) -> Project:
    """A clean publication (no findings) with ``overrides``."""
    data: dict[str, Any] = {
        "title": "Werk in uitvoering",
        "publication_date": "2025-02-14",
        "speakers": [{"id": "sam", "name": "Sam"}],
        "blocks": [
            {"kind": "section", "id": "s-1", "title": "Begin", "people": ["sam"], "body": ["Ja."]}
        ],
        "colophon": COLOPHON,
        **overrides,
    }
    return Project(Publication.model_validate(data), assets or {})


def logo_project(width: int) -> Project:
    data = picture(width, 10)
    name = asset_name(data, "png")
    return project(theme={"logo": {"asset": name, "alt": "Het logo"}}, assets={name: data})


@pytest.mark.parametrize(("width", "soft"), [(149, True), (150, False), (151, False)])
def test_a_picture_at_exactly_150_dpi_is_sharp_enough(
    monkeypatch: pytest.MonkeyPatch, width: int, soft: bool
) -> None:
    """Printed one inch wide, a picture has as many dots per inch as it has pixels."""
    monkeypatch.setattr(pf, "fit_mm", lambda size, box: (25.4, 5.0))
    findings = preflight(logo_project(width))
    assert [f.code for f in findings] == (["low_resolution"] if soft else [])
    if soft:
        assert findings[0].message == (
            "Theme, logo: this image is 149 pixels wide and printed 25 mm wide, which is 149 "
            "dpi; it looks soft on paper below 150 dpi: use one at least 150 pixels wide"
        )
        assert findings[0].fix is None


@pytest.mark.parametrize(
    ("counts", "text"),
    [
        ((1, 0, 0), "1 error"),
        ((2, 0, 0), "2 errors"),
        ((0, 1, 0), "1 warning"),
        ((0, 3, 0), "3 warnings"),
        ((0, 0, 1), "1 note"),
        ((0, 0, 2), "2 notes"),
        ((2, 2, 2), "2 errors, 2 warnings, 2 notes"),
    ],
)
def test_the_summary_counts_each_severity_in_words(counts: tuple[int, int, int], text: str) -> None:
    findings = [
        Finding(severity, (), "x", "c")
        for severity, count in zip(SEVERITIES, counts, strict=True)
        for _ in range(count)
    ]
    assert str(summary(findings)) == text


@pytest.mark.parametrize("severity", ["error", "warning", "info"])
def test_a_finding_is_worded_with_its_severity_in_front(severity: Severity) -> None:
    (found,) = preflight(project(colophon={"phone": "030 123"}))
    finding = Finding(
        severity,
        found.loc,
        found.message,
        found.code,
        kind=found.kind,
        params=found.params,
        place=found.place,
    )
    assert finding.worded(english) == f"{severity}: {found.message}"


@pytest.mark.parametrize(
    ("contact", "missing"),
    [
        ({"email": "a@b.nl"}, False),
        ({"phone": "030 123 45 67"}, False),
        ({"website": "https://divosa.nl"}, False),
        ({}, True),
    ],
)
def test_any_one_contact_detail_is_enough(contact: dict[str, str], missing: bool) -> None:
    findings = preflight(project(colophon={"organisation": "Divosa", **contact}))
    assert [(f.severity, f.loc, f.code) for f in findings] == (
        [("warning", ("colophon", "email"), "colophon_contact")] if missing else []
    )
    if missing:
        assert findings[0].message == (
            "Colophon has no contact details: add an e-mail address, phone or website"
        )


def test_a_colophon_without_organisation_is_named() -> None:
    (finding,) = preflight(project(colophon={"email": "a@b.nl"}))
    assert (finding.severity, finding.loc) == ("warning", ("colophon", "organisation"))
    assert finding.message == "Colophon names no organisation: say who publishes this"


def test_a_quote_without_attribution_is_a_warning() -> None:
    quote = {"kind": "quote", "id": "q-1", "text": "Het werkt.", "attribution": ""}
    findings = preflight(project(blocks=[*project().publication.model_dump()["blocks"], quote]))
    assert [(f.severity, f.loc, f.code) for f in findings] == [
        ("warning", ("blocks", 1, "attribution"), "no_attribution")
    ]


def test_a_bad_link_in_a_key_takeaway_item_is_found() -> None:
    """The model refuses the link; preflight finds it in a publication that bypassed it."""
    pub = project(key_takeaways={"items": ["Goed.", "Ook goed."]}).publication
    items = ("Goed.", "[klik](javascript:alert(1))")
    takeaways = pub.key_takeaways.model_copy(update={"items": items})
    unchecked = pub.model_copy(update={"key_takeaways": takeaways})
    assert [(f.loc, f.code) for f in preflight(Project(unchecked, {}))] == [
        (("key_takeaways", "items", 1), "bad_link")
    ]


def test_a_portrait_is_not_checked_for_resolution() -> None:
    data = picture(8, 8)
    name = asset_name(data, "png")
    speakers = [{"id": "sam", "name": "Sam", "portrait": {"asset": name, "alt": "Sam lacht"}}]
    assert preflight(project(speakers=speakers, assets={name: data})) == []


# -- every kind of finding, whole: where it is (named from the publication), what it says --


def section(id_: str, title: str, *body: Any, people: tuple[str, ...] = ("sam",)) -> dict[str, Any]:
    return {"kind": "section", "id": id_, "title": title, "people": list(people), "body": body}


def begin(*images: Step) -> tuple[Step, ...]:
    """The steps to the first figure of section 1 ‘Begin’, and then ``images``."""
    return (Step("section", 1, "Begin"), Step("figure", 1), *images)


def test_each_finding_about_an_image_in_a_figure_names_its_section_figure_and_image() -> None:
    sharp = picture(2000, 1000)
    broken = b"\x89PNG\r\n\x1a\nbroken"
    sharp_name, broken_name = asset_name(sharp, "png"), asset_name(broken, "png")
    figure = {
        "kind": "figure",
        "size": "full",
        "images": [
            {"asset": sharp_name, "alt": "  IMG_1234.jpg "},
            {"asset": sharp_name, "alt": "", "decorative": True},
            {"asset": asset_name(b"gone", "png"), "alt": "Een zaal vol mensen"},
            {"asset": broken_name, "alt": "Het podium"},
        ],
    }
    target = project(
        blocks=[section("s-1", "Begin", "Ja.", figure)],
        assets={sharp_name: sharp, broken_name: broken},
    )
    at = ("blocks", 0, "body", 1, "images")
    assert preflight(target) == [
        Finding(
            "error",
            (*at, 2),
            "Section 1 ‘Begin’, figure 1, image 3: the image file is missing from the project; "
            "add it again",
            "missing",
            kind="image_missing",
            place=Place(begin(Step("image", 3))),
        ),
        Finding(
            "error",
            (*at, 3),
            "Section 1 ‘Begin’, figure 1, image 4: the image file cannot be read as a picture; "
            "add it again",
            "unreadable",
            kind="image_unreadable",
            place=Place(begin(Step("image", 4))),
        ),
        Finding(
            "warning",
            (*at, 0, "alt"),
            "Section 1 ‘Begin’, figure 1, image 1: alternative text ‘IMG_1234.jpg’ looks like a "
            "file name: describe what the image shows",
            "alt_file_name",
            kind="alt_file_name",
            params={"value": "IMG_1234.jpg"},
            place=Place(begin(Step("image", 1)), "alt"),
        ),
        Finding(
            "warning",
            (*at, 1, "alt"),
            "Section 1 ‘Begin’, figure 1, image 2 is marked as decorative, so readers who cannot "
            "see it skip it: describe what it shows",
            "decorative_figure",
            kind="decorative_figure",
            place=Place(begin(Step("image", 2)), "alt"),
        ),
    ]


def test_a_decorative_cover_image_or_logo_is_no_finding() -> None:
    """Decorative is right for a mood picture or a logo: only a figure's is questioned."""
    data = picture(2000, 1400)
    name = asset_name(data, "png")
    image = {"asset": name, "alt": "", "decorative": True}
    assert (
        preflight(project(theme={"cover_image": image, "logo": image}, assets={name: data})) == []
    )


def test_a_soft_cover_image_and_a_file_name_as_alt_text_are_found_at_the_cover_image() -> None:
    data = picture(300, 200)
    name = asset_name(data, "png")
    cover = {"asset": name, "alt": "scan_0001.png"}
    findings = preflight(project(theme={"cover_image": cover}, assets={name: data}))
    theme = Step("theme")
    assert findings == [
        Finding(
            "warning",
            ("theme", "cover_image", "alt"),
            "Theme, cover image: alternative text ‘scan_0001.png’ looks like a file name: "
            "describe what the image shows",
            "alt_file_name",
            kind="alt_file_name",
            params={"value": "scan_0001.png"},
            place=Place((theme, Step("cover_image")), "alt"),
        ),
        Finding(
            "warning",
            ("theme", "cover_image"),
            "Theme, cover image: this image is 300 pixels wide and printed 150 mm wide, which "
            "is 51 dpi; it looks soft on paper below 150 dpi: use one at least 886 pixels wide",
            "low_resolution",
            kind="low_resolution",
            params={"width": 300, "mm": 150, "dpi": 51, "min": 150, "needed": 886},
            place=Place((theme,), "cover_image"),
        ),
    ]


def test_a_section_without_people_and_a_quote_without_attribution_are_named() -> None:
    quote = {"kind": "quote", "id": "q-1", "text": "Het werkt echt heel goed.", "attribution": ""}
    blocks = [section("s-1", "Begin", "Ja."), section("s-2", "Zonder mensen", "Tekst.", people=())]
    assert preflight(project(blocks=[*blocks, quote])) == [
        Finding(
            "warning",
            ("blocks", 2, "attribution"),
            "Quote 1 (‘Het werkt echt heel goed.’) has no attribution: readers do not see who "
            "said it",
            "no_attribution",
            kind="no_attribution",
            place=Place((Step("quote", 1, excerpt="Het werkt echt heel goed."),), "attribution"),
        ),
        Finding(
            "info",
            ("blocks", 1, "people"),
            "Section 2 ‘Zonder mensen’ names no speakers",
            "no_speakers",
            kind="no_speakers",
            place=Place((Step("section", 2, "Zonder mensen"),), "people"),
        ),
    ]


def test_a_bad_link_in_a_quote_is_found_in_its_text() -> None:
    """The model refuses the link; preflight finds it in a publication that bypassed it."""
    quote = {"kind": "quote", "id": "q-1", "text": "Lees meer.", "attribution": "Sam"}
    pub = project(blocks=[quote]).publication
    unchecked = pub.blocks[0].model_copy(update={"text": "Lees [meer](javascript:x)."})
    target = Project(pub.model_copy(update={"blocks": [unchecked]}), {})
    assert preflight(target) == [
        Finding(
            "error",
            ("blocks", 0, "text"),
            "Quote 1 (‘Lees meer.’), text: link target ‘javascript:x’ is not allowed (use an "
            "http://, https:// or mailto: address); the link would be left out",
            "bad_link",
            kind="link_left_out",
            params={"target": "javascript:x"},
            place=Place((Step("quote", 1, excerpt="Lees meer."),), "text"),
        )
    ]


def test_a_placeholder_is_named_at_its_paragraph_with_the_first_placeholder() -> None:
    blocks = [section("s-1", "Begin", "Ja."), section("s-2", "Twee", "Hier ‹iets› en ‹meer›.")]
    assert preflight(project(blocks=blocks)) == [
        Finding(
            "error",
            ("blocks", 1, "body", 0, "text"),
            "Section 2 ‘Twee’, paragraph 1: still holds the template's placeholder text ‹iets›; "
            "write the real text here",
            "placeholder",
            kind="placeholder",
            params={"text": "‹iets›"},
            place=Place((Step("section", 2, "Twee"), Step("paragraph", 1))),
        )
    ]


def test_an_empty_list_item_after_a_paragraph_is_found_and_so_is_its_empty_sub_item() -> None:
    """Blocks before a list (here a paragraph) are passed over, not the end of the search."""
    items = [{"text": "Een"}, {"text": "\u200b", "items": ["Twee", "\u200b"]}]
    body = (
        "Ja.",
        {"kind": "list", "items": items},
        {"kind": "list", "items": [{"text": "[](https://divosa.nl)"}]},
    )
    list_at = ("blocks", 0, "body")
    one = (Step("section", 1, "Begin"), Step("list", 1), Step("item", 2))
    assert [
        (f.loc, f.message, f.place)
        for f in preflight(project(blocks=[section("s-1", "Begin", *body)]))
    ] == [
        (
            (*list_at, 1, "items", 1, "text"),
            "Section 1 ‘Begin’, list 1, item 2 has nothing to read: write its text, or remove it",
            Place(one),
        ),
        (
            (*list_at, 1, "items", 1, "items", 1),
            "Section 1 ‘Begin’, list 1, item 2, sub-item 2 has nothing to read: write its text, "
            "or remove it",
            Place((*one, Step("sub_item", 2))),
        ),
        (
            (*list_at, 2, "items", 0, "text"),
            "Section 1 ‘Begin’, list 2, item 1 has nothing to read: write its text, or remove it",
            Place((Step("section", 1, "Begin"), Step("list", 2), Step("item", 1))),
        ),
    ]


@pytest.mark.parametrize("length", [120, 121])
def test_a_title_of_more_than_120_characters_does_not_fit_the_cover(length: int) -> None:
    findings = preflight(project(title="x" * length))
    assert findings == (
        [
            Finding(
                "warning",
                ("title",),
                f"Title has {length} characters; more than 120 do not fit the cover in three "
                "lines: shorten it or move part to the subtitle",
                "title_too_long",
                kind="title_too_long",
                params={"count": length, "limit": 120},
                place=Place((), "title"),
            )
        ]
        if length > 120
        else []
    )


@pytest.mark.parametrize(
    ("large", "ratio", "needs"),
    [
        (True, "2.99:1", "large text needs at least 3:1"),
        (False, "3.00:1", "text needs at least 4.5:1"),
    ],
)
def test_a_contrast_finding_says_which_minimum_it_misses_and_never_rounds_up_to_it(
    monkeypatch: pytest.MonkeyPatch, large: bool, ratio: str, needs: str
) -> None:
    """#959595 on white is 2.995:1: below the 3:1 for large text, so shown as 2.99:1."""
    pair = TextPair("primary_colour", "#959595", "#FFFFFF", large, "the lead sentence")
    monkeypatch.setattr(pf, "failing_pairs", lambda theme: [pair])
    assert preflight(project()) == [
        Finding(
            "error",
            ("theme", "primary_colour"),
            f"Theme: primary colour #959595 on #FFFFFF has a contrast ratio of {ratio}; {needs} "
            "(used for the lead sentence)",
            "contrast",
            kind="contrast_large" if large else "contrast",
            params={
                "foreground": "#959595",
                "background": "#FFFFFF",
                "ratio": ratio,
                "required": "3" if large else "4.5",
                "use": "the lead sentence",
            },
            place=Place((Step("theme"),), "primary_colour"),
        )
    ]


@pytest.mark.parametrize("width", [149, 150])
def test_a_smaller_size_is_offered_when_it_prints_at_exactly_150_dpi(
    monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    """Two images side by side: full width gives each 1 inch, half width ½ inch, a thumbnail ¼.

    At 150 pixels, half width is exactly 150 dpi, which is sharp enough; at 149 it is not."""
    widths = {"full": 50.8, "half": 25.4, "thumbnail": 12.7}
    monkeypatch.setattr(
        pf, "_cell_box", lambda frame, size, columns: (widths[size] * 2 / columns, 99.0)
    )
    monkeypatch.setattr(pf, "fit_mm", lambda size, box: box)
    data = picture(width, 10)
    name = asset_name(data, "png")
    image = {"asset": name, "alt": "Een zaal vol mensen"}
    figure = {"kind": "figure", "size": "full", "images": [image, image]}
    findings = preflight(project(blocks=[section("s-1", "Begin", figure)], assets={name: data}))
    size, dpi = ("half width", 150) if width == 150 else ("thumbnail size", 298)
    candidate = "half" if width == 150 else "thumbnail"
    fix = Fix(
        ("blocks", 0, "body", 0, "size"),
        candidate,
        f"print it at {size} ({dpi} dpi)",
        {"size": size, "dpi": dpi},
    )
    assert [f.fix for f in findings] == [fix, fix]
    assert findings[0].message == (
        f"Section 1 ‘Begin’, figure 1, image 1: this image is {width} pixels wide and printed "
        f"51 mm wide, which is {width // 2} dpi; it looks soft on paper below 150 dpi: print it "
        f"at {size} ({dpi} dpi), or use one at least 300 pixels wide"
    )
