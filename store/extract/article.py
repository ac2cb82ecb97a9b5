"""An article as the analyst saved it: plain text, Markdown, or a web page saved from the
browser. From a page, trafilatura keeps the article's text (not the menus, ads and
comments) and what the page says of it: title, date, author or publisher, language,
canonical address. Nothing is downloaded."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import BilatError
from . import rx

_FEWEST_WORDS = 12


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    lang: str | None = None
    url: str | None = None


def looks_like_html(name: str, text: str) -> bool:
    if rx.search(r"\.x?html?$", name, re.IGNORECASE):
        return True
    return bool(rx.match(r"\s*(?:<!doctype html|<html)", text[:500], re.IGNORECASE))


def read_article(name: str, text: str) -> Article:
    """The article in ``text`` (the file ``name``): a page's main text and metadata, a
    Markdown file's text and first heading, or plain text as it is."""
    if looks_like_html(name, text):
        return from_html(text, name)
    if rx.search(r"\.(?:md|markdown)$", name, re.IGNORECASE):
        return from_markdown(text)
    return Article(text)


def from_html(page: str, name: str) -> Article:
    import trafilatura  # the bilat[extract] extra: loaded on first use

    text = trafilatura.extract(
        page, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    # Short of a sentence or two, what is left is a menu: no article was saved.
    if not text or len(text.split()) < _FEWEST_WORDS:
        raise BilatError(
            f"{name}: no article text found in this page; save the article's page, or copy its text into a .txt file"
        )
    meta = trafilatura.extract_metadata(page)
    published = getattr(meta, "date", None) if meta else None
    publisher = None
    if meta is not None:
        publisher = getattr(meta, "sitename", None) or getattr(meta, "author", None)
    lang = _page_lang(page)
    return Article(
        text=text.strip(),
        title=(getattr(meta, "title", None) or None) if meta else None,
        published=published or None,
        publisher=publisher or None,
        lang=lang,
        url=(getattr(meta, "url", None) or None) if meta else None,
    )


def _page_lang(page: str) -> str | None:
    match = rx.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", page[:2000], re.IGNORECASE)
    return match.group(1).lower() if match else None


_MARKUP = (
    (re.compile(r"^#{1,6}\s*", re.MULTILINE), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),
    (re.compile(r"^\s*>\s?", re.MULTILINE), ""),
    (re.compile(r"`([^`]+)`"), r"\1"),
)


def from_markdown(text: str) -> Article:
    heading = rx.search(r"^#\s+(.+)$", text, re.MULTILINE)
    plain = text
    for pattern, replacement in _MARKUP:
        plain = pattern.sub(replacement, plain)
    return Article(text=plain.strip(), title=heading.group(1).strip() if heading else None)
