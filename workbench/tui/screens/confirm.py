"""A yes/no question before a change that would replace what an analyst gave."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from workbench.safe_text import visible


class ConfirmScreen(ModalScreen[bool]):
    """`y` answers yes; `n` or Esc no, the default: nothing changes unless asked for."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, title: str, question: str) -> None:
        super().__init__()
        self.title_text, self.question = title, question

    def compose(self):
        with Vertical(classes="form"):
            yield Label(visible(self.title_text), classes="form-title")
            yield Static(Text(visible(self.question)), id="confirm-question")
            yield Label("y yes · n or esc no", classes="form-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
