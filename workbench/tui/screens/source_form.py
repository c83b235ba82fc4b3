"""The source form: a new source or one found in the library, with its stance and excerpt."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from workbench.safe_text import visible
from workbench.store.validation import check_url, parse_when
from workbench.tui.choices import STANCE_LETTERS, SourceChoice
from workbench.tui.screens.form_screen import Checks, FormScreen, row


def stance_of(letter: str) -> str | None:
    return STANCE_LETTERS.get(letter.strip().lower()[:1])


STANCE_HINT = "s supports · r refutes · c context"


class StanceInput(Input):
    """Stance as one letter: the letter is the whole answer, so it moves on to the next field.
    A priority binding of the field itself: focus moves before the app dispatches the next
    key, so an excerpt typed right after the letter lands in the excerpt."""

    BINDINGS = [
        Binding(key, f"pick('{key.lower()}')", show=False, priority=True, id=f"stance.{key}")
        for key in "srcSRC"
    ]

    def action_pick(self, letter: str) -> None:
        self.value = letter
        self.screen.focus_next()


def stance_input(id: str, value: str = "") -> Input:
    return StanceInput(
        value, placeholder=STANCE_HINT, id=id, max_length=1, restrict=r"[srcSRC]", compact=True
    )


def library_line(source: dict) -> Text:
    """A library source: its title and address, or its address alone (once) without one."""
    archived = "  (archived)" if source.get("archived_url") else ""
    named = f"{source['title']} <{source['url']}>" if source.get("title") else source["url"]
    return Text(visible(f"{named}{archived}"))


class SourceForm(FormScreen[SourceChoice]):
    """A new source, or one from the library found by search; with stance and excerpt. A
    source picked from the library is linked as it is stored (its archive URL kept)."""

    TITLE_TEXT = "Source"

    def __init__(self, search_library) -> None:
        super().__init__()
        self.search_library = search_library
        """Called with the words typed and a reply callback (the search runs in a worker)."""
        self.found: list[dict] = []
        self.picked: dict | None = None
        """The library source chosen, while the URL field still holds its URL."""

    def fields(self):
        yield row(
            "library",
            Input(placeholder="search by title, publisher, URL", id="source-search", compact=True),
        )
        yield OptionList(id="source-found", classes="-empty")
        yield row("URL", Input(placeholder="https://...", id="source-url", compact=True))
        yield row("title", Input(id="source-title", compact=True))
        yield row("publisher", Input(id="source-publisher", compact=True))
        yield row(
            "published",
            Input(
                placeholder="2024-11-19, 19 novembre 2024, Nov 19 2024",
                id="source-published",
                compact=True,
            ),
        )
        yield row("stance", stance_input("source-stance"))
        yield row(
            "excerpt",
            Input(placeholder="the passage that matters", id="source-excerpt", compact=True),
        )
        yield row(
            "archive", Input(placeholder="archived copy URL", id="source-archive", compact=True)
        )

    def on_mount(self) -> None:
        self.query_one("#source-url", Input).focus()

    @on(Input.Changed, "#source-search")
    def _search(self, event: Input.Changed) -> None:
        self.search_library(event.value, self.show_found)

    def show_found(self, sources: list[dict]) -> None:
        self.found = sources
        found = self.query_one("#source-found", OptionList)
        found.clear_options()
        found.add_options(Option(library_line(s)) for s in sources)
        found.set_class(not sources, "-empty")
        if sources:
            found.highlighted = 0

    def after_enter(self, field: Widget) -> Widget | object | None:
        if field.id == "source-search" and self.found:
            return self.query_one("#source-found", OptionList)
        if field.id == "source-found":
            found = self.query_one("#source-found", OptionList)
            if found.highlighted is None or not self.found:
                return None
            self._choose(self.found[found.highlighted])
            return self.query_one("#source-stance", Input)
        return super().after_enter(field)

    @on(OptionList.OptionSelected, "#source-found")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        """A click on a library source."""
        self._choose(self.found[event.option_index])
        self.query_one("#source-stance", Input).focus()

    def _choose(self, source: dict) -> None:
        self.picked = source
        for field, key in (
            ("url", "url"),
            ("title", "title"),
            ("publisher", "publisher"),
            ("published", "published"),
            ("archive", "archived_url"),
        ):
            self.query_one(f"#source-{field}", Input).value = source.get(key) or ""

    def values(self) -> SourceChoice:
        checks = Checks()
        url = checks.run("source-url", check_url, self.text_of("#source-url"), "source URL")
        if not url and not checks.problems:
            checks.fail("source-url", "a source needs a URL")
        published_text = self.text_of("#source-published")
        published = (
            checks.run("source-published", parse_when, published_text, date.today(), "fr")
            if published_text
            else None
        )
        stance = stance_of(self.text_of("#source-stance"))
        if not stance:
            checks.fail("source-stance", "stance: type s (supports), r (refutes) or c (context)")
        archived = checks.run(
            "source-archive", check_url, self.text_of("#source-archive") or None, "archived URL"
        )
        checks.done()
        picked = self.picked if self.picked and self.picked["url"] == url else None
        return SourceChoice(
            url=url or "",
            stance=stance or "context",
            excerpt=self.text_of("#source-excerpt") or None,
            source_id=picked["id"] if picked else None,
            title=self.text_of("#source-title") or None,
            publisher=self.text_of("#source-publisher") or None,
            published=published,
            archived_url=archived,
        )
