"""Reviewing: read-only review mode, comments on any part, approval, and compare versions."""

from editor.review.controller import ReviewController

__all__ = ["ReviewController"]
