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
    Colophon,
    Credit,
    Event,
    Image,
    KeyTakeaways,
    Publication,
    Quote,
    Section,
    Speaker,
    Theme,
    VideoLink,
)
from models.validation import Problem, validate

__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "Colophon",
    "Credit",
    "Event",
    "Image",
    "InvalidProjectError",
    "KeyTakeaways",
    "NewerVersionError",
    "Problem",
    "Project",
    "ProjectFileError",
    "Publication",
    "Quote",
    "Section",
    "Speaker",
    "Theme",
    "VideoLink",
    "load",
    "save",
    "validate",
]
