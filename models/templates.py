"""Publication templates: small built-in projects to start a report from.

Each template is a project folder under ``resources/publication_templates/<slug>/``, stored
exactly like the examples, so the project reader checks it like any other file and the
tests export it like any other publication. Its texts are Dutch placeholders
(``‹Naam van de spreker›``, see :mod:`models.placeholders`) that preflight flags until they
are replaced. A template is opened as a new, untitled project dated today; its ids stay as
they are (they are unique within the project, which is all an id must be).

The names and descriptions a person chooses from belong to the editor (they are interface
text in the interface's language); here a template is its slug.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import resources
from models.edit import replace_at
from models.message import message
from models.project import Project
from models.project_file import load

#: The resource folder the templates live in.
FOLDER = "publication_templates"
#: The templates, in the order they are offered.
SLUGS: tuple[str, ...] = ("symposiumverslag", "congres", "webinar", "panelgesprek")


class UnknownTemplateError(ValueError):
    """No template has this name; ``str()`` names the ones there are."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        super().__init__(
            message(
                "there is no template '{name}'; choose one of: {choices}",
                name=slug,
                choices=", ".join(SLUGS),
            )
        )


def template_path(slug: str) -> Path:
    """The folder of template ``slug``; raises :class:`UnknownTemplateError`."""
    if slug not in SLUGS:
        raise UnknownTemplateError(slug)
    return Path(str(resources.path(FOLDER, slug)))


def load_template(slug: str, today: dt.date | None = None) -> Project:
    """Template ``slug`` as a new project: the publication and its event dated ``today``.

    Raises:
        UnknownTemplateError: ``slug`` is not one of :data:`SLUGS`.
        ProjectFileError: the template cannot be read (a broken installation).
    """
    project = load(template_path(slug))
    day = today or dt.date.today()
    publication = replace_at(project.publication, ("publication_date",), day)
    if publication.event is not None:
        publication = replace_at(publication, ("event", "date"), day)
    return project.with_publication(publication)
