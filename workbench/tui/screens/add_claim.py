"""Add a claim the extractor missed: select its words in the article, then save."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea
from textual.widgets.text_area import Document

from workbench.safe_text import visible
from workbench.tui.typeahead import OpenedByKey, welcome_keys


class AddClaimScreen(OpenedByKey, ModalScreen[dict | None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="addclaim.cancel"),
        Binding("ctrl+s", "save", "Add claim", id="addclaim.save"),
    ]

    def __init__(self, article_text: str) -> None:
        super().__init__()
        self.article_text = visible(article_text)

    def compose(self):
        with Vertical(classes="form wide"):
            yield Label(
                "Select the claim's words (shift+arrows or mouse), then ctrl+s",
                classes="form-title",
            )
            yield TextArea(self.article_text, read_only=True, soft_wrap=True, id="addclaim-text")
            yield Input(placeholder="speaker (optional)", id="addclaim-speaker")
            yield Static("", classes="form-error")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()
        welcome_keys(self)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        area = self.query_one(TextArea)
        start, end = sorted((area.selection.start, area.selection.end))
        document = area.document
        assert isinstance(document, Document)  # plain text: no syntax-aware document here
        first = document.get_index_from_location(start)
        last = document.get_index_from_location(end)
        if last - first < 2:
            self.query_one(".form-error", Static).update(
                Text("select the words of the claim first", style="bold red")
            )
            return
        self.dismiss(
            {"start": first, "end": last, "speaker": self.query_one(Input).value.strip() or None}
        )
