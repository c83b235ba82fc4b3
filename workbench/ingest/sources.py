"""Where articles come from: paths found one at a time, each read and checked only when the
flow asks for it, so a folder of any size never sits in memory."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from workbench.article_files import expand, load
from workbench.extract.dates import published_day
from workbench.extract.filed import filed_by, filed_day
from workbench.textio import ArticleError


@dataclass(frozen=True)
class Defaults:
    """What the command line or the ingest form says about every article; the file's own
    metadata fills what is left empty."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str | None = None
    """"fr", "en", or None to detect it."""


NO_DEFAULTS = Defaults()


@dataclass(frozen=True)
class Job:
    """One article read and ready to extract: its text, metadata and where it came from."""

    name: str
    text: str
    title: str | None
    url: str | None
    outlet: str | None
    language: str | None
    published: date | None
    words: int
    published_from: str | None = None
    """Where `published` was read when neither the command nor the file gave it (the
    article's dateline), in words for the analyst; None when it was given."""

    @property
    def task(self) -> tuple[str, str | None, date | None]:
        """What an extraction worker needs, and nothing else."""
        return (self.text, self.language, self.published)


def discover(paths: list[str]) -> Iterator[str]:
    """Every article file under `paths` (folders walked, sorted), as names only."""
    return expand(paths)


def publication(defaults: Defaults, found: str | None) -> date | None:
    """The given date, else the file's own (read by `published_day`'s rule)."""
    return defaults.published or published_day(found)


def read(path: str, defaults: Defaults) -> Job:
    """Read one article file; ArticleError says why one cannot be used."""
    if path != "-":
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            raise ArticleError(f"{path}: no such file") from None
        except OSError as error:
            raise ArticleError(f"{path}: {error.strerror or error}") from None
        if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            raise ArticleError(f"{path}: not a regular file")
    article = load(path)
    published = publication(defaults, article.published)
    filed = filed_day(article.text, date.today()) if published is None else None
    return Job(
        name=article.name,
        text=article.text,
        title=defaults.title or article.title,
        url=defaults.url or article.url,
        outlet=defaults.outlet or article.outlet or filed_by(article.text),
        language=defaults.language,
        published=filed.day if filed else published,
        words=len(article.text.split()),
        published_from=filed.source if filed else None,
    )
