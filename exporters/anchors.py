"""The reserved anchors of the parts of an export that are not blocks: intro and colophon.

Both exports carry them (an HTML ``id``, a PDF named destination), and the editor's preview
uses them to go from a navigator entry to its place; kept apart from :mod:`exporters.ir`
so the editor can read two strings without loading the IR's many classes at start-up.
"""

from __future__ import annotations

#: "_" keeps them apart from block ids, which start with a letter.
INTRO_ANCHOR = "_intro"
COLOPHON_ANCHOR = "_colophon"
