"""The GUI thread gets the GIL back quickly from background threads (autosave, renders)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from editor.app import GIL_SWITCH_INTERVAL_S, application


@pytest.fixture
def default_interval() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's own
    yield
    sys.setswitchinterval(before)


@pytest.mark.usefixtures("qapp", "default_interval")
def test_the_application_shortens_pythons_switch_interval() -> None:
    application()
    assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_INTERVAL_S)
    assert GIL_SWITCH_INTERVAL_S <= 0.001
