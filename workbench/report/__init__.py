"""Verification reports and exports: Markdown, HTML, JSON, CSV and ClaimReview. Reads the
store through its Python API; writes files, never the database."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workbench.claim_name import claim_name
from workbench.report.audience import AUDIENCES, default_audience, for_audience
from workbench.report.json_text import indented_json
from workbench.report.review import approved_only
from workbench.safe_text import json_controls_escaped
from workbench.store.validation import has_rationale

FORMATS = ("md", "html", "json", "csv", "claimreview")
SUFFIXES = {
    "md": "md",
    "html": "html",
    "json": "json",
    "csv": "csv",
    "claimreview": "claimreview.jsonld",
}


class ReportError(ValueError):
    """A report that cannot be made as asked (say, a public JSON dump)."""


def render_report(
    store,
    article_ids: list[int],
    fmt: str,
    language: str | None = None,
    audience: str | None = None,
) -> tuple[str, int]:
    """The report's text, and how many claims were left out (ClaimReview: no verdict yet).
    `public` leaves out notes, raw history and unconfirmed suggestions; JSON is the full
    record and exists only for the desk. No audience: `default_audience(fmt)`."""
    with _collector_paused():
        return _render(store, article_ids, fmt, language, audience)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a report is read and written: a
    report makes millions of objects (rows, each match of each claim, the lines), none of
    them cyclic garbage, and each full collection walked them all again (11 in a 10k-claim
    Markdown report, a quarter of its time, collecting nothing). Objects are still freed
    when no longer used; collections resume after (also when the report fails)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _render(
    store, article_ids: list[int], fmt: str, language: str | None, audience: str | None
) -> tuple[str, int]:
    # The renderers (and the matcher's figures they use) are imported here, not with the
    # package: the terminal UI imports its labels and file names when it starts.
    from workbench.report import claimreview, html, markdown, tabular

    audience = audience or default_audience(fmt)
    if audience not in AUDIENCES:
        raise ReportError(f"audience {audience!r} is not one of {', '.join(AUDIENCES)}")
    if fmt == "json":
        if audience == "public":
            raise ReportError(
                "the JSON export is the full internal record: use --audience internal"
            )
        text = indented_json(store.dump(article_ids), sort_keys=True)
        return json_controls_escaped(text) + "\n", 0
    # a public report shows confirmed matches alone (`for_audience`): the suggestions are not
    # read, nor explained
    articles = store.dossier(article_ids, confirmed_matches_only=audience == "public")
    if store.review_on() and (fmt == "claimreview" or audience == "public"):
        articles, _ = approved_only(articles)  # read from the reviews, before the audience
    articles = for_audience(articles, audience)
    if audience == "public" or fmt == "claimreview":
        _refuse_unexplained(articles)
    if fmt == "claimreview":
        found, skipped = claimreview.reviews(
            articles,
            store.setting("organisation") or "Claim Workbench desk",
            store.setting("organisation_url") or None,
            language,
        )
        return json_controls_escaped(indented_json(found)) + "\n", skipped
    renderer = {"md": markdown.render, "html": html.render, "csv": tabular.render}[fmt]
    return renderer(articles, store.scale(), language), 0


def _refuse_unexplained(articles: list[dict]) -> None:
    """A published verdict says why (`has_rationale`): a report to publish that would carry
    one without its rationale (recorded before the store refused them, or imported) is
    refused whole, naming each such claim as the report and the command line do, rather than
    published with a bare rating or a mark a reader would have to interpret."""
    missing = [
        claim_name(claim["place"], claim["id"])
        + (f" of article {article['id']}" if len(articles) > 1 else "")
        for article in articles
        for claim in article["claims"]
        if claim.get("verdict_record") and not has_rationale(claim["verdict_record"]["rationale"])
    ]
    if missing:
        named = ", ".join(missing[:MISSING_NAMED]) + (
            f" and {len(missing) - MISSING_NAMED} more" if len(missing) > MISSING_NAMED else ""
        )
        raise ReportError(
            f"{len(missing)} verdict{'s' if len(missing) > 1 else ''} without a rationale, "
            f"which a public report never publishes: {named}; give each one "
            '(workbench verdict set ID LABEL -r "...") before publishing; nothing written'
        )


MISSING_NAMED = 20
"""Claims a refused public report names; the rest are counted."""


def write_report(
    store,
    article_ids: list[int],
    fmt: str,
    path: str | Path,
    language: str | None = None,
    audience: str | None = None,
) -> int:
    """Write the report to `path` (whole or not at all); returns claims left out."""
    text, skipped = render_report(store, article_ids, fmt, language, audience)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves no empty .part behind
        raise
    return skipped


def reports_folder(database: str | Path | None = None) -> Path:
    """Where reports go unless told otherwise: `$WORKBENCH_REPORTS`, else a folder beside the
    database in use named after it (`trial.db` -> `trial-reports/`: two databases of one
    folder never write over each other's reports), the default database's being `reports/`
    beside it (`~/.local/share/claim-workbench/reports`, `$XDG_DATA_HOME` respected, where
    reports have always gone). Never the current folder: without a database file (one in
    memory) the default database's folder."""
    if os.environ.get("WORKBENCH_REPORTS"):
        return Path(os.environ["WORKBENCH_REPORTS"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    default = Path(base) / "claim-workbench" / "reports"
    if database is None or str(database) in ("", ":memory:"):
        return default
    path = Path(database).expanduser().absolute()
    if path.parent == default.parent.absolute() and path.name == "workbench.db":
        return default
    return path.with_name(f"{path.stem or path.name}-reports")


def _slug(title: str, limit: int = 50) -> str:
    """The title in lower-case words joined by "-", cut at a word boundary."""
    slug = ""
    for word in re.findall(r"\w+", title.lower()):
        if slug and len(slug) + 1 + len(word) > limit:
            break
        slug = f"{slug}-{word}" if slug else word[:limit]
    return slug


def report_path(
    article: dict,
    fmt: str,
    folder: str | Path | None = None,
    audience: str | None = None,
    language: str | None = None,
) -> Path:
    """<folder>/<id>-<title-slug>-<audience>[-<language>].<ext>, the language named when it
    is not the article's (a French article's English report does not overwrite its French
    one); the folder defaults to reports_folder()."""
    audience = audience or default_audience(fmt)
    slug = _slug(article.get("title") or "article") or "article"
    other = f"-{language}" if language and language != article.get("language") else ""
    name = f"{article['id']}-{slug}-{audience}{other}.{SUFFIXES[fmt]}"
    return Path(folder).expanduser() / name if folder else reports_folder() / name
