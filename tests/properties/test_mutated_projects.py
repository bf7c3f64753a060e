"""Property tests: a valid project file, damaged at random, opens or is refused plainly.

Hypothesis flips, overwrites, inserts and deletes bytes of files Podium itself wrote (a
small project with an image, and the built-in sample), aiming half the changes at the zip's
headers where one byte decides how the rest is read. A second test damages what is inside
(``publication.json``, the image) and packs it again with valid checksums, so that the JSON
reader, the model and the image checks see the damage rather than the zip's CRC.

Every outcome must be a loaded project or a :class:`ProjectFileError`, never another
exception, and never take more than 2 s (a generous guard against hangs, which issue 11
asks for; the loads here take milliseconds). ``make test`` runs a few hundred files;
``make fuzz`` (``HYPOTHESIS_PROFILE=fuzz``) thousands.
"""

from __future__ import annotations

import functools
import hashlib
import io
import time
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage

from models import SCHEMA_VERSION, Project, ProjectFileError, Publication, load
from models.project import asset_name
from models.project_file import MIMETYPE, to_zip_bytes

HANG_GUARD_SECONDS = 2.0
_SETTINGS = settings(
    max_examples=settings.default.max_examples * 3 // 2,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Values that mean something in a zip header: none, all ones, a signature, a huge size.
_TELLING = st.sampled_from(
    [b"\x00", b"\xff", b"\xff\xff", b"\xff\xff\xff\xff", b"PK\x01\x02", b"PK\x05\x06", b"\x08\x00"]
)


@functools.cache
def small_project() -> bytes:
    """What Podium writes for a small project with one PNG: a part with a section whose
    text holds a paragraph, a list with a sub-item and a figure."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (3, 2), (0, 85, 127)).save(buffer, format="PNG")
    png = buffer.getvalue()
    name = asset_name(png, "png")
    data = {
        "schema_version": SCHEMA_VERSION,
        "title": "Titel",
        "publication_date": "2024-05-01",
        "speakers": [{"id": "spk-a", "name": "Anna", "connector": "aan"}],
        "blocks": [
            {
                "kind": "part",
                "id": "part-a",
                "title": "Ochtend",
                "blocks": [
                    {
                        "kind": "section",
                        "id": "sec-a",
                        "title": "Met beeld",
                        "people": [{"speaker_id": "spk-a", "role": "moderator"}],
                        "body": [
                            "Een **zin** met [een link](https://example.org).",
                            {"kind": "list", "items": [{"text": "Punt", "items": ["Sub"]}]},
                            {
                                "kind": "figure",
                                "images": [{"asset": name, "alt": "Een blauw vlak"}],
                            },
                        ],
                    }
                ],
            }
        ],
    }
    return to_zip_bytes(Project(Publication.model_validate(data), {name: png}))


@functools.cache
def sample_project() -> bytes:
    """The built-in sample, with its photo, packed as Podium packs it."""
    folder = Path(str(files("resources").joinpath("examples/ruimte-voor-professionals")))
    return to_zip_bytes(load(folder))


@functools.cache
def every_feature_project() -> bytes:
    """The format version 3 fixture, which uses every feature of the model once."""
    return to_zip_bytes(load(Path(__file__).parents[1] / "models" / "fixtures" / "v3"))


BASES = {"small": small_project, "sample": sample_project, "v3": every_feature_project}


def structure_offsets(data: bytes) -> list[int]:
    """Where the zip's records start: local headers, directory records, end records."""
    offsets = []
    for signature in (b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"):
        at = data.find(signature)
        while at != -1:
            offsets.append(at)
            at = data.find(signature, at + 1)
    return offsets


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    out = bytearray(data)
    anchors = structure_offsets(data)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            break
        if anchors and draw(st.booleans()):
            position = draw(st.sampled_from(anchors)) + draw(st.integers(0, 45))
        else:
            position = draw(st.integers(0, len(out) - 1))
        position = min(position, len(out) - 1)
        kind = draw(st.sampled_from(["flip", "overwrite", "insert", "delete", "truncate"]))
        if kind == "flip":
            out[position] ^= 1 << draw(st.integers(0, 7))
        elif kind == "overwrite":
            chunk = draw(st.one_of(_TELLING, st.binary(min_size=1, max_size=8)))
            out[position : position + len(chunk)] = chunk
        elif kind == "insert":
            out[position:position] = draw(st.one_of(_TELLING, st.binary(min_size=1, max_size=64)))
        elif kind == "delete":
            del out[position : position + draw(st.integers(1, 64))]
        else:
            del out[position:]
    return bytes(out)


def load_within_guard(path: Path) -> Project | ProjectFileError:
    """Load ``path``; a ProjectFileError is an acceptable outcome, any other exception is not."""
    start = time.monotonic()
    try:
        outcome: Project | ProjectFileError = load(path)
    except ProjectFileError as error:
        message = str(error)
        assert "\n" not in message and len(message) < 400, message
        outcome = error
    elapsed = time.monotonic() - start
    assert elapsed < HANG_GUARD_SECONDS, f"load took {elapsed:.1f} s"
    return outcome


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mutated")


@pytest.mark.parametrize("base", sorted(BASES))
def test_the_bases_load(base: str, workdir: Path) -> None:
    path = workdir / f"{base}.podium"
    path.write_bytes(BASES[base]())
    assert isinstance(load(path), Project)


@pytest.mark.parametrize("base", sorted(BASES))
@_SETTINGS
@given(data=st.data())
def test_random_damage_to_the_file_opens_or_is_refused(
    base: str, workdir: Path, data: st.DataObject
) -> None:
    path = workdir / f"{base}-mutated.podium"
    path.write_bytes(data.draw(mutated(BASES[base]()), label="file"))
    load_within_guard(path)


def repacked(original: bytes, member: str, damage: bytes) -> bytes:
    """``original`` with ``member`` replaced by ``damage``, written with valid checksums.

    A damaged image is stored under its new content hash, and publication.json refers to
    that name, so the damage reaches the image checks instead of the hash check.
    """
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    if member != "publication.json":
        extension = member.rsplit(".", 1)[1]
        new_name = f"assets/{hashlib.sha256(damage).hexdigest()}.{extension}"
        members["publication.json"] = members["publication.json"].replace(
            member.encode(), new_name.encode()
        )
        del members[member]
        member = new_name
    members[member] = damage
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", MIMETYPE, compress_type=zipfile.ZIP_STORED)
        for name, content in members.items():
            if name != "mimetype":
                archive.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


@pytest.mark.parametrize("base", sorted(BASES))
@_SETTINGS
@given(data=st.data())
def test_random_damage_inside_opens_or_is_refused(
    base: str, workdir: Path, data: st.DataObject
) -> None:
    original = BASES[base]()
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        names = [n for n in archive.namelist() if n != "mimetype"]
        member = data.draw(st.sampled_from(names), label="member")
        content = archive.read(member)
    damage = data.draw(mutated(content), label="damage")
    path = workdir / f"{base}-inside.podium"
    path.write_bytes(repacked(original, member, damage))
    load_within_guard(path)
