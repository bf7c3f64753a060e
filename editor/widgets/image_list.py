"""A section's images: a thumbnail and the describing fields, plus adding a picture file.

Adding stores the file in the project's assets (by content hash, ``Project.with_asset``)
and appends the image in one undo step. The new image's alternative text starts as the
file's name, selected, so the user overtypes it with a real description.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from editor.widgets.field_editor import FieldEditor
from editor.widgets.list_editor import ListEditor
from editor.widgets.record_editor import RecordEditor
from models.project import IMAGE_EXTENSIONS, asset_name

#: Asks for a picture file; ``None`` when the user cancels.
FilePrompt = Callable[[QWidget], Path | None]
#: Reads the project's current assets (name → bytes).
AssetSource = Callable[[], Mapping[str, bytes]]

_THUMB = 96


def ask_image_file(parent: QWidget) -> Path | None:
    """The default :data:`FilePrompt`: Qt's file dialog, filtered to supported pictures."""
    patterns = " ".join(f"*.{ext}" for ext in sorted(IMAGE_EXTENSIONS))
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Add image"),
        "",
        parent.tr("Images ({patterns})").format(patterns=patterns),
    )
    return Path(name) if name else None


class ImageRecord(RecordEditor):
    """One image: its thumbnail above alt text, decorative, caption and credit."""

    def __init__(
        self,
        children: Sequence[tuple[str, str, FieldEditor]],
        assets: AssetSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(children, parent=parent)
        self._assets = assets
        self._shown_asset: str | None = None
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedHeight(_THUMB)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form_layout.insertRow(0, self.thumbnail)

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        asset = self._hidden.get("asset")
        if asset == self._shown_asset:
            return
        self._shown_asset = asset
        pixmap = QPixmap()
        data = self._assets().get(asset) if isinstance(asset, str) else None
        if data is not None and pixmap.loadFromData(data):
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    _THUMB * 2,
                    _THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.thumbnail.setText(self.tr("(image file missing)"))


class ImageListEditor(ListEditor):
    """A :class:`ListEditor` whose Add asks for a picture file.

    Attributes:
        file_prompt: asks for the file (replace it in tests).
    """

    def __init__(
        self, item_factory: Callable[[], FieldEditor], noun: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(item_factory, lambda _items: None, noun, framed=True, parent=parent)
        self.file_prompt: FilePrompt = ask_image_file
        self.add_button.setText(self.tr("Add image…"))
        self.add_button.setAccessibleName(self.tr("Add image"))

    def add(self) -> bool:
        path = self.file_prompt(self)
        if path is None:
            return False
        try:
            data = path.read_bytes()
            name = asset_name(data, path.suffix)
        except (OSError, ValueError) as error:
            message = error.strerror if isinstance(error, OSError) else str(error)
            self.show_problems(
                [((), self.tr("Cannot add {file}: {why}").format(file=path.name, why=message))]
            )
            return False
        item = {"asset": name, "alt": path.stem, "decorative": False}
        return self.add_item(item, assets=[(data, path.suffix)])
