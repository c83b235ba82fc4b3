"""The keys table of the README, generated from the bindings themselves (a test holds the
README to it): `python -m workbench.tui.keys` prints it."""

from __future__ import annotations

import re

from textual.binding import Binding

NAMES = {
    "slash": "/",
    "question_mark": "?",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "escape": "esc",
}


def key_text(keys: str) -> str:
    return " ".join(f"`{NAMES.get(k.strip(), k.strip())}`" for k in keys.split(","))


def sections() -> list[tuple[str, list[Binding]]]:
    from workbench.tui.app import ClaimWorkbench
    from workbench.tui.desk import DeskApp
    from workbench.tui.screens.articles import ArticlesScreen
    from workbench.tui.screens.form_screen import FormScreen
    from workbench.tui.screens.main import MainScreen
    from workbench.tui.screens.matches import MatchesScreen
    from workbench.tui.screens.queue import QueueScreen
    from workbench.tui.widgets.article_view import ArticleView
    from workbench.tui.widgets.claims_table import ClaimsTable

    def own(bindings) -> list[Binding]:
        return [b for b in bindings if isinstance(b, Binding) and b.description]

    return [
        ("main screen", own(MainScreen.BINDINGS)),
        ("claims table", own(ClaimsTable.BINDINGS)),
        ("article pane", own(ArticleView.BINDINGS)),
        ("every form", own(FormScreen.BINDINGS)),
        ("seen before", own(MatchesScreen.BINDINGS)),
        ("article list", own(ArticlesScreen.BINDINGS)),
        ("my queue", own(QueueScreen.BINDINGS)),
        ("anywhere", own(ClaimWorkbench.BINDINGS) + own(DeskApp.BINDINGS)),
    ]


def part_name(node: object) -> str:
    """The part of the screen a binding belongs to, named as the README's keys table names
    it ("claims table", not the class name ClaimsTable); Textual's own widgets in words."""
    from workbench.tui.app import ClaimWorkbench
    from workbench.tui.desk import DeskApp
    from workbench.tui.screens.articles import ArticlesScreen
    from workbench.tui.screens.form_screen import FormScreen
    from workbench.tui.screens.main import MainScreen
    from workbench.tui.screens.matches import MatchesScreen
    from workbench.tui.screens.queue import QueueScreen
    from workbench.tui.widgets.article_view import ArticleView
    from workbench.tui.widgets.claims_table import ClaimsTable

    parts = (
        (ClaimsTable, "claims table"),
        (ArticleView, "article pane"),
        (MainScreen, "main screen"),
        (FormScreen, "every form"),
        (MatchesScreen, "seen before"),
        (ArticlesScreen, "article list"),
        (QueueScreen, "my queue"),
        (ClaimWorkbench, "anywhere"),
        (DeskApp, "anywhere"),
    )
    for kind, name in parts:
        if isinstance(node, kind):
            return name
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", type(node).__name__).lower()


def keys_markdown() -> str:
    lines = ["| where | key | does | id (for the keymap) |", "| --- | --- | --- | --- |"]
    for where, bindings in sections():
        for binding in bindings:
            lines.append(
                f"| {where} | {key_text(binding.key)} | {binding.description} | `{binding.id}` |"
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(keys_markdown(), end="")
