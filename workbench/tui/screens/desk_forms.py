"""The desk's two forms: assign a claim (or its whole article) to an analyst, and review a
verdict someone else proposed (approve, or return it with a comment)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.widgets import Checkbox, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from workbench.claim_name import claim_number
from workbench.safe_text import visible
from workbench.store.errors import InvalidInput
from workbench.tui.screens.form_screen import FormScreen

UNASSIGN = "\x00unassign"
"""The option id that stands for "nobody" (no analyst name can hold a control character)."""


class AssignForm(FormScreen):
    """Pick an analyst of the desk (digits or arrows); optionally every claim of the article."""

    TITLE_TEXT = "Assign to"

    def __init__(self, analysts: list[str], current: str | None) -> None:
        super().__init__()
        self.analysts = analysts
        self.current = current

    def fields(self):
        if not self.analysts:
            yield Label(
                Text("The desk knows no analysts yet: `workbench analyst add NAME`.", style="dim")
            )
        yield OptionList(
            *[Option(Text(f"{i}  {visible(n)}"), id=n) for i, n in enumerate(self.analysts, 1)],
            Option(Text("0  nobody (unassign)", style="dim"), id=UNASSIGN),
            id="assign-options",
        )
        yield Checkbox("every claim of this article", id="assign-article")

    def on_mount(self) -> None:
        options = self.query_one("#assign-options", OptionList)
        names = self.analysts
        options.highlighted = names.index(self.current) if self.current in names else 0
        options.focus()

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit() and isinstance(self.focused, OptionList):
            index = int(event.character)
            if index == 0 or index <= len(self.analysts):
                options = self.query_one("#assign-options", OptionList)
                options.highlighted = len(self.analysts) if index == 0 else index - 1
                self.action_save()
                event.stop()

    @on(OptionList.OptionSelected)
    def _picked(self) -> None:
        self.action_save()

    def values(self) -> dict:
        options = self.query_one("#assign-options", OptionList)
        option = options.get_option_at_index(options.highlighted or 0)
        return {
            "to": None if option.id == UNASSIGN else option.id,
            "article": self.query_one("#assign-article", Checkbox).value,
        }


class ReviewForm(FormScreen):
    """The proposed verdict, who proposed it, and the reviewer's decision: `a` approves, or a
    comment then `r`/enter returns it."""

    TITLE_TEXT = "Review the verdict"

    def __init__(self, claim: dict, reviewer: str) -> None:
        super().__init__()
        self.claim = claim
        self.reviewer = reviewer

    def fields(self):
        verdict = self.claim.get("verdict_record") or {}
        summary = Text()
        summary.append(f"{claim_number(self.claim.get('place'), self.claim['id'])}  ", style="bold")
        summary.append(f"review: {self.claim.get('review') or 'no verdict'}\n", style="dim")
        summary.append("“" + visible(self.claim["text"])[:300] + "”\n", style="italic")
        if verdict:
            summary.append(f"{verdict['label_en']} / {verdict.get('label_fr') or ''}", style="bold")
            summary.append(f"  proposed by {visible(verdict['analyst'])}\n", style="dim")
            summary.append(visible(verdict.get("rationale") or "(no rationale)"))
            if verdict["analyst"] == self.reviewer:
                summary.append(
                    "\nYou proposed this verdict: another analyst must review it.", style="bold red"
                )
        yield Static(summary, id="review-summary")
        yield OptionList(
            Option("1  approve", id="approve"),
            Option("2  return to its author (say why below)", id="return"),
            id="review-options",
        )
        yield Input(placeholder="comment (needed to return)", id="review-comment")

    def on_mount(self) -> None:
        self.query_one("#review-options", OptionList).focus()

    def on_key(self, event) -> None:
        if event.character in ("1", "2") and isinstance(self.focused, OptionList):
            options = self.query_one("#review-options", OptionList)
            options.highlighted = int(event.character) - 1
            if event.character == "1":
                self.action_save()
            else:
                self.query_one("#review-comment", Input).focus()
            event.stop()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == "approve":
            self.action_save()
        else:
            self.query_one("#review-comment", Input).focus()

    def values(self) -> dict:
        options = self.query_one("#review-options", OptionList)
        decision = "approve" if (options.highlighted or 0) == 0 else "return"
        comment = self.query_one("#review-comment", Input).value.strip()
        if decision == "return" and not comment:
            raise InvalidInput("say why the verdict is returned")
        return {"decision": decision, "comment": comment or None}
