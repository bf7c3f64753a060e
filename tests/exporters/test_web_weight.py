"""A light web page: fonts cut down to the page's characters as WOFF2, pictures embedded at
the size the page shows them (and twice that), without metadata. Read back from the page."""

from __future__ import annotations

import base64
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont
from PIL import Image as PILImage

from exporters import images, ir, web_fonts
from exporters.fonts import FALLBACK_STEMS, fallback_file, font_coverage, font_file
from exporters.html import render_html
from models import Project, Publication, load
from models.images import prepare
from models.project import asset_name

SAMPLE = Path(__file__).parents[2] / "resources/examples/ruimte-voor-professionals"
HEBREW = "שָׁלוֹם עֲלֵיכֶם"
ARABIC = "السلام عليكم"
_FACE = re.compile(
    r"@font-face\{font-family:'([^']+)';font-weight:([\d ]+);(?:font-style:(\w+);)?"
    r"[^}]*src:url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\) format\('woff2'\)\}"
)


class Shown(HTMLParser):
    """What a browser draws of a page: body text and alt text; and every <img>."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.images: list[dict[str, str]] = []
        self._in_body = False
        self._hidden = 0
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self._in_body = self._in_body or tag == "body"
        if tag in ("style", "script", "title", "svg"):
            self._hidden += 1
        if tag == "img":
            self.images.append(attributes)
            self.text.append(attributes.get("alt", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "title", "svg"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._in_body and not self._hidden:
            self.text.append(data)


def faces(page: str) -> list[tuple[str, str, str, TTFont]]:
    """(family, weight, style, font) of each @font-face rule of ``page``."""
    found = []
    for family, weight, style, data in _FACE.findall(page):
        raw = base64.b64decode(data)
        assert raw[:4] == b"wOF2", family
        found.append((family, weight, style or "normal", TTFont(io.BytesIO(raw))))
    return found


def sfnt(font: TTFont) -> bytes:
    font.flavor = None
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def project(assets: dict[str, bytes] | None = None, **fields: Any) -> ir.Document:
    data = {"title": "Titel", "publication_date": "2024-05-01", **fields}
    return ir.build(Project(Publication.model_validate(data), assets or {}))


def photo(width: int, height: int, **save: Any) -> bytes:
    """A photo-like JPEG: a gradient with grain, so it compresses like a photo."""
    grain = PILImage.effect_noise((width, height), 48).convert("RGB")
    base = PILImage.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    PILImage.blend(base, grain, 0.35).save(out, "JPEG", quality=92, **save)
    return out.getvalue()


def decoded(uri: str) -> tuple[bytes, PILImage.Image]:
    header, _, data = uri.partition(",")
    assert header.startswith("data:image/") and header.endswith(";base64"), header
    raw = base64.b64decode(data)
    picture = PILImage.open(io.BytesIO(raw))
    picture.load()
    return raw, picture


@pytest.fixture(scope="module")
def sample_page() -> str:
    return render_html(ir.build(load(SAMPLE)))


# ---------------------------------------------------------------------------- weight


def test_the_sample_page_weighs_at_most_250_kb_with_its_picture(sample_page: str) -> None:
    assert len(sample_page.encode("utf-8")) <= 250_000


# ---------------------------------------------------------------------------- fonts


def assert_faces_cover(page: str) -> list[tuple[str, str, str, TTFont]]:
    """Every character of the page's text is in each face of the family that draws it:
    the bundled family if its full face has it, else the fallback face that has it."""
    text = set("".join(Shown(page).text)) - set("\n\t\r")
    found = faces(page)
    for family, _weight, _style, font in found:
        cmap = set(map(chr, font.getBestCmap()))
        if family.startswith("Podium "):
            stem = family.removeprefix("Podium ")
            lacking = {c for c in text if ord(c) not in _main_coverage()}
            wanted = {c for c in lacking if _first_fallback(c) == stem and c.isprintable()}
        else:
            full = font_coverage(font_file(family, _face(_weight, _style)).path)  # type: ignore[arg-type]
            wanted = {c for c in text if ord(c) in full}
        assert wanted <= cmap, (family, sorted(wanted - cmap))
    return found


def _face(weight: str, style: str) -> str:
    bold = weight == "700"
    if style == "italic":
        return "bolditalic" if bold else "italic"
    return "bold" if bold else "regular"


def _main_coverage() -> set[int]:
    return set.intersection(
        *(
            set(font_coverage(font_file(family, face).path))
            for family in ("Source Serif Pro", "Source Sans Pro")
            for face in ("regular", "bold", "italic", "bolditalic")
        )
    )


def _first_fallback(char: str) -> str | None:
    return next((s for s in FALLBACK_STEMS if ord(char) in font_coverage(fallback_file(s))), None)


def test_the_sample_embeds_woff2_subsets_that_cover_its_text(sample_page: str) -> None:
    found = assert_faces_cover(sample_page)
    assert {family for family, *_ in found} == {"Source Serif Pro", "Source Sans Pro"}
    for family, _weight, _style, font in found:
        glyphs = len(font.getGlyphOrder())
        assert glyphs < 300, (family, glyphs)  # a subset, not the face's ~1,900 glyphs


def test_text_in_every_script_and_in_generated_content_is_covered() -> None:
    document = project(
        title=f"Zoë en {HEBREW}",
        publisher="Gemeente Ærø",  # uppercased by the stylesheet: "GEMEENTE ÆRØ"
        intro=[f"Een zin met {ARABIC} 👩\u200d💻 en ŀ."],
        blocks=[
            {"kind": "section", "id": "a", "title": "Eén", "body": ["[Lees](https://x.nl/ŝ)"]},
            {"kind": "quote", "id": "q", "text": "Citaat ŉ", "attribution": "Ŧ"},
        ],
    )
    page = render_html(document)
    found = assert_faces_cover(page)
    families = {family for family, *_ in found}
    assert {"Podium NotoSansHebrew", "Podium NotoSansArabic", "Podium NotoEmoji"} <= families
    for family, weight, style, font in found:
        cmap = set(map(chr, font.getBestCmap()))
        if family == "Source Sans Pro" and (weight, style) == ("700", "normal"):
            # ::before of a pull quote (“ in the heading font, bold), the uppercased
            # publisher, and the link target a printed page writes after the link.
            assert {"“", "Æ", "Ø"} <= cmap
        if family == "Source Serif Pro" and (weight, style) == ("400", "normal"):
            assert "ŝ" in cmap  # only in the href, printed by main a::after
            assert "\u2010" in cmap  # the hyphen of hyphens: auto


def test_shaped_scripts_keep_the_glyphs_and_positions_harfbuzz_needs() -> None:
    page = render_html(project(title="Titel", intro=[f"{ARABIC} {HEBREW} office"]))
    for family, _weight, _style, font in faces(page):
        if family == "Podium NotoSansArabic":
            text, full = ARABIC, fallback_file("NotoSansArabic")
        elif family == "Podium NotoSansHebrew":
            text, full = HEBREW, fallback_file("NotoSansHebrew")
        elif family == "Source Serif Pro" and _weight == "400" and _style == "normal":
            text, full = "office", font_file("Source Serif Pro", "regular").path
        else:
            continue
        data = sfnt(font)
        for word in text.split():  # a space is drawn by the bundled family
            subset = _shape(data, word)
            assert all(gid != 0 for gid, _ in subset), family  # no .notdef
            assert [p for _, p in subset] == [p for _, p in _shape(full.read_bytes(), word)]


def _shape(data: bytes, text: str) -> list[tuple[int, tuple[int, int, int]]]:
    font = hb.Font(hb.Face(hb.Blob(data)))
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(font, buffer)
    return [
        (info.codepoint, (pos.x_advance, pos.x_offset, pos.y_offset))
        for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ]


def test_subsets_are_cached_by_font_and_glyph_set() -> None:
    document = project(intro=["Eén keer ŵ"])
    render_html(document)
    before = web_fonts._woff2_data.cache_info()
    render_html(project(intro=["Een ander zin, dezelfde letters: Eén ŵ"]))
    after = web_fonts._woff2_data.cache_info()
    assert after.misses == before.misses and after.hits > before.hits


def test_a_subset_is_the_same_bytes_whenever_it_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """fontTools stamps the time of saving unless told not to; exports would then differ
    from run to run (and a base64 run could spell anything, e.g. a word a test looks for)."""
    sfnt = font_file("Source Sans Pro", "regular").path.read_bytes()
    made = []
    for epoch in ("0", "2000000000"):  # fontTools reads the time of saving from here
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        made.append(web_fonts.woff2(sfnt))
    assert made[0] == made[1]
    assert TTFont(io.BytesIO(made[0]))["head"].modified == TTFont(io.BytesIO(sfnt))["head"].modified


def test_the_stylesheet_asks_for_no_layout_feature_the_subsets_drop() -> None:
    """The subsets keep HarfBuzz's default features only (exporters/web_fonts.py)."""
    css = _stylesheet()
    assert not re.search(r"font-feature-settings|font-variant|font-variation", css)


def _stylesheet() -> str:
    path = Path(__file__).parents[2] / "resources/templates/publication.css"
    return path.read_text(encoding="utf-8")


def test_page_text_reads_body_alt_and_generated_content() -> None:
    page = (
        "<html><head><title>Ŧitel</title><style>x</style></head><body><p>a &amp; b</p>"
        '<img alt="Ŋ &quot;x&quot;"><a href="https://x.nl/ŀ">c</a></body></html>'
    )
    css = 'p::before { content: "\\201C" } a::after { content: " (" attr(href) ")" }'
    text = web_fonts.page_text(page, css)
    assert {"a", "&", "b", "Ŋ", '"', "“", "ŀ", "(", ")"} <= set(text)
    assert "Ŧ" not in text  # the title is the browser's, in its own font


# ---------------------------------------------------------------------------- pictures


def test_photos_are_embedded_at_1x_and_2x_of_their_shown_width_without_metadata() -> None:
    exif = PILImage.Exif()
    exif[0x010F] = "SecretCamera"  # Make
    wide = photo(2400, 1600, exif=exif.tobytes(), comment=b"secret comment")
    portrait = photo(900, 1200)
    assets = {asset_name(wide, "jpg"): wide, asset_name(portrait, "jpg"): portrait}
    wide_name, portrait_name = assets
    document = project(
        assets,
        speakers=[{"id": "an", "name": "An", "portrait": {"asset": portrait_name, "alt": "An"}}],
        theme={"logo": {"asset": wide_name, "alt": "Logo"}},
        blocks=[
            {
                "kind": "section",
                "id": "a",
                "title": "A",
                "people": ["an"],
                "body": [{"kind": "figure", "images": [{"asset": wide_name, "alt": "Zaal"}]}],
            }
        ],
    )
    page = render_html(document)
    shown = {img["alt"]: img for img in Shown(page).images}
    # (slot width, slot height) in CSS pixels, from publication.css via images.layout_css
    expected = {"Zaal": (704, 469), "Logo": (84, 56), "An": (56, 75)}
    for alt, (width, height) in expected.items():
        img = shown[alt]
        assert (int(img["width"]), int(img["height"])) == (width, height), alt
        _, single = decoded(img["src"])
        assert single.size == (width, height), alt
        uri, density = img["srcset"].rsplit(" ", 1)
        _, double = decoded(uri)
        assert density == "2x" and double.width == 2 * width, alt
        assert abs(double.height - 2 * height) <= 1, alt  # each size rounds on its own
    for img in shown.values():
        for uri in (img["src"], img["srcset"].rsplit(" ", 1)[0]):
            raw, picture = decoded(uri)
            assert b"SecretCamera" not in raw and b"secret comment" not in raw
            assert not {"exif", "comment", "xmp", "XML:com.adobe.xmp"} & set(picture.info)
    assert len(page) < 2 * len(wide)  # three uses of a 2400-pixel photo, all smaller


def test_the_layout_css_gives_the_stylesheet_the_slots_sizes() -> None:
    css = _stylesheet()
    props = dict(re.findall(r"(--[\w-]+):([^;}]+)", images.layout_css()))
    assert props == {
        "--measure": "44rem",
        "--logo-width": "10.5rem",
        "--logo-height": "3.5rem",
        "--portrait": "3.5rem",
        "--figure-gap": "1rem",
        "--figure-half": "50%",
        "--figure-thumbnail": "30%",
    }
    for name in props:
        assert f"var({name})" in css, name
        assert not re.search(rf"{name}\s*:", css), name  # defined in one place only


def test_a_small_picture_is_embedded_as_it_is() -> None:
    small = photo(500, 300)
    name = asset_name(small, "jpg")
    document = project(
        {name: small},
        blocks=[
            {
                "kind": "section",
                "id": "a",
                "title": "A",
                "body": [{"kind": "figure", "images": [{"asset": name, "alt": "K"}]}],
            }
        ],
    )
    (img,) = Shown(render_html(document)).images
    assert "srcset" not in img and (img["width"], img["height"]) == ("500", "300")
    raw, _ = decoded(img["src"])
    assert raw == prepare(small).data


def test_a_flat_illustration_keeps_its_own_file_when_scaling_would_grow_it(
    sample_page: str,
) -> None:
    """The sample's 1600-pixel PNG of nine colours is 10 KB; scaled to 704 and 1408 pixels
    it would be 10 and 20 KB. One file, the sharpest and smallest, serves every screen."""
    (img,) = Shown(sample_page).images
    assert "srcset" not in img and (img["width"], img["height"]) == ("704", "396")
    raw, picture = decoded(img["src"])
    assert picture.size == (1600, 900) and len(raw) < 12_000


def test_list_markers_are_in_the_subsets() -> None:
    """A browser draws a list's markers as text in the item's font: the bullet of a
    ``<ul>`` and the dash the stylesheet gives a sub-list (``list-style-type``)."""
    document = project(
        intro=[{"kind": "list", "items": [{"text": "Een", "items": ["twee"]}]}],
    )
    for family, weight, style, font in faces(render_html(document)):
        if family.startswith("Podium "):
            continue
        cmap = set(map(chr, font.getBestCmap()))
        assert {"\u2022", "\u2013", "\u00a0"} <= cmap, (family, weight, style)
    plain = render_html(project(intro=["Geen lijst."]))
    assert all("\u2022" not in set(map(chr, f.getBestCmap())) for *_, f in faces(plain))


def test_pictures_side_by_side_are_embedded_at_their_share_of_the_column() -> None:
    wide = photo(2000, 1250)
    name = asset_name(wide, "jpg")
    figures = [
        ("full", 1, "Vol"),
        ("half", 1, "Half"),
        ("thumbnail", 1, "Duim"),
        ("full", 2, "Paar"),
        ("half", 2, "Half paar"),
        ("full", 3, "Rij"),
    ]
    body = [
        {
            "kind": "figure",
            "size": size,
            "images": [{"asset": name, "alt": f"{alt} {i}"} for i in range(count)],
        }
        for size, count, alt in figures
    ]
    document = project(
        {name: wide}, blocks=[{"kind": "section", "id": "a", "title": "A", "body": body}]
    )
    shown = {img["alt"]: img for img in Shown(render_html(document)).images}
    gap = images.FIGURE_GAP
    expected = {
        "Vol 0": 704,
        "Half 0": 352,
        "Duim 0": 211,  # 30% of 704
        "Paar 1": (704 - gap) // 2,
        "Half paar 0": (352 - gap) // 2,
        "Rij 2": (704 - 2 * gap) // 3,
    }
    for alt, width in expected.items():
        img = shown[alt]
        assert int(img["width"]) == width, alt
        _, single = decoded(img["src"])
        uri, density = img["srcset"].rsplit(" ", 1)
        _, double = decoded(uri)
        assert single.width == width and density == "2x" and double.width == 2 * width, alt
