"""Whether spelling makes typing stall, and how long checking a whole publication takes.

* typing: the real main window (offscreen, preview hidden) on the sample, whose first
  paragraph is made long: 1,500 characters (a long paragraph) and 7,500 (the whole sample
  text in one paragraph). 200 characters are typed into its middle key by key (one every
  70 ms, a quick typist) while a 1 ms timer on the GUI thread records the longest gap
  between its ticks: the stall. Also the longest handling of one key, and the longest
  highlighting of the paragraph (what the GUI thread spends on spelling per keystroke).
  Once with spelling on, once off: the difference is what spelling costs typing. Target:
  no stall over 16 ms.
* load stall: the longest gap of the same timer while the worker thread loads the Dutch and
  the English dictionary (Hunspell's loader holds Python's lock while it reads; the editor
  loads both as a document opens, never while typing).
* check: ``models.spelling.check_publication`` on the sample, cold in a fresh interpreter
  (dictionary load included) and warm (median of 5), without suggestions; and once with
  suggestions, as ``podium validate --spelling`` does.

Run: ``python benchmarks/spelling.py`` (``--smoke``: 40 characters into the shorter
paragraph). Prints a table; the
last line is one JSON object with the figures, units in the names.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

from _gui import KEY_INTERVAL_MS, Ticker, Typist, settle, wait

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PODIUM_RECOVERY_DIR", tempfile.mkdtemp(prefix="podium-bench-recovery-"))

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "resources/examples/ruimte-voor-professionals"
TEXT = ROOT.parent / "shared/example/ruimte-voor-professionals.txt"
#: What is typed: ordinary Dutch with a few slips, ASCII only (QTest aborts on others).
TYPED = (
    "Professionals krijgen ruimte om samen met inwoners te experimenteren, en de gemeente "
    "zorgt voor een veilige omgeving waarin fuoten mogen. Klantmanagers zien dat "
    "wijkteams sneller hlepen dan vroegre. "
)
CHARACTERS = 200
PARAGRAPHS = (1_500, 7_500)
REPEATS = 3  # runs per paragraph and setting; the table shows medians of their maxima


class Typing(NamedTuple):
    """What typing measured, in ms."""

    stall: float  # the longest gap between ticks of the 1 ms timer
    cpu: float  # the most GUI-thread CPU time between two ticks
    key: float  # the longest handling of one key event
    highlight_max: float  # the longest highlighting of the paragraph (spelling's share)
    highlight_median: float


def long_sample(size: int) -> tuple[Any, int]:
    """The sample with its first paragraph replaced by ``size`` characters of sample text,
    and the index of the section that holds it."""
    from models import Project, load
    from models.edit import replace_at

    project = load(SAMPLE)
    pub = project.publication
    index = next(i for i, b in enumerate(pub.blocks) if b.kind == "section" and b.body)
    text = " ".join(TEXT.read_text(encoding="utf-8").split()) if TEXT.exists() else ""
    if len(text) < 5000:  # no shared copy: the sample's own paragraphs, joined
        text = " ".join(
            b.text for _, body in pub.iter_bodies() for b in body if b.kind == "paragraph"
        )
    text = text.replace("*", "")[:size].rsplit(" ", 1)[0]
    pub = replace_at(pub, ("blocks", index, "body", 0, "text"), text)
    return Project(pub, project.assets), index


def measure_load_stall(app: Any, language: str) -> float:
    """The longest GUI gap while the worker loads ``language``'s dictionary (not loaded yet).

    Hunspell's loader holds Python's lock: the editor loads both dictionaries while a
    document opens, so this never happens while typing.
    """
    import queue

    from editor.spelling.worker import shared_worker

    answers: queue.SimpleQueue[Any] = queue.SimpleQueue()
    with Ticker() as ticker:
        wait(app, lambda: len(ticker.ticks) > 20)
        shared_worker().ask(language, ("word",), answers)  # type: ignore[arg-type]
        wait(app, lambda: not answers.empty())
        settle(app, 0.05)
    return ticker.stall_ms()


def measure_typing(app: Any, window: Any, index: int, characters: int) -> Typing:
    """Type ``characters`` characters into the middle of the long paragraph."""
    from PySide6.QtWidgets import QApplication

    from editor.targets import Target

    section = window.document.publication.blocks[index]
    window.select_target(Target("section", section.id), ("blocks", index, "body", 0, "text"))
    window.activateWindow()
    wait(app, lambda: QApplication.focusWidget() is not None)
    field = QApplication.focusWidget()
    settle(app, 0.5)  # the controller finds the form's fields
    cursor = field.textCursor()
    cursor.setPosition(len(field.toPlainText()) // 2)
    field.setTextCursor(cursor)
    typist = Typist(field, (TYPED * (characters // len(TYPED) + 1))[:characters])
    with Ticker() as ticker:  # and half a second more: the last answers and refreshes land
        typist.type_all(app, 0.5, timeout=characters * KEY_INTERVAL_MS / 1000 + 30)
    spent = _highlight_times(window, field)
    return Typing(
        ticker.stall_ms(),
        ticker.cpu_ms(),
        typist.longest_key_ms(),
        max(spent, default=0.0),
        statistics.median(spent) if spent else 0.0,
    )


def _highlight_times(window: Any, field: Any, runs: int = 21) -> list[float]:
    """Milliseconds to highlight ``field`` again, ``runs`` times: the spelling work a
    keystroke costs the GUI thread (Qt calls the same code for the edited paragraph)."""
    found = [h for h in window.spelling.highlighters() if h.edit is field]
    if not found or not window.spelling.enabled:
        return []
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        found[0].refresh()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _medians(runs: list[Typing]) -> Typing:
    """Each figure's median over the runs."""
    return Typing(*(statistics.median(values) for values in zip(*runs, strict=True)))


def cold_check() -> float:
    """Seconds for the first check in a fresh interpreter, the dictionary's load included."""
    code = (
        "import time; from models import load; from models.spelling import check_publication;"
        f"p = load({str(SAMPLE)!r}).publication; t = time.perf_counter();"
        "check_publication(p, suggest=False); print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1])


def warm_checks() -> tuple[float, float, int]:
    """Median seconds of 5 warm checks without suggestions; one with; the words found."""
    from models import load
    from models.spelling import check_publication

    pub = load(SAMPLE).publication
    check_publication(pub, suggest=False)
    times = []
    for _ in range(5):
        started = time.perf_counter()
        found = check_publication(pub, suggest=False)
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    check_publication(pub, suggest=True)
    return statistics.median(times), time.perf_counter() - started, len(found)


def main(argv: list[str] | None = None) -> dict[str, float | int]:
    """Measure, print a table and return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="type 40 characters, not 200")
    args = parser.parse_args(argv)
    characters = 40 if args.smoke else CHARACTERS
    sizes = PARAGRAPHS[:1] if args.smoke else PARAGRAPHS
    repeats = 1 if args.smoke else REPEATS

    cold = cold_check()
    from PySide6.QtCore import QSettings

    from editor.app import application
    from editor.main_window import MainWindow
    from editor.spelling import preference

    app = application()
    load_stall = measure_load_stall(app, "nl")
    load_stall_en = measure_load_stall(app, "en")
    warm, with_suggestions, found = warm_checks()
    figures: dict[str, float | int] = {"typed_characters": characters}
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.resize(1440, 900)
        window.show()
        window.preview.show_action.setChecked(False)  # typing and spelling only
        for size in sizes:
            project, index = long_sample(size)
            window.set_project(project, None)
            runs: dict[str, list[Typing]] = {"on": [], "off": []}
            for _ in range(repeats):  # alternately, so a busy moment of the machine hits both
                for name in ("on", "off"):
                    preference.set_enabled(settings, name == "on")
                    runs[name].append(measure_typing(app, window, index, characters))
            preference.set_enabled(settings, True)
            window.document.undo_stack.setClean()
            length = len(project.publication.blocks[index].body[0].text)
            med = {name: _medians(typed) for name, typed in runs.items()}
            for name, typed in med.items():
                figures[f"typing_stall_max_ms_{size}_spelling_{name}"] = round(typed.stall, 1)
                figures[f"typing_stall_cpu_max_ms_{size}_spelling_{name}"] = round(typed.cpu, 1)
                figures[f"key_max_ms_{size}_spelling_{name}"] = round(typed.key, 1)
            on, off = med["on"], med["off"]
            figures[f"highlight_max_ms_{size}"] = round(on.highlight_max, 2)
            figures[f"highlight_median_ms_{size}"] = round(on.highlight_median, 2)
            lines.append(
                f"{length:>9,} {on.stall:>9.1f} {off.stall:>9.1f} {on.cpu:>7.1f} {off.cpu:>7.1f} "
                f"{on.key:>8.1f} {off.key:>8.1f} {on.highlight_max:>7.2f} "
                f"{on.highlight_median:>9.2f}"
            )
        window.close()
    figures.update(
        {
            "dictionary_load_stall_ms_nl": round(load_stall, 1),
            "dictionary_load_stall_ms_en": round(load_stall_en, 1),
            "check_sample_cold_s": round(cold, 3),
            "check_sample_warm_median_s": round(warm, 4),
            "check_sample_with_suggestions_s": round(with_suggestions, 2),
            "unknown_words_in_sample": found,
        }
    )
    print(f"typing {characters} characters into the middle of a long paragraph (ms; medians of")
    print(f"{repeats} runs): stall: the longest gap of a 1 ms GUI timer; cpu: the most GUI-thread")
    print("CPU time between two ticks; key: the longest handling of one key; hl: the GUI")
    print("thread's spelling work per keystroke (highlighting the paragraph: max, median)")
    print(
        f"{'paragraph':>9} {'stall on':>9} {'stall off':>9} {'cpu on':>7} {'cpu off':>7} "
        f"{'key on':>8} {'key off':>8} {'hl max':>7} {'hl median':>9}"
    )
    print("\n".join(lines))
    print(
        f"GUI stall while the worker loads a dictionary (once, as a document opens): "
        f"Dutch {load_stall:.1f} ms, English {load_stall_en:.1f} ms"
    )
    print(
        f"check of the sample: cold {cold:.3f} s (load included), warm {warm * 1000:.1f} ms, "
        f"with suggestions {with_suggestions:.2f} s; {found} unknown words"
    )
    print(json.dumps(figures))
    sys.stdout.flush()
    return figures


if __name__ == "__main__":
    main()
