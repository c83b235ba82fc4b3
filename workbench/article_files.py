"""Turn files into articles: plain text, Markdown and HTML (main text and metadata pulled
offline with trafilatura), read from disk or stdin, one file or a folder of them."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.textio import ArticleError, decode_article, read_article

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass
class ArticleFile:
    """An article's text and whatever metadata its file carried."""

    name: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def expand(paths: list[str]) -> Iterator[str]:
    """Each path as given; folders become the article files inside them, sorted."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            found = sorted(
                p for p in Path(path).rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            yield from (str(p) for p in found)
        else:
            yield path


def load(path: str) -> ArticleFile:
    """Read one article; raises ArticleError with the file's name for anything unreadable."""
    if path == "-":
        text = decode_article(sys.stdin.buffer.read(), "<stdin>")
        name = "<stdin>"
    else:
        text = read_article(path)
        name = path
    if not text.strip():
        raise ArticleError(f"{name}: empty file, no article in it")
    suffix = Path(path).suffix.lower()
    looks_html = suffix in (".html", ".htm") or (
        path == "-" and re.match(r"\s*(<!doctype html|<html)", text, re.I)
    )
    if looks_html:
        return _from_html(name, text)
    if suffix in (".md", ".markdown"):
        return _from_markdown(name, text)
    return ArticleFile(name, text)


def _from_markdown(name: str, text: str) -> ArticleFile:
    heading = re.match(r"\s*#\s+(.+?)\s*\n", text)
    if heading:
        return ArticleFile(name, text[heading.end() :].lstrip("\n"), title=heading.group(1))
    return ArticleFile(name, text)


def _from_html(name: str, html: str) -> ArticleFile:
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True)
    if document is None:
        raise ArticleError(f"{name}: no article text found in this HTML page")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    lines = [line.strip() for line in (data.get("text") or "").splitlines() if line.strip()]
    if not lines:
        raise ArticleError(f"{name}: no article text found in this HTML page")
    title = data.get("title")
    if title and lines[0] == title:
        lines = lines[1:] or lines
    return ArticleFile(
        name,
        "\n\n".join(lines),
        title=title,
        url=data.get("url"),
        published=(data.get("date") or None),
        outlet=data.get("sitename"),
    )
