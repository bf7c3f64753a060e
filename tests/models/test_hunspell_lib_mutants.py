"""Hunspell through its C interface, each time loaded afresh: binding the library, finding
it, and a dictionary in another encoding than UTF-8 (a small one written here)."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import importlib.util
import typing
from collections.abc import Iterator
from importlib.machinery import ModuleSpec
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

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
    assert ".cpython-" not in Path(path).name  # the library, not chunspell's Python module


def test_the_bound_library_refuses_text_where_hunspell_wants_bytes(latin1: Path) -> None:
    """Unbound, ctypes would pass a ``str`` as wide characters, which Hunspell misreads."""
    found = open_hunspell("fr_test", latin1)
    assert isinstance(found, CHunspell)
    library, handle = found._library, found._handle
    words = ctypes.POINTER(ctypes.c_char_p)()
    with pytest.raises(ctypes.ArgumentError):
        library.Hunspell_create(str(latin1 / "fr_test.aff"), str(latin1 / "fr_test.dic"))
    with pytest.raises(ctypes.ArgumentError):
        library.Hunspell_spell(handle, "caf\u00e9")
    with pytest.raises(ctypes.ArgumentError):
        library.Hunspell_suggest(handle, ctypes.byref(words), "cafe")


# ---------------------------------------------------------------------------- finding it


@pytest.fixture
def system_libraries(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The system's libraries by name, as ``ctypes.util.find_library`` finds them."""
    found: dict[str, str] = {}
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: found.get(name))
    return found


def _chunspell_in(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> None:
    """chunspell's package lies in ``folder`` (``None``: it is not installed)."""
    real = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> ModuleSpec | None:
        if name != "hunspell":
            return real(name, package)
        if folder is None:
            return None
        spec = ModuleSpec("hunspell", None, is_package=True)
        spec.submodule_search_locations = [str(folder)]
        return spec

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


@pytest.mark.parametrize(
    ("names", "chosen"),
    [
        (
            [
                "hunspell.cpython-311-x86_64-linux-gnu.so",  # chunspell's module: sorts first
                "hunspell.pyx",
                "libhunspell-1.7.so.0",
                "__init__.py",
            ],
            "libhunspell-1.7.so.0",
        ),
        (["hunspell.cp311-win_amd64.pyd", "hunspell-1.7-0.dll"], "hunspell-1.7-0.dll"),
        (
            ["hunspell.cpython-311-darwin.so", "libhunspell-1.7.0.dylib", "chunspell-notes.so"],
            "libhunspell-1.7.0.dylib",
        ),
        (["hunspell.abi3.so", "libhunspell.so"], "libhunspell.so"),
    ],
    ids=["linux", "windows", "macos", "stable-abi"],
)
def test_the_library_beside_chunspell_is_chosen_by_its_name(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    system_libraries: dict[str, str],
    names: list[str],
    chosen: str,
) -> None:
    for name in names:
        (tmp_path / name).write_bytes(b"")
    system_libraries["hunspell"] = "/usr/lib/libhunspell.so"
    _chunspell_in(monkeypatch, tmp_path)
    assert hunspell_lib._library_path() == str(tmp_path / chosen)


def test_without_a_library_beside_chunspell_the_systems_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system_libraries: dict[str, str]
) -> None:
    for name in ["hunspell.py", "hunspell.txt", "__init__.py"]:
        (tmp_path / name).write_bytes(b"")
    _chunspell_in(monkeypatch, tmp_path)
    assert hunspell_lib._library_path() is None
    system_libraries["hunspell"] = "libhunspell.so.2"
    assert hunspell_lib._library_path() == "libhunspell.so.2"
    system_libraries["hunspell-1.7"] = "libhunspell-1.7.so.0"
    assert hunspell_lib._library_path() == "libhunspell-1.7.so.0"


def test_without_chunspell_the_systems_library_is_used(
    monkeypatch: pytest.MonkeyPatch, system_libraries: dict[str, str]
) -> None:
    _chunspell_in(monkeypatch, None)
    assert hunspell_lib._library_path() is None
    system_libraries["hunspell"] = "libhunspell.so.2"
    assert hunspell_lib._library_path() == "libhunspell.so.2"


# ------------------------------------------- what is asked of the library, with a stand-in


class _FakeLibrary:
    """Hunspell's C interface in Python: records each call, answers as the library would
    (a handle, an encoding name, a list of suggestions it fills in through a pointer)."""

    def __init__(
        self, *, handle: int = 4096, encoding: bytes | None = b"UTF-8", words: list[bytes | None]
    ) -> None:
        self.handle = hunspell_lib._Pointer(handle or None)
        self.encoding = encoding
        self.words = words
        self.known: set[bytes] = set()
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self._lists: list[ctypes.Array[ctypes.c_char_p]] = []

    def Hunspell_create(self, aff: bytes, dic: bytes) -> hunspell_lib._Pointer:
        self.calls.append(("create", (aff, dic)))
        return self.handle

    def Hunspell_get_dic_encoding(self, handle: object) -> bytes | None:
        self.calls.append(("encoding", (handle,)))
        return self.encoding

    def Hunspell_spell(self, handle: object, word: bytes) -> int:
        self.calls.append(("spell", (handle, word)))
        return int(word in self.known)

    def Hunspell_suggest(self, handle: object, found: Any, word: bytes) -> int:
        self.calls.append(("suggest", (handle, word)))
        listed = (ctypes.c_char_p * max(1, len(self.words)))(*self.words)
        self._lists.append(listed)
        found._obj.contents = ctypes.c_char_p.from_buffer(listed)
        return len(self.words)

    def Hunspell_free_list(self, handle: object, found: Any, count: int) -> None:
        address = ctypes.cast(found._obj, ctypes.c_void_p).value
        freed = [i for i, listed in enumerate(self._lists) if ctypes.addressof(listed) == address]
        self.calls.append(("free_list", (handle, freed, count)))

    def Hunspell_destroy(self, handle: object) -> None:
        self.calls.append(("destroy", (handle,)))


def _open(library: _FakeLibrary, folder: Path) -> CHunspell:
    (folder / "xx.aff").write_bytes(b"")
    (folder / "xx.dic").write_bytes(b"")
    return CHunspell(typing.cast(ctypes.CDLL, library), folder / "xx.aff", folder / "xx.dic")


def test_suggestions_are_freed_with_their_handle_list_and_count(tmp_path: Path) -> None:
    library = _FakeLibrary(words=[b"colt", b"col", b"cor"])
    found = _open(library, tmp_path)
    assert found.suggest("colr") == ("colt", "col", "cor")
    assert library.calls[-2:] == [
        ("suggest", (library.handle, b"colr")),
        ("free_list", (library.handle, [0], 3)),
    ]


def test_no_suggestions_free_nothing(tmp_path: Path) -> None:
    library = _FakeLibrary(words=[])
    found = _open(library, tmp_path)
    assert found.suggest("qqqq") == ()
    assert [name for name, _ in library.calls] == ["create", "encoding", "suggest"]


def test_a_suggestion_the_library_left_empty_is_empty_text(tmp_path: Path) -> None:
    library = _FakeLibrary(words=[b"a", None, b"b"])
    assert _open(library, tmp_path).suggest("x") == ("a", "", "b")


def test_a_suggestion_not_in_the_dictionarys_encoding_is_read_with_replacements(
    tmp_path: Path,
) -> None:
    library = _FakeLibrary(words=[b"caf\xe9", b"th\xc3\xa9"])
    assert _open(library, tmp_path).suggest("cafe") == ("caf\ufffd", "th\u00e9")


def test_a_dictionary_naming_no_encoding_is_read_as_utf8(tmp_path: Path) -> None:
    library = _FakeLibrary(encoding=None, words=[b"caf\xc3\xa9"])
    library.known.add(b"na\xc3\xaff")
    found = _open(library, tmp_path)
    assert found.spell("na\u00eff")
    assert found.suggest("cafe") == ("caf\u00e9",)


def test_the_dictionarys_own_encoding_is_used(tmp_path: Path) -> None:
    library = _FakeLibrary(encoding=b"ISO8859-1", words=[b"caf\xe9"])
    library.known.add(b"na\xeff")
    found = _open(library, tmp_path)
    assert found.spell("na\u00eff")
    assert not found.spell("caf\u00e9")
    assert found.suggest("cafe") == ("caf\u00e9",)


def test_a_library_that_cannot_load_the_dictionary_says_which(tmp_path: Path) -> None:
    library = _FakeLibrary(handle=0, words=[])
    with pytest.raises(OSError) as caught:
        _open(library, tmp_path)
    assert str(caught.value) == f"Hunspell could not load {tmp_path / 'xx.dic'}"
    del caught
    gc.collect()
    assert [name for name, _ in library.calls] == ["create"]  # nothing to destroy


def test_a_dictionary_let_go_is_destroyed_once_with_its_handle(tmp_path: Path) -> None:
    library = _FakeLibrary(words=[])
    found = _open(library, tmp_path)
    assert library.calls[0] == ("create", (bytes(tmp_path / "xx.aff"), bytes(tmp_path / "xx.dic")))
    del found
    gc.collect()
    assert library.calls[-1] == ("destroy", (library.handle,))
    assert [name for name, _ in library.calls].count("destroy") == 1


def test_the_bound_library_refuses_a_wrong_pointer_for_the_suggestions(latin1: Path) -> None:
    """Unbound, Hunspell would write its list wherever the pointer points."""
    found = open_hunspell("fr_test", latin1)
    assert isinstance(found, CHunspell)
    with pytest.raises(ctypes.ArgumentError):
        found._library.Hunspell_suggest(found._handle, ctypes.byref(ctypes.c_void_p()), b"cafe")
