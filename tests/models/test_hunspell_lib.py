"""Hunspell through its C interface answers as chunspell's class does."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

import pytest
from hunspell import Hunspell

from models import hunspell_lib
from models.hunspell_lib import CHunspell, open_hunspell

WORDS = ("klantmanagers", "fiets", "fietsn", "één", "Café", "zeeën", "naïef", "qwrtz", "e-mail")


def test_the_bundled_library_is_found() -> None:
    assert hunspell_lib._library_path() is not None


def test_answers_as_chunspell_does() -> None:
    with as_file(files("resources").joinpath("dictionaries", "nl")) as folder:
        ours = open_hunspell("nl", folder)
        theirs = Hunspell("nl", hunspell_data_dir=str(folder))
    assert isinstance(ours, CHunspell)
    for word in WORDS:
        assert ours.spell(word) == theirs.spell(word), word
        assert ours.suggest(word) == tuple(theirs.suggest(word)), word


def test_a_missing_dictionary_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        open_hunspell("xx", tmp_path)


def test_falls_back_to_chunspell_without_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hunspell_lib, "_loaded_library", lambda: None)
    with as_file(files("resources").joinpath("dictionaries", "en_GB")) as folder:
        found = open_hunspell("en_GB", folder)
    assert not isinstance(found, CHunspell)
    assert found.spell("colour")
