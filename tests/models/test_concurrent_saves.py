"""Several processes saving one file at once, while another keeps reading it.

Every save must succeed, no read may ever find the file (or its ``~`` backup) missing or
damaged, and at the end the file and its backup both open and no temporary file is left.
Processes, not threads: the failures this guards against (one save removing another's
temporary file, two saves sharing a backup staging name) happen between processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models import load, save
from models.project_file import backup_path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "examples" / "ruimte-voor-professionals"

WRITER = """
import json, sys, time
from pathlib import Path
from models import load
from models.project_file import save
target, name, saves, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
project = load(sys.argv[5])
versions = [
    project.with_publication(project.publication.model_validate(
        {**project.publication.model_dump(), "subtitle": f"{name} {n}"}))
    for n in range(2)
]
while not go.exists():  # start together, so the saves really overlap
    time.sleep(0.001)
failures = []
for n in range(saves):
    try:
        save(versions[n % 2], target)
    except Exception as error:
        failures.append(f"{type(error).__name__}: {error}")
print(json.dumps(failures))
"""

READER = """
import json, sys, time
from pathlib import Path
from models import ProjectFileError, load
target, backup, stop = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
reads, bad = 0, []
while not stop.exists():
    for path in (target, backup):
        try:
            load(path)
            reads += 1
        except (ProjectFileError, OSError) as error:
            bad.append(f"{path.name}: {type(error).__name__}: {error}")
print(json.dumps({"reads": reads, "bad": bad[:20], "bad_count": len(bad)}))
"""


def race(folder: Path, writers: int, saves: int, timeout: float) -> None:
    """Run ``writers`` processes × ``saves`` saves on one file with a reader beside them."""
    target = folder / "shared.podium"
    project = load(SAMPLE)
    save(project, target)
    save(project, target)  # now there is a backup too, and both must stay readable
    go, stop = folder / "go", folder / "stop"
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def start(code: str, *args: object) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", code, *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    reader = start(READER, target, backup_path(target), stop)
    procs = [start(WRITER, target, f"w{n}", saves, go, SAMPLE) for n in range(writers)]
    time.sleep(0.5)  # let the imports finish, so the writers start at one moment
    go.touch()
    deadline = time.monotonic() + timeout
    try:
        results = [_finish(proc, deadline) for proc in procs]
        stop.touch()
        seen = json.loads(_finish(reader, deadline))
    finally:
        for proc in [*procs, reader]:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    failures = [failure for result in results for failure in json.loads(result)]
    assert failures == [], f"{len(failures)} of {writers * saves} saves failed: {failures[:5]}"
    assert seen["bad_count"] == 0, seen["bad"]
    assert seen["reads"] > 0
    final = load(target).publication.subtitle or ""
    assert final.split()[0] in {f"w{n}" for n in range(writers)}
    load(backup_path(target))
    go.unlink()
    stop.unlink()
    assert sorted(p.name for p in folder.iterdir()) == ["shared.podium", "shared.podium~"]


def _finish(proc: subprocess.Popen[str], deadline: float) -> str:
    try:
        out, err = proc.communicate(timeout=max(deadline - time.monotonic(), 0.1))
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail("a saving or reading process hung")
    assert proc.returncode == 0, err
    return out


def test_three_processes_save_one_file_while_it_is_read(tmp_path: Path) -> None:
    race(tmp_path, writers=3, saves=40, timeout=120)


@pytest.mark.slow
def test_many_concurrent_saves(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The size the defect was found at (3 × 300); run with ``pytest -m slow``."""
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("slow: run with -m slow")
    race(tmp_path, writers=3, saves=300, timeout=600)
