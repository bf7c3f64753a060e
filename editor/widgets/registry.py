"""Which editor a model field gets, chosen from its type annotation (magicgui's type_map).

:data:`TYPE_MAP` maps the constrained types of :mod:`models.types` (and ``bool``, dates) to a
factory. A field that narrows one of those types further (``Annotated[Text,
Field(max_length=80)]``) is not a key of the map, so, as magicgui does, it is matched by its
metadata: the entry with the same base type whose constraints the field carries the most of
(here ``Text``), else its base type. Structure is handled by shape: ``X | None`` makes X's
editor optional, ``Literal`` becomes a combo box, ``tuple[X, ...]`` a :class:`ListEditor` of
X's editor, and a model a :class:`RecordEditor` of its fields. :data:`NAME_MAP` is for
fields whose meaning the type does not carry (an ``Id`` that refers to a speaker, images
that need files). A :data:`~models.body.Body` (intro, section text, part intro, colophon
note) gets the :class:`~editor.widgets.body_editor.BodyEditor`, which edits it block by block.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication

from editor.binding import new_item
from editor.document import DocumentModel
from editor.widgets.body_blocks import (
    BlockEditor,
    FigureBlock,
    HeadingBlock,
    ParagraphBlock,
    language_field,
)
from editor.widgets.body_editor import BodyEditor
from editor.widgets.body_edits import BlockKind
from editor.widgets.body_list import ListBlockEditor
from editor.widgets.colour_field import ColourField
from editor.widgets.field_editor import FieldEditor
from editor.widgets.field_labels import choice_label, field_label, item_noun
from editor.widgets.image_list import ImageListEditor, ImageRecord, SingleImageField
from editor.widgets.list_editor import ListEditor
from editor.widgets.record_editor import RecordEditor
from editor.widgets.rich_text_edit import RichField
from editor.widgets.simple_fields import CheckField, ComboField, DateField, LineField
from editor.widgets.speaker_picker import SpeakerCombo
from exporters.labels import label
from models.body import Body
from models.language import Language
from models.publication import Image
from models.spelling import is_prose_field
from models.types import Colour, Email, OptionalText, RichText, Text, Url

#: Model fields no form shows: identity, the block tag, and what another form handles.
HIDDEN_FIELDS = frozenset({"id", "kind", "asset", "portrait", "schema_version", "blocks"})


@dataclass(frozen=True)
class FieldContext:
    """What editors may read from the document while they are built and refreshed."""

    document: DocumentModel

    def speaker_choices(self) -> list[tuple[str, str]]:
        return [(s.id, s.display_name) for s in self.document.publication.speakers]

    def new_item_for(self, name: str) -> Callable[[list[Any]], Any]:
        return lambda items: new_item(name, self.document.publication, items)


#: (context, optional) → editor
Factory = Callable[[FieldContext, bool], FieldEditor]

TYPE_MAP: dict[Any, Factory] = {
    Text: lambda ctx, optional: LineField(optional),
    OptionalText: lambda ctx, optional: LineField(optional),
    RichText: lambda ctx, optional: RichField(),
    Url: lambda ctx, optional: LineField(optional, "https://…", prose=False),
    Email: lambda ctx, optional: LineField(optional, "name@example.org", prose=False),
    Colour: lambda ctx, optional: ColourField(),
    bool: lambda ctx, optional: CheckField(),
    dt.date: lambda ctx, optional: DateField(optional),
    Image: lambda ctx, optional: _single_image(ctx, optional),
}


def _speaker_list(ctx: FieldContext, optional: bool) -> FieldEditor:
    noun = item_noun("speaker_ids")
    return ListEditor(
        lambda: SpeakerCombo(ctx.speaker_choices), ctx.new_item_for("speaker_ids"), noun
    )


def _image(ctx: FieldContext) -> FieldEditor:
    """One image's thumbnail and texts; the credit says which word the export puts first."""
    children = []
    for key, caption, editor in _children(Image, ctx):
        if key == "credit":
            word = label("photo", ctx.document.publication.language)
            hint = QCoreApplication.translate(
                "Registry", "Name only: the export puts “{word}:” before it"
            ).format(word=word)
            editor = LineField(placeholder=hint, prose=is_prose_field(key))
            editor.input_widget().setToolTip(hint)
        elif key == "language":
            caption = QCoreApplication.translate("Registry", "Caption language")
            editor = language_field()
        children.append((key, caption, editor))
    return ImageRecord(children, lambda: ctx.document.project.assets)


def _image_list(ctx: FieldContext, optional: bool) -> FieldEditor:
    return ImageListEditor(lambda: _image(ctx), item_noun("images"))


def _single_image(ctx: FieldContext, optional: bool) -> FieldEditor:
    """One picture (a logo, a cover image): always optional, so it can be removed."""
    record = _image(ctx)
    assert isinstance(record, ImageRecord)
    return SingleImageField(record)


def _body(ctx: FieldContext, optional: bool) -> FieldEditor:
    """A body (intro, section text, part intro, colophon note), edited block by block."""

    def language() -> Language:
        return ctx.document.publication.language

    def block(kind: BlockKind) -> BlockEditor:
        match kind:
            case "paragraph":
                return ParagraphBlock()
            case "list":
                return ListBlockEditor(language)
            case "heading":
                return HeadingBlock()
            case "figure":
                return FigureBlock(lambda: _image(ctx))

    return BodyEditor(block, language)


NAME_MAP: dict[str, Factory] = {
    "speaker_ids": _speaker_list,
    "speaker_id": lambda ctx, optional: SpeakerCombo(ctx.speaker_choices, optional),
    "images": _image_list,
}


def editor_for(
    annotation: Any, ctx: FieldContext, name: str = "", optional: bool = False
) -> FieldEditor:
    """The editor for a field ``name`` annotated ``annotation``; ``TypeError`` if none fits."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (Union, types.UnionType) and type(None) in args:
        (inner,) = [arg for arg in args if arg is not type(None)]
        return editor_for(inner, ctx, name, optional=True)
    if annotation == Body:
        return _body(ctx, optional)
    if name in NAME_MAP:
        return NAME_MAP[name](ctx, optional)
    factory = _lookup(annotation)
    if factory is not None:
        editor = factory(ctx, optional)
        if isinstance(editor, LineField) and name and not is_prose_field(name):
            editor.prose = False  # a phone number, an address, a version: no spelling
        return editor
    if origin is Annotated:  # constraints on a shape (a tuple, a Literal, a model)
        return editor_for(args[0], ctx, name, optional)
    if origin is Literal:
        values: list[Any] = [None, *args] if optional else list(args)
        return ComboField([(value, choice_label(value)) for value in values])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = args[0]
        model = isinstance(item, type) and issubclass(item, BaseModel)
        return ListEditor(
            lambda: editor_for(item, ctx, ""),
            ctx.new_item_for(name),
            item_noun(name),
            framed=model,
        )
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return RecordEditor(_children(annotation, ctx), optional)
    raise TypeError(f"no editor for field {name!r} of type {annotation!r}")


def _lookup(annotation: Any) -> Factory | None:
    """The factory for ``annotation``: the map's own entry, else (for an ``Annotated`` type
    the map does not hold as such) the best entry by metadata, else its base type's."""
    try:
        factory = TYPE_MAP.get(annotation)
    except TypeError:  # an unhashable annotation (e.g. one carrying a FieldInfo)
        factory = None
    if factory is not None or typing.get_origin(annotation) is not Annotated:
        return factory
    base, *metadata = typing.get_args(annotation)
    best: Factory | None = None
    best_size = 0
    for key, candidate in TYPE_MAP.items():
        if typing.get_origin(key) is not Annotated:
            continue
        key_base, *key_metadata = typing.get_args(key)
        if (
            key_base is base
            and len(key_metadata) > best_size
            and all(_carries(metadata, item) for item in key_metadata)
        ):
            best, best_size = candidate, len(key_metadata)
    return best if best is not None else _lookup(base)


def _carries(metadata: Sequence[object], item: object) -> bool:
    """Whether ``metadata`` holds ``item`` (validators and constraints compare by value)."""
    return any(entry is item or entry == item for entry in metadata)


def field_type(model: type[BaseModel], name: str) -> Any:
    """The full annotation (with its constraints) of ``model.name``."""
    return typing.get_type_hints(model, include_extras=True)[name]


def _children(model: type[BaseModel], ctx: FieldContext) -> list[tuple[str, str, FieldEditor]]:
    return [
        (name, field_label(name), editor_for(field_type(model, name), ctx, name))
        for name in model.model_fields
        if name not in HIDDEN_FIELDS
    ]
