"""The import's part in ``make fuzz`` (issue 19): mutated Word and OpenDocument files.

Hypothesis flips, inserts and deletes bytes of a ``.docx`` or ``.odt``, either in the zip
as a whole or in one of its members before zipping (so the XML parser, not only the zip
reader, sees damage). Every outcome must be a draft that serialises, or an
:class:`ImportFileError` whose message is one plain line. Each import runs in a worker
process that is killed when it takes longer than :data:`HANG_S`: a bound against hangs,
not a speed measurement (``benchmarks/import.py`` measures speed).

Marked ``slow`` and skipped unless ``-m slow`` is asked for; it always runs at the size of
the ``fuzz`` Hypothesis profile. The quick 150-mutation test stays in ``test_hostile.py``.
"""

from __future__ import annotations

import io
import json
import select
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_builders import (
    docx,
    image_para,
    link,
    odt,
    odt_image,
    odt_link,
    odt_list,
    odt_p,
    para,
    png,
    seed_docx,
    seed_odt,
    zip_helpers,
)

pytestmark = pytest.mark.slow

JARGON = zip_helpers().JARGON
ROOT = Path(__file__).resolve().parents[2]
#: Seconds one import may take before the worker counts as hung (issue 19 asks for 5).
HANG_S = 30.0

#: Reads a path per line, imports it, answers one JSON line: the outcome and its message.
WORKER = """
import json, sys, traceback
from models.importing import ImportFileError, import_file
from models.project_file import to_json
for line in sys.stdin:
    try:
        imported = import_file(line.rstrip("\\n"))
        json.loads(to_json(imported.project))
        answer = {"outcome": "draft", "message": ""}
    except ImportFileError as error:
        answer = {"outcome": "refused", "message": str(error)}
    except BaseException:
        answer = {"outcome": "crash", "message": traceback.format_exc()}
    print(json.dumps(answer), flush=True)
"""


def _shaped_docx() -> bytes:
    body = "".join(
        [
            para("Titel", style="Title"),
            para(runs=link("een link", "rLink")),
            para("Punt", style="ListParagraph", num=(1, 0)),
            para("Onderpunt", style="ListParagraph", num=(1, 1)),
            para("Een citaat.", style="Quote"),
            image_para("rImg", "Foto"),
            para("Onderschrift", style="Caption"),
        ]
    )
    rels = (("rLink", "https://example.org/", True), ("rImg", "media/p.png", False))
    return docx(body, rels=rels, media={"p.png": png()})


def _shaped_odt() -> bytes:
    body = "".join(
        [
            odt_p("Titel", style="Title"),
            odt_p(inline=odt_link("een link", "https://example.org/")),
            odt_list(["Punt", ["Onderpunt"]], style="L2"),
            odt_p("Een citaat.", style="P1"),
            odt_image("p.png", "Foto", caption="Onderschrift"),
        ]
    )
    return odt(body, pictures={"p.png": png()})


ORIGINALS = {
    ("seed", ".docx"): seed_docx(),
    ("seed", ".odt"): seed_odt(),
    ("shaped", ".docx"): _shaped_docx(),
    ("shaped", ".odt"): _shaped_odt(),
}
MEMBERS = {
    key: [info.filename for info in zipfile.ZipFile(io.BytesIO(data)).infolist()]
    for key, data in ORIGINALS.items()
}

Edit = tuple[str, int, int]
EDITS = st.lists(
    st.tuples(
        st.sampled_from(("flip", "insert", "delete")),
        st.integers(0, 2**31),
        st.integers(0, 255),
    ),
    min_size=1,
    max_size=8,
)


def mutate(data: bytes, edits: list[Edit]) -> bytes:
    """``data`` with each edit applied: a byte replaced, inserted or deleted."""
    out = bytearray(data)
    for kind, position, value in edits:
        at = position % (len(out) + 1)
        if kind == "insert":
            out[at:at] = bytes([value])
        elif out:
            at %= len(out)
            if kind == "flip":
                out[at] ^= value or 0xFF
            else:
                del out[at]
    return bytes(out)


def rezipped(data: bytes, member: str, edits: list[Edit]) -> bytes:
    """``data`` (a zip the tests made) with ``member`` mutated and the zip written anew."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(buffer, "w") as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename == member:
                content = mutate(content, edits)
            target.writestr(info.filename, content, info.compress_type)
    return buffer.getvalue()


class Worker:
    """One long-lived importing process; restarted after a hang."""

    def __init__(self) -> None:
        self.process = self._start()

    @staticmethod
    def _start() -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", WORKER],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(self, path: Path) -> dict[str, str]:
        """The worker's answer for ``path``; fails the example when it hangs or dies."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{path}\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], HANG_S)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            self.stop()
            self.process = self._start()
            pytest.fail(f"importing a mutated file hung or killed its process ({HANG_S} s)")
        answer: dict[str, str] = json.loads(line)
        return answer

    def stop(self) -> None:
        self.process.kill()
        self.process.communicate()


@pytest.fixture(scope="module")
def worker(request: pytest.FixtureRequest) -> Iterator[Worker]:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("slow: run with -m slow (make fuzz)")
    started = Worker()
    yield started
    started.stop()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-import")


@settings(
    max_examples=settings.get_profile("fuzz").max_examples,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    original=st.sampled_from(sorted(ORIGINALS)),
    member=st.integers(0, 100),
    whole=st.booleans(),
    edits=EDITS,
)
def test_mutated_containers_are_drafts_or_one_line_refusals(
    worker: Worker,
    folder: Path,
    original: tuple[str, str],
    member: int,
    whole: bool,
    edits: list[Edit],
) -> None:
    data = ORIGINALS[original]
    if whole:
        mutated = mutate(data, edits)
    else:
        names = MEMBERS[original]
        mutated = rezipped(data, names[member % len(names)], edits)
    path = folder / f"mutated{original[1]}"
    path.write_bytes(mutated)
    answer = worker.run(path)
    assert answer["outcome"] in ("draft", "refused"), answer["message"]
    message = answer["message"]
    assert "\n" not in message and len(message) < 300, message
    # "unpacks to more than 256 MiB" is safe_zip's plain sentence, not struct.unpack's.
    assert not JARGON.search(message.replace("unpacks to", "")), message
    if answer["outcome"] == "refused":
        assert message.startswith(f"{path.name}: "), message
