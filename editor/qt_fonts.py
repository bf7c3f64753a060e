"""The bundled fonts, registered with Qt so the UI looks the same on every machine.

The exports embed the same TrueType files (:mod:`exporters.fonts`); registering them with
the application font database means the editor never depends on installed system fonts.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from exporters.fonts import all_font_files

UI_FAMILY = "Source Sans Pro"


@cache
def register_bundled_fonts() -> tuple[str, ...]:
    """Add every bundled face to Qt (once per process); returns the families Qt now knows.

    A face that cannot be read is skipped: the UI then falls back to a system font rather
    than refusing to start.
    """
    families: list[str] = []
    for font in all_font_files():
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def ui_font(point_size: float = 10.0) -> QFont:
    """The UI font: Source Sans Pro if registered, else the platform's default."""
    font = QFont(UI_FAMILY)
    font.setPointSizeF(point_size)
    return font
