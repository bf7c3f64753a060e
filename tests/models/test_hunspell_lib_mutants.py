"""Hunspell through its C interface, each time loaded afresh: binding the library, finding
it, and a dictionary in another encoding than UTF-8 (a small one written here)."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from importlib.resources import as_file, files
from pathlib import Path

import pytest

from models import hunspell_lib
from models.hunspell_lib import CHunspell, open_hunspell


@pytest.fixture(autouse=True)
def fresh_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library is loaded and bound once per process; here once per test."""
    monkeypatch.setattr(hunspell_lib, "_library", None)


@pytest.fixture
def latin1(tmp_path: Path) -> Path:
    """A two-word French dictionary in ISO 8859-1, as older dictionaries are."""
    (tmp_path / "fr_test.aff").write_bytes(b"SET ISO8859-1\nTRY esaitnrulo\n")
    (tmp_path / "fr_test.dic").write_bytes("3\ncaf\u00e9\nna\u00eff\nth\u00e9\n".encode("latin-1"))
    return tmp_path


@pytest.fixture
def english() -> Iterator[Path]:
    with as_file(files("resources").joinpath("dictionaries", "en_GB")) as folder:
        yield folder


def test_a_dictionary_is_loaded_through_the_c_interface(english: Path) -> None:
    found = open_hunspell("en_GB", english)
    assert isinstance(found, CHunspell)
    assert found.spell("colour")
    assert not found.spell("colr")
    assert found.suggest("colr")[:3] == ("colt", "col", "cor")


def test_a_word_nothing_resembles_has_no_suggestions(latin1: Path) -> None:
    assert open_hunspell("fr_test", latin1).suggest("qqqqqqqqqqqq") == ()


def test_a_latin1_dictionary_spells_and_suggests_in_its_encoding(latin1: Path) -> None:
    found = open_hunspell("fr_test", latin1)
    assert isinstance(found, CHunspell)
    assert found.spell("caf\u00e9")
    assert found.spell("na\u00eff")
    assert not found.spell("cafe")
    assert found.suggest("cafe") == ("caf\u00e9",)


def test_a_word_the_dictionary_cannot_encode_is_not_known(latin1: Path) -> None:
    found = open_hunspell("fr_test", latin1)
    assert not found.spell("caf\u0113")  # e with macron: not in Latin-1
    assert found.suggest("th\u0113") == ("th\u00e9",)


def test_a_missing_dictionary_names_the_file_it_looked_for(tmp_path: Path) -> None:
    with pytest.raises(OSError) as caught:
        open_hunspell("xx", tmp_path)
    assert str(caught.value) == f"no Hunspell dictionary at {tmp_path / 'xx.dic'}"


@pytest.mark.parametrize("missing", ["aff", "dic"])
def test_a_dictionary_without_either_file_is_missing(latin1: Path, missing: str) -> None:
    (latin1 / f"fr_test.{missing}").unlink()
    with pytest.raises(OSError, match=r"^no Hunspell dictionary at "):
        open_hunspell("fr_test", latin1)


def test_the_library_is_loaded_once_and_kept() -> None:
    first = hunspell_lib._loaded_library()
    assert first is not None
    assert hunspell_lib._loaded_library() is first
    assert hunspell_lib._library is first


def test_without_a_library_the_fallback_is_chunspells_class(
    monkeypatch: pytest.MonkeyPatch, latin1: Path
) -> None:
    monkeypatch.setattr(hunspell_lib, "_library_path", lambda: None)
    assert hunspell_lib._loaded_library() is None
    found = open_hunspell("fr_test", latin1)
    assert not isinstance(found, CHunspell)
    assert found.spell("caf\u00e9")


def test_a_library_that_cannot_be_loaded_falls_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "libhunspell-broken.so"
    broken.write_bytes(b"not a library")
    monkeypatch.setattr(hunspell_lib, "_library_path", lambda: str(broken))
    assert hunspell_lib._loaded_library() is None


def test_a_library_that_is_not_hunspell_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """A library without Hunspell's functions (here: the C library itself)."""
    libc = ctypes.util.find_library("c")
    assert libc is not None
    monkeypatch.setattr(hunspell_lib, "_library_path", lambda: libc)
    assert hunspell_lib._loaded_library() is None


def test_the_bundled_library_is_chunspells_own() -> None:
    path = hunspell_lib._library_path()
    assert path is not None
    assert "hunspell" in Path(path).name.lower()
    assert ".so" in Path(path).name or path.endswith((".dylib", ".dll"))


@pytest.mark.parametrize(
    ("function", "arguments"),
    [
        ("Hunspell_create", ("en_GB.aff", "en_GB.dic")),
        ("Hunspell_spell", (None, "colour")),
        ("Hunspell_suggest", (None, None, "colour")),
    ],
)
def test_the_bound_library_refuses_text_where_hunspell_wants_bytes(
    function: str, arguments: tuple[object, ...]
) -> None:
    """Unbound, ctypes would pass a ``str`` as wide characters, which Hunspell misreads."""
    library = hunspell_lib._loaded_library()
    assert library is not None
    with pytest.raises(ctypes.ArgumentError):
        getattr(library, function)(*arguments)
