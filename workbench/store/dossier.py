"""Everything stored about some articles, fetched in a few queries: what reports and exports
are made of, and what `import_dump` rebuilds from."""

from __future__ import annotations

from collections import defaultdict

from workbench.store.articles import sentence_text
from workbench.store.base import StoreBase
from workbench.store.claims import IN_ARTICLE
from workbench.store.connection import write
from workbench.store.dump_check import check_dump
from workbench.store.errors import InvalidInput, NotFound
from workbench.store.history import corrected_in
from workbench.store.records import MANY, chunks, decode_claim, loads

DUMP_SCHEMA_VERSION = 1
MATCHING_STATE = ("indexed_with", "matched_with")
"""Article columns that say how far matching got: not exported, so an imported article is
indexed and matched again by the importing workbench."""
DUMP_TABLES = (
    "articles",
    "claims",
    "sources",
    "claim_sources",
    "verdicts",
    "claim_dates",
    "notes",
    "verdict_reviews",
    "history",
    "claim_matches",
)
_SHARED = ("verdict_labels", "settings", "analysts")
"""Desk-wide rows: exported whole, imported where the database lacks them."""


class DossierMixin(StoreBase):
    def _rows(self, table: str, column: str, ids: list[int], order: str = "id") -> list[dict]:
        """The rows of `table` whose `column` is one of `ids`, in `order` (column names)."""
        found: list[dict] = []
        for part in chunks(ids, MANY):
            marks = ",".join("?" * len(part))
            found += self.db.query(
                f"SELECT * FROM [{table}] WHERE [{column}] IN ({marks}) ORDER BY {order}", part
            )
        if len(ids) > MANY:  # the parts' rows in the one order
            found.sort(key=lambda row: tuple(row[name.strip()] for name in order.split(",")))
        return found

    def _articles(self, article_ids: list[int]) -> list[dict]:
        """The articles' rows; NotFound names the first id that has none."""
        articles = self._rows("articles", "id", article_ids)
        found = {a["id"] for a in articles}
        missing = [i for i in article_ids if i not in found]
        if missing:
            raise NotFound(f"no article {missing[0]}")
        return articles

    def dossier(self, article_ids: list[int], confirmed_matches_only: bool = False) -> list[dict]:
        """Each article with its claims in order, each claim with its verdicts (all, oldest
        first), current verdict, sources, dates, notes, history and matches (those an analyst
        confirmed alone with `confirmed_matches_only`: a public report shows no other, and
        reading and explaining every suggestion was most of its time)."""
        articles = self._articles(article_ids)
        claims = [
            decode_claim(c)
            for c in self._rows("claims", "article_id", article_ids, f"article_id, {IN_ARTICLE}")
        ]
        claim_ids = [c["id"] for c in claims]
        numbers = self.claim_numbers(article_ids)
        labels = {entry["key"]: entry for entry in self.scale()}
        grouped: dict[str, dict[int, list]] = {}
        for table in ("verdicts", "claim_dates", "notes", "verdict_reviews", "history"):
            grouped[table] = defaultdict(list)
            for row in self._rows(table, "claim_id", claim_ids):
                if table == "history":
                    row = {**row, "before": loads(row["before"]), "after": loads(row["after"])}
                grouped[table][row["claim_id"]].append(row)
        links = defaultdict(list)
        for row in self.db.query(
            "SELECT l.*, s.url, s.title, s.publisher, s.published, s.accessed, s.archived_url "
            f"FROM claim_sources l JOIN sources s ON s.id = l.source_id WHERE l.claim_id IN "
            f"({','.join('?' * len(claim_ids)) or 'NULL'}) ORDER BY l.id",
            claim_ids,
        ):
            links[row["claim_id"]].append(row)
        matches = self.matches_of(claim_ids, confirmed_only=confirmed_matches_only)
        by_article = defaultdict(list)
        for claim in claims:
            verdicts = [
                {**v, **{k: labels[v["label"]][k] for k in ("label_en", "label_fr", "rating")}}
                for v in grouped["verdicts"][claim["id"]]
            ]
            live = [v for v in verdicts if not v["retracted_at"]]
            claim.update(
                place=numbers[claim["id"]],
                verdicts=verdicts,
                verdict_record=live[-1] if live else None,
                sources=[s for s in links[claim["id"]] if not s["retracted_at"]],
                attached_dates=[
                    d for d in grouped["claim_dates"][claim["id"]] if not d["retracted_at"]
                ],
                notes=[n for n in grouped["notes"][claim["id"]] if not n["retracted_at"]],
                reviews=[
                    r for r in grouped["verdict_reviews"][claim["id"]] if not r["retracted_at"]
                ],
                history=grouped["history"][claim["id"]],
                matches=matches[claim["id"]],
            )
            claim["corrected"] = corrected_in(claim, claim["history"])
            by_article[claim["article_id"]].append(claim)
        for article in articles:
            for claim in by_article[article["id"]]:
                claim["sentence_text"] = sentence_text(claim, article["text"])
        return [{**article, "claims": by_article[article["id"]]} for article in articles]

    def dump(self, article_ids: list[int]) -> dict:
        """Every stored row that concerns these articles, table by table."""
        articles = self._articles(article_ids)  # refuses unknown ids
        exporting = set(article_ids)
        claims = self._rows("claims", "article_id", article_ids)
        claim_ids = [c["id"] for c in claims]
        exported = set(claim_ids)
        links = self._rows("claim_sources", "claim_id", claim_ids)
        source_ids = sorted({r["source_id"] for r in links})
        source_history = [
            r for r in self._rows("history", "entity_id", source_ids) if r["entity"] == "sources"
        ]
        tables = {
            "articles": [
                {k: v for k, v in row.items() if k not in MATCHING_STATE} for row in articles
            ],
            "claims": claims,
            "sources": self._rows("sources", "id", source_ids),
            "claim_sources": links,
            "verdicts": self._rows("verdicts", "claim_id", claim_ids),
            "claim_dates": self._rows("claim_dates", "claim_id", claim_ids),
            "notes": self._rows("notes", "claim_id", claim_ids),
            "verdict_reviews": self._rows("verdict_reviews", "claim_id", claim_ids),
            "history": sorted(
                self._rows("history", "article_id", article_ids)
                + [
                    r
                    for r in self._rows("history", "claim_id", claim_ids)
                    if r["article_id"] not in exporting
                ]
                + source_history,
                key=lambda r: r["id"],
            ),
            # Matches between exported claims, decided or not (a decision on a match to a
            # claim left out cannot travel: its other claim is not in the file).
            "claim_matches": self._explained_rows(
                [
                    row
                    for row in self._rows("claim_matches", "claim_id", claim_ids)
                    if row["review_id"] is None and row["other_claim_id"] in exported
                ]
            ),
        }
        return {
            "schema_version": DUMP_SCHEMA_VERSION,
            "verdict_labels": self.scale(),
            "settings": list(self.db.query("SELECT * FROM settings ORDER BY key")),
            "analysts": list(self.db.query("SELECT * FROM analysts ORDER BY name")),
            "tables": tables,
        }

    def import_dump(self, data: dict) -> dict[str, int]:
        """Rebuild a dump's rows, ids included, into a database that has none of them."""
        if data.get("schema_version") != DUMP_SCHEMA_VERSION:
            raise InvalidInput(
                f"export schema {data.get('schema_version')!r} is not "
                f"{DUMP_SCHEMA_VERSION}; use a matching Claim Workbench"
            )
        if self.db.table("articles").count or self.db.table("claims").count:
            raise InvalidInput("import needs an empty database (use --db with a new file)")
        check_dump(
            data,
            {t: set(self.db.table(t).columns_dict) for t in (*DUMP_TABLES, *_SHARED)},
            {entry["key"] for entry in self.scale()},
        )
        tables = data.get("tables") or {}
        counts = {}
        with write(self.db):
            for entry in data.get("verdict_labels", []):
                self.db.table("verdict_labels").upsert(entry, pk="key")
            for entry in data.get("settings", []):
                self.db.table("settings").upsert(entry, pk="key")
            self.db.table("analysts").insert_all(data.get("analysts", []), ignore=True)
            for table in DUMP_TABLES:
                rows = tables.get(table, [])
                self.db.table(table).insert_all(rows)
                counts[table] = len(rows)
            # The matching keys and the figures index are not in a dump: built here, so the
            # figures that disagree and "seen before" work at once on the imported claims.
            self.index_claims([row["id"] for row in tables.get("claims", [])])
        return counts
