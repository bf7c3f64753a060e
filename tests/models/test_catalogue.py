"""The translations the command line reads without Qt (models/catalogue.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from models import catalogue

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name></name>
    <message><source>wrote {path}</source><translation>{path} geschreven</translation></message>
    <message><source>open</source><translation type="unfinished"></translation></message>
    <message><source>gone</source><translation type="vanished">weg</translation></message>
    <message><source>empty</source><translation></translation></message>
</context>
<context>
    <name>CLI</name>
    <message><source>draft</source><translation>concept</translation></message>
    <message numerus="yes"><source>%n problem(s)</source><translation>
        <numerusform>%n probleem</numerusform><numerusform>%n problemen</numerusform>
    </translation></message>
</context>
<context>
    <name>Other</name>
    <message><source>draft</source><translation>ontwerp</translation></message>
</context>
</TS>
"""


@pytest.fixture
def dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[catalogue.Catalogue]:
    source = tmp_path / "podium_xx.ts"
    source.write_text(TS, encoding="utf-8")
    monkeypatch.setattr(catalogue, "translation_source", lambda _language: source)
    catalogue.catalogue.cache_clear()
    yield catalogue.catalogue("xx")
    catalogue.catalogue.cache_clear()


def test_only_finished_translations_are_read(dutch: catalogue.Catalogue) -> None:
    assert len(dutch) == 3  # unfinished, vanished, empty and plural entries are not
    assert dutch.translate("CLI", "open") == "open"
    assert dutch.translate("CLI", "gone") == "gone"
    assert dutch.translate("CLI", "empty") == "empty"
    assert dutch.translate("CLI", "%n problem(s)") == "%n problem(s)"


def test_a_text_is_looked_up_in_its_context_then_the_global_one(
    dutch: catalogue.Catalogue,
) -> None:
    assert dutch.translate("CLI", "draft") == "concept"
    assert dutch.translate("Other", "draft") == "ontwerp"
    assert dutch.translate("Messages", "wrote {path}") == "{path} geschreven"
    assert dutch.translate("Elsewhere", "draft") == "draft"


def test_the_translator_of_a_language(dutch: catalogue.Catalogue) -> None:
    assert catalogue.translator("xx")("CLI", "draft") == "concept"
    assert catalogue.translator("en")("CLI", "draft") == "draft"
    assert len(catalogue.catalogue("en")) == 0


@pytest.mark.parametrize("content", [None, "<TS><context>", "not xml at all"])
def test_a_missing_or_damaged_catalogue_leaves_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None
) -> None:
    source = tmp_path / "podium_yy.ts"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    monkeypatch.setattr(catalogue, "translation_source", lambda _language: source)
    catalogue.catalogue.cache_clear()
    try:
        assert len(catalogue.catalogue("yy")) == 0
        assert catalogue.translator("yy")("CLI", "draft") == "draft"
    finally:
        catalogue.catalogue.cache_clear()


def test_the_bundled_dutch_catalogue_is_found() -> None:
    assert catalogue.translation_source("nl").is_file()
    assert catalogue.catalogue("nl").translate("FieldLabels", "Title") == "Titel"
