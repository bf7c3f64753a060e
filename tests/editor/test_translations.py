"""The Dutch interface: every string translated, the files current, the window in Dutch.

lupdate runs here, offline, into a temporary file: a string added to editor/ or main.py
without a Dutch translation in resources/translations/podium_nl.ts fails the suite.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor import i18n
from editor.files import Choice, Dialogs
from editor.main_window import MainWindow
from editor.widgets.field_labels import choice_label, field_label
from editor.widgets.simple_fields import DateField

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "podium_nl.ts"
#: Placeholders a translation must keep: Qt's %1 and %n, Python's {name}.
PLACEHOLDER = re.compile(r"%\d|%n|\{\w*\}")
#: A menu mnemonic: "&" before a letter ("&&" is a literal ampersand, "& " is text).
MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")

Message = tuple[str, str, bool]  # context, source, plural


def tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", REPO / "scripts/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> dict[Message, ET.Element]:
    """Every message of a .ts file, by context, source text and whether it has plurals."""
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.get("numerus") == "yes")
            found[key] = message
    return found


def test_the_dutch_ts_is_current_with_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "podium_nl.ts"
    tools().lupdate([fresh])
    expected, committed = set(messages(fresh)), set(messages(TS))
    assert expected, "lupdate found no strings"
    assert not expected - committed, (
        "strings missing from podium_nl.ts: run `make translations-update`, translate, "
        f"`make translations`: {sorted(expected - committed)}"
    )
    assert not committed - expected, f"strings no longer in the code: {committed - expected}"


def test_every_string_has_a_dutch_translation() -> None:
    untranslated = []
    for (context, source, plural), message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        forms = (
            [form.text or "" for form in translation.iter("numerusform")]
            if plural
            else [translation.text or ""]
        )
        if translation.get("type") or not all(form.strip() for form in forms):
            untranslated.append((context, source))
            continue
        if plural:
            assert len(forms) == 2, f"Dutch has two plural forms: {source!r}"
        for form in forms:
            assert Counter(PLACEHOLDER.findall(form)) == Counter(PLACEHOLDER.findall(source)), (
                f"{source!r} → {form!r}: the placeholders differ"
            )
            has_mnemonic = bool(MNEMONIC.search(form))
            assert has_mnemonic == bool(MNEMONIC.search(source)), f"{source!r} → {form!r}: &"
    assert not untranslated, f"no Dutch translation for {untranslated}"


def test_contexts_are_class_names_the_code_translates_with() -> None:
    """``parent.tr("…")`` is filed by lupdate under "parent", which Qt never asks for."""
    for context, source, _plural in messages(TS):
        assert context == "" or context[0].isupper(), f"{source!r} is in context {context!r}"


def test_the_compiled_translation_is_current(tmp_path: Path) -> None:
    built = i18n.translation_file("nl")
    assert built.is_file(), "run `make translations`"
    fresh = tmp_path / "podium_nl.qm"
    tools().lrelease(TS, fresh)
    assert built.read_bytes() == fresh.read_bytes(), "run `make translations`"


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[i18n.Translators]:
    """The Dutch interface for one test; English again afterwards."""
    translators = i18n.Translators(qapp, "nl")
    yield translators
    translators.remove()


def test_podium_and_qt_translations_are_installed(dutch: i18n.Translators) -> None:
    assert len(dutch.installed) == 2
    assert i18n.current_language() == "nl"
    assert field_label("title") == "Titel"  # own context
    assert choice_label(None) == "Zoals de publicatie"  # a module _tr: the global context
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"  # qtbase
    # A text in no catalogue stays itself, in Podium's contexts and in Qt's (not empty).
    assert QCoreApplication.translate("PreviewPane", "Not translated") == "Not translated"
    assert QCoreApplication.translate("QMessageBox", "Not translated") == "Not translated"


def test_without_a_compiled_translation_the_interface_stays_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "translation_file", lambda _language: tmp_path / "none.qm")
    translators = i18n.Translators(qapp, "nl")
    try:
        assert field_label("title") == "Title"
        assert len(translators.installed) == 1  # Qt's own still helps its dialogs
    finally:
        translators.remove()


def test_the_main_window_reads_dutch(
    qtbot, dutch: i18n.Translators, tmp_path: Path, sample_file: Path, monkeypatch
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialogs = Dialogs()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda _parent, _name: Choice.DISCARD)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Bestand", "Be&werken", "&Structuur", "Beel&d", "Be&oordelen", "&Help"]
    actions = window.window_actions
    assert (actions.save.text(), actions.export_pdf.text()) == ("Op&slaan", "&Pdf exporteren…")
    assert actions.preferences.text() == "&Voorkeuren…"
    assert window.files.open_path(sample_file)
    window.structure.add_section.trigger()
    assert actions.undo.text() == "Sectie toevoegen ongedaan maken"  # Qt's "Undo %1", in Dutch
    navigator = window.navigator.model()
    texts = [navigator.index(row, 0).data() for row in range(navigator.rowCount())]
    assert "Publicatiegegevens" in texts and "Sprekers" in texts
    assert "Inhoud" in texts  # the exports' word (exporters/labels.py, "contents")


def test_preferences_buttons_come_from_qt_in_dutch(qtbot, dutch: i18n.Translators) -> None:
    from editor.preferences import PreferencesDialog

    dialog = PreferencesDialog(QSettings())
    qtbot.addWidget(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuleren"
    assert dialog.windowTitle() == "Voorkeuren"


def test_dates_follow_the_interface_language(qtbot, qapp: QApplication) -> None:
    english = DateField()
    qtbot.addWidget(english)
    assert english.date_edit.displayFormat() == "yyyy-MM-dd"
    translators = i18n.Translators(qapp, "nl")
    try:
        dutch = DateField()
        qtbot.addWidget(dutch)
        assert dutch.date_edit.displayFormat() == "dd-MM-yyyy"
        assert dutch.date_edit.locale().language() == dutch.date_edit.locale().Language.Dutch
    finally:
        translators.remove()
    assert i18n.date_format() == "yyyy-MM-dd"


def test_the_linguist_tools_come_with_pyside6() -> None:
    module = tools()
    for name in ("lupdate", "lrelease"):
        assert module.tool(name).exists() or shutil.which(f"pyside6-{name}"), name
