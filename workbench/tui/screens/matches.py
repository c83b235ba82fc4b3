"""Across articles: the claim's matches (confirm with y, reject with n) and the timeline."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from workbench.matching.sides import OTHER_FIGURE, is_weak
from workbench.report.explain import explain_lines
from workbench.report.flag_text import describe_match_flag
from workbench.report.match_text import (
    describe_match,
    describe_other_figure,
    match_state,
    other_claim,
)
from workbench.report.timeline import Event, text_axis
from workbench.safe_text import visible
from workbench.tui.typeahead import OpenedByKey, welcome_keys
from workbench.tui.widgets.claims_table import SEEN_GLYPHS

DIALOG_WIDTH = 110
"""The dialog's width in the stylesheet (`.form.wide`)."""

_ORDER = {"suggested": 0, "weak": 1, "confirmed": 2, "rejected": 3}


def _order(match: dict) -> int:
    """Still to decide first (likely ones, then weak ones), then confirmed, rejected last."""
    return _ORDER.get("weak" if is_weak(match) else str(match.get("state")), 0)


class MatchesScreen(OpenedByKey, ModalScreen[dict | None]):
    """Stays open while the analyst confirms and rejects suggestions one after the other
    (`decide` saves each); `Y` closes it, since the claim itself changes. Reuse is a capital
    (a stronger yes): it writes a verdict and sources, and `r`, which sorts the claims table
    behind the dialog, reused them before; `r` here now says where reuse went."""

    BINDINGS = [
        Binding("escape,q", "close", "Close", id="matches.close"),
        Binding("y", "decide('confirmed')", "Confirm", id="matches.confirm"),
        Binding("n", "decide('rejected')", "Reject", id="matches.reject"),
        Binding("Y", "reuse", "Confirm, reuse its verdict and sources", id="matches.reuse"),
        Binding("r", "reuse_moved", show=False, id="matches.reuse_moved"),
        Binding("a", "link", "Link another claim by hand", id="matches.link"),
    ]

    def __init__(
        self,
        matches: list[dict],
        language: str,
        decide: Callable[[int, str], None],
        numbers: list[dict] | None = None,
    ) -> None:
        super().__init__()
        # still to decide first, rejected last
        self.matches = sorted(matches, key=_order)
        self.language, self.decide = language, decide
        self.numbers = numbers or []
        """The claim's figures (a report with another figure says them with their unit)."""

    def compose(self):
        with Vertical(classes="form wide"):
            yield Label(
                "Seen before — y confirms, Y (shift+y) confirms and reuses the earlier "
                "verdict and sources, n rejects, a links another claim by hand, esc closes",
                classes="form-title",
                id="matches-title",
            )
            if not self.matches:
                yield Static(
                    Text(
                        "No earlier claim or fact-check matches this claim, and the matcher "
                        "found no report of the same fact with another figure: a links one by "
                        "hand, and the card then compares their figures.",
                        style="dim",
                    )
                )
            yield OptionList(*[Option(self._prompt(m)) for m in self.matches], id="matches-list")

    def _prompt(self, match: dict) -> Text:
        """A match: its mark, state and score, the other claim (id, language, article, date)
        and that claim's verdict, its words, the figures that disagree (if it is the same
        fact, for a suggestion), then why, one piece of evidence a line. A report
        of the same fact with another figure is said as a disagreement between reports: `y`
        links the two (their figures are then compared), `n` dismisses it."""
        weak = is_weak(match)
        if match.get("kind") == OTHER_FIGURE:
            state = "dismissed" if match["state"] == "rejected" else match["state"]
            head = f"≠ [{state}, same fact, another figure{', weak' if weak else ''}]"
            line = f"{head} {match['score']:.2f}  " + describe_other_figure(
                match, self.language, self.numbers
            )
            return Text(visible(self._wrapped(line)), style="dim" if weak else "")
        glyph = SEEN_GLYPHS.get("weak" if weak else match["state"], " ")
        state = f"{match['state']}{' by hand' if match.get('origin') == 'analyst' else ''}"
        score = "" if match.get("origin") == "analyst" else f" {match['score']:.2f}"
        head = f"{glyph} [{state}{', weak' if weak else ''}]{score}  "
        if match.get("review_url"):
            lines = [head + describe_match(match, self.language)]
        else:
            lines = [
                head + other_claim(match, self.language) + "; " + match_state(match, self.language)
            ]
        lines.append(f"    “{match.get('other_text') or match.get('claim_reviewed') or ''}”")
        flags = [
            f"    {describe_match_flag(flag, match, self.language)}"
            for flag in match.get("disagreements", [])
            if match["state"] != "rejected"
        ]
        why = [
            f"    {'why: ' if number == 0 else '     '}{line}"
            for number, line in enumerate(explain_lines(match, self.language))
        ]
        prompt = Text(visible("\n".join(map(self._wrapped, lines))), style="dim" if weak else "")
        for line in flags:  # the figures that disagree stand out, even on a weak suggestion
            prompt.append("\n" + visible(self._wrapped(line)), style="bold dark_orange")
        for line in why:
            prompt.append("\n" + visible(self._wrapped(line)))
        return prompt

    def _wrapped(self, line: str) -> str:
        """A line cut to the dialog's width, its continuation lines under its own words
        rather than at the left edge, where they read as the next match."""
        width = min(DIALOG_WIDTH, self.app.size.width) - 14  # its border, padding, scrollbar
        words = len(line) - len(line.lstrip(" "))
        rest = line[words:]
        lead = next((len(mark) for mark in ("why: ", "(!) ", "“") if rest.startswith(mark)), 0)
        indent = " " * ((words or 4) + lead)
        return textwrap.fill(line, width, subsequent_indent=indent)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        welcome_keys(self)

    def add_matches(self, found: list[dict]) -> None:
        """Every match of the claim, read after the dialog opened on the best few the card
        had: the others join them in their place, the highlight stays on its match, and a
        decision already taken here is kept."""
        options = self.query_one(OptionList)
        index = options.highlighted
        current = self.matches[index]["id"] if index is not None and self.matches else None
        shown = {m["id"] for m in self.matches}
        self.matches = sorted(
            [*self.matches, *(m for m in found if m["id"] not in shown)],
            key=_order,
        )
        options.clear_options()
        options.add_options([Option(self._prompt(m)) for m in self.matches])
        ids = [m["id"] for m in self.matches]
        if current in ids:
            options.highlighted = ids.index(current)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_decide(self, state: str) -> None:
        """Save the decision, show it in place, move on to the next undecided suggestion."""
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None or not self.matches:
            return
        match = self.matches[index]
        if match["state"] != state:
            self.decide(match["id"], state)
            match["state"] = state
            options.replace_option_prompt_at_index(index, self._prompt(match))
        following = [
            i
            for i in [*range(index + 1, len(self.matches)), *range(index)]
            if self.matches[i]["state"] == "suggested"
        ]
        if following:
            options.highlighted = following[0]

    def action_link(self) -> None:
        """Pick a claim the matcher did not pair with this one (by id or words)."""
        self.dismiss({"link": True})

    def action_reuse_moved(self) -> None:
        """`r` out of habit writes nothing: on the main screen it sorts."""
        self.notify(
            "Y (shift+y) confirms and reuses the verdict and sources; "
            "r sorts the claims table, once this dialog is closed.",
            markup=False,
        )

    def action_reuse(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None and self.matches:
            match = self.matches[index]
            self.dismiss(
                {
                    "match_id": match["id"],
                    "state": "confirmed",
                    "reuse": True,
                    "other_label_en": match.get("other_label_en"),
                }
            )


class TimelineScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,l", "close", "Close", id="timeline.close")]

    def __init__(self, items: list[Event]) -> None:
        super().__init__()
        self.items = items

    def compose(self):
        lines = text_axis(self.items, width=104) or ["No dated claim."]
        with Vertical(classes="form wide"):
            yield Label(
                "Timeline — ◆ publication, ● dated claim (esc closes)", classes="form-title"
            )
            with VerticalScroll():
                yield Static(Text(visible("\n".join(lines))), id="timeline-body")

    def action_close(self) -> None:
        self.dismiss(None)
