"""YAML front matter, read by a parser too small to be dangerous: ``key: value`` lines.

Static-site generators put a block between ``---`` lines at the top of a Markdown file.
Only flat ``key: value`` lines are read (quotes around the value are removed); lists,
nesting, anchors and tags (YAML's ways to build objects or blow up memory) are not
interpreted, and their lines are returned so the import report can name them.
"""

from __future__ import annotations

import re

_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


def split(text: str) -> tuple[dict[str, str], list[str], str]:
    """``text`` as (fields, lines not understood, the body after the front matter)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, [], text
    for end in range(1, min(len(lines), 1_000)):
        if _FENCE.match(lines[end]):
            break
    else:
        return {}, [], text
    fields: dict[str, str] = {}
    ignored: list[str] = []
    for line in lines[1:end]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY.match(line)  # group 2 starts after the spaces that follow the colon
        if match is None or match.group(2)[:1] in ("[", "{", "&", "*", "!", "|", ">"):
            ignored.append(line.strip())
            continue
        value = match.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[match.group(1).lower()] = value
    return fields, ignored, "\n".join(lines[end + 1 :])
