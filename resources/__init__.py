"""Podium's resources: templates, CSS, fonts, icons, translations and the sample publication.

They are loaded with importlib.resources, never through ``__file__`` arithmetic, so they work
from a source tree, an installed wheel or a zipped bundle alike.
"""

import importlib.resources
import importlib.resources.abc


def path(*parts: str) -> importlib.resources.abc.Traversable:
    """Return the resource at ``parts`` below this package, e.g. ``path("templates", "a.j2")``."""
    return importlib.resources.files(__name__).joinpath(*parts)
