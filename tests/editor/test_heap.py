"""The heap settle: survivors of the collector's next full pass are frozen, never collected
by force, and handed back when the document goes."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor import heap
from editor.main_window import MainWindow
from models import load


@pytest.fixture(autouse=True)
def _thawed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(heap, "ENABLED", True)
    heap.release()
    yield
    heap.release()


def test_only_a_full_pass_freezes_and_only_once() -> None:
    heap.settle_after_next_pass()
    assert heap.armed()
    heap._on_collection("stop", {"generation": 0, "collected": 0, "uncollectable": 0})
    heap._on_collection("start", {"generation": heap.OLDEST})
    assert heap.armed() and gc.get_freeze_count() == 0
    heap._on_collection("stop", {"generation": heap.OLDEST, "collected": 0, "uncollectable": 0})
    assert not heap.armed()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    heap._on_collection("stop", {"generation": heap.OLDEST, "collected": 0, "uncollectable": 0})
    # Disarmed: a second pass freezes nothing more. (Frozen objects may still be freed, by
    # this thread or another, so the count may drop a little; it must not grow.)
    assert gc.get_freeze_count() <= frozen


def test_arming_again_thaws_first() -> None:
    heap.settle_after_next_pass()
    heap._on_collection("stop", {"generation": heap.OLDEST, "collected": 0, "uncollectable": 0})
    heap.settle_after_next_pass()
    assert gc.get_freeze_count() == 0
    assert heap.armed()


def test_release_thaws_and_disarms() -> None:
    heap.settle_after_next_pass()
    heap._on_collection("stop", {"generation": heap.OLDEST, "collected": 0, "uncollectable": 0})
    heap.settle_after_next_pass()
    heap.release()
    assert gc.get_freeze_count() == 0
    assert not heap.armed()


def test_switched_off_it_never_arms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "ENABLED", False)
    heap.settle_after_next_pass()
    assert not heap.armed()


def test_the_window_arms_on_opening_and_releases_on_closing(
    qtbot: QtBot, sample_file: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(load(sample_file), sample_file)
    assert heap.armed()
    heap._on_collection("stop", {"generation": heap.OLDEST, "collected": 0, "uncollectable": 0})
    assert gc.get_freeze_count() > 0
    window.set_project(None, None)
    assert gc.get_freeze_count() == 0
    assert not heap.armed()
