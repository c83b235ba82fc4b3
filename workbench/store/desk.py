"""The desk: the analysts it knows, who each claim is assigned to, the second analyst's review
of each verdict, what waits for whom, and the overview of the work.

A verdict set by one analyst is *proposed*; another analyst approves it or returns it with a
comment. The author can never approve their own verdict: refused here with a message, and by a
trigger in the database for any other writer. Every step is a row in the append-only history.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workbench.plural import counted
from workbench.safe_text import visible
from workbench.store.base import StoreBase
from workbench.store.connection import write
from workbench.store.errors import InvalidInput
from workbench.store.validation import check_rationale, check_url

DECISIONS = {"approve": "approved", "return": "returned"}
"""What a reviewer says, and the review state it leaves the verdict in."""
REVIEW_STATES = ("proposed", "approved", "returned")
DESK_STATES = ("new", "in-progress", "proposed", "returned", "approved", "done")
"""Where a claim stands for the desk, in the order work moves, when review is on: its
verdict's review state, else its status, `done` when checked or dismissed."""
UNREVIEWED_STATES = ("new", "in-progress", "done")
"""The same when review is off: a claim checked (or dismissed) is done. A verdict is still
stored as proposed then (so that turning review on asks for its review), but counting it
"proposed" beside "review is off" told the desk that checked work waited."""


def desk_states(review_on: bool) -> tuple[str, ...]:
    """The states the desk counts claims in, as review is on or off."""
    return DESK_STATES if review_on else UNREVIEWED_STATES


def _desk_state_sql(review_on: bool) -> str:
    by_status = "WHEN c.status IN ('new', 'in-progress') THEN c.status ELSE 'done' END"
    return f"CASE {'WHEN c.review IS NOT NULL THEN c.review ' if review_on else ''}{by_status}"


# Read through two indexes, review and assignee: `assignee >= ''` is `assignee IS NOT NULL`
# for a text column (every text is >= '') but can use its index, and the `+` keeps SQLite
# from scanning every unreviewed claim through the review index instead (the queue is the
# first screen's question: 150 ms on 100k claims, now under a millisecond).
_WAITING_SQL = """
SELECT c.id AS claim_id, c.article_id, a.title AS article, c.text, c.status, c.verdict,
       c.review, c.assignee, c.assigned_at, v.analyst AS author, v.decided_at AS proposed_at,
       r.analyst AS reviewer, r.comment, r.decided_at AS reviewed_at
FROM claims c JOIN articles a ON a.id = c.article_id
LEFT JOIN verdicts v ON v.id = (SELECT max(id) FROM verdicts
                                WHERE claim_id = c.id AND retracted_at IS NULL)
LEFT JOIN verdict_reviews r ON r.id = (SELECT max(id) FROM verdict_reviews
                                       WHERE verdict_id = v.id AND retracted_at IS NULL)
WHERE c.review IN ('proposed', 'returned')
   OR (c.assignee >= '' AND +c.review IS NULL AND +c.status IN ('new', 'in-progress'))
"""


def check_name(name: str) -> str:
    """An analyst's name as typed: trimmed, one line, printable, at most 64 characters."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput("an analyst needs a name")
    if cleaned != visible(cleaned) or len(cleaned) > 64:
        raise InvalidInput(
            f"analyst name {visible(name)!r} must be printable, 64 characters at most"
        )
    return cleaned


def _waiting_for(waiting: list[dict], name: str) -> list[dict]:
    """Of everything that waits (`DeskMixin.waiting`), what waits for `name`."""
    return [
        item
        for item in waiting
        if item["for"] == name or (item["reason"] == "review" and item["author"] != name)
    ]


class DeskMixin(StoreBase):
    # -- the review switch ---------------------------------------------------------------
    def review_on(self) -> bool:
        """Whether verdicts need a second analyst's approval before they are published."""
        return self.setting("review", "off") == "on"

    def set_review(self, on: bool) -> None:
        before = self.review_on()
        if before == on:
            return
        with write(self.db):
            self.db.table("settings").upsert(
                {"key": "review", "value": "on" if on else "off"}, pk="key"
            )
            self._log(
                "settings.review",
                claim_id=None,
                article_id=None,
                entity="settings",
                entity_id=None,
                before={"review": "on" if before else "off"},
                after={"review": "on" if on else "off"},
            )

    # -- who publishes ---------------------------------------------------------------------
    def set_organisation(self, name: str, url: str | None) -> None:
        """The organisation that signs the desk's fact-checks, and the site they are read on
        (ClaimReview's `author` and `url`), in one transaction with its history row."""
        cleaned = " ".join((name or "").split())
        if not cleaned or cleaned != visible(cleaned) or len(cleaned) > 200:
            raise InvalidInput(
                f"organisation {visible(name)!r} must be printable, 200 characters at most"
            )
        site = check_url(url, "organisation URL") or ""
        before = {k: self.setting(k) or "" for k in ("organisation", "organisation_url")}
        after = {"organisation": cleaned, "organisation_url": site}
        if before == after:
            return
        with write(self.db):
            self.db.table("settings").upsert_all(
                [{"key": k, "value": v} for k, v in after.items()], pk="key"
            )
            self._log(
                "settings.organisation",
                claim_id=None,
                article_id=None,
                entity="settings",
                entity_id=None,
                before=before,
                after=after,
            )

    # -- analysts ------------------------------------------------------------------------
    def analysts(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM analysts ORDER BY name"))

    def add_analyst(self, name: str) -> bool:
        """Add a name to the desk's list (the names `assign` accepts); False if already there."""
        name = check_name(name)
        if any(row["name"] == name for row in self.analysts()):
            return False
        with write(self.db):
            self.db.table("analysts").insert(
                {"name": name, "added_by": self.analyst, "added_at": self.clock()}
            )
            self._log(
                "analyst.added",
                claim_id=None,
                article_id=None,
                entity="analysts",
                entity_id=None,
                after={"name": name},
            )
        return True

    def known_analyst(self, name: str) -> str:
        """`name` if the desk knows it; "unknown" means not in the `analysts` table."""
        name = check_name(name)
        names = [row["name"] for row in self.analysts()]
        if name not in names:
            known = ", ".join(names) or "none yet"
            raise InvalidInput(
                f"unknown analyst {name!r} (the desk knows: {known}); "
                f"add them with `workbench analyst add {name}`"
            )
        return name

    def names_seen(self) -> list[str]:
        """Every name a change in this database was made under (history's analysts), sorted:
        who a database without a desk list knows (a full read of the history, for an empty
        queue's note alone)."""
        return [
            row["analyst"]
            for row in self.db.query(
                "SELECT DISTINCT analyst FROM history WHERE analyst IS NOT NULL ORDER BY 1"
            )
        ]

    # -- assignment ----------------------------------------------------------------------
    def assign(self, claim_ids: Iterable[int], to: str | None) -> list[int]:
        """Assign claims to an analyst of the desk (None: unassign), all or none; returns the
        claims whose assignee changed."""
        name = self.known_analyst(to) if to is not None else None
        rows = [self.claim_row(claim_id) for claim_id in dict.fromkeys(claim_ids)]
        if not rows:
            raise InvalidInput("name the claims to assign")
        changed = [row for row in rows if row["assignee"] != name]
        stamp = self.clock()
        with write(self.db):
            since = self._last_history_id()
            for row in changed:
                after = {"assignee": name, "assigned_at": stamp if name else None}
                self.db.table("claims").update(row["id"], {**after, "updated_at": stamp})
                self._log(
                    "claim.assigned" if name else "claim.unassigned",
                    claim_id=row["id"],
                    article_id=row["article_id"],
                    entity="claim",
                    entity_id=row["id"],
                    before={"assignee": row["assignee"], "assigned_at": row["assigned_at"]},
                    after=after,
                )
            articles = {row["article_id"] for row in changed}
            self._close_group(
                since,
                f"assignment of {counted(len(changed), 'claim')} to {name}"
                if name
                else f"unassignment of {counted(len(changed), 'claim')}",
                article_id=articles.pop() if len(articles) == 1 else None,
            )
        return [row["id"] for row in changed]

    def assign_article(self, article_id: int, to: str | None) -> list[int]:
        """Assign every claim of an article that is not dismissed."""
        self.article(article_id)
        ids = [
            row["id"]
            for row in self.db.query(
                "SELECT id FROM claims WHERE article_id = ? AND status != 'dismissed' ORDER BY id",
                [article_id],
            )
        ]
        if not ids:
            raise InvalidInput(f"article {article_id} has no claims to assign")
        return self.assign(ids, to)

    # -- review --------------------------------------------------------------------------
    def review(self, claim_id: int, decision: str, comment: str | None = None) -> int:
        """Approve the claim's proposed verdict, or return it to its author with a comment."""
        if decision not in DECISIONS:
            raise InvalidInput(f"review {decision!r} is not one of {', '.join(DECISIONS)}")
        comment = (comment or "").strip() or None
        if decision == "return" and not comment:
            raise InvalidInput("say why the verdict is returned (-m COMMENT)")
        if self.analysts():  # a desk: its reviewers are its analysts, as assignees are
            self.known_analyst(self.analyst)
        claim = self.claim_row(claim_id)
        verdict = self.current_verdict(claim_id)
        if verdict is None:
            raise InvalidInput(f"claim {claim_id} has no verdict to review")
        if verdict["analyst"] == self.analyst:
            raise InvalidInput(
                f"{self.analyst} proposed this verdict and cannot review it; "
                "another analyst must approve or return it"
            )
        if claim["review"] != "proposed":
            raise InvalidInput(
                f"claim {claim_id}'s verdict is {claim['review'] or 'not proposed'}, not "
                "waiting for review; a new verdict is proposed when one is set"
            )
        if decision == "approve":
            self._approvable(claim_id, verdict)
        state = DECISIONS[decision]
        record = {
            "verdict_id": verdict["id"],
            "claim_id": claim_id,
            "decision": state,
            "comment": comment,
            "analyst": self.analyst,
            "decided_at": self.clock(),
        }
        with write(self.db):
            review_id = self._insert("verdict_reviews", record)
            self.db.table("claims").update(claim_id, {"review": state, "updated_at": self.clock()})
            self._log(
                f"verdict.{state}",
                claim_id=claim_id,
                article_id=claim["article_id"],
                entity="verdict_reviews",
                entity_id=review_id,
                before={"review": claim["review"]},
                after={
                    "review": state,
                    "comment": comment,
                    "verdict_id": verdict["id"],
                    "label": verdict["label"],
                    "author": verdict["analyst"],
                },
            )
        return review_id

    def _approvable(self, claim_id: int, verdict: dict) -> None:
        """Refuse to approve a verdict without its rationale (`check_rationale`, the rule every
        verdict recorded and every public report keeps): one recorded before the rule, from an
        old database or an import, would be approved only for the export to refuse it."""
        try:
            check_rationale(verdict["rationale"])
        except InvalidInput as refused:
            raise InvalidInput(
                f"claim {claim_id}: {refused}; its verdict {verdict['label']} has none, so it "
                "is not approved: return it to its author (workbench review "
                f'{claim_id} return -m "...") or give it one (workbench verdict set '
                f'{claim_id} {verdict["label"]} -r "..."), which proposes it again'
            ) from None

    def count_waiting_review(self, article_ids: list[int]) -> int:
        """Claims of these articles whose current verdict is not approved yet."""
        marks = ",".join("?" * len(article_ids)) or "NULL"
        return next(
            iter(
                self.db.query(
                    f"SELECT count(*) AS n FROM claims WHERE article_id IN ({marks}) "
                    "AND review IN ('proposed', 'returned')",
                    article_ids,
                )
            )
        )["n"]

    def reviews_of(self, claim_id: int) -> list[dict]:
        """Every review of the claim's verdicts, oldest first (retracted ones included)."""
        return list(
            self.db.query(
                "SELECT * FROM verdict_reviews WHERE claim_id = ? ORDER BY id", [claim_id]
            )
        )

    def _refresh_review(self, claim_id: int) -> None:
        """Recompute `claims.review` from the current verdict and its latest live review (after
        an undo)."""
        verdict = self.current_verdict(claim_id)
        state = None
        if verdict is not None:
            rows = list(
                self.db.query(
                    "SELECT decision FROM verdict_reviews WHERE verdict_id = ? "
                    "AND retracted_at IS NULL ORDER BY id DESC LIMIT 1",
                    [verdict["id"]],
                )
            )
            state = rows[0]["decision"] if rows else "proposed"
        self.db.table("claims").update(claim_id, {"review": state})

    # -- what waits for whom -------------------------------------------------------------
    def waiting(self) -> list[dict]:
        """Everything that waits on someone, oldest first: claims assigned and not yet given a
        verdict (for the assignee), verdicts returned (for their author), and, when review is
        on, verdicts proposed (for any analyst but their author: `for` is None). Each with the
        claim's number in its article (`place`), by which the desk names it ("claim 7 (id
        26)"; the queue and the overview showed the bare id)."""
        review_on = self.review_on()
        rows = list(self.db.query(_WAITING_SQL))
        places = self.claim_numbers(sorted({row["article_id"] for row in rows}))
        found = []
        for row in rows:
            row["place"] = places.get(row["claim_id"])
            if row["review"] == "proposed":
                if not review_on:
                    continue
                found.append({**row, "reason": "review", "for": None, "since": row["proposed_at"]})
            elif row["review"] == "returned":
                found.append(
                    {**row, "reason": "returned", "for": row["author"], "since": row["reviewed_at"]}
                )
            else:
                found.append(
                    {
                        **row,
                        "reason": "assigned",
                        "for": row["assignee"],
                        "since": row["assigned_at"],
                    }
                )
        return sorted(found, key=lambda item: (item["since"] or "", item["claim_id"]))

    def unassigned_open(self) -> int:
        """Claims new or in progress that no analyst is assigned: in nobody's queue (a queue
        holds assignments and verdicts to act on), listed by `claims --status new`."""
        (count,) = self.db.execute(
            "SELECT count(*) FROM claims WHERE assignee IS NULL AND review IS NULL "
            "AND status IN ('new', 'in-progress')"
        ).fetchone()
        return int(count)

    def queue(self, analyst: str | None = None) -> list[dict]:
        """What waits for one analyst (default: the one working): assigned to them, returned to
        them, or waiting for their review (a verdict someone else proposed)."""
        return _waiting_for(self.waiting(), analyst or self.analyst)

    # -- the desk overview ---------------------------------------------------------------
    def overview(self, longest: int = 10) -> dict[str, Any]:
        """Claims by desk state per article and per analyst (the work waiting on them and the
        work they did: see `analyst` below), and what waits longest."""

        review_on = self.review_on()

        def counts(group: str, where: str = "") -> list[dict]:
            rows = self.db.query(
                f"SELECT {group} AS key, {_desk_state_sql(review_on)} AS state, count(*) AS n "
                f"FROM claims c {where} GROUP BY 1, 2"
            )
            table: dict[Any, dict] = {}
            for row in rows:
                entry = table.setdefault(row["key"], dict.fromkeys(DESK_STATES, 0))
                entry[row["state"]] = row["n"]
            return [{"key": key, **entry} for key, entry in table.items()]

        titles = {
            row["id"]: row["title"] for row in self.db.query("SELECT id, title FROM articles")
        }
        articles = sorted(counts("c.article_id"), key=lambda row: row["key"])
        for row in articles:
            row["title"] = titles.get(row["key"])
        # An analyst's claims: the work waiting on them (new, in progress: assigned to them)
        # and the work they did, whoever it was assigned to: a verdict proposed, returned,
        # approved or done is its author's (a returned one waits in its author's queue), a
        # claim closed without one is the analyst's who set its status, as history records it
        # (the assignee's when history does not say: an import). A verdict bob recorded on a
        # claim assigned to ana was counted done by ana.
        analyst = (
            f"CASE WHEN {_desk_state_sql(review_on)} IN ('new', 'in-progress') THEN c.assignee "
            "WHEN c.review IS NOT NULL THEN (SELECT v.analyst FROM verdicts v "
            "WHERE v.claim_id = c.id AND v.retracted_at IS NULL ORDER BY v.id DESC LIMIT 1) "
            "ELSE COALESCE((SELECT h.analyst FROM history h WHERE h.claim_id = c.id "
            "AND h.action = 'status.set' AND json_extract(h.after, '$.status') = c.status "
            "ORDER BY h.id DESC LIMIT 1), c.assignee) END"
        )
        people = sorted(
            (row for row in counts(analyst) if row["key"] is not None), key=lambda r: r["key"]
        )
        waiting = self.waiting()
        for row in people:
            row["waiting"] = len(_waiting_for(waiting, row["key"]))
        return {
            "review": review_on,
            "states": list(desk_states(review_on)),
            "articles": articles,
            "analysts": people,
            "longest": waiting[:longest],
            "waiting": len(waiting),
        }

    # -- noticing other analysts' changes ------------------------------------------------
    def data_version(self) -> int:
        """SQLite's change counter for this connection: it moves when *another* connection
        commits, so a UI polls it cheaply and re-reads only what it shows."""
        return next(iter(self.db.execute("PRAGMA data_version").fetchall()))[0]
