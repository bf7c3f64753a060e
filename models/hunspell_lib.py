"""Hunspell through its C interface, so loading a dictionary does not stop the editor.

chunspell's ``Hunspell`` class calls the library while holding Python's global lock: loading
the Dutch dictionary on the spelling thread froze the editor's window for 0.3-0.8 s (at every
start, before its first paint). The same library called through :mod:`ctypes` releases the
lock for each call, so the window keeps painting while the dictionary loads. The library is
the one chunspell ships beside its module (or the system's); without it, :func:`open_hunspell`
falls back to chunspell's class.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
from pathlib import Path
from typing import Protocol


class HunspellLike(Protocol):
    """What Podium uses of a Hunspell dictionary."""

    def spell(self, word: str) -> bool: ...
    def suggest(self, word: str) -> tuple[str, ...]: ...


def _library_path() -> str | None:
    """chunspell's bundled ``libhunspell`` if there is one, else the system's."""
    spec = importlib.util.find_spec("hunspell")  # finds the package without loading it
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        for candidate in sorted(Path(folder).glob("*hunspell*")):
            if _is_hunspell_library(candidate.name.lower()):
                return str(candidate)
    return ctypes.util.find_library("hunspell-1.7") or ctypes.util.find_library("hunspell")


def _is_hunspell_library(name: str) -> bool:
    """Hunspell's own shared library, not chunspell's Python module beside it
    (``hunspell.cpython-311-x86_64-linux-gnu.so`` sorts before ``libhunspell…``)."""
    return (
        name.startswith(("libhunspell", "hunspell"))
        and (".so" in name or name.endswith((".dylib", ".dll")))
        and ".cpython-" not in name
        and ".abi3." not in name
    )


class _Pointer(ctypes.c_void_p):
    """A Hunhandle*; a distinct type so a plain integer is never passed for it by mistake."""


def _bind(library: ctypes.CDLL) -> ctypes.CDLL:
    # The argtypes marked "same unbound" list only handles, byrefs and ints: ctypes passes
    # those the same without them, so no call Podium makes can tell (text args are checked).
    library.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    library.Hunspell_create.restype = _Pointer
    library.Hunspell_destroy.argtypes = [_Pointer]  # pragma: no mutate (same unbound)
    library.Hunspell_destroy.restype = None
    library.Hunspell_spell.argtypes = [_Pointer, ctypes.c_char_p]
    library.Hunspell_spell.restype = ctypes.c_int
    words = ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p))
    library.Hunspell_suggest.argtypes = [_Pointer, words, ctypes.c_char_p]
    library.Hunspell_suggest.restype = ctypes.c_int
    library.Hunspell_free_list.argtypes = [  # pragma: no mutate (same unbound)
        _Pointer,
        words,
        ctypes.c_int,
    ]
    library.Hunspell_free_list.restype = None
    library.Hunspell_get_dic_encoding.argtypes = [_Pointer]  # pragma: no mutate (same unbound)
    library.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
    return library


class CHunspell:
    """One loaded dictionary, called through the C interface (the lock is released)."""

    def __init__(self, library: ctypes.CDLL, aff: Path, dic: Path) -> None:
        if not aff.is_file() or not dic.is_file():
            raise OSError(f"no Hunspell dictionary at {dic}")
        self._library = library
        self._handle = library.Hunspell_create(bytes(aff), bytes(dic))
        if not self._handle:
            raise OSError(f"Hunspell could not load {dic}")
        encoding = library.Hunspell_get_dic_encoding(self._handle)
        # The pragma: codec names are read in any case ("utf-8" is "UTF-8"). Any bytes decode
        # as Latin-1 (a codec name is ASCII; a garbled one fails when first used).
        self._encoding = (encoding or b"UTF-8").decode("latin-1")  # pragma: no mutate (above)

    def spell(self, word: str) -> bool:
        """Whether the dictionary knows ``word``."""
        data = word.encode(self._encoding, "replace")
        return bool(self._library.Hunspell_spell(self._handle, data))

    def suggest(self, word: str) -> tuple[str, ...]:
        """Hunspell's suggestions for ``word``, best first."""
        found = ctypes.POINTER(ctypes.c_char_p)()
        count = self._library.Hunspell_suggest(
            self._handle, ctypes.byref(found), word.encode(self._encoding, "replace")
        )
        try:
            return tuple((found[i] or b"").decode(self._encoding, "replace") for i in range(count))
        finally:
            if count:
                self._library.Hunspell_free_list(self._handle, ctypes.byref(found), count)

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle:
            self._library.Hunspell_destroy(handle)


_library: ctypes.CDLL | None = None


def _loaded_library() -> ctypes.CDLL | None:
    global _library
    if _library is None:
        path = _library_path()
        if path is None:
            return None
        try:
            _library = _bind(ctypes.CDLL(path))
        except (OSError, AttributeError):  # not loadable, or not the Hunspell we know
            return None
    return _library


def open_hunspell(name: str, folder: Path) -> HunspellLike:
    """The dictionary ``folder/name.dic`` (with ``name.aff``): through the C interface when
    the library can be found, else through chunspell's class."""
    library = _loaded_library()
    if library is not None:
        return CHunspell(library, folder / f"{name}.aff", folder / f"{name}.dic")
    from hunspell import Hunspell  # holds Python's lock while it loads

    found: HunspellLike = Hunspell(name, hunspell_data_dir=str(folder))
    return found
