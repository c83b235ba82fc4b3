"""The forms the main screen opens on the selected claim (or its article): check, verdict,
source, status, note, date, the article's date, a claim added or edited, and the decisions on
matches seen before. Each opens its form (on the claim's card once it is read) and saves what
the form returns through the screen's `save`, in a worker.

A part of `MainScreen` (which keeps the keys, the selection, the reads and the writes): its
forms, in their own module."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work
from textual.screen import Screen

from workbench.claim_name import claim_number
from workbench.matching.sides import OTHER_FIGURE
from workbench.plural import counted
from workbench.tui.gateway import ReadFirst

if TYPE_CHECKING:
    from workbench.extract.types import Claim
    from workbench.store.claims import Edited
    from workbench.tui.choices import (
        CheckChoice,
        DateChoice,
        NoteChoice,
        SourceChoice,
        StatusChoice,
        VerdictChoice,
    )
    from workbench.tui.gateway import StoreGateway
    from workbench.tui.screens.matches import MatchesScreen


def _found_numbered(store: Any, words: str) -> list[dict]:
    """The first 20 claims with these words, each with its number in its article (`place`),
    for the link form to name them as every message does ("claim 3 (id 12)")."""
    found = store.claims(search=words, limit=20)
    places = store.claim_numbers(sorted({claim["article_id"] for claim in found}))
    return [{**claim, "place": places.get(claim["id"])} for claim in found]


class ClaimForms(Screen):
    """The main screen's forms (mixed into `MainScreen`)."""

    if TYPE_CHECKING:  # what the forms use of MainScreen, defined there
        article_id: int
        article: dict
        labels: dict[str, dict]
        scale: list[dict]

        @property
        def gateway(self) -> StoreGateway: ...

        def save(
            self,
            description: str | Callable[[Any], str],
            change: Callable[[Any], Any] | ReadFirst,
            claim_id: int | None = None,
            *,
            select_result: bool = False,
            reload_article: bool = False,
            advance: bool = False,
            reopen: Callable[[str], None] | None = None,
        ) -> None: ...

        def _need_claim(self) -> int | None: ...

        def _need_card(self, action: str) -> dict | None: ...

        def _push(self, screen: Screen, done: Callable[[Any], None] | None = None) -> None: ...

    def action_check(self) -> None:
        if (claim := self._need_card("check")) is None:
            return
        claim_id = claim["id"]

        def done(choice: CheckChoice | None) -> None:
            if choice:
                label = self.labels[choice.verdict.label]["label_en"]
                linked = f", source {choice.source.stance}" if choice.source else ""
                self.save(
                    f"{claim_number(claim.get('place'), claim_id)} checked: {label}{linked}",
                    lambda store: store.check_claim(
                        claim_id, choice.verdict.label, choice.verdict.rationale, choice.source
                    ),
                    claim_id,
                    advance=True,
                )

        from workbench.tui.screens.check import CheckForm

        self._push(CheckForm(claim, self.scale, self._search_library), done)

    def action_verdict(self) -> None:
        if (claim := self._need_card("verdict")) is None:
            return
        claim_id = claim["id"]
        current = claim.get("verdict_record")

        def done(choice: VerdictChoice | None) -> None:
            # Saved as a check without a source: the verdict and the status it moves to
            # checked are one press of `v`, so one `u` takes both back (`set_verdict` logs
            # them as two changes, undone one at a time); the history keeps both, and each
            # undo as a change of its own.
            if choice:
                label = self.labels[choice.label]["label_en"]
                kept = current is not None and (current["label"], current["rationale"]) == (
                    choice.label,
                    choice.rationale,
                )
                self.save(
                    f"Verdict: {label}" + (" (unchanged)" if kept else ""),
                    lambda store: store.check_claim(claim_id, choice.label, choice.rationale),
                    claim_id,
                )

        from workbench.tui.screens.verdict_form import VerdictForm

        self._push(VerdictForm(self.scale, current, claim_id, claim.get("place")), done)

    def action_source(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return

        def done(choice: SourceChoice | None) -> None:
            if choice:
                self.save(
                    f"Source linked ({choice.stance})",
                    lambda store: store.cite(claim_id, choice),
                    claim_id,
                )

        from workbench.tui.screens.source_form import SourceForm

        self._push(SourceForm(self._search_library), done)

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def _search_library(self, words: str, reply) -> None:
        found = self.gateway.call(lambda store: store.sources(words or None, limit=20))
        self.app.call_from_thread(reply, found)

    def action_status(self) -> None:
        if (claim := self._need_card("status")) is None:
            return
        claim_id = claim["id"]

        def done(choice: StatusChoice | None) -> None:
            if choice:
                self.save(
                    f"Status: {choice.status}",
                    lambda store: store.set_status(claim_id, choice.status),
                    claim_id,
                )

        from workbench.tui.screens.forms import StatusForm

        self._push(StatusForm(claim["status"]), done)

    def action_note(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return
        self._note_form(claim_id)

    def _note_form(self, claim_id: int, body: str = "", error: str | None = None) -> None:
        """The note form; if the save fails (the database locked), it opens again with the
        text typed and the reason."""

        def done(choice: NoteChoice | None) -> None:
            if choice:
                self.save(
                    "Note added",
                    lambda store: store.add_note(claim_id, choice.body),
                    claim_id,
                    reopen=lambda reason: self._note_form(claim_id, choice.body, reason),
                )

        from workbench.tui.screens.forms import NoteForm

        self._push(NoteForm(body, error), done)

    def action_date(self) -> None:
        if (claim_id := self._need_claim()) is None:
            return
        from workbench.extract.dates import published_day

        anchor = published_day(self.article.get("published"))

        def done(choice: DateChoice | None) -> None:
            if choice:
                self.save(
                    f"Date added: {choice.iso}",
                    lambda store: store.add_date(claim_id, choice.role, choice.when),
                    claim_id,
                )

        from workbench.tui.screens.forms import DateForm

        self._push(DateForm(anchor, self.article.get("language") or "fr"), done)

    def action_article_date(self) -> None:
        """Correct the article's publication date; its claims' relative dates follow."""

        def done(day: str | None) -> None:
            if day:
                self.save(
                    lambda redated: (
                        f"Publication date {redated.before or 'none'} -> {redated.after}; "
                        f"dates read again on {counted(len(redated.claims), 'claim')}"
                    ),
                    lambda store: store.set_published(self.article_id, day),
                    reload_article=True,
                )

        from workbench.tui.screens.forms import ArticleDateForm

        self._push(
            ArticleDateForm(
                self.article.get("published"), bool(self.article.get("published_assumed"))
            ),
            done,
        )

    def action_matches(self) -> None:
        if (claim := self._need_card("matches")) is None:
            return
        claim_id = claim["id"]

        def decide(match_id: int, state: str) -> None:
            kind = next(
                (m.get("kind") for m in claim.get("matches", []) if m["id"] == match_id), None
            )
            self.save(
                (
                    "Same fact, another figure: "
                    + ("claims linked, figures compared" if state == "confirmed" else "dismissed")
                )
                if kind == OTHER_FIGURE
                else f"Match {state}",
                lambda store: store.decide_match(match_id, state, claim_id=claim_id),
                claim_id,
            )

        def linked(other: int | None) -> None:
            if other is not None:
                # the other claim named as the desk names one of any article: "claim 3 (id 12)"
                self.save(
                    lambda named: (
                        f"{claim_number(claim.get('place'), claim_id)} and {named} "
                        "linked as the same fact"
                    ),
                    lambda store: (store.link_claims(claim_id, other), store.claim_named(other))[1],
                    claim_id,
                )

        def done(result: dict | None) -> None:
            if result and result.get("link"):
                from workbench.tui.screens.link import LinkScreen

                find = self.gateway.call
                self._push(
                    LinkScreen(
                        claim_id,
                        lambda words: find(lambda s: _found_numbered(s, words)),
                        claim.get("place"),
                    ),
                    linked,
                )
            if result and result.get("reuse"):
                reuse(result["match_id"], result.get("other_label_en"))

        def reuse(match_id: int, theirs: str | None) -> None:
            """Confirm and reuse; a verdict the claim has is replaced only once the analyst
            says so (`r` replaced it silently)."""
            mine = self.labels.get(claim.get("verdict") or "", {}).get("label_en")
            if mine and theirs and mine != theirs:
                from workbench.tui.screens.confirm import ConfirmScreen

                rationale = (claim.get("verdict_record") or {}).get("rationale") or ""
                self._push(
                    ConfirmScreen(
                        f"Replace the verdict of {claim_number(claim.get('place'), claim_id)}?",
                        f"This claim has the verdict {mine}"
                        + (f" (“{rationale}”)" if rationale else "")
                        + f". Reusing the matched claim's would make it {theirs}, with that "
                        "claim's rationale and sources. Undo (u) takes it back.",
                    ),
                    lambda yes: save_reuse(match_id, replace=True) if yes else None,
                )
            else:
                save_reuse(match_id, replace=False)

        def save_reuse(match_id: int, *, replace: bool) -> None:
            self.save(
                lambda reused: (
                    "Match confirmed; reused: "
                    + (
                        f"verdict {self.labels[reused['verdict']]['label_en']}"
                        if reused["verdict"] in self.labels
                        else "no verdict (the other claim has none)"
                    )
                    + f", {reused['sources']} source(s)"
                ),
                lambda store: store.confirm_match(match_id, claim_id, reuse=True, replace=replace),
                claim_id,
            )

        # the interface's language, as on the card (the claims stay as written)
        listed = claim.get("matches", [])
        from workbench.tui.screens.matches import MatchesScreen

        screen = MatchesScreen([dict(m) for m in listed], "en", decide, claim.get("numbers"))
        self._push(screen, done)
        if claim.get("match_count", 0) > len(listed):
            self._rest_of_matches(claim, screen)

    @work(thread=True, group="matches", exit_on_error=False)
    def _rest_of_matches(self, claim: dict, screen: MatchesScreen) -> None:
        """Every match of the claim, for the dialog opened on the few the card lists (each
        with the figures that disagree, as the card's)."""
        from workbench.report.flag_text import with_match_flags

        language = claim["article"].get("language") or "fr"
        found = with_match_flags(
            claim, self.gateway.call(lambda store: store.matches(claim["id"])), language
        )

        def add() -> None:
            if screen.is_attached:
                screen.add_matches(found)

        self.app.call_from_thread(add)

    def action_add_claim(self) -> None:
        def done(result: dict | None) -> None:
            if result:
                self.save(
                    "Claim added",
                    ReadFirst(
                        lambda: self._read_added(result["start"], result["end"], result["speaker"])
                    ),
                    select_result=True,
                    reload_article=True,
                )

        from workbench.tui.screens.add_claim import AddClaimScreen

        self._push(AddClaimScreen(self.article.get("text", "")), done)

    def _read_added(self, first: int, last: int, speaker: str | None) -> Callable[[Any], int]:
        """The span the analyst selected, read as the extractor reads a clause it cut (its
        speaker, figures, dates against the article's day), outside the store's lock.
        Returns the write that stores it; the speaker typed stands over the one read."""

        def span(store) -> tuple[dict, tuple[int, int], list[str]]:
            start, end = store.claim_span(self.article_id, first, last)
            already = store.claims_on_span(self.article_id, start, end)
            return store.article(self.article_id), (start, end), already

        article, (start, end), already = self.gateway.call(span)
        if already:
            self.app.call_from_thread(
                self.app.notify,
                f"{', '.join(already)} already on these words",
                severity="warning",
                timeout=10,
            )
        reading = self._read_span(article, start, end, speaker)
        return lambda store: store.add_claim(
            self.article_id, start, end, speaker=speaker, reading=reading
        )

    def _read_moved(self, claim_id: int, asked: dict, base: dict) -> Callable[[Any], Edited]:
        """The edit `asked` of the claim the form showed (`base`), its moved span read first
        as an added one is (`_read_span`), outside the store's lock. Returns the write."""
        moved = self.gateway.call(
            lambda store: store.moved_span(
                claim_id, asked.get("start"), asked.get("end"), asked.get("speaker"), base
            )
        )
        reading = (
            None
            if moved is None
            else self._read_span(moved.article, moved.start, moved.end, moved.speaker)
        )
        return lambda store: store.edit_claim(claim_id, **asked, base=base, reading=reading)

    def _read_span(self, article: dict, start: int, end: int, speaker: str | None) -> Claim:
        """`read_claim_span`, in the write's worker; the first French reading of a session
        loads the language model, which the analyst is told."""
        from workbench.claim_reading import read_claim_span
        from workbench.extract import model_loaded

        if article.get("language") != "en" and not model_loaded():
            self.app.call_from_thread(
                self.app.notify,
                "Reading the claim: loading the language model (about 30 s the first time)",
                timeout=10,
            )
        return read_claim_span(article, start, end, speaker)

    def action_edit_claim(self) -> None:
        if (claim := self._need_card("edit_claim")) is None:
            return
        claim_id = claim["id"]

        def done(result: dict | None) -> None:
            if result is not None:
                # The card the form started from: a field someone else changed since is
                # refused (StaleEdit, shown), never silently put back. A moved span is read
                # first, as an added claim is.
                self.save(
                    edited,
                    ReadFirst(lambda: self._read_moved(claim_id, result, base))
                    if "start" in result
                    else lambda store: store.edit_claim(claim_id, **result, base=base),
                    claim_id,
                    reload_article=True,
                )

        def edited(done: Edited) -> str:
            """What the save did: what it changed, or that it changed nothing (it said
            "Claim edited" either way), with the corrections a moved span dropped (`u`
            undoes)."""
            named = claim_number(place, claim_id)
            said = (
                f"{named} edited: {', '.join(done.changed)}"
                if done.changed
                else f"{named} unchanged: the form held what the claim already says"
            )
            lost = corrections_dropped(done.dropped)
            return f"{said}; {lost} (u brings it back)" if lost else said

        base, place = dict(claim), claim.get("place")
        from workbench.report.changes import corrections_dropped
        from workbench.tui.screens.forms import EditClaimForm

        self._push(EditClaimForm(claim), done)
