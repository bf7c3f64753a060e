"""The interface language: which one, its translators, and the locale that formats dates.

Podium's strings are English in the code. ``resources/translations/podium_<code>.qm`` holds
the other languages (``make`` builds it from the ``.ts`` with ``pyside6-lrelease``), and Qt's
own ``qtbase_<code>.qm`` translates its standard dialogs and buttons. A missing ``.qm`` is not
an error: the interface stays English.

The language follows the system unless the Preferences dialog stored one; it applies at
start-up (translated texts are set when widgets are made, so a switch needs a restart).

Module-level helpers named ``_tr`` (``QCoreApplication.translate`` with a fixed context) are
extracted by lupdate (``-tr-function-alias tr+=_tr``) into the global, nameless context, so
Podium's translator looks a message up in its own context first and then in that one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import resources

#: The settings key of the chosen language; absent or empty means "follow the system".
LANGUAGE_KEY = "interface/language"
#: The stored value that means "follow the system".
SYSTEM = ""
#: The language the strings in the code are written in.
SOURCE_LANGUAGE = "en"
#: The interface languages, each named in its own language (as language pickers do).
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}
#: How a date is typed and shown in forms, per interface language. English keeps ISO
#: (2027-03-14), which readers on both sides of the Atlantic read the same way.
DATE_FORMATS: dict[str, str] = {"nl": "dd-MM-yyyy", "en": "yyyy-MM-dd"}
_LOCALES = {"nl": QLocale.Language.Dutch, "en": QLocale.Language.English}
_TERRITORIES = {"nl": QLocale.Country.Netherlands, "en": QLocale.Country.UnitedKingdom}


def system_language() -> str:
    """The first of the system's preferred UI languages that Podium speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def stored_language(settings: QSettings) -> str:
    """The language chosen in Preferences, or :data:`SYSTEM` when none (or an unknown one)."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def store_language(settings: QSettings, language: str) -> None:
    """Remember ``language`` (a code of :data:`LANGUAGES` or :data:`SYSTEM`) for next start."""
    if language != SYSTEM and language not in LANGUAGES:
        raise ValueError(f"unknown interface language {language!r}")
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def interface_language(settings: QSettings) -> str:
    """The language to start in: the stored choice, else the system's."""
    return stored_language(settings) or system_language()


def translation_file(language: str) -> Path:
    """Where Podium's compiled translation for ``language`` is (it may not exist)."""
    return Path(str(resources.path("translations", f"podium_{language}.qm")))


def current_language() -> str:
    """The interface language in use: the one of the default locale, if Podium speaks it."""
    for code, language in _LOCALES.items():
        if QLocale().language() == language:
            return code
    return SOURCE_LANGUAGE


def date_format() -> str:
    """The display format of dates in forms, after the interface language."""
    return DATE_FORMATS[current_language()]


class _Translator(QTranslator):
    """Podium's translator: a message's own context first, then the global one (``_tr``).

    Not found is ``None`` (a null QString), never ``""``: Qt takes any non-null answer,
    the empty one too, and would show an untranslated text as nothing.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None


class Translators:
    """The translators installed for one language; :meth:`remove` takes them out again."""

    def __init__(self, app: QCoreApplication, language: str) -> None:
        """Install Podium's and Qt's translations for ``language`` into ``app`` and make it
        the default locale, so dates and Qt's calendar follow it too."""
        self.language = language
        self._app = app
        self._previous_locale = QLocale()
        QLocale.setDefault(_locale(language))
        self.installed: list[QTranslator] = []
        if language == SOURCE_LANGUAGE:
            return
        podium = _Translator(app)
        if podium.load(str(translation_file(language))):
            self.installed.append(podium)
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{language}", folder) for folder in _qt_translation_folders()):
            self.installed.append(qt)
        # The last installed is asked first: Qt's own contexts, then Podium's.
        for translator in self.installed:
            app.installTranslator(translator)

    def remove(self) -> None:
        """Take the translators out and restore the locale (for tests and a language switch)."""
        for translator in self.installed:
            self._app.removeTranslator(translator)
        self.installed.clear()
        QLocale.setDefault(self._previous_locale)


def install(app: QCoreApplication, settings: QSettings) -> Translators:
    """Install the translators of the language ``settings`` (or the system) asks for."""
    return Translators(app, interface_language(settings))


def _locale(language: str) -> QLocale:
    """The system's locale if it is in ``language`` (keeps nl-BE), else the usual one."""
    system = QLocale.system()
    if system.language() == _LOCALES[language]:
        return system
    return QLocale(_LOCALES[language], _TERRITORIES[language])


def _qt_translation_folders() -> list[str]:
    """Where Qt's own ``.qm`` files are: Qt's configured folder, then PySide6's (bundles)."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    folders.append(str(Path(PySide6.__file__).parent / "Qt" / "translations"))
    return list(dict.fromkeys(folder for folder in folders if folder))
