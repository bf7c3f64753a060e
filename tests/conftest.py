"""Test setup shared by every test: Qt without a display, and Hypothesis profiles.

The environment is set at import time, before anything imports Qt, because Qt reads
these variables once, when the first application object is made.
"""

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Autosave journals of every test go to a throwaway folder, never the user's own.
os.environ.setdefault("PODIUM_RECOVERY_DIR", tempfile.mkdtemp(prefix="podium-test-recovery-"))

if os.geteuid() == 0:
    # Chromium (QtWebEngine) refuses to start its sandbox as root.
    _flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    if "--no-sandbox" not in _flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([*_flags, "--no-sandbox"])

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("fuzz", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_sessionstart(session: object) -> None:
    """Under mutation testing, start every mutant's tests with empty caches.

    mutmut forks each mutant's test run from a process that has already imported (and may
    have warmed) the core; a result cached from the original code would hide the mutant
    (``search._visible``, ``search._text_kinds``...), so nothing could notice it.
    """
    if os.environ.get("MUTANT_UNDER_TEST"):
        _forget_cached_results()


def _forget_cached_results() -> None:
    import sys

    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(("models", "exporters")):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
        own = getattr(module, "clear_caches", None)  # caches of its own (models.images)
        if callable(own) and getattr(own, "__module__", None) == name:
            own()


#: Run in a fresh interpreter by :func:`headless_podium`: the command line, then proof that
#: neither Qt nor the editor was imported.
_HEADLESS = """
import sys, main
code = main.main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'editor'))
assert not loaded, f'a headless command imported {loaded}'
sys.exit(code)
"""

HeadlessPodium = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def headless_podium() -> HeadlessPodium:
    """``run(*argv, env={...})``: ``podium ARGV`` in a fresh interpreter, from the
    repository; fails if it imported Qt or the editor (headless commands never do). In
    ``env``, ``None`` removes a variable."""
    root = Path(__file__).resolve().parents[1]

    def run(
        *argv: object, env: Mapping[str, str | None] | None = None
    ) -> subprocess.CompletedProcess[str]:
        merged = {**os.environ, "PYTHONPATH": str(root), **(env or {})}
        environment = {name: value for name, value in merged.items() if value is not None}
        return subprocess.run(
            [sys.executable, "-c", _HEADLESS, *map(str, argv)],
            cwd=root,
            env=environment,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run
