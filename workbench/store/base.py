"""What every part of the store shares: one connection, one analyst, one clock, and the few
methods that one part calls on another.

Each part of the store (`ArticlesMixin`, `ClaimsMixin`, ...) inherits `StoreBase`; `Store`
combines them all over one `sqlite_utils.Database`. The methods declared below are written in
the part named beside each: they are declared here (for the type checker only) so that a part
calling another one's method is checked like any other call. A new cross-part call is declared
here first; a part's own helpers stay in its module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from workbench.store.errors import StoreError
from workbench.store.records import GROUPED, dumps
from workbench.store.sqlite_utils_fast import Database

if TYPE_CHECKING:
    from workbench.matching.prepare import Prepared


class StoreBase:
    """The state every store part works on."""

    db: Database
    analyst: str
    clock: Callable[[], str]
    """Where timestamps come from; tests pass a fixed clock."""

    def _insert(self, table: str, record: dict[str, Any]) -> int:
        """Insert one row and return its id (sqlite-utils types `last_pk` as optional)."""
        rowid = self.db.table(table).insert(record).last_pk
        if rowid is None:
            raise StoreError(f"the new {table} row got no id")
        return int(rowid)

    def _log(
        self,
        action: str,
        *,
        claim_id: int | None,
        article_id: int | None,
        entity: str,
        entity_id: int | None,
        before: Any = None,
        after: Any = None,
    ) -> None:
        """Append one change to the append-only history (every part writes through it)."""
        self.db.table("history").insert(
            {
                "claim_id": claim_id,
                "article_id": article_id,
                "analyst": self.analyst,
                "at": self.clock(),
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": dumps(before),
                "after": dumps(after),
            }
        )

    def _last_history_id(self) -> int:
        """Read under the write lock: every history row after it is this transaction's."""
        (last,) = self.db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()
        return int(last)

    def _close_group(self, since: int, what: str, *, article_id: int | None) -> None:
        """Log a `changes.grouped` row over this transaction's rows after `since` (inside the
        caller's transaction), when there is more than one to take back together."""
        parts = [
            row_id
            for (row_id,) in self.db.execute(
                "SELECT id FROM history WHERE id > ? ORDER BY id", [since]
            )
        ]
        if len(parts) > 1:
            self._log(
                GROUPED,
                claim_id=None,
                article_id=article_id,
                entity="group",
                entity_id=None,
                after={"parts": parts, "what": what},
            )

    if TYPE_CHECKING:
        # articles.py
        def article(self, article_id: int) -> dict: ...
        def article_heading(self, article_id: int) -> dict: ...

        # claims.py
        def claim_row(self, claim_id: int) -> dict: ...
        def claim_numbers(self, article_ids: list[int]) -> dict[int, int]: ...
        def claim_named(self, claim_id: int) -> str: ...
        def set_status(self, claim_id: int, status: str) -> None: ...

        # evidence.py
        def scale(self) -> list[dict]: ...
        def label(self, name: str) -> dict: ...
        def current_verdict(self, claim_id: int) -> dict | None: ...
        def set_verdict(
            self,
            claim_id: int,
            label: str,
            rationale: str | None = None,
            *,
            reused_from: int | None = None,
        ) -> int: ...
        def link_source(
            self,
            claim_id: int,
            source_id: int,
            stance: str,
            *,
            excerpt: str | None = None,
            note: str | None = None,
            reused_from: int | None = None,
        ) -> int: ...
        def _refresh_verdict(self, claim_id: int) -> None: ...
        def setting(self, key: str, default: str | None = None) -> str | None: ...

        # desk.py
        def review_on(self) -> bool: ...
        def reviews_of(self, claim_id: int) -> list[dict]: ...
        def _refresh_review(self, claim_id: int) -> None: ...

        # history.py
        def last_change(self, claim_id: int) -> dict | None: ...
        def history(self, claim_id: int) -> list[dict]: ...

        # dossier.py
        def dossier(
            self, article_ids: list[int], confirmed_matches_only: bool = False
        ) -> list[dict]: ...

        # matches.py
        def index_article(
            self, article_id: int, prepared: dict[int, Prepared] | None = None
        ) -> None: ...
        def index_claims(self, claim_ids: list[int]) -> None: ...
        def figures_apart(self, claim_id: int, other_id: int) -> list[dict]: ...
        def stances_apart(self, claim_id: int, other_id: int) -> tuple[str, str] | None: ...
        def rematch_claims(self, claim_ids: list[int]) -> int: ...
        def _keep_explanations(self, where: str, values: list) -> None: ...
        def _explained_rows(self, rows: list[dict]) -> list[dict]: ...
        def remember_signatures(
            self,
            stored: dict[int, tuple[str, str, str, str | None, str, str | None]],
            prepared: list[Prepared],
        ) -> None: ...
        def find_matches(
            self, article_id: int, prepared: dict[int, Prepared] | None = None
        ) -> int: ...
        def resume_matching(
            self, prepared: dict[int, dict[int, Prepared]] | None = None
        ) -> list[int]: ...
        def matches_of(
            self,
            claim_ids: list[int],
            rejected: bool = False,
            limit: int | None = None,
            confirmed_only: bool = False,
            explained: bool = True,
            numbered: bool = False,
        ) -> dict[int, list[dict]]: ...
