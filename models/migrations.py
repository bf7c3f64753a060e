"""Upgrades of ``publication.json`` from older format versions to the current one.

Each step takes the JSON data of version N and returns that of version N + 1. A file is
migrated in memory when it is opened; it is written in the new format only when saved.
Keep a fixture of every old version in ``tests/models/fixtures/`` so each step stays tested.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models.publication import SCHEMA_VERSION

Data = dict[str, Any]

#: ``STEPS[n]`` upgrades version ``n`` to ``n + 1``.
STEPS: dict[int, Callable[[Data], Data]] = {}


def migrate(data: Data) -> Data:
    """Bring ``data`` up to :data:`SCHEMA_VERSION`; data that is current is returned as is."""
    version = int(data.get("schema_version", SCHEMA_VERSION))
    while version < SCHEMA_VERSION:
        data = {**STEPS[version](data), "schema_version": version + 1}
        version += 1
    return data
