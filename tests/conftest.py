"""Test setup shared by every test: Qt without a display, and Hypothesis profiles.

The environment is set at import time, before anything imports Qt, because Qt reads
these variables once, when the first application object is made.
"""

import os
import tempfile

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


# KNOWN DEFECT, NOT FIXED (top of the list for the next session): a full run of the editor
# tests segfaults in the cyclic garbage collector, in the GUI thread, while new widgets are
# built (seen in most `-n 2` runs this session; a forced collection crashed a worker last
# session too). Which Qt wrapper's collection crashes is not known yet. Until it is found, the
# test processes do without the cyclic collector (reference counting still frees almost
# everything), and what is left at the end is frozen so pytest's closing collection skips it.
# Remove this and reproduce with `-n 2 tests/editor` to work on it.
import gc  # noqa: E402


def pytest_configure(config: object) -> None:
    gc.disable()


def pytest_sessionfinish(session: object, exitstatus: object) -> None:
    gc.freeze()
