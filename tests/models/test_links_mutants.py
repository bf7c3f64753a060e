"""Link targets of a source (models/importing/links.py): only http, https and mailto reach
a publication; a relative address needs a base; every other scheme is dropped silently."""

from __future__ import annotations

import pytest

from models.importing.links import base_address, is_remote, resolve

BASE = "https://www.example.nl/verslagen/2024/"


@pytest.mark.parametrize(
    ("candidate", "base"),
    [
        ("https://www.example.nl/verslagen/", "https://www.example.nl/verslagen/"),
        ("  http://example.org/a  ", "http://example.org/a"),
        ("HTTPS://Example.org/", "HTTPS://Example.org/"),
        ("ftp://example.org/", ""),
        ("https:///pad/zonder/host", ""),
        ("/verslagen/", ""),
        ("mailto:info@example.nl", ""),
        ("http://[::1", ""),
        ("", ""),
    ],
)
def test_a_base_address_is_an_absolute_http_address(candidate: str, base: str) -> None:
    assert base_address(candidate) == base


@pytest.mark.parametrize(
    "href",
    [
        "https://www.rijksoverheid.nl/onderwerpen/wonen",
        "http://example.org/a?b=c#d",
        "HTTPS://EXAMPLE.ORG/",
        "mailto:secretariaat@example.nl",
    ],
)
def test_absolute_allowed_links_are_kept(href: str) -> None:
    assert resolve(href) == (href, False)
    assert resolve(href, BASE) == (href, False)


def test_white_space_inside_an_address_is_removed() -> None:
    assert resolve(" https://example.org/een\n pad/\tdoc ") == (
        "https://example.org/eenpad/doc",
        False,
    )


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "file:///C:/verslag.docx",
        "ftp://example.org/x",
        "mailto:geen-adres",
        "https:///zonder-host",
        "#programma",
        "",
        "   ",
        "http://[::1",
    ],
)
def test_links_that_never_reach_a_reader_are_dropped_without_a_word(href: str) -> None:
    assert resolve(href, BASE) == (None, False)


@pytest.mark.parametrize("href", ["verslag.pdf", "../2023/index.html", "/contact", "?pagina=2"])
def test_a_relative_link_without_a_base_is_reported(href: str) -> None:
    assert resolve(href) == (None, True)


@pytest.mark.parametrize(
    ("href", "url"),
    [
        ("verslag.pdf", "https://www.example.nl/verslagen/2024/verslag.pdf"),
        ("../2023/index.html", "https://www.example.nl/verslagen/2023/index.html"),
        ("/contact", "https://www.example.nl/contact"),
    ],
)
def test_a_relative_link_is_resolved_against_the_base(href: str, url: str) -> None:
    assert resolve(href, BASE) == (url, False)


def test_a_relative_link_against_a_base_without_a_host_stays_unresolved() -> None:
    assert resolve("verslag.pdf", "verslagen/") == (None, True)


def test_a_relative_link_that_cannot_be_joined_stays_unresolved() -> None:
    assert resolve("pad", "http://[::1") == (None, True)


def test_a_scheme_relative_link_is_taken_as_https() -> None:
    assert resolve("//cdn.example.org/foto.jpg") == ("https://cdn.example.org/foto.jpg", False)
    assert resolve("//cdn.example.org/foto.jpg", BASE) == (
        "https://cdn.example.org/foto.jpg",
        False,
    )


def test_a_scheme_relative_link_without_a_host_is_dropped() -> None:
    assert resolve("///pad") == (None, False)


def test_an_address_of_2000_characters_is_read() -> None:
    href = "https://example.org/" + "a" * 1980
    assert len(href) == 2000
    assert resolve(href) == (href, False)


def test_an_address_longer_than_2000_characters_is_dropped() -> None:
    href = "https://example.org/" + "a" * 1981
    assert resolve(href) == (None, False)
    assert resolve("b" * 2001, BASE) == (None, False)


@pytest.mark.parametrize(
    ("url", "remote"),
    [
        ("https://example.org/foto.jpg", True),
        ("HTTP://EXAMPLE.ORG/foto.jpg", True),
        ("media/foto.jpg", False),
        ("ftp://example.org/foto.jpg", False),
        ("data:image/png;base64,AAAA", False),
    ],
)
def test_remote_addresses(url: str, remote: bool) -> None:
    assert is_remote(url) is remote
