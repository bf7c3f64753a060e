"""Spelling in the editor: wavy underlines under unknown words, suggestions in the context
menu, "Add to dictionary" and "Ignore"; the checking itself is :mod:`models.spelling`."""

from editor.spelling.controller import SpellingController

__all__ = ["SpellingController"]
