"""The theme: colours, fonts, page, cover and logo, shared by the PDF and the HTML.

Under the colours the form shows the contrast of every colour pair the exports draw text
in (:func:`models.contrast.text_pairs`), updated as the user types, so a weak colour is
seen where it is chosen; the preflight reports the same pairs as errors.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from editor.document import DocumentModel
from editor.forms.base import ModelForm
from editor.targets import Target
from models.contrast import format_ratio, text_pairs
from models.publication import Theme
from models.types import Loc

_FAIL_STYLE = "color: #B00020;"


class ThemeForm(ModelForm):
    """Edits every field of the theme and shows the contrast of its text colours."""

    model = Theme
    field_names = tuple(Theme.model_fields)

    def __init__(
        self, target: Target, document: DocumentModel, parent: QWidget | None = None
    ) -> None:
        self.contrast = QLabel()
        super().__init__(target, document, parent, self.tr("Theme"))
        self.contrast.setParent(self.content)
        self.contrast.setTextFormat(Qt.TextFormat.RichText)
        self.contrast.setWordWrap(True)
        self.contrast.setAccessibleName(self.tr("Contrast of the text colours"))
        caption = QLabel(self.tr("Contrast"), self.content)
        caption.setBuddy(self.contrast)
        row = list(self.editors).index("accent_colour") + 1
        self.form_layout.insertRow(row, caption, self.contrast)
        self._show_contrast()

    def base_loc(self) -> Loc | None:
        return ("theme",)

    def refresh(self) -> None:
        super().refresh()
        self._show_contrast()

    def _show_contrast(self) -> None:
        """One line per pair: its ratio, whether it passes, and where the exports use it."""
        lines = []
        plain = []
        for pair in text_pairs(self.document.publication.theme):
            ratio = format_ratio(pair.ratio, pair.required)
            colours = (
                self.tr("%1 on %2").replace("%1", pair.foreground).replace("%2", pair.background)
            )
            use = escape(pair.use)
            if pair.passes:
                lines.append(f"✓ {colours}: {ratio} — {use}")
                plain.append(f"{colours}: {ratio}, {self.tr('passes')}: {pair.use}")
            else:
                needed = self.tr("needs %1").replace("%1", f"{pair.required:g}:1")
                text = f"✗ {colours}: {ratio}, {needed} — {use}"
                lines.append(f'<span style="{_FAIL_STYLE}">{text}</span>')
                plain.append(f"{colours}: {ratio}, {self.tr('too low')}, {needed}: {pair.use}")
        self.contrast.setText("<br>".join(lines))
        self.contrast.setAccessibleDescription("; ".join(plain))
