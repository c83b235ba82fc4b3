"""The check form: the analyst's common loop in one form. A verdict (digit), its rationale
(pre-filled with the current one), a source given by URL or found in the library by a few
words, its stance as one letter and an excerpt. Enter moves on; Enter on the excerpt saves.

From the table: c, a digit, Enter, Enter, one stance letter, Enter: six command keys for
verdict + source + status, and the cursor is already on the next unchecked claim."""

from __future__ import annotations

from textual import on
from textual.actions import SkipAction
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.claim_name import claim_number
from workbench.store.errors import InvalidInput
from workbench.store.validation import check_rationale, check_url
from workbench.tui.choices import CheckChoice, SourceChoice, VerdictChoice
from workbench.tui.screens.form_screen import Checks, FormScreen, row
from workbench.tui.screens.source_form import library_line, stance_input, stance_of
from workbench.tui.screens.verdict_form import label_options
from workbench.tui.typeahead import hold_keys, release_keys


def looks_like_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


class CheckForm(FormScreen[CheckChoice]):
    """One claim checked in one go; saving sets the status and moves to the next claim."""

    BINDINGS = [Binding("down", "to_results", show=False)]

    TITLE_TEXT = "Check claim"
    LABELS = "#check-labels"
    RATIONALE = "#check-rationale"

    def __init__(self, claim: dict, scale: list[dict], search_library) -> None:
        super().__init__()
        self.claim = claim
        self.scale = scale
        self.current = claim.get("verdict_record")
        self.search_library = search_library
        """Called with the words typed and a reply callback (the search runs in a worker)."""
        self.found: list[dict] = []
        self.picked: dict | None = None
        self.wb_searching: str | None = None
        """The words whose library search has not replied yet."""
        self.wb_found_for: str | None = None
        """The words the results shown were found for."""
        self.wb_enter_hold: int | None = None
        """Keys held by an Enter typed on the source before its search replied."""

    def fields(self):
        yield Label(
            f"{claim_number(self.claim.get('place'), self.claim['id'])}: verdict "
            f"(1-{min(9, len(self.scale))})",
            classes="form-hint",
        )
        yield OptionList(*label_options(self.scale), id="check-labels")
        yield row(
            "rationale",
            Input(
                (self.current or {}).get("rationale") or "",
                placeholder="what the evidence shows",
                id="check-rationale",
                compact=True,
            ),
        )
        yield row(
            "source",
            Input(
                placeholder="https://… or words to find one in the library (optional)",
                id="check-source",
                compact=True,
            ),
        )
        yield OptionList(id="check-found", classes="-empty")
        yield row("stance", stance_input("check-stance"))
        yield row(
            "excerpt",
            Input(
                placeholder="the passage that matters (enter saves)",
                id="check-excerpt",
                compact=True,
            ),
        )

    def on_mount(self) -> None:
        labels = self.query_one("#check-labels", OptionList)
        keys = [e["key"] for e in self.scale]
        current = (self.current or {}).get("label")
        labels.highlighted = keys.index(current) if current in keys else 0
        labels.focus()

    def after_enter(self, field: Widget) -> Widget | object | None:
        """Enter on the labels goes to the rationale; on the source, to the stance, with the
        library's first result for words that found some (Down picks another); on a result,
        picks it."""
        if field.id == "check-labels":
            return self.query_one("#check-rationale", Input)
        if field.id == "check-source":
            # Where Enter leads depends on the words typed and what the library found for
            # them: both may still be on their way. The keys after it wait.
            if self.wb_enter_hold is None:
                self.wb_enter_hold = hold_keys(self)
                field.call_later(self._source_entered)
            return field
        if field.id == "check-found":
            found = self.query_one("#check-found", OptionList)
            if found.highlighted is None or not self.found:
                return None
            self._pick(self.found[found.highlighted])
            return self.query_one("#check-stance", Input)
        return super().after_enter(field)

    # -- the source: a URL, or words that search the library ------------------------------
    @on(Input.Changed, "#check-source")
    def _source_typed(self, event: Input.Changed) -> None:
        if self.picked and event.value != self.picked["url"]:
            self.picked = None
        self._search(event.value.strip())

    def _search(self, words: str) -> None:
        """Search the library for words (not for an address), unless already asked."""
        if words and not looks_like_url(words):
            if words != self.wb_searching:
                self.wb_searching = words
                self.search_library(words, lambda found: self._found_for(words, found))
        else:
            self.wb_searching = None
            self.show_found([])

    def _found_for(self, words: str, sources: list[dict]) -> None:
        """A search's reply, shown if it is for the words now asked; an Enter waiting for it
        goes on."""
        if words != self.wb_searching:
            return
        self.wb_searching = None
        self.wb_found_for = words
        self.show_found(sources)
        if self.wb_enter_hold is not None:
            self._source_entered()

    def _source_entered(self) -> None:
        """Enter on the source, once the keys typed before it are in the field and the
        library has answered for its words: the first source found is taken (when words found
        some), on to the stance; then the keys typed after the Enter follow, as if the
        analyst had waited."""
        source = self.query_one("#check-source", Input)
        words = source.value.strip()
        if words and not looks_like_url(words) and words != self.wb_found_for:
            self._search(words)
            return  # `_found_for` comes back here
        token, self.wb_enter_hold = self.wb_enter_hold, None
        if self.focused is source:
            if self.found and words and not looks_like_url(words):
                self._pick_shown()
            self.set_focus(self.query_one("#check-stance", Input))
        release_keys(self, token)

    def action_to_results(self) -> None:
        """Down from the source's words: into the library's results, to pick another than
        the first (Enter on the words takes the first)."""
        source = self.query_one("#check-source", Input)
        if self.focused is not source or not self.found:
            raise SkipAction()
        self.set_focus(self.query_one("#check-found", OptionList))

    def show_found(self, sources: list[dict]) -> None:
        self.found = sources
        found = self.query_one("#check-found", OptionList)
        found.clear_options()
        found.add_options(Option(library_line(s)) for s in sources)
        found.set_class(not sources, "-empty")
        if sources:
            found.highlighted = 0

    @on(OptionList.OptionSelected, "#check-found")
    def _library_clicked(self, event: OptionList.OptionSelected) -> None:
        self._pick(self.found[event.option_index])
        self.query_one("#check-stance", Input).focus()

    def _pick_shown(self) -> None:
        """Take the library result highlighted, else the first."""
        found = self.query_one("#check-found", OptionList)
        self._pick(self.found[found.highlighted or 0])

    def _pick(self, source: dict) -> None:
        self.picked = source
        self.query_one("#check-source", Input).value = source["url"]
        self.show_found([])

    def _library_source(self, words: str, checks: Checks) -> str:
        """Saving with words in the source field: the library source found for them (the one
        highlighted, else the first), as Enter takes it; words that found none are not an
        address to check, and the analyst is told so."""
        if self.found and words == self.wb_found_for:
            self._pick_shown()
            return self.picked["url"] if self.picked else ""
        if words == self.wb_searching:
            checks.fail("check-source", f"still searching the library for “{words}”")
        else:
            checks.fail(
                "check-source",
                f"nothing in the library matches “{words}”: type the source's address (https://…)",
            )
        return ""

    def values(self) -> CheckChoice:
        labels = self.query_one("#check-labels", OptionList)
        if labels.highlighted is None:
            raise InvalidInput("pick a label")
        checks = Checks()
        rationale = checks.run("check-rationale", check_rationale, self.text_of("#check-rationale"))
        verdict = VerdictChoice(self.scale[labels.highlighted]["key"], rationale)
        typed = self.text_of("#check-source")
        source = None
        if typed and not looks_like_url(typed):
            typed = self._library_source(typed, checks)
            checks.done()
        if typed:
            url = checks.run("check-source", check_url, typed, "source URL")
            stance = stance_of(self.text_of("#check-stance"))
            if not stance:
                checks.fail("check-stance", "stance: type s (supports), r (refutes) or c (context)")
            checks.done()
            picked = self.picked if self.picked and self.picked["url"] == url else None
            source = SourceChoice(
                url=url or "",
                stance=stance or "context",
                excerpt=self.text_of("#check-excerpt") or None,
                source_id=picked["id"] if picked else None,
            )
        checks.done()
        return CheckChoice(verdict, source)
