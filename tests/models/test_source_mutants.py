"""Opening a source (models/importing/source.py): the reader chosen by the extension, the
size limits at N and N+1 (on sparse files, so nothing large is written), and the exact
refusal a user reads for every kind of path that is not a file to import."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import import_builders as builders
import pytest

from models.importing import source, text_reader
from models.importing.document import Document, Heading, ListBlock, Para, Span
from models.importing.errors import ImportFileError
from models.importing.source import FORMATS, read_data, read_source

MIB = 1024 * 1024
KNOWN = ".docx, .htm, .html, .markdown, .md, .odt, .txt"

MARKED_UP = "# Dag van de ruimte\n\n<p>Zie <b>dit</b></p>\n\n- een\n- twee\n"


def _refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_source(path)
    assert caught.value.path == path
    return str(caught.value)


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as file:
        file.truncate(size)
    return path


def _texts(document: Document) -> list[str]:
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading | Para):
            out.append("".join(span.text for span in block.spans))
        elif isinstance(block, ListBlock):
            out += ["".join(span.text for span in item.spans) for item in block.items]
    return out


# ---------------------------------------------------------------------------- formats


def test_the_formats_podium_imports_and_what_each_is_called() -> None:
    assert FORMATS == {
        ".docx": "Word document",
        ".html": "web page",
        ".htm": "web page",
        ".odt": "OpenDocument text",
        ".md": "Markdown file",
        ".markdown": "Markdown file",
        ".txt": "text file",
    }


@pytest.mark.parametrize("suffix", [".md", ".markdown", ".MD"])
def test_markdown_is_read_as_markdown(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"notes{suffix}"
    path.write_text(MARKED_UP, encoding="utf-8")
    document = read_source(path)
    assert isinstance(document.blocks[0], Heading)
    assert _texts(document)[0] == "Dag van de ruimte"
    assert _texts(document)[-2:] == ["een", "twee"]


@pytest.mark.parametrize("suffix", [".html", ".htm", ".Htm"])
def test_a_web_page_is_read_as_html(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text("<h1>Dag</h1><p>Zie <b>dit</b></p>", encoding="utf-8")
    document = read_source(path)
    assert document.blocks[0] == Heading(1, (Span("Dag"),))
    assert Span("dit", bold=True) in document.blocks[1].spans  # type: ignore[union-attr]


@pytest.mark.parametrize("suffix", [".txt", ".TXT"])
def test_plain_text_is_read_as_it_stands(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"notes{suffix}"
    path.write_text(MARKED_UP, encoding="utf-8")
    document = read_source(path)
    assert document.blocks[0] == Para((Span("# Dag van de ruimte"),))
    assert _texts(document)[1] == "<p>Zie <b>dit</b></p>"


def test_a_word_document_is_read_as_word(tmp_path: Path) -> None:
    path = tmp_path / "verslag.docx"
    path.write_bytes(builders.docx(builders.para("Hallo uit Word")))
    assert _texts(read_source(path)) == ["Hallo uit Word"]


def test_an_opendocument_text_is_read_as_opendocument(tmp_path: Path) -> None:
    path = tmp_path / "verslag.ODT"
    path.write_bytes(builders.odt(builders.odt_p("Hallo uit Writer")))
    assert _texts(read_source(path)) == ["Hallo uit Writer"]


def test_a_word_document_named_odt_is_damaged_for_the_opendocument_reader(
    tmp_path: Path,
) -> None:
    path = tmp_path / "verslag.odt"
    path.write_bytes(builders.docx(builders.para("Hallo")))
    with pytest.raises(ImportFileError):
        read_source(path)


@pytest.mark.parametrize(
    ("suffix", "sentence"),
    [
        (".docx", "this is not a Word document (not a zip container)"),
        (".odt", "this is not an OpenDocument text (not a zip container)"),
    ],
)
def test_a_container_that_is_no_zip_is_refused_by_its_format(
    tmp_path: Path, suffix: str, sentence: str
) -> None:
    path = tmp_path / f"verslag{suffix}"
    path.write_bytes(b"PK\x03\x03 almost a zip, but not")
    assert _refusal(path) == f"verslag{suffix}: {sentence}"


def test_a_relative_link_is_resolved_against_the_given_base(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("Zie [het programma](programma.html).\n", encoding="utf-8")
    hrefs = [span.href for span in read_source(path).blocks[0].spans]  # type: ignore[union-attr]
    assert "programma.html" not in hrefs
    based = read_source(path, "https://example.org/dag/").blocks[0]
    assert "https://example.org/dag/programma.html" in [s.href for s in based.spans]  # type: ignore[union-attr]
    page = tmp_path / "page.html"
    page.write_text("<p><a href='p.html'>p</a></p>", encoding="utf-8")
    block = read_source(page, "https://example.org/").blocks[0]
    assert [s.href for s in block.spans] == ["https://example.org/p.html"]  # type: ignore[union-attr]


# ---------------------------------------------------------------------------- refusals


def test_an_unknown_extension_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "verslag.PDF"
    path.write_bytes(b"%PDF-1.7")
    assert _refusal(path) == f"verslag.PDF: cannot import '.pdf' files ({KNOWN})"


def test_a_file_without_extension_is_refused_as_such(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_text("Dag", encoding="utf-8")
    assert _refusal(path) == f"README: cannot import 'no extension' files ({KNOWN})"


def test_a_missing_file_is_no_such_file(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "gone.txt") == "gone.txt: no such file"


def test_a_folder_is_not_a_file_to_import(tmp_path: Path) -> None:
    folder = tmp_path / "notes.md"
    folder.mkdir()
    assert _refusal(folder) == "notes.md: is a folder, not a file to import"


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "notes.txt"
    os.mkfifo(pipe)
    assert _refusal(pipe) == "notes.txt: is a named pipe, not a file to import"


def test_a_link_to_a_device_is_refused_as_the_device(tmp_path: Path) -> None:
    link = tmp_path / "null.txt"
    link.symlink_to("/dev/null")
    assert _refusal(link) == "null.txt: is a device, not a file to import"


def test_a_socket_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert _refusal(path) == "s.txt: cannot be read (No such device or address)"
    finally:
        server.close()


@pytest.mark.parametrize(
    ("mode", "sentence"),
    [
        (stat.S_IFDIR, "is a folder, not a file to import"),
        (stat.S_IFLNK, "is a symbolic link, not a file to import"),
        (stat.S_IFCHR, "is a device, not a file to import"),
        (stat.S_IFBLK, "is a device, not a file to import"),
        (stat.S_IFIFO, "is a named pipe, not a file to import"),
        (stat.S_IFSOCK, "is a socket, not a file to import"),
        (0, "is a special file, not a file to import"),
    ],
)
def test_each_kind_of_non_file_has_a_whole_sentence(mode: int, sentence: str) -> None:
    from models.atomic_file import file_kind

    worded = source._not_a_file(file_kind(mode))
    assert worded == sentence
    assert worded.template == sentence  # translated whole, no noun glued in


def test_a_kind_without_a_sentence_of_its_own_is_worded_around_its_noun() -> None:
    assert source._not_a_file("a door") == "is a door, not a file to import"


def test_an_unreadable_file_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Dag", encoding="utf-8")

    def denied(_path: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(source, "open_regular", denied)
    assert _refusal(path) == "notes.txt: cannot be read (Permission denied)"

    def odd(_path: Path) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(source, "open_regular", odd)
    assert _refusal(path) == "notes.txt: cannot be read (the disk went away)"

    def folder(_path: Path) -> None:
        raise IsADirectoryError(21, "Is a directory")

    monkeypatch.setattr(source, "open_regular", folder)
    assert _refusal(path) == "notes.txt: is a folder, not a file"


@pytest.mark.parametrize("error", [RecursionError, MemoryError])
def test_a_source_that_exhausts_the_reader_is_too_complex(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type[BaseException]
) -> None:
    def exhausted(_text: str) -> Document:
        raise error()

    monkeypatch.setattr(text_reader, "read_text", exhausted)
    path = tmp_path / "deep.txt"
    path.write_text("Dag", encoding="utf-8")
    assert _refusal(path) == "deep.txt: is too complex to import"
    with pytest.raises(ImportFileError) as caught:
        read_data(b"Dag", ".txt", "clip")
    assert str(caught.value) == "clip: is too complex to import"


# ---------------------------------------------------------------------------- sizes


def test_a_text_of_16_mib_is_read_and_one_byte_more_is_refused_unread(tmp_path: Path) -> None:
    at_limit = read_source(_sparse(tmp_path / "big.txt", 16 * MIB))
    assert len(_texts(at_limit)[0]) == 16 * MIB
    assert _refusal(_sparse(tmp_path / "bigger.txt", 16 * MIB + 1)) == (
        "bigger.txt: the file is too large to import (16777217 bytes; at most 16777216 bytes)"
    )


def test_a_container_of_64_mib_is_opened_and_one_byte_more_is_refused_unread(
    tmp_path: Path,
) -> None:
    # At the limit the file is looked at (and is no zip); past it, it is never opened.
    assert _refusal(_sparse(tmp_path / "big.docx", 64 * MIB)) == (
        "big.docx: this is not a Word document (not a zip container)"
    )
    assert _refusal(_sparse(tmp_path / "big.odt", 17 * MIB)) == (
        "big.odt: this is not an OpenDocument text (not a zip container)"
    )
    assert _refusal(_sparse(tmp_path / "bigger.docx", 64 * MIB + 1)) == (
        "bigger.docx: the file is too large to import (67108865 bytes; at most 67108864 bytes)"
    )


def test_pasted_data_is_read_like_a_file_of_its_format() -> None:
    assert read_data(MARKED_UP.encode(), ".MARKDOWN", "clip").blocks[0] == Heading(
        1, (Span("Dag van de ruimte"),)
    )
    assert read_data(MARKED_UP.encode(), ".txt", "clip").blocks[0] == Para(
        (Span("# Dag van de ruimte"),)
    )
    based = read_data(b"<a href='p.html'>p</a>", ".html", "clip", "https://example.org/")
    assert [s.href for s in based.blocks[0].spans] == ["https://example.org/p.html"]  # type: ignore[union-attr]


def test_without_a_base_a_relative_link_keeps_only_its_text(tmp_path: Path) -> None:
    pasted = read_data(b"<p><a href='p.html'>p</a></p>", ".html", "clip")
    assert pasted.blocks == (Para((Span("p"),)),)
    path = tmp_path / "notes.md"
    path.write_text("[p](p.html)", encoding="utf-8")
    assert read_source(path).blocks == (Para((Span("p"),)),)


def test_pasted_text_of_16_mib_is_read_and_one_byte_more_is_refused() -> None:
    assert len(_texts(read_data(b"x" * (16 * MIB), ".txt", "clip"))[0]) == 16 * MIB
    with pytest.raises(ImportFileError) as caught:
        read_data(b"x" * (16 * MIB + 1), ".txt", "clip")
    assert (
        str(caught.value)
        == "clip: the file is too large to import (16777217 bytes; at most 16777216 bytes)"
    )


def test_pasted_word_data_has_the_container_limit_and_check() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_data(b"x" * (17 * MIB), ".docx", "clip")
    assert str(caught.value) == "clip: this is not a Word document (not a zip container)"
    word = builders.docx(builders.para("Geplakt"))
    assert _texts(read_data(word, ".docx", "clip")) == ["Geplakt"]


def test_pasted_data_of_an_unknown_format_is_refused_by_its_name() -> None:
    with pytest.raises(ImportFileError) as caught:
        read_data(b"x", ".rtf", "pasted text")
    assert str(caught.value) == f"pasted text: cannot import '.rtf' files ({KNOWN})"
    assert caught.value.path == Path("pasted text")


def test_a_text_that_grew_after_it_was_measured_is_refused_at_what_was_read() -> None:
    import io

    with pytest.raises(Exception) as caught:
        source._read(io.BytesIO(b"x" * 40), ".txt", 10, "")
    assert str(caught.value) == "the file is too large to import (11 bytes; at most 10 bytes)"
    exact = source._read(io.BytesIO(b"x" * 10), ".md", 10, "")
    assert _texts(exact) == ["x" * 10]
