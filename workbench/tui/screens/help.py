"""Every key of the focused part of the screen, with what it does (F1 or ?)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "close", "Close", id="help.close")]

    def __init__(self, bindings: list[tuple[str, str, str]], legend: str = "") -> None:
        super().__init__()
        self.bindings = bindings
        self.wb_legend = legend
        """What the screen's columns abbreviate (the claims table's kinds letters)."""
        """(key, description, where) for every active binding."""

    def compose(self):
        body = Text()
        for key, description, where in self.bindings:
            body.append(f"{key:>14}  ", style="bold")
            body.append(f"{description}")
            body.append(f"  ({where})\n", style="dim")
        if self.wb_legend:
            body.append(f"\n{self.wb_legend}\n")
        body.append(
            "\nKeys can be remapped in ~/.config/claim-workbench/keymap.toml "
            '([keys] binding-id = "key"); ctrl+p lists every action.',
            style="dim",
        )
        with Vertical(classes="form wide"):
            yield Label("Keys (esc closes)", classes="form-title")
            with VerticalScroll():
                yield Static(body)

    def action_close(self) -> None:
        self.dismiss(None)
