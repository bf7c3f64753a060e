"""The command line's translations (models/catalogue.py): which entries of a translators'
file count, in which order a text is looked up, and English whenever in doubt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models import catalogue
from models.field_wording import english

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <message><source>obsolete</source><translation type="obsolete">alt</translation></message>
    <message><translation>no source</translation></message>
    <message><source>no translation</source></message>
    <message><source>unnamed context</source><translation>ohne Kontext</translation></message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes"><source>%n file(s)</source><translation>%n Dateien</translation>
    </message>
    <message><source>Save</source><translation>Speichern</translation></message>
    <message numerus="no"><source>one file</source><translation>eine Datei</translation></message>
</context>
</TS>
"""


@pytest.fixture(autouse=True)
def _fresh_catalogues() -> Iterator[None]:
    catalogue.catalogue.cache_clear()
    yield
    catalogue.catalogue.cache_clear()


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> catalogue.Catalogue:
    source = tmp_path / "podium_de.ts"
    source.write_text(TS, encoding="utf-8")
    monkeypatch.setattr(
        catalogue,
        "translation_source",
        lambda language: source if language == "de" else tmp_path / "missing.ts",
    )
    return catalogue.catalogue("de")


def test_only_entries_with_a_source_and_a_finished_translation_count(
    german: catalogue.Catalogue,
) -> None:
    assert len(german) == 3
    assert german.translate("", "unnamed context") == "ohne Kontext"
    assert german.translate("CLI", "Save") == "Speichern"
    assert german.translate("CLI", "one file") == "eine Datei"
    assert german.translate("CLI", "%n file(s)") == "%n file(s)"
    assert german.translate("", "obsolete") == "obsolete"
    assert german.translate("", "no translation") == "no translation"


def test_a_text_of_its_own_context_wins_over_the_global_one() -> None:
    entries = {("CLI", "draft"): "concept", ("", "draft"): "ontwerp", ("", "open"): "open!"}
    book = catalogue.Catalogue(entries)
    assert len(book) == 3
    assert book.translate("CLI", "draft") == "concept"
    assert book.translate("Problems", "draft") == "ontwerp"
    assert book.translate("CLI", "open") == "open!"
    assert book.translate("CLI", "closed") == "closed"


def test_a_catalogue_keeps_its_own_copy_of_the_entries() -> None:
    entries = {("CLI", "draft"): "concept"}
    book = catalogue.Catalogue(entries)
    entries[("CLI", "draft")] = "ontwerp"
    assert book.translate("CLI", "draft") == "concept"


def test_the_translators_file_of_a_language_is_named_after_its_code() -> None:
    assert catalogue.translation_source("nl").name == "podium_nl.ts"
    assert catalogue.translation_source("de").name == "podium_de.ts"
    assert catalogue.translation_source("de").parent.name == "translations"
    assert catalogue.translation_source("nl").is_file()


def test_english_is_never_read_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "podium_en.ts"
    source.write_text(TS, encoding="utf-8")
    monkeypatch.setattr(catalogue, "translation_source", lambda _language: source)
    assert len(catalogue.catalogue("en")) == 0
    assert catalogue.translator("en") is english


def test_the_translator_of_a_language_reads_that_languages_file(
    german: catalogue.Catalogue,
) -> None:
    assert catalogue.translator("de")("CLI", "Save") == "Speichern"
    assert catalogue.translator("fr")("CLI", "Save") == "Save"


def test_a_language_without_a_file_is_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalogue, "translation_source", lambda _language: tmp_path / "none.ts")
    assert len(catalogue.catalogue("fr")) == 0
    assert catalogue.translator("fr")("CLI", "Save") == "Save"


def test_the_shipped_dutch_translations_are_read() -> None:
    dutch = catalogue.translator("nl")
    assert dutch("FieldLabels", "Web address") == "Webadres"
    assert len(catalogue.catalogue("nl")) > 500
