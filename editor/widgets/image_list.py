"""Pictures in forms: a section's list of images, and one optional image (logo, cover).

A picture comes from the file dialog or is dropped onto the field from a file manager.
Adding stores the file in the project's assets (by content hash, ``Project.with_asset``)
and sets the image in one undo step. Only PNG, JPEG, GIF and WebP files are taken (judged by
their bytes, not their name); a photo is stored upright and without its metadata (EXIF,
GPS, XMP: :func:`models.images.prepare`), so what the project holds is what is published.
The new image's alternative text starts empty, with the cursor in it: a file's name
("IMG_2041") would read as a description and pass every check. Until it is described (or
marked decorative) the image is a draft: the field says what is missing, and the preflight
lists it as an error that blocks a final export.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from editor.document import DocumentModel
from editor.message_text import error_text, message_text
from editor.problem_text import MESSAGES
from editor.widgets.field_editor import FieldEditor, FieldProblem
from editor.widgets.list_editor import ListEditor
from editor.widgets.record_editor import RecordEditor
from models import images
from models.message import message
from models.project import IMAGE_EXTENSIONS, asset_name
from models.project_file import MAX_ASSET_BYTES
from models.types import Loc

#: Asks for a picture file; ``None`` when the user cancels.
FilePrompt = Callable[[QWidget], Path | None]
#: Reads the project's current assets (name → bytes).
AssetSource = Callable[[], Mapping[str, bytes]]

_THUMB = 96


def start_folder(widget: QWidget) -> str:
    """Where a picture dialog opens: the folder of the document the form belongs to (its
    pictures are usually next to it), or Qt's default for an untitled document.

    Found through the widget's parents, so every picture field and figure gets it without
    being told: the first ancestor with a ``document`` (a form) knows the file.
    """
    node: QWidget | None = widget
    while node is not None:
        document = getattr(node, "document", None)
        if isinstance(document, DocumentModel):
            path = document.path
            if path is None:
                return ""
            return str(path if path.is_dir() else path.parent)
        node = node.parentWidget()
    return ""


def ask_image_file(parent: QWidget) -> Path | None:
    """The default :data:`FilePrompt`: Qt's file dialog, filtered to supported pictures."""
    patterns = " ".join(f"*.{ext}" for ext in sorted(IMAGE_EXTENSIONS))
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImageListEditor", "Add image"),
        start_folder(parent),
        QCoreApplication.translate("ImageListEditor", "Images ({patterns})").format(
            patterns=patterns
        ),
    )
    return Path(name) if name else None


def ask_image_files(parent: QWidget) -> list[Path]:
    """Like :func:`ask_image_file`, for one or more pictures (a figure's row or grid)."""
    patterns = " ".join(f"*.{ext}" for ext in sorted(IMAGE_EXTENSIONS))
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("ImageListEditor", "Add figure"),
        start_folder(parent),
        QCoreApplication.translate("ImageListEditor", "Images ({patterns})").format(
            patterns=patterns
        ),
    )
    return [Path(name) for name in names]


#: Asks for one or more picture files; an empty list when the user cancels.
FilesPrompt = Callable[[QWidget], list[Path]]


def image_files(mime: QMimeData) -> list[Path]:
    """The local picture files (of a supported kind) in dragged or dropped data."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower().lstrip(".") in IMAGE_EXTENSIONS]


def read_image(path: Path) -> tuple[dict[str, Any], bytes, str]:
    """A new image record for ``path``, the bytes to store and their extension.

    Raises:
        OSError: the file cannot be read.
        ValueError: it is not a usable picture (:class:`models.images.ImageError` says why)
            or is larger than a project may hold.
    """
    if not path.is_file():
        raise ValueError("it is not a regular file")
    with path.open("rb") as stream:
        data = stream.read(MAX_ASSET_BYTES + 1)
    if len(data) > MAX_ASSET_BYTES:
        raise ValueError(f"it is larger than {MAX_ASSET_BYTES // 2**20} MiB")
    prepared = images.prepare(data)
    name = asset_name(prepared.data, prepared.extension)
    return {"asset": name, "alt": "", "decorative": False}, prepared.data, prepared.extension


def why_unusable(error: OSError | ValueError) -> str:
    """Why a picture file cannot be added, in words for the user."""
    if isinstance(error, images.ImageError):
        return message_text(message("the file {reason}", reason=error.reason))
    return (error.strerror or str(error)) if isinstance(error, OSError) else error_text(error)


def _allowed(data: bytes) -> bool:
    """Whether Qt may decode ``data``: an allowed format that Pillow decoded (cached)."""
    try:
        images.check(data)
    except images.ImageError:
        return False
    return True


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
        self._alt_note_shown = ""
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedHeight(_THUMB)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form_layout.insertRow(0, self.thumbnail)

    def alt_note(self) -> str:
        """What the alt field says while the image is not described (empty when it is)."""
        record = self._record()
        if record.get("decorative") or str(record.get("alt") or "").strip():
            return ""
        text = QCoreApplication.translate("Problems", MESSAGES["missing_alt"])
        return text[:1].upper() + text[1:]

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        super().show_problems(problems)
        self._show_alt_note()

    def _show_alt_note(self) -> None:
        """Show :meth:`alt_note` on the alt field, unless it shows a problem of its own."""
        alt = self.children_by_key.get("alt")
        if alt is None:
            return
        note, shown = self.alt_note(), alt.problem_text()
        if shown and shown != self._alt_note_shown:
            return
        alt.show_problems([((), note)] if note else [])
        self._alt_note_shown = note

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        self._show_alt_note()
        asset = self._hidden.get("asset")
        if asset == self._shown_asset:
            return
        self._shown_asset = asset
        pixmap = QPixmap()
        data = self._assets().get(asset) if isinstance(asset, str) else None
        if data is not None and _allowed(data) and pixmap.loadFromData(data, images.sniff(data)):
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
    """A :class:`ListEditor` whose Add asks for a picture file; files can be dropped on it.

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
        self.add_button.setToolTip(self.tr("Choose a picture, or drop picture files here"))
        self.setAcceptDrops(True)

    def add(self) -> bool:
        path = self.file_prompt(self)
        return path is not None and self.add_files([path])

    def add_files(self, paths: Sequence[Path]) -> bool:
        """Append an image for each file, in one undo step; an unusable file adds nothing."""
        items: list[dict[str, Any]] = []
        assets: list[tuple[bytes, str]] = []
        for path in paths:
            try:
                item, data, extension = read_image(path)
            except (OSError, ValueError) as error:
                text = self.tr("Cannot add {file}: {why}").format(
                    file=path.name, why=why_unusable(error)
                )
                self.show_problems([((), text)])
                return False
            items.append(item)
            assets.append((data, extension))
        if len(items) == 1:
            return self.add_item(items[0], assets=assets)
        values = self.value()
        text = self.tr("Add {count} images").format(count=len(items))
        return self._structural([*values, *items], text, (len(values), True), assets)

    def dragEnterEvent(self, event: QDragMoveEvent) -> None:
        if not self._read_only and image_files(event.mimeData()):
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_files(event.mimeData())
        if paths and not self._read_only:
            event.acceptProposedAction()
            self.add_files(paths)


class SingleImageField(FieldEditor):
    """One optional picture (``Image | None``): the image's fields, Choose and Remove.

    A picture file can also be dropped on it. Choosing replaces the picture and starts its
    description afresh: alternative text written for another picture would be wrong.

    Attributes:
        file_prompt: asks for the file (replace it in tests).
    """

    composite = True

    def __init__(self, record: ImageRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_prompt: FilePrompt = ask_image_file
        self.record = record
        record.setParent(self)
        record.set_sink(lambda value, text, assets: self.commit(value, text, assets))
        self._has_image = False
        self._read_only = False
        self._focus_alt = False
        row = QHBoxLayout()
        self.empty_label = QLabel(self.tr("No image"), self)
        self.choose_button = QPushButton(self.tr("Choose image…"), self)
        self.choose_button.setToolTip(self.tr("Choose a picture, or drop a picture file here"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove image"), self)
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.empty_label)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addWidget(record)
        self.setAcceptDrops(True)
        self._show_state()

    # -- edits ------------------------------------------------------------------------------
    def choose(self) -> bool:
        """Ask for a picture file and use it."""
        path = self.file_prompt(self)
        return path is not None and self.use_file(path)

    def use_file(self, path: Path) -> bool:
        """Store ``path`` as this field's picture (one undo step)."""
        if self._read_only:
            return False
        try:
            item, data, extension = read_image(path)
        except (OSError, ValueError) as error:
            text = self.tr("Cannot use {file}: {why}").format(
                file=path.name, why=why_unusable(error)
            )
            self.show_problems([((), text)])
            return False
        self._focus_alt = True
        ok = self.commit(item, self.tr("Choose image"), [(data, extension)])
        if not ok:
            self._focus_alt = False
        return ok

    def remove(self) -> bool:
        """Remove the picture (one undo step)."""
        if self._read_only or not self._has_image:
            return False
        return self.commit(None, self.tr("Remove image"))

    # -- from the model -----------------------------------------------------------------------
    def value(self) -> dict[str, Any] | None:
        return self.record.value() if self._has_image else None

    def set_value(self, value: Any) -> None:
        self._has_image = value is not None
        if value is not None:
            self.record.set_value(value)
        self._show_state()
        if self._focus_alt and self._has_image:
            self._focus_alt = False
            self.record.focus_input(("alt",), True)

    def _show_state(self) -> None:
        self.record.setVisible(self._has_image)
        self.empty_label.setVisible(not self._has_image)
        self.remove_button.setVisible(self._has_image)
        self.choose_button.setText(
            self.tr("Replace image…") if self._has_image else self.tr("Choose image…")
        )

    # -- problems, focus, read-only -----------------------------------------------------------
    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        own = [(loc, msg) for loc, msg in problems if not loc]
        self.record.show_problems([(loc, msg) for loc, msg in problems if loc])
        text = "\n".join(msg for _loc, msg in own)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def problem_text(self) -> str:
        return "\n".join(t for t in (self.error_label.text(), self.record.problem_text()) if t)

    def input_widget(self) -> QWidget:
        return self.choose_button

    def inputs(self) -> list[QWidget]:
        return [self.choose_button, self.remove_button, *self.record.inputs()]

    def focus_input(self, rel: Loc = (), select: bool = False) -> bool:
        if self._has_image:
            return self.record.focus_input(rel, select)
        self.choose_button.setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.choose_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.record.set_read_only(read_only)

    def dragEnterEvent(self, event: QDragMoveEvent) -> None:
        if not self._read_only and len(image_files(event.mimeData())) == 1:
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event: QDropEvent) -> None:
        paths = image_files(event.mimeData())
        if len(paths) == 1 and not self._read_only:
            event.acceptProposedAction()
            self.use_file(paths[0])
