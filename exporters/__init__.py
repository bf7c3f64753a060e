"""Exporters: one IR built from a project, then one renderer per format. No Qt here."""
