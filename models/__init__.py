"""Podium's document model: the publication, its validation and its project file.

No Qt and no exporter code lives here; everything runs headless.
"""

from models.project import Project
from models.project_file import (
    InvalidProjectError,
    NewerVersionError,
    ProjectFileError,
    load,
    save,
)
from models.publication import (
    SCHEMA_VERSION,
    Block,
    Body,
    BodyBlock,
    Colophon,
    Credit,
    Event,
    FigureBlock,
    Image,
    KeyTakeaways,
    ListBlock,
    Paragraph,
    Part,
    Person,
    Publication,
    Quote,
    Section,
    Speaker,
    Subheading,
    Theme,
    VideoLink,
)
from models.validation import Problem, validate

__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "Body",
    "BodyBlock",
    "Colophon",
    "Credit",
    "Event",
    "FigureBlock",
    "Image",
    "InvalidProjectError",
    "KeyTakeaways",
    "ListBlock",
    "NewerVersionError",
    "Paragraph",
    "Part",
    "Person",
    "Problem",
    "Project",
    "ProjectFileError",
    "Publication",
    "Quote",
    "Section",
    "Speaker",
    "Subheading",
    "Theme",
    "VideoLink",
    "load",
    "save",
    "validate",
]
