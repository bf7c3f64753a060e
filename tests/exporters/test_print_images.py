"""Pictures in the PDF: scaled for 300 dpi at their printed size, encoded by kind, one image
object per picture, prepared once per process.

PDFs are read back with pikepdf (the image objects, their filters and pixel sizes, and
where each page's content stream draws them). Pictures are made by Pillow in the test.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Iterator
from typing import Any

import pikepdf
import pytest
from PIL import Image as PILImage
from PIL import ImageFilter

from exporters import ir, print_images
from exporters.pdf import render_pdf
from exporters.pdf.figures import GUTTER
from exporters.pdf.page_template import PAGE_SIZES, frame_size
from models import Project, Publication
from models.project import asset_name


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    print_images.clear_cache()
    yield
    print_images.clear_cache()


def photo(width: int, height: int, seed: int = 1) -> bytes:
    """A photo-like JPEG: smooth colour gradients with some grain (not a flat colour)."""
    rng = random.Random(seed)
    small = PILImage.new("RGB", (8, 6))
    small.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(48)])
    picture = small.resize((width, height), PILImage.Resampling.BICUBIC)
    grain = PILImage.effect_noise((width, height), 24).convert("RGB")
    picture = PILImage.blend(picture, grain, 0.08).filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92)
    return out.getvalue()


def flat_png_with_alpha(width: int, height: int) -> bytes:
    """A logo-like graphic: two flat colours on a transparent background."""
    picture = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    picture.paste((0, 85, 127, 255), (0, 0, width // 2, height))
    picture.paste((230, 120, 0, 255), (width // 2, height // 4, width, height))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def document(assets: dict[str, bytes], shown: list[str], **overrides: Any) -> ir.Document:
    """A publication with one section that shows the ``shown`` assets, in that order."""
    figures = [
        {"kind": "figure", "images": [{"asset": name, "alt": f"Foto {i}"}]}
        for i, name in enumerate(shown)
    ]
    block = {"kind": "section", "id": "sec-a", "title": "Foto's", "body": ["Tekst.", *figures]}
    data = {
        "title": "Titel",
        "publication_date": "2024-05-01",
        "blocks": [block],
        **overrides,
    }
    return ir.build(Project(Publication.model_validate(data), assets))


def drawn_images(data: bytes) -> list[dict[str, Any]]:
    """Every image object drawn on a page: its pixel size, filters, soft mask and the size
    it is drawn at (points), read from the ``cm`` before its ``Do``."""
    out: list[dict[str, Any]] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            xobjects = page.Resources.get("/XObject", {})
            matrix: list[float] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "cm":
                    matrix = [float(v) for v in operands]
                if str(operator) != "Do":
                    continue
                image = xobjects[str(operands[0])]
                if image.get("/Subtype") != "/Image":
                    continue
                filters = image.get("/Filter")
                names = [str(f) for f in filters] if isinstance(filters, pikepdf.Array) else []
                out.append(
                    {
                        "objgen": image.objgen,
                        "pixels": (int(image.Width), int(image.Height)),
                        "filters": names or [str(filters)],
                        "smask": "/SMask" in image,
                        "points": (matrix[0], matrix[3]),
                    }
                )
    return out


def test_a_camera_photo_is_embedded_at_300_dpi_of_its_printed_size_as_a_jpeg() -> None:
    data = photo(4000, 3000)
    name = asset_name(data, "jpg")
    (image,) = drawn_images(render_pdf(document({name: data}, [name])))
    width_pt, height_pt = image["points"]
    needed = (math.ceil(width_pt / 72 * 300), math.ceil(height_pt / 72 * 300))
    assert image["pixels"][0] <= needed[0] + 1
    assert image["pixels"][1] <= needed[1] + 1
    assert image["pixels"][0] >= needed[0] - 1  # and no less than 300 dpi needs
    assert image["filters"] == ["/DCTDecode"]


@pytest.mark.parametrize(("size", "count", "share"), [("half", 1, 0.5), ("full", 2, None)])
def test_a_smaller_figure_embeds_what_300_dpi_needs_at_its_own_size(
    size: str, count: int, share: float | None
) -> None:
    """A half-width figure, or each of a pair side by side, is printed smaller than the
    text width, and embeds no more pixels than 300 dpi needs at that size."""
    data = photo(4000, 3000)
    name = asset_name(data, "jpg")
    images = [{"asset": name, "alt": f"Foto {i}"} for i in range(count)]
    block = {"kind": "figure", "size": size, "images": images}
    section = {"kind": "section", "id": "s", "title": "Foto's", "body": [block]}
    built = ir.build(
        Project(
            Publication.model_validate(
                {"title": "T", "publication_date": "2024-05-01", "blocks": [section]}
            ),
            {name: data},
        )
    )
    drawn = drawn_images(render_pdf(built))
    assert len(drawn) == count
    frame_width = frame_size(PAGE_SIZES["A4"])[0]
    expected = frame_width * share if share else (frame_width - GUTTER) / 2
    for image in drawn:
        assert image["points"][0] == pytest.approx(expected, abs=0.01)
        assert image["pixels"][0] == pytest.approx(expected / 72 * 300, abs=1.5)


def test_a_small_picture_is_never_enlarged() -> None:
    data = photo(300, 200)
    name = asset_name(data, "jpg")
    (image,) = drawn_images(render_pdf(document({name: data}, [name])))
    assert image["pixels"] == (300, 200)
    assert image["points"][0] > 300 * 72 / 300  # printed below 300 dpi: all pixels kept


def test_a_jpeg_that_needs_no_scaling_is_embedded_as_it_is() -> None:
    data = photo(300, 200)
    prepared = print_images.print_image(data, (600, 400))
    assert (prepared.encoding, prepared.data) == ("JPEG", data)


def test_the_same_asset_shown_twice_is_one_image_object() -> None:
    data = photo(2400, 1600)
    name = asset_name(data, "jpg")
    images = drawn_images(render_pdf(document({name: data}, [name, name])))
    assert len(images) == 2
    assert images[0]["objgen"] == images[1]["objgen"]
    with pikepdf.open(io.BytesIO(render_pdf(document({name: data}, [name, name])))) as pdf:
        count = sum(
            1
            for o in pdf.objects
            if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"
        )
    assert count == 1


def test_a_flat_colour_png_with_alpha_is_lossless_with_a_soft_mask() -> None:
    data = flat_png_with_alpha(3000, 1000)
    name = asset_name(data, "png")
    (image,) = drawn_images(render_pdf(document({name: data}, [name])))
    assert image["filters"] == ["/FlateDecode"]
    assert image["smask"]
    assert image["pixels"][0] < 3000  # scaled for 300 dpi at its printed width


def test_a_photo_saved_as_png_becomes_a_jpeg() -> None:
    with PILImage.open(io.BytesIO(photo(2000, 1500))) as opened:
        out = io.BytesIO()
        opened.save(out, "PNG")
    prepared = print_images.print_image(out.getvalue(), (300, 225))
    assert prepared.encoding == "JPEG"
    assert (prepared.width, prepared.height) == (1251, 938)  # covers 1250 × 938


def test_a_second_render_reuses_the_prepared_pictures_without_decoding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo_data, logo = photo(3000, 2000), flat_png_with_alpha(1200, 400)
    photo_name, logo_name = asset_name(photo_data, "jpg"), asset_name(logo, "png")
    assets = {photo_name: photo_data, logo_name: logo}
    built = document(assets, [photo_name, logo_name, photo_name])
    decoded: list[bytes] = []
    real_open = print_images.images.open_image

    def counting_open(data: bytes) -> PILImage.Image:
        decoded.append(data)
        return real_open(data)

    monkeypatch.setattr(print_images.images, "open_image", counting_open)
    first = render_pdf(built)
    assert len(decoded) == 2  # each picture once, though the photo is shown twice
    again = render_pdf(built)
    assert len(decoded) == 2
    assert again == first


def test_the_cache_is_bounded_in_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_images, "_CACHE_BYTES", 1)
    first = print_images.print_image(photo(200, 100, seed=1), (48, 24))
    print_images.print_image(photo(200, 100, seed=2), (48, 24))
    assert print_images.print_image(photo(200, 100, seed=1), (48, 24)) is not first


def test_target_size_covers_what_is_needed_and_never_grows() -> None:
    assert print_images.target_size((4000, 3000), (1772, 1329)) == (1772, 1329)
    assert print_images.target_size((400, 300), (1772, 1329)) == (400, 300)
    assert print_images.pixels_for(72) == 300
