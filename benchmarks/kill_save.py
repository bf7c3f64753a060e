"""Kill a saving process at random moments and check the file on disk every time.

A child process saves two different versions of a project to the same path in a loop; the
parent kills it with SIGKILL after a random delay, then opens the file. It must always be a
complete old or new version: never damaged, never missing. Usage::

    python benchmarks/kill_save.py [KILLS | --smoke]   # default 500; --smoke: 10
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from models import ProjectFileError, load  # noqa: E402
from models.project_file import save  # noqa: E402

CHILD = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from models import load
from models.project_file import save
project = load({sample!r})
versions = []
for n in range(2):
    pub = project.publication.model_validate(
        {{**project.publication.model_dump(), "subtitle": f"version {{n}}"}})
    versions.append(project.with_publication(pub))
print("ready", flush=True)
n = 0
while True:
    save(versions[n % 2], Path({target!r}))
    n += 1
"""


def main() -> int:
    # ``--smoke``: a few kills, to see that it works (``make bench-smoke``).
    arg = sys.argv[1] if len(sys.argv) > 1 else "500"
    kills = 10 if arg == "--smoke" else int(arg)
    rng = random.Random(20181402)
    sample = REPO / "resources" / "examples" / "ruimte-voor-professionals"
    damaged = missing = 0
    versions: dict[str, int] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "killed.podium"
        save(load(sample), target)
        code = CHILD.format(repo=str(REPO), sample=str(sample), target=str(target))
        for _ in range(kills):
            child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
            assert child.stdout is not None
            child.stdout.readline()  # imports done; now it only saves
            time.sleep(rng.uniform(0.0, 0.05))
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
            child.stdout.close()
            if not target.exists():
                missing += 1
                continue
            try:
                subtitle = load(target).publication.subtitle or "original"
                versions[subtitle] = versions.get(subtitle, 0) + 1
            except ProjectFileError:
                damaged += 1
        leftovers = [p.name for p in Path(folder).iterdir() if p.name.endswith(".tmp")]
    seconds = time.perf_counter() - started
    print(f"{'kills':<28}{kills:>8}")
    print(f"{'damaged files':<28}{damaged:>8}")
    print(f"{'missing files':<28}{missing:>8}")
    for name, count in sorted(versions.items()):
        print(f"{'found ' + name:<28}{count:>8}")
    print(f"{'temp files left behind':<28}{len(leftovers):>8}")
    print(f"{'seconds':<28}{seconds:>8.1f}")
    print(
        json.dumps(
            {
                "kills": kills,
                "damaged_files": damaged,
                "missing_files": missing,
                "temp_files_left": len(leftovers),
                "seconds": round(seconds, 1),
            }
        )
    )
    return 0 if damaged == missing == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
