"""Podium's Qt application: a view of the models; it owns no publication logic."""

# Load pydantic's lazily imported modules before PySide6 is imported. PySide6 hooks every later
# import and looks at the new module's functions with ``inspect``; touching one of pydantic's
# deprecated lazy names that way, mid-import, re-enters pydantic and fails with "cannot import
# name 'import_string' from partially initialized module" (seen on ``import editor.binding``).
import pydantic.fields  # noqa: F401  (imported for its side effect, before any Qt module)
