"""The import's refusals (models/importing/errors.py): the exact sentence a user reads, the
file's name in front of it, and the figures of the limit that was passed."""

from __future__ import annotations

from pathlib import Path

from models.importing.errors import (
    MAX_BLOCKS,
    ImportFileError,
    SourceRefused,
    too_large,
    too_many_paragraphs,
)
from models.message import Message, message_of

MIB = 1024 * 1024


def test_an_import_error_names_the_file_then_the_reason() -> None:
    error = ImportFileError("/home/anna/verslagen/dag van de ruimte.docx", "is damaged")
    assert str(error) == "dag van de ruimte.docx: is damaged"
    assert error.path == Path("/home/anna/verslagen/dag van de ruimte.docx")
    assert error.reason == "is damaged"


def test_an_import_error_keeps_its_template_for_translation() -> None:
    error = ImportFileError(Path("notes.md"), "no such file")
    made = message_of(error)
    assert isinstance(made, Message)
    assert made.template == "{name}: {reason}"
    assert made.fields == {"name": "notes.md", "reason": "no such file"}


def test_a_refusal_without_a_path_is_its_reason() -> None:
    refused = SourceRefused("an embedded image is larger than 64 MiB")
    assert refused.reason == "an embedded image is larger than 64 MiB"
    assert str(refused) == "an embedded image is larger than 64 MiB"


def test_a_file_too_large_says_its_size_and_the_limit() -> None:
    refused = too_large(70 * MIB, 64 * MIB)
    assert refused.reason == "the file is too large to import (70 MiB; at most 64 MiB)"
    assert str(refused) == refused.reason
    assert isinstance(refused.reason, Message)
    assert refused.reason.template == "the file is too large to import ({size}; at most {most})"


def test_a_file_one_byte_too_large_is_told_in_bytes() -> None:
    """Rounded to MiB the two figures would read the same."""
    refused = too_large(16 * MIB + 1, 16 * MIB)
    assert refused.reason == (
        "the file is too large to import (16777217 bytes; at most 16777216 bytes)"
    )


def test_a_document_with_too_many_paragraphs_says_the_limit_with_separators() -> None:
    refused = too_many_paragraphs(MAX_BLOCKS)
    assert refused.reason == "the document has more than 50,000 paragraphs"
    assert isinstance(refused.reason, Message)
    assert refused.reason.fields == {"count": "50,000"}


def test_a_text_with_too_many_paragraphs_is_called_a_text() -> None:
    assert too_many_paragraphs(1234567, text=True).reason == (
        "the text has more than 1,234,567 paragraphs"
    )
    assert too_many_paragraphs(7, text=False).reason == "the document has more than 7 paragraphs"
