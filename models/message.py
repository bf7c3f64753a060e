"""Messages for people, in English, that the editor and the command line can translate.

``models`` holds no translator (no Qt), yet what it says reaches users in the editor's
dialogs and on the command line, in Dutch too. A message a user reads is made with
:func:`message` from a template with named fields. The result is an ordinary ``str``, the
English text (what logs, tests and an English user see), that also remembers its template
and fields; :func:`translated` looks the template up in the user's language and fills in the
fields, themselves translated when they are messages too. ``scripts/translations.py`` finds
every ``message("…")`` template in ``models/`` and ``exporters/`` and lists it for the
translators (``editor/model_messages.py``).

A translator is ``(context, English) -> text`` (Qt's ``QCoreApplication.translate`` has that
shape; so has :meth:`models.catalogue.Catalogue.translate`); templates are looked up in the
context :data:`CONTEXT`. A field may also be an object that words itself (``worded(translate)``,
e.g. a validation problem): it is worded in the same language.

An exception keeps the message it was raised with in ``args``; :func:`message_of` returns it
(``str(error)`` would return a plain copy without its template).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

#: A translator: ``(context, English source) -> text in the user's language``.
Translate = Callable[[str, str], str]
#: The translators' context of the core's messages (lupdate puts ``message()`` templates in the
#: global context, where Podium's translators look after a message's own).
CONTEXT = "Messages"


@runtime_checkable
class Worded(Protocol):
    """A field that words itself in the user's language (its ``str()`` is the English)."""

    def worded(self, translate: Translate) -> str: ...


class Message(str):
    """English text that knows the template and fields it was made from."""

    template: str
    fields: Mapping[str, object]

    def __new__(cls, template: str, fields: Mapping[str, object]) -> Message:
        made = super().__new__(cls, template.format_map(fields))
        made.template = template
        made.fields = dict(fields)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as template and fields (exceptions cross to worker processes and back)."""
        return (Message, (self.template, dict(self.fields)))


def message(template: str, /, **fields: object) -> Message:
    """``template`` filled in with ``fields``: ``message("‘{name}’ is missing", name=n)``.

    The template must be a literal string, so that it can be listed for translation.
    """
    return Message(template, fields)


def translated(text: object, translate: Translate) -> str:
    """``text`` in the language of ``translate``: a message's template translated and its
    fields filled in (translated too), a :class:`Worded` field worded, anything else as is.

    A translation that breaks a field (a typo in a placeholder) falls back to the English
    template rather than failing where it is shown.
    """
    if isinstance(text, Worded):
        return text.worded(translate)
    if not isinstance(text, Message):
        return str(text)
    fields = {name: translated(value, translate) for name, value in text.fields.items()}
    try:
        return translate(CONTEXT, text.template).format_map(fields)
    except (KeyError, ValueError, IndexError, AttributeError):
        return text.template.format_map(fields)


def message_of(error: BaseException) -> str:
    """The message ``error`` was raised with, a :class:`Message` if it was made as one."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)


def joined(parts: Sequence[str], separator: str = ", ") -> Message:
    """``parts`` in a row, each translated on its own ("2 errors, 1 warning").

    The joining template holds only fields and the separator, so it needs no translation.
    """
    fields = {f"part{index}": part for index, part in enumerate(parts)}
    template = separator.join("{" + name + "}" for name in fields)
    return Message(template, fields)
