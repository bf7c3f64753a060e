"""The base of every stored model, and the one way a model validator reports a problem.

The publication's parts, the publication and its review state all derive from
:class:`Model`, so they share one set of rules: immutable, strict about unknown keys, and a
bound on the length of any one string.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from models.types import Loc


class Model(BaseModel):
    """Base of every stored model: immutable, strict about unknown keys.

    Validators are built when a model is first used (``defer_build``), not when its class is
    made: the editor's start would otherwise build one for each of ~25 models, most of which
    are only ever validated inside a :class:`~models.publication.Publication` (issue 13).
    """

    model_config = ConfigDict(
        frozen=True, extra="forbid", str_max_length=1_000_000, defer_build=True
    )


def error_detail(loc: Loc, kind: str, message: str, value: object) -> InitErrorDetails:
    """One problem found by a model validator, at ``loc`` below the model, with its message."""
    return InitErrorDetails(type=PydanticCustomError(kind, message), loc=loc, input=value)


def validation_error(
    title: str, loc: Loc, kind: str, message: str, value: object
) -> ValidationError:
    """A ``ValidationError`` of model ``title`` holding the one problem at ``loc``."""
    return ValidationError.from_exception_data(title, [error_detail(loc, kind, message, value)])
