"""Link targets from a source: only http, https and mailto reach a publication.

A relative address is resolved against the source's base address (``<base href>``, front
matter ``base``) when there is one; otherwise the link's text is kept without its target
and the import report says so. ``javascript:``, ``data:``, ``file:`` and every other scheme
are dropped the same way, silently: they were never meant for a reader of the report.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from models.richtext import is_allowed_link

_MAX_URL = 2_000


def base_address(candidate: str) -> str:
    """``candidate`` if it can serve as a base for relative links (absolute http[s])."""
    candidate = candidate.strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return ""
    return candidate if parts.scheme.lower() in ("http", "https") and parts.hostname else ""


def resolve(
    href: str,
    base: str = "",  # pragma: no mutate (any base that is no URL answers as no base does)
) -> tuple[str | None, bool]:
    """The allowed absolute target of ``href``, and whether a relative one stayed unresolved.

    Returns ``(url, False)`` for a usable link, ``(None, True)`` for a relative address
    without a base (the caller reports it), ``(None, False)`` for a scheme that is never
    allowed or an in-page anchor (dropped without a word).
    """
    href = "".join(href.split()) if len(href) <= _MAX_URL else ""
    if not href or href.startswith("#"):
        return None, False
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return None, False
    if scheme:
        if scheme in ("http", "https", "mailto") and is_allowed_link(href):
            return href, False
        return None, False
    if href.startswith("//"):  # scheme-relative: the page's scheme is unknown; assume https
        href = "https:" + href
        return (href, False) if is_allowed_link(href) else (None, False)
    if not base:
        return None, True
    try:
        joined = urljoin(base, href)
    except ValueError:
        return None, True
    return (joined, False) if is_allowed_link(joined) else (None, True)


def is_remote(url: str) -> bool:
    """An http(s) address (an image that would have to be fetched)."""
    return url.lower().startswith(("http://", "https://"))
