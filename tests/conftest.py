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
