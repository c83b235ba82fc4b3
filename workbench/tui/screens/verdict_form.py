"""The verdict form: a label from the desk's scale, picked by digit, and why."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.claim_name import claim_number
from workbench.store.errors import InvalidInput
from workbench.store.validation import check_rationale
from workbench.tui.choices import VerdictChoice
from workbench.tui.screens.form_screen import Checks, FormScreen, row


def label_options(scale: list[dict]) -> list[Option]:
    """The verdict scale as options "1  False / Faux · rating 1 of 5", keyed by label: the
    digit that picks it is the line's only bare number."""
    return [
        Option(
            Text(
                f"{i}  {e['label_en']} / {e['label_fr'] or ''}"
                f"{' · rating ' + str(e['rating']) + ' of 5' if e['rating'] else ''}"
            ),
            id=e["key"],
        )
        for i, e in enumerate(scale, 1)
    ]


class VerdictForm(FormScreen[VerdictChoice]):
    """Pick a label (digits 1-9 or arrows) and say why; the current rationale is pre-filled,
    so changing the label never erases it, and a verdict without one is not saved."""

    TITLE_TEXT = "Verdict"
    LABELS = "#verdict-labels"
    RATIONALE = "#verdict-rationale"

    def __init__(
        self,
        scale: list[dict],
        current: dict | None = None,
        claim_id: int = 0,
        place: int | None = None,
    ) -> None:
        super().__init__()
        self.scale = scale
        self.current = current
        self.claim_id = claim_id
        self.place = place
        """The claim's number in its article, which the form names it by ("Claim 7")."""

    def fields(self):
        yield Label(
            f"{claim_number(self.place, self.claim_id)}: verdict (1-{min(9, len(self.scale))})",
            classes="form-hint",
        )
        yield OptionList(*label_options(self.scale), id="verdict-labels")
        yield row(
            "rationale",
            Input(
                (self.current or {}).get("rationale") or "",
                placeholder="what the evidence shows (enter saves)",
                id="verdict-rationale",
                compact=True,
            ),
        )

    def on_mount(self) -> None:
        labels = self.query_one("#verdict-labels", OptionList)
        keys = [e["key"] for e in self.scale]
        labels.highlighted = (
            keys.index(self.current["label"])
            if self.current and self.current.get("label") in keys
            else 0
        )
        labels.focus()

    def after_enter(self, field: Widget) -> Widget | object | None:
        if field.id == "verdict-labels":
            return self.query_one("#verdict-rationale", Input)
        return super().after_enter(field)

    def values(self) -> VerdictChoice:
        labels = self.query_one("#verdict-labels", OptionList)
        if labels.highlighted is None:
            raise InvalidInput("pick a label")
        checks = Checks()
        rationale = checks.run(
            "verdict-rationale", check_rationale, self.text_of("#verdict-rationale")
        )
        checks.done()
        return VerdictChoice(self.scale[labels.highlighted]["key"], rationale)
