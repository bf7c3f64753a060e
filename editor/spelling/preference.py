"""Whether spelling is checked while typing: one setting, and a signal when it changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

_KEY = "spelling/check"


class _Notifier(QObject):
    sig_changed = Signal(bool)
    """The preference changed; carries whether spelling is checked now."""


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """The application's one notifier (made at first use, in the GUI thread)."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def enabled(settings: QSettings) -> bool:
    """Whether spelling is checked while typing (on unless turned off)."""
    value = settings.value(_KEY, True)
    return value not in (False, "false", "0", 0)


def set_enabled(settings: QSettings, on: bool) -> None:
    """Store the preference and tell every open window."""
    if on == enabled(settings):
        return
    settings.setValue(_KEY, on)
    notifier().sig_changed.emit(on)
