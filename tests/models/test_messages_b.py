"""The core's messages in house styles, images, imports, search, diff and exports translate.

Each error below is raised for real (a real bad file, a real bad value). Its message is a
:class:`~models.message.Message` whose template and fields let the editor and the command
line show it in Dutch, nested messages included; its English text is what it always was.
The Dutch comes from a tiny dictionary here, as the catalogue would give it.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PILImage

from exporters import batch
from exporters.export import ExportError, export, message_for
from exporters.html import UnsafeLinkError, _check_pdf_href
from models import Project, Publication, images
from models import house_style as hs
from models.diff import Moved, diff, format_lines, format_text
from models.importing import ImportFileError, import_data, import_file
from models.message import CONTEXT, Message, message, message_of, translated
from models.search import ReplaceError, replace

DUTCH = {
    "{name}: {reason}": "{name}: {reason}",
    "{path}: {reason}": "{path}: {reason}",
    "{where}: would be empty": "{where}: zou leeg worden",
    "is a folder, not a house style file": "is een map, geen huisstijlbestand",
    "this is not a Podium house style (not a zip file)": (
        "dit is geen Podium-huisstijl (geen zipbestand)"
    ),
    "is {what}; only PNG, JPEG, GIF and WebP images are allowed": (
        "is {what}; alleen afbeeldingen in PNG, JPEG, GIF en WebP zijn toegestaan"
    ),
    "a TIFF image": "een TIFF-afbeelding",
    "is a {format} image but is named '.{suffix}'; the name must match the format": (
        "is een {format}-afbeelding maar heet ‘.{suffix}’; de naam moet bij het formaat passen"
    ),
    "cannot import '{suffix}' files ({known})": (
        "kan geen ‘{suffix}’-bestanden importeren ({known})"
    ),
    "this is not a Word document (not a zip container)": (
        "dit is geen Word-document (geen zipbestand)"
    ),
    "the file is too large to import ({size}; at most {most})": (
        "het bestand is te groot om te importeren ({size}; hoogstens {most})"
    ),
    "is a folder; give a file name": "is een map; geef een bestandsnaam",
    "the PDF link {link} must be a relative or http(s) address": (
        "de PDF-link {link} moet een relatief adres of een http(s)-adres zijn"
    ),
    "{first} and {second} would both be exported as '{name}' in {folder}; "
    "export them separately or rename one": (
        "{first} en {second} zouden allebei als ‘{name}’ in {folder} worden geëxporteerd; "
        "exporteer ze apart of geef er een een andere naam"
    ),
    "exported {done} of {count} project": "{done} van {count} project geëxporteerd",
    "exported {done} of {count} projects": "{done} van {count} projecten geëxporteerd",
    "{count} file": "{count} bestand",
    "{count} files": "{count} bestanden",
    "{count} job": "{count} proces",
    "{count} jobs": "{count} processen",
    "{projects} ({files}) in {seconds} s with {jobs}": (
        "{projects} ({files}) in {seconds} s met {jobs}"
    ),
    "{summary}; {count} failed: {names}": "{summary}; {count} mislukt: {names}",
    "{names} and {count} more": "{names} en nog {count}",
    "{count} failed: {reason}": "{count} mislukt: {reason}",
    "a worker process died (out of memory?)": "een werkproces is gestopt (geheugen vol?)",
    "Section": "Sectie",
    "{part} “{label}”": "{part} “{label}”",
    "moved    {part} ({id}) from position {old} to {new}": (
        "verplaatst   {part} ({id}) van plaats {old} naar {new}"
    ),
    "changed  {part}: {path}": "gewijzigd    {part}: {path}",
}


def dutch(context: str, template: str) -> str:
    assert context == CONTEXT
    return DUTCH.get(template, template)


def nl(text: object) -> str:
    assert isinstance(text, Message), f"not a message: {text!r}"
    return translated(text, dutch)


def png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), "#00557F").save(buffer, "PNG")
    return buffer.getvalue()


def publication(**fields: Any) -> Publication:
    data: dict[str, Any] = {"title": "Titel", "publication_date": dt.date(2025, 3, 14)}
    data.update(fields)
    return Publication.model_validate(data)


# ------------------------------------------------------------------------ house styles


def test_a_folder_named_as_a_house_style_is_refused_in_dutch(tmp_path: Path) -> None:
    folder = tmp_path / "stijl.podium-style"
    folder.mkdir()
    with pytest.raises(hs.HouseStyleError) as error:
        hs.read(folder)
    assert str(error.value) == "stijl.podium-style: is a folder, not a house style file"
    assert nl(message_of(error.value)) == "stijl.podium-style: is een map, geen huisstijlbestand"
    assert nl(error.value.reason) == "is een map, geen huisstijlbestand"


def test_a_house_style_that_is_not_a_zip_is_refused_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "stijl.podium-style"
    path.write_text("geen zip", encoding="utf-8")
    with pytest.raises(hs.HouseStyleError) as error:
        hs.read(path)
    assert str(error.value) == (
        "stijl.podium-style: this is not a Podium house style (not a zip file)"
    )
    assert nl(message_of(error.value)) == (
        "stijl.podium-style: dit is geen Podium-huisstijl (geen zipbestand)"
    )


# ------------------------------------------------------------------------------ images


def test_a_refused_format_is_named_in_dutch_inside_the_sentence() -> None:
    with pytest.raises(images.ImageError) as error:
        images.check(b"II*\x00" + bytes(64))
    english = "is a TIFF image; only PNG, JPEG, GIF and WebP images are allowed"
    assert str(error.value) == english
    assert nl(error.value.reason) == (
        "is een TIFF-afbeelding; alleen afbeeldingen in PNG, JPEG, GIF en WebP zijn toegestaan"
    )
    assert images.describe(b"II*\x00") == "a TIFF image"
    assert nl(images.describe(b"II*\x00")) == "een TIFF-afbeelding"


def test_an_image_named_for_another_format_is_refused_in_dutch() -> None:
    with pytest.raises(images.ImageError) as error:
        images.check(png(), "logo.jpg")
    assert str(error.value) == (
        "is a PNG image but is named '.jpg'; the name must match the format"
    )
    assert nl(message_of(error.value)) == (
        "is een PNG-afbeelding maar heet ‘.jpg’; de naam moet bij het formaat passen"
    )


def test_untranslated_templates_keep_the_english() -> None:
    with pytest.raises(images.ImageError) as error:
        images.check(b"\x89PNG\r\n\x1a\n" + bytes(10))  # a PNG cut short
    reason = error.value.reason
    assert isinstance(reason, Message)
    assert reason.template == "is damaged or incomplete ({detail})"
    assert translated(reason, dutch) == str(reason)


# ----------------------------------------------------------------------------- imports


def test_an_unknown_extension_is_refused_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "notities.xyz"
    path.write_text("tekst", encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        import_file(path)
    known = ".docx, .htm, .html, .markdown, .md, .odt, .txt"
    assert str(error.value) == f"notities.xyz: cannot import '.xyz' files ({known})"
    assert nl(message_of(error.value)) == (
        f"notities.xyz: kan geen ‘.xyz’-bestanden importeren ({known})"
    )


def test_a_word_file_that_is_no_zip_is_refused_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "verslag.docx"
    path.write_text("geen zip", encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        import_file(path)
    assert str(error.value) == "verslag.docx: this is not a Word document (not a zip container)"
    assert (
        nl(message_of(error.value)) == "verslag.docx: dit is geen Word-document (geen zipbestand)"
    )


def test_a_paste_too_large_to_import_says_so_in_dutch() -> None:
    with pytest.raises(ImportFileError) as error:
        import_data(b"x" * (16 * 1024 * 1024 + 1), ".txt", name="plakken")
    assert (
        str(error.value)
        == "plakken: the file is too large to import (16777217 bytes; at most 16777216 bytes)"
    )
    assert nl(message_of(error.value)) == (
        "plakken: het bestand is te groot om te importeren "
        "(16777217 bytes; hoogstens 16777216 bytes)"
    )


# ------------------------------------------------------------------------------ search


def test_a_replacement_that_empties_a_name_is_refused_in_dutch() -> None:
    pub = publication(speakers=[{"id": "s", "name": "Jansen"}])
    with pytest.raises(ReplaceError) as error:
        replace(pub, "jansen", "")
    assert str(error.value) == "Speaker ‘Jansen’, name: would be empty"
    assert nl(message_of(error.value)) == "Speaker ‘Jansen’, name: zou leeg worden"


# -------------------------------------------------------------------------------- diff


def test_the_diff_lines_translate_whole_and_keep_the_word_changes() -> None:
    old = publication(
        blocks=[
            {"kind": "section", "id": "a", "title": "Alfa"},
            {"kind": "section", "id": "d", "title": "Delta"},
        ]
    )
    new = publication(
        blocks=[
            {"kind": "section", "id": "d", "title": "Delta nieuw"},
            {"kind": "section", "id": "a", "title": "Alfa"},
        ]
    )
    changes = diff(old, new)
    english = format_text(changes)
    assert english == (
        "moved    Section “Delta nieuw” (d) from position 2 to 1\n"
        "changed  Section “Delta nieuw”: title\n"
        "    Delta{+ nieuw+}\n"
    )
    assert format_text(changes, lambda line: translated(line, dutch)) == (
        "verplaatst   Sectie “Delta nieuw” (d) van plaats 2 naar 1\n"
        "gewijzigd    Sectie “Delta nieuw”: title\n"
        "    Delta{+ nieuw+}\n"
    )
    lines = format_lines(changes)
    assert isinstance(lines[0], Message) and not isinstance(lines[2], Message)


def test_a_label_with_control_characters_is_escaped_in_the_translation_too() -> None:
    # The model cleans titles; a diff of hand-edited files must still not reach the terminal.
    moved = Moved("section", "a", "A\x1b[31m", 1, 0)
    line = "moved    Section “A\\x1b[31m” (a) from position 2 to 1\n"
    assert format_text([moved]) == line
    text = format_text([moved], lambda line: translated(line, dutch))
    assert text == "verplaatst   Sectie “A\\x1b[31m” (a) van plaats 2 naar 1\n"


# ----------------------------------------------------------------------------- exports


def test_an_export_to_a_folder_is_refused_in_dutch(tmp_path: Path) -> None:
    project = Project(publication())
    with pytest.raises(ExportError) as error:
        export(project, pdf=tmp_path)
    assert str(error.value) == f"{tmp_path}: is a folder; give a file name"
    assert nl(message_of(error.value)) == f"{tmp_path}: is een map; geef een bestandsnaam"
    assert nl(message_for(error.value)) == f"{tmp_path}: is een map; geef een bestandsnaam"


def test_an_unsafe_pdf_link_is_refused_in_dutch() -> None:
    with pytest.raises(UnsafeLinkError) as error:
        _check_pdf_href("javascript:alert(1)")
    assert str(error.value) == (
        "the PDF link 'javascript:alert(1)' must be a relative or http(s) address"
    )
    assert nl(message_for(error.value)) == (
        "de PDF-link 'javascript:alert(1)' moet een relatief adres of een http(s)-adres zijn"
    )


def test_a_batch_that_would_overwrite_itself_is_refused_in_dutch(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "x.podium", tmp_path / "b" / "x.podium"
    with pytest.raises(batch.BatchError) as error:
        batch.plan([first, second], tmp_path / "uit", pdf=True, html=False)
    assert str(error.value) == (
        f"{first} and {second} would both be exported as 'x' in {tmp_path / 'uit'}; "
        "export them separately or rename one"
    )
    assert nl(message_of(error.value)) == (
        f"{first} en {second} zouden allebei als ‘x’ in {tmp_path / 'uit'} worden "
        "geëxporteerd; exporteer ze apart of geef er een een andere naam"
    )


def _outcome(name: str, ok: bool, files: int = 2) -> batch.Outcome:
    job = batch.Job(Path(name), Path("x.pdf"), Path("x.html"))
    if ok:
        return batch.Outcome(job, written=job.outputs[:files])
    return batch.Outcome(job, "kapot")


def test_the_batch_summary_is_one_message_with_its_plurals_in_dutch() -> None:
    outcomes = [_outcome(f"p{i}.podium", ok=i > 6) for i in range(10)]
    line = batch.summary(outcomes, 12.44, 4)
    assert line == (
        "exported 3 of 10 projects (6 files) in 12.4 s with 4 jobs; "
        "7 failed: p0.podium, p1.podium, p2.podium, p3.podium, p4.podium and 2 more"
    )
    assert nl(line) == (
        "3 van 10 projecten geëxporteerd (6 bestanden) in 12.4 s met 4 processen; "
        "7 mislukt: p0.podium, p1.podium, p2.podium, p3.podium, p4.podium en nog 2"
    )
    one = batch.summary([_outcome("p.podium", ok=True, files=1)], 0.5, 1)
    assert one == "exported 1 of 1 project (1 file) in 0.5 s with 1 job"
    assert nl(one) == "1 van 1 project geëxporteerd (1 bestand) in 0.5 s met 1 proces"


def test_the_progress_lines_follow_the_words_they_are_given() -> None:
    died = batch.Outcome(
        batch.Job(Path("a.podium"), None, None), message("a worker process died (out of memory?)")
    )
    out, err = io.StringIO(), io.StringIO()
    progress = batch.Progress(2, out=out, err=err, words=lambda text: translated(text, dutch))
    progress(died)
    progress(_outcome("b.podium", ok=True))
    assert err.getvalue() == (
        "podium: [1/2] mislukt: a.podium: een werkproces is gestopt (geheugen vol?)\n"
    )
    assert out.getvalue() == "[2/2] b.podium -> x.pdf, x.html (0.0 s)\n"
    english = io.StringIO()
    batch.Progress(1, out=io.StringIO(), err=english)(died)
    assert english.getvalue() == (
        "podium: [1/1] failed: a.podium: a worker process died (out of memory?)\n"
    )
