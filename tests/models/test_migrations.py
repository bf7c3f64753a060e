"""Format versions: v1 files gain an empty review; the v2 fixture loads and round-trips."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from models import SCHEMA_VERSION, load, migrations, save
from models.review import Review, orphaned
from models.validation import validate

FIXTURES = Path(__file__).parent / "fixtures"


def _raw(folder: Path) -> dict[str, object]:
    return json.loads((folder / "publication.json").read_text(encoding="utf-8"))


def test_current_version_is_2() -> None:
    assert SCHEMA_VERSION == 2


def test_step_1_to_2_adds_an_empty_review() -> None:
    v1 = _raw(FIXTURES / "v1")
    assert v1["schema_version"] == 1 and "review" not in v1
    migrated = migrations.migrate(v1)
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
    migrated = migrations.migrate(v1)
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


def test_v1_fixture_loads_with_an_empty_review_and_saves_as_v2(tmp_path: Path) -> None:
    project = load(FIXTURES / "v1")
    assert project.publication.schema_version == 2
    assert project.publication.review == Review()
    folder = Path(shutil.copytree(FIXTURES / "v1", tmp_path / "v1"))
    save(project, folder)
    saved = _raw(folder)
    assert saved["schema_version"] == 2
    assert list(saved)[-1] == "review"
    assert saved["review"] == Review().model_dump(mode="json")
    assert load(folder).publication == project.publication


def test_v2_fixture_loads_unchanged() -> None:
    project = load(FIXTURES / "v2")
    review = project.publication.review
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
    assert [orphaned(project.publication, c) for c in review.comments] == [
        False,
        False,
        True,
        False,
        False,
    ]
    # Every field of format version 2 is set in the fixture, so a new field shows up here.
    assert project.publication.model_dump(mode="json") == _raw(FIXTURES / "v2")


def test_v2_is_not_migrated() -> None:
    data = _raw(FIXTURES / "v2")
    assert migrations.migrate(data) is data
    assert validate(data)[1] == []
