"""Kill the editor while someone types, restart it, recover: how much typing was lost?

Each run copies the sample project to a temporary folder and starts the real editor on it
(``main.py``'s ``editor.app.run``, offscreen, with ``PODIUM_RECOVERY_DIR`` and the settings
in that folder). Inside that child, a timer types a sentence into the title field, one key
every 0.1 s, through real key events, and appends the time of each keystroke to a file. The
parent kills the child with SIGKILL at a random moment, starts the editor again and lets it
recover the offered work, and reads the recovered title. Lost typing is the time of the kill
minus the time of the last keystroke that came back (or of the first one, if none did).

The typing and the automatic answers live in this script, in the child processes only: the
editor has no benchmark hook for this. Usage::

    python benchmarks/crash_recovery.py [--runs N] [--seed S]

Prints a table, then one JSON line. Goal: at most 5 s lost, in the median and at worst.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "examples" / "ruimte-voor-professionals"
SENTENCE = "De deelnemers spraken over ruimte voor professionals en over goed leiderschap. "
KEY_INTERVAL_MS = 100
GOAL_S = 5.0


# ---------------------------------------------------------------------------- children


def child_type(project: Path, stamps: Path) -> int:
    """Open ``project`` in the editor and type into the title until killed."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from editor import app as editor_app
    from editor.main_window import MainWindow
    from editor.targets import Target

    qt_app = editor_app.application()
    log = stamps.open("a", encoding="utf-8", buffering=1)
    position = 0

    def start() -> None:  # runs once the event loop runs: the window is up, the file open
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.select_target(Target("details"))
        assert window.form is not None
        line = window.form.editors["title"].input_widget()
        assert isinstance(line, QLineEdit)
        line.setFocus()
        line.end(False)

        def key() -> None:
            nonlocal position
            QTest.keyClick(line, SENTENCE[position % len(SENTENCE)])
            position += 1
            log.write(f"{time.time():.4f}\n")

        timer = QTimer(window)
        timer.timeout.connect(key)
        timer.start(KEY_INTERVAL_MS)

    QTimer.singleShot(0, qt_app, start)
    return editor_app.run(project)


def child_recover(project: Path, out: Path) -> int:
    """Start the editor as after a crash, answer "Recover", report what came back, quit."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor import app as editor_app
    from editor.files import Choice, Dialogs
    from editor.main_window import MainWindow
    from editor.recovery_dialog import RecoveryChoice

    offered: list[dict[str, str | None]] = []

    def ask_recovery(self, parent, items):  # type: ignore[no-untyped-def]
        offered.extend(
            {"source": str(i.source), "saved_at": i.saved_at, "autosaved_at": i.autosaved_at}
            for i in items
        )
        return RecoveryChoice.RECOVER, items[0]

    Dialogs.ask_recovery = ask_recovery  # type: ignore[method-assign]
    Dialogs.ask_save_changes = lambda self, parent, name: Choice.DISCARD  # type: ignore[method-assign]
    qt_app = editor_app.application()

    def report() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        document = window.document
        result = {
            "offered": offered,
            "title": document.publication.title if document else None,
            "modified": bool(document and document.is_modified),
            "path": str(document.path) if document and document.path else None,
        }
        out.write_text(json.dumps(result), encoding="utf-8")
        qt_app.quit()

    QTimer.singleShot(0, qt_app, report)
    return editor_app.run(project)


# ---------------------------------------------------------------------------- the parent


def one_run(rng: random.Random, folder: Path) -> dict[str, object]:
    project = Path(shutil.copytree(SAMPLE, folder / "project"))
    original = json.loads((project / "publication.json").read_text(encoding="utf-8"))["title"]
    stamps_file, out = folder / "keystrokes.txt", folder / "recovered.json"
    env = {
        **os.environ,
        "PODIUM_RECOVERY_DIR": str(folder / "recovery"),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "PYTHONPATH": str(ROOT),
    }
    command = [sys.executable, str(Path(__file__).resolve())]
    child = subprocess.Popen(
        [*command, "--child-type", str(project), str(stamps_file)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not (stamps_file.exists() and stamps_file.read_text().strip()):
        if child.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the typing editor did not start:\n{child.stderr.read().decode()}")
        time.sleep(0.02)
    time.sleep(rng.uniform(1.5, 8.0))
    killed_at = time.time()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.stderr is not None
    child.stderr.close()
    stamps = [float(line) for line in stamps_file.read_text().split()]
    done = subprocess.run(
        [*command, "--child-recover", str(project), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0 or not out.exists():
        raise SystemExit(f"the recovering editor failed:\n{done.stderr}")
    result = json.loads(out.read_text(encoding="utf-8"))
    title = result["title"] or ""
    typed = (SENTENCE * (len(stamps) // len(SENTENCE) + 2))[: len(stamps) + 1]
    back = len(title) - len(original) if result["offered"] and title.startswith(original) else 0
    if back and not (original + typed).startswith(title):
        raise SystemExit(f"recovered title is not what was typed: {title!r}")
    back = min(back, len(stamps))
    last = stamps[back - 1] if back else stamps[0]
    return {
        "typed": len(stamps),
        "recovered": back,
        "lost_s": killed_at - last,
        "modified": result["modified"],
        "offered": len(result["offered"]),
    }


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child-type":
        return child_type(Path(sys.argv[2]), Path(sys.argv[3]))
    if len(sys.argv) == 4 and sys.argv[1] == "--child-recover":
        return child_recover(Path(sys.argv[2]), Path(sys.argv[3]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="number of kills (at least 10)")
    parser.add_argument("--seed", type=int, default=20180214)
    parser.add_argument("--smoke", action="store_true", help="one kill, no goal checked")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    results = []
    print(f"{'run':>4}  {'keys typed':>10}  {'keys back':>9}  {'offered':>7}  {'lost (s)':>8}")
    for number in range(1, (1 if args.smoke else max(10, args.runs)) + 1):
        with tempfile.TemporaryDirectory(prefix="podium-crash-") as folder:
            result = one_run(rng, Path(folder))
        results.append(result)
        print(
            f"{number:>4}  {result['typed']:>10}  {result['recovered']:>9}  "
            f"{result['offered']:>7}  {result['lost_s']:>8.2f}",
            flush=True,
        )
    lost = [float(r["lost_s"]) for r in results]  # type: ignore[arg-type]
    median, worst = statistics.median(lost), max(lost)
    ok = worst <= GOAL_S
    print(
        f"lost typing: median {median:.2f} s, max {worst:.2f} s "
        f"(goal ≤ {GOAL_S:.0f} s: {'ok' if ok else 'MISSED'})"
    )
    print(
        json.dumps(
            {
                "runs": len(lost),
                "lost_s_median": round(median, 2),
                "lost_s_max": round(worst, 2),
                "goal_s": GOAL_S,
                "ok": ok,
            }
        )
    )
    return 0 if ok or args.smoke else 1


if __name__ == "__main__":
    raise SystemExit(main())
