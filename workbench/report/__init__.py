"""Verification reports and exports: Markdown, HTML, JSON, CSV and ClaimReview. Reads the
store through its Python API; writes files, never the database."""

from __future__ import annotations

import json
import re
from pathlib import Path

from workbench.report import claimreview, html, markdown, tabular
from workbench.report.review import approved_only
from workbench.safe_text import json_controls_escaped

FORMATS = ("md", "html", "json", "csv", "claimreview")
SUFFIXES = {
    "md": "md",
    "html": "html",
    "json": "json",
    "csv": "csv",
    "claimreview": "claimreview.jsonld",
}


def render_report(
    store, article_ids: list[int], fmt: str, language: str | None = None
) -> tuple[str, int]:
    """The report's text, and how many claims were left out (ClaimReview: no verdict yet)."""
    if fmt == "json":
        text = json.dumps(store.dump(article_ids), ensure_ascii=False, indent=2, sort_keys=True)
        return json_controls_escaped(text) + "\n", 0
    articles = store.dossier(article_ids)
    if fmt == "claimreview":
        if store.review_on():
            articles, _ = approved_only(articles)
        found, skipped = claimreview.reviews(
            articles,
            store.setting("organisation") or "Claim Workbench desk",
            store.setting("organisation_url") or None,
            language,
        )
        return json_controls_escaped(
            json.dumps(found, ensure_ascii=False, indent=2)
        ) + "\n", skipped
    renderer = {"md": markdown.render, "html": html.render, "csv": tabular.render}[fmt]
    return renderer(articles, store.scale(), language), 0


def write_report(
    store, article_ids: list[int], fmt: str, path: str | Path, language: str | None = None
) -> int:
    """Write the report to `path` (whole or not at all); returns claims left out."""
    text, skipped = render_report(store, article_ids, fmt, language)
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


def default_report_path(article: dict, fmt: str) -> Path:
    """reports/<id>-<title-slug>.<ext> in the current folder."""
    slug = re.sub(r"[^\w]+", "-", (article.get("title") or "article").lower()).strip("-")[:50]
    return Path("reports") / f"{article['id']}-{slug or 'article'}.{SUFFIXES[fmt]}"
