"""The compare view: what changed between another version and the open document.

The changes come from :func:`models.diff.diff`; this module only renders them as HTML in a
``QTextBrowser``: parts added, removed and moved, and changed fields with the deleted and
inserted words highlighted. Every text from either file is escaped. A link on a part asks
the window to show it (``sig_part_activated``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QUrl, QUrlQuery, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from editor.review.comment_anchors import part_name
from editor.widgets.field_labels import field_label
from models.diff import Added, Change, FieldChanged, Moved, Removed, Within, WordOp

SCHEME = "podium"
DEL_STYLE = "background-color:#FFD7D5; color:#82071E; text-decoration:line-through;"
INS_STYLE = "background-color:#CCF0D5; color:#0A5C1E; text-decoration:underline;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def changes_to_html(changes: Sequence[Change], old_name: str) -> str:
    """``changes`` (from ``old_name`` to the open document) as an HTML list."""
    head = _tr("Changes from “%1” (old) to this document (new)").replace("%1", old_name)
    parts = [f"<h3>{html.escape(head)}</h3>"]
    if not changes:
        parts.append(f"<p>{html.escape(_tr('The two versions have the same content.'))}</p>")
        return "".join(parts)
    counts = {
        _tr("added"): sum(isinstance(c, Added) for c in changes),
        _tr("removed"): sum(isinstance(c, Removed) for c in changes),
        _tr("moved"): sum(isinstance(c, Moved) for c in changes),
        _tr("fields changed"): sum(isinstance(c, FieldChanged) for c in changes),
    }
    summary = ", ".join(f"{n} {html.escape(what)}" for what, n in counts.items() if n)
    parts.append(f"<p>{summary}</p><ul>")
    parts += [f"<li style='margin-bottom:6px'>{_change_html(change)}</li>" for change in changes]
    parts.append("</ul>")
    return "".join(parts)


def _change_html(change: Change) -> str:
    match change:
        case Added():
            what = _tr("Added at position %1").replace("%1", str(change.index + 1))
            part = _item(change.kind, change.item_id, change.label, change.within)
            return f"<b>{html.escape(what)}:</b> {part}"
        case Removed():
            what = _tr("Removed from position %1").replace("%1", str(change.index + 1))
            part = _item(change.kind, None, change.label, change.within)
            return f"<b>{html.escape(what)}:</b> {part}"
        case Moved():
            what = (
                _tr("Moved from position %1 to %2")
                .replace("%1", str(change.old_index + 1))
                .replace("%2", str(change.new_index + 1))
            )
            part = _item(change.kind, change.item_id, change.label, change.new_within)
            return f"<b>{html.escape(what)}:</b> {part}"
        case FieldChanged():
            field = html.escape(_field_text(change))
            part = _part(change.kind, change.item_id, change.label, change.field)
            words = _words_html(change.words)
            return (
                f"<b>{html.escape(_tr('Changed'))}:</b> {part} › {field}"
                f"<div style='margin-left:12px; margin-top:2px'>{words}</div>"
            )


def _item(kind: str, item_id: str | None, label: str, within: Within | None) -> str:
    """An added, removed or moved item; one in a body or a part says where it is, and a
    body block (which has no form of its own) links to the part that holds it."""
    if within is None:
        return _part(kind, item_id, label)
    owner = _part(within.kind, within.item_id, within.label, within.field)
    if kind in _BODY_KINDS:
        name = _BODY_KINDS[kind]() + (f" “{label}”" if label else "")
        return _tr("%1 in %2").replace("%1", html.escape(name)).replace("%2", owner)
    return _tr("%1 in %2").replace("%1", _part(kind, item_id, label)).replace("%2", owner)


#: What the UI calls each kind of body block (translated when shown).
_BODY_KINDS = {
    "paragraph": lambda: _tr("Paragraph"),
    "list": lambda: _tr("List"),
    "heading": lambda: _tr("Sub-heading"),
    "figure": lambda: _tr("Figure"),
}


def _part(kind: str, item_id: str | None, label: str, field: str | None = None) -> str:
    text = part_name(kind) + (f" “{label}”" if label else "")
    if kind not in ("part", "section", "quote", "speaker") or item_id is not None:
        url = QUrl()
        url.setScheme(SCHEME)
        url.setHost(kind)
        url.setPath(f"/{item_id or ''}")
        if field is not None:
            query = QUrlQuery()
            query.addQueryItem("field", field)
            url.setQuery(query)
        return f"<a href='{html.escape(url.toString(), quote=True)}'>{html.escape(text)}</a>"
    return html.escape(text)


def _field_text(change: FieldChanged) -> str:
    text = field_label(change.field)
    for step in change.path[1:]:
        text += f" {step + 1}" if isinstance(step, int) else f" › {field_label(step)}"
    return text


def _words_html(ops: Sequence[WordOp]) -> str:
    """The word runs; a replaced word and its replacement are kept a space apart to read."""
    out: list[str] = []
    for index, op in enumerate(ops):
        previous = ops[index - 1] if index else None
        replaced = previous is not None and previous.op == "delete" and op.op == "insert"
        if (
            replaced
            and previous is not None
            and not (previous.text[-1:].isspace() or op.text[:1].isspace())
        ):
            out.append(" ")
        out.append(_word_html(op))
    return "".join(out)


def _word_html(op: WordOp) -> str:
    text = html.escape(op.text).replace("\n", "<br>")
    if op.op == "delete":
        return f"<del style='{DEL_STYLE}'>{text}</del>"
    if op.op == "insert":
        return f"<span class='ins' style='{INS_STYLE}'>{text}</span>"
    return text


def parse_part_url(url: QUrl) -> tuple[str, str | None, str | None] | None:
    """(kind, item id, field) from a link of :func:`changes_to_html`; ``None`` if not ours."""
    if url.scheme() != SCHEME or not url.host():
        return None
    item_id = url.path().lstrip("/") or None
    field = QUrlQuery(url).queryItemValue("field") or None
    return url.host(), item_id, field


class CompareDialog(QDialog):
    """A window beside the editor listing the changes; links show the changed part."""

    sig_part_activated = Signal(str, object, object)
    """A part's link was clicked: (kind, item id or None, field or None)."""

    def __init__(self, changes: Sequence[Change], old_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with %1").replace("%1", old_name))
        self.changes = list(changes)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Changes"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setHtml(changes_to_html(self.changes, old_name))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _on_link(self, url: QUrl) -> None:
        part = parse_part_url(url)
        if part is not None:
            self.sig_part_activated.emit(*part)
