"""Format versions: each step literally, and every fixture loads (v1 and v2 migrate, v3 as is)."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from models import SCHEMA_VERSION, load, migrations, save
from models.body import Figure, ListBlock, Paragraph, Subheading
from models.parts import Part, Quote, Section
from models.review import Review, orphaned
from models.validation import validate

FIXTURES = Path(__file__).parent / "fixtures"
ASSET = "assets/b44dd1b2cbaedda6e9244d6989a7c349ae4367f93c821c903c28f06d0f83f065.png"


def _raw(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "publication.json").read_text(encoding="utf-8"))
    return data


def _step(data: dict[str, Any], version: int) -> dict[str, Any]:
    """One step of :func:`migrations.migrate`, as it runs it."""
    return {**migrations.STEPS[version](data), "schema_version": version + 1}


def test_current_version_is_3() -> None:
    assert SCHEMA_VERSION == 3
    assert sorted(migrations.STEPS) == [1, 2]


# ---------------------------------------------------------------- version 1 → 2


def test_step_1_to_2_adds_an_empty_review() -> None:
    v1 = _raw(FIXTURES / "v1")
    assert v1["schema_version"] == 1 and "review" not in v1
    migrated = _step(v1, 1)
    assert migrated["schema_version"] == 2
    assert migrated["review"] == {
        "status": "draft",
        "approved": None,
        "history": [],
        "comments": [],
    }
    untouched = ("review", "schema_version", "theme", "blocks")
    assert {k: v for k, v in migrated.items() if k not in untouched} == {
        k: v for k, v in v1.items() if k not in untouched
    }
    assert "review" not in v1  # the input is left alone


def test_step_1_to_2_writes_the_new_theme_and_video_fields_literally() -> None:
    v1 = _raw(FIXTURES / "v1")
    migrated = _step(v1, 1)
    assert migrated["theme"] == {
        **v1["theme"],
        "margins": "normal",
        "cover_style": "plain",
        "logo": None,
        "cover_image": None,
    }
    videos = [v for block in migrated["blocks"] for v in block.get("videos", [])]
    assert videos and all(v["public_web"] == "show" for v in videos)
    assert all("public_web" not in v for b in v1["blocks"] for v in b.get("videos", []))


def test_v1_fixture_loads_with_an_empty_review_and_saves_as_v3(tmp_path: Path) -> None:
    project = load(FIXTURES / "v1")
    assert project.publication.schema_version == 3
    assert project.publication.review == Review()
    folder = Path(shutil.copytree(FIXTURES / "v1", tmp_path / "v1"))
    save(project, folder)
    saved = _raw(folder)
    assert saved["schema_version"] == 3
    assert list(saved)[-1] == "review"
    assert saved["review"] == Review().model_dump(mode="json")
    assert load(folder).publication == project.publication
    assert saved == migrations.migrate(_raw(FIXTURES / "v1"))  # every field written literally


# ---------------------------------------------------------------- version 2 → 3


@pytest.fixture
def v2() -> dict[str, Any]:
    return _raw(FIXTURES / "v2")


def test_step_2_to_3_turns_the_intro_into_paragraphs_with_derived_ids(v2: dict[str, Any]) -> None:
    migrated = _step(v2, 2)
    assert migrated["schema_version"] == 3
    assert migrated["intro"] == [
        {
            "kind": "paragraph",
            "id": "p-e51882d2",  # from the owner and the place: "intro/0"
            "text": "Een *korte* inleiding met een [link](https://www.divosa.nl/).",
            "language": None,
        }
    ]


def test_step_2_to_3_puts_images_after_the_last_paragraph(v2: dict[str, Any]) -> None:
    section = _step(v2, 2)["blocks"][1]
    assert section["body"] == [
        {"kind": "paragraph", "id": "p-bd98c623", "text": "Eerste alinea.", "language": None},
        {"kind": "paragraph", "id": "p-9a4eafb6", "text": "Tweede alinea.", "language": None},
        {
            "kind": "figure",
            "id": "fig-f485540c",
            "images": [
                {
                    "asset": ASSET,
                    "alt": "",
                    "decorative": True,
                    "caption": "Sfeerbeeld",
                    "credit": "Foto: X",
                    "language": None,
                }
            ],
            "size": "full",
        },
    ]
    assert "images" not in section and "speaker_ids" not in section


def test_step_2_to_3_gives_each_image_its_own_full_width_figure() -> None:
    images = [{"asset": ASSET, "alt": f"Beeld {n}"} for n in range(3)]
    block = {"kind": "section", "id": "sec-x", "title": "X", "body": ["Een."], "images": images}
    body = migrations.STEPS[2]({"blocks": [block]})["blocks"][0]["body"]
    assert [b["kind"] for b in body] == ["paragraph", "figure", "figure", "figure"]
    assert [b["images"] for b in body[1:]] == [[{**image, "language": None}] for image in images]
    assert all(b["size"] == "full" for b in body[1:])
    assert len({b["id"] for b in body}) == 4  # places 0..3 of the section: all different


def test_step_2_to_3_ids_are_the_same_every_time(v2: dict[str, Any]) -> None:
    assert _step(copy.deepcopy(v2), 2) == _step(copy.deepcopy(v2), 2)


def test_step_2_to_3_makes_speakers_people_with_an_auto_byline(v2: dict[str, Any]) -> None:
    first, second = (_step(v2, 2)["blocks"][i] for i in (1, 2))
    assert first["people"] == [
        {"speaker_id": "spk-a", "role": "speaker"},
        {"speaker_id": "spk-b", "role": "speaker"},
    ]
    assert second["people"] == []
    assert (first["byline"], first["byline_text"]) == ("auto", "")


def test_step_2_to_3_writes_connectors_caption_languages_and_note(v2: dict[str, Any]) -> None:
    migrated = _step(v2, 2)
    assert [s["connector"] for s in migrated["speakers"]] == [None, None]
    assert [s["portrait"] for s in migrated["speakers"]] == [None, None]
    assert migrated["colophon"] == {**v2["colophon"], "note": []}
    assert migrated["theme"]["logo"] == {**v2["theme"]["logo"], "language": None}
    assert migrated["theme"]["cover_image"] == {**v2["theme"]["cover_image"], "language": None}


def test_step_2_to_3_renames_the_fields_comments_name() -> None:
    def comment(field: str | None, kind: str = "section") -> dict[str, Any]:
        return {"id": "c", "anchor": {"kind": kind, "item_id": "x", "field": field}}

    given = [
        comment("speaker_ids"),
        comment("images"),
        comment("title"),
        comment(None),
        comment("speaker_id", kind="quote"),
    ]
    migrated = migrations.STEPS[2]({"review": {"comments": given}})["review"]["comments"]
    assert [c["anchor"]["field"] for c in migrated] == [
        "people",
        "body",
        "title",
        None,
        "speaker_id",
    ]


def test_step_2_to_3_leaves_the_input_alone(v2: dict[str, Any]) -> None:
    before = copy.deepcopy(v2)
    _step(v2, 2)
    assert v2 == before


def test_step_2_to_3_passes_on_what_v2_never_wrote_for_validation_to_name() -> None:
    block = {"kind": "section", "id": "sec-x", "title": "X", "body": "tekst", "images": []}
    data = {"schema_version": 2, "title": "T", "publication_date": "2024-05-01", "blocks": [block]}
    found = [str(p) for p in validate(migrations.migrate(data))[1]]
    assert found == [
        "Section 1 ‘X’, text: this must be a list",
        "Section 1 ‘X’, images: unknown field (Podium does not know it)",
    ]


def test_v2_fixture_loads_migrated() -> None:
    project = load(FIXTURES / "v2")
    publication = project.publication
    review = publication.review
    assert review.status == "approved" and review.approved is not None
    assert [h.status for h in review.history] == [
        "in_review",
        "changes_requested",
        "in_review",
        "approved",
    ]
    assert [c.id for c in review.comments] == [
        "cmt-titel",
        "cmt-citaat",
        "cmt-weg",
        "cmt-geheel",
        "cmt-rol",
    ]
    assert [orphaned(publication, c) for c in review.comments] == [
        False,
        False,
        True,
        False,
        False,
    ]
    section = publication.block("sec-leiderschap")
    assert isinstance(section, Section) and section.speaker_ids == ("spk-a", "spk-b")
    assert [type(b) for b in section.body] == [Paragraph, Paragraph, Figure]
    # The step writes every field of version 3 literally: the model adds no default.
    assert publication.model_dump(mode="json") == migrations.migrate(_raw(FIXTURES / "v2"))


def test_a_migrated_v2_file_prints_what_it_printed_before() -> None:
    """Texts, images and bylines in the same order as v2 printed them."""
    publication = load(FIXTURES / "v2").publication
    section = publication.block("sec-leiderschap")
    assert isinstance(section, Section)
    texts = [b.text for b in section.body if isinstance(b, Paragraph)]
    assert texts == ["Eerste alinea.", "Tweede alinea."]
    (figure,) = (b for b in section.body if isinstance(b, Figure))
    assert figure.size == "full" and figure.images[0].caption == "Sfeerbeeld"
    assert section.body[-1] is figure
    assert all(s.connector is None for s in publication.speakers)
    assert publication.colophon.note == ()


# ---------------------------------------------------------------- version 3


def test_v3_fixture_loads_unchanged() -> None:
    raw = _raw(FIXTURES / "v3")
    assert raw["schema_version"] == 3
    assert migrations.migrate(raw) is raw
    project = load(FIXTURES / "v3")
    # Every field of format version 3 is set in the fixture, so a new field shows up here.
    assert project.publication.model_dump(mode="json") == raw
    assert set(project.assets) == {ASSET}


def test_v3_fixture_uses_every_feature() -> None:
    """The README's promise, checked: if a feature goes missing, the fixture is incomplete."""
    pub = load(FIXTURES / "v3").publication
    blocks = [b for _, b in pub.iter_blocks(parts=True)]
    body_blocks = [b for _, body in pub.iter_bodies() for b in body]
    parts = [b for b in blocks if isinstance(b, Part)]
    sections = [b for b in blocks if isinstance(b, Section)]
    lists = [b for b in body_blocks if isinstance(b, ListBlock)]
    figures = [b for b in body_blocks if isinstance(b, Figure)]
    images = [i for f in figures for i in f.images]

    assert any(p.intro and sum(isinstance(b, Section) for b in p.blocks) >= 2 for p in parts)
    assert any(isinstance(b, Quote) for p in parts for b in p.blocks)
    assert any(not s.title for s in sections)
    assert {lst.ordered for lst in lists} == {True, False}
    assert all(any(item.items for item in lst.items) for lst in lists if lst.language is None)
    assert any(isinstance(b, Subheading) for b in body_blocks)
    assert {f.size for f in figures} == {"full", "half", "thumbnail"}
    assert {len(f.images) for f in figures} >= {1, 2, 4}
    assert any(i.decorative for i in images)
    roles = {p.role for s in sections for p in s.people}
    assert roles == {"speaker", "moderator", "panel", "interviewer", "thanks"}
    assert {s.byline for s in sections} == {"auto", "custom", "hidden"}
    assert {s.connector for s in pub.speakers} == {"aan", "van", "", None}
    assert pub.colophon.note
    english = {type(b) for b in body_blocks if getattr(b, "language", None) == "en"}
    assert {Paragraph, ListBlock} <= english
    assert any(i.language == "en" and i.caption for i in images)
    assert any(isinstance(b, Quote) and b.language == "en" for b in blocks)
    assert {c.anchor.kind for c in pub.review.comments} >= {"part", "section"}
    assert not any(orphaned(pub, c) for c in pub.review.comments)
    assert validate(_raw(FIXTURES / "v3"))[1] == []
