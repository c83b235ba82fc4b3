"""Linking two claims by hand (a pair the matcher missed): the analyst picks the other claim
by its id or by words of it."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.claim_name import claim_name, claim_number
from workbench.report.match_text import shortened
from workbench.safe_text import visible
from workbench.tui.typeahead import OpenedByKey, welcome_keys


class LinkScreen(OpenedByKey, ModalScreen[int | None]):
    """Returns the id of the claim to link with `claim_id` (None: nothing linked). Enter on
    an id picks it; Enter on words searches the claims (full text), Enter on a result picks
    it."""

    BINDINGS = [Binding("escape", "close", "Close", id="link.close")]

    def __init__(
        self, claim_id: int, find: Callable[[str], list[dict]], place: int | None = None
    ) -> None:
        super().__init__()
        self.wb_claim_id, self.wb_find, self.wb_place = claim_id, find, place
        self.wb_found: list[dict] = []

    def compose(self):
        with Vertical(classes="form wide"):
            yield Label(
                f"Link {claim_number(self.wb_place, self.wb_claim_id)} by hand to the same "
                "fact — the other claim's id, or words of it, then Enter; Enter on a result "
                "links; esc closes",
                classes="form-title",
            )
            yield Input(placeholder="id of the other claim, or words", id="link-query")
            yield OptionList(id="link-results")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        welcome_keys(self)

    @on(Input.Submitted, "#link-query")
    def _asked(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        if typed.isdigit():
            if int(typed) != self.wb_claim_id:
                self.dismiss(int(typed))
            else:
                self.notify("That is this claim: pick another one.", severity="warning")
        elif typed:
            self._search(typed)

    @work(thread=True, exclusive=True, group="link-search", exit_on_error=False)
    def _search(self, words: str) -> None:
        found = [c for c in self.wb_find(words) if c["id"] != self.wb_claim_id]
        self.app.call_from_thread(self._show, found)

    def _show(self, found: list[dict]) -> None:
        self.wb_found = found
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_options(
            [
                Option(
                    Text(
                        visible(
                            f"{claim_name(c.get('place'), c['id'])} of article "
                            f"{c['article_id']}: “{shortened(c['text'])}”"
                        )
                    )
                )
                for c in found
            ]
            or [Option(Text("No claim has these words.", style="dim"), disabled=True)]
        )
        if found:
            results.highlighted = 0
            results.focus()

    @on(OptionList.OptionSelected, "#link-results")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.wb_found):
            self.dismiss(self.wb_found[event.option_index]["id"])

    def action_close(self) -> None:
        self.dismiss(None)
