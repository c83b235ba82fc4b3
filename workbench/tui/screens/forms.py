"""Modal forms: verdict, source, date, note, status, claim edit, ingest. Each checks what was
typed before closing, shows every problem at once and moves focus to the first, and never
drops what was typed without asking (Esc twice)."""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from workbench.extract.dates import MONTHS, published_day
from workbench.figure_text import figure_value
from workbench.safe_text import visible
from workbench.store import DATE_ROLES, STATUSES
from workbench.store.errors import InvalidInput
from workbench.store.validation import check_url, parse_when
from workbench.tui.choices import (
    STANCE_LETTERS,
    DateChoice,
    NoteChoice,
    SourceChoice,
    StatusChoice,
    VerdictChoice,
)
from workbench.tui.typeahead import OpenedByKey, hold_keys, release_keys, welcome_keys

R = TypeVar("R")
FORM_CHROME = 8
"""Rows a form takes around its fields: border and padding (4), the title and its margin
(2), the buttons and their margin (2); the error lines come on top."""
SAVE = object()
"""What `after_enter` returns when Enter on that field saves the form."""


class FieldErrors(InvalidInput):
    """Every problem of a form at once: (field id, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems


class Checks:
    """Collects the problems of a form's fields, so they are all shown together."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def run(self, field: str, check, *args) -> Any:
        try:
            return check(*args)
        except InvalidInput as error:
            self.problems.append((field, str(error)))
            return None

    def fail(self, field: str, message: str) -> None:
        self.problems.append((field, message))

    def done(self) -> None:
        if self.problems:
            raise FieldErrors(self.problems)


class FormScreen(OpenedByKey, ModalScreen[R | None], Generic[R]):
    """A titled modal with Save (ctrl+s) and Cancel (escape) always on screen, and an error
    line; the fields scroll on a short terminal."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", priority=True, id="form.save"),
        # Keys that move focus are priority bindings: the app runs them before it sends the
        # next key anywhere, so text typed ahead (a fast analyst, a paste, a loaded machine)
        # lands in the field it was meant for. As message handlers they ran after the next
        # keys had already gone to the old field, and a rationale typed right after its digit
        # was lost.
        Binding("enter", "enter", show=False, priority=True, id="form.enter"),
        Binding("tab", "app.focus_next", show=False, priority=True, id="form.next_field"),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True, id="form.previous"),
        *(
            Binding(str(n), f"pick_label({n - 1})", show=False, priority=True, id=f"form.label_{n}")
            for n in range(1, 10)
        ),
    ]
    TITLE_TEXT = ""
    LABELS: str | None = None
    """The verdict scale's OptionList (digits 1-9 pick from it), if the form has one."""
    RATIONALE: str | None = None
    """Where a picked label moves on to."""

    def __init__(self) -> None:
        super().__init__()
        self._typed: tuple = ()
        """What the fields held when the form opened: Esc asks before dropping changes."""
        self._discard_armed = False
        self.wb_quit_armed = False
        """ctrl+q was pressed once with typed work open: the next one quits."""
        self._saving = False
        self._error_shown = ""
        """The error line's text, for the room the fields are given."""
        self.wb_keeps_hold = False
        """Set by an opener that gives the save's hold back itself (after its write), so
        keys typed after the save wait until what it changed is on screen."""
        self.wb_save_hold: int | None = None
        """The hold taken by the save, for the opener."""

    def compose(self):
        with Vertical(classes="form"):
            yield Label(self.TITLE_TEXT, classes="form-title")
            with VerticalScroll(classes="form-fields"):
                yield from self.fields()
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="form-save", compact=True)
                yield Button("Cancel (esc)", id="form-cancel", compact=True)

    def on_mount(self) -> None:
        for field in self.query(Input):
            # A filled field takes focus with its cursor at the end, never with its text
            # selected: the next key would replace the whole value (a speaker vanished under
            # a figure typed one Tab too early).
            field.select_on_focus = False
        self.call_after_refresh(self._remember_typed)

    def on_resize(self) -> None:
        self._fit_fields()

    def _fit_fields(self) -> None:
        """The fields scroll within what the screen leaves around them, so the title, every
        error line and the buttons stay on screen however many fields and library results
        the form shows (at 80x24 they were pushed below the last row)."""
        form = self.query_one(".form", Vertical)
        width = max(10, form.content_size.width or 70)
        message = self._error_shown
        # the error line takes its row even when empty
        lines = max(1, len(Text(message).wrap(self.app.console, width)) if message else 0)
        room = self.size.height - FORM_CHROME - lines
        self.query_one(".form-fields", VerticalScroll).styles.max_height = max(3, room)

    def _remember_typed(self) -> None:
        self._typed = self._contents()
        # The form is up, its first field focused: the keys typed ahead come in now.
        welcome_keys(self)

    def _contents(self) -> tuple:
        return tuple(
            w.value if isinstance(w, Input) else w.text
            for w in self.query("Input, TextArea")
            if isinstance(w, Input | TextArea)
        )

    def fields(self):
        yield from ()

    def values(self) -> R:
        """What to return; raise InvalidInput (or FieldErrors) to keep the form open."""
        raise NotImplementedError

    def holds_typed_work(self) -> bool:
        """Has the analyst typed or changed anything since the form opened?"""
        return self._contents() != self._typed

    def action_cancel(self) -> None:
        if self.holds_typed_work() and not self._discard_armed:
            self._discard_armed = True
            self.show_error("Esc again drops what you typed; ctrl+s saves it.")
            return
        self.dismiss(None)

    def show_error(self, message: str) -> None:
        self.query_one(".form-error", Static).update(Text(message, style="bold red"))
        self._error_shown = message
        self._fit_fields()

    def action_save(self) -> None:
        """ctrl+s: a priority binding, so the keys typed after it are held from here; the
        save itself waits for the keys typed before it to land in their field."""
        token = hold_keys(self)
        (self.focused or self).call_later(self._save_now, token)

    def _save_now(self, token: int | None = None) -> None:
        """Check and return the values; `token` is the hold taken for the save (given back
        here, or by the opener once its write is done when it keeps it)."""
        if self._saving:
            release_keys(self, token)
            return  # a second Enter typed ahead of the first one's save: never two saves
        try:
            result = self.values()
        except FieldErrors as error:
            self.show_error("\n".join(message for _, message in error.problems))
            first = self.query(f"#{error.problems[0][0]}")
            if first:
                field = first.first()
                field.focus()
                # Once the fields have their new height: the field in error in view.
                self.call_after_refresh(field.scroll_visible, animate=False)
            release_keys(self, token)
            return
        except InvalidInput as error:
            self.show_error(str(error))
            release_keys(self, token)
            return
        self._saving = True
        self.wb_save_hold = token
        self.dismiss(result)
        if not self.wb_keeps_hold:
            release_keys(self, token)

    @on(Button.Pressed, "#form-save")
    def _save_pressed(self) -> None:
        self._save_now(hold_keys(self))

    @on(Button.Pressed, "#form-cancel")
    def _cancel_pressed(self) -> None:
        self._discard_armed = True
        self.action_cancel()

    # -- moving on: done before the next key is dispatched ----------------------------------
    def action_enter(self) -> None:
        """Enter moves to the next field; on the last field it saves (once the keys already
        sent to that field are in it)."""
        field = self.focused
        following = self.after_enter(field) if field is not None else None
        if following is SAVE and field is not None:
            # Keys typed after this Enter wait (the form is closing, the cursor may move on).
            field.call_later(self._save_now, hold_keys(self))
        elif isinstance(following, Widget):
            self.set_focus(following)
        else:
            raise SkipAction()  # a button, a list without a hook: its own Enter

    def after_enter(self, field: Widget) -> Widget | object | None:
        """Where Enter on `field` leads: a widget, SAVE, or None (the widget's own Enter)."""
        if not isinstance(field, Input):
            return None
        inputs = list(self.query(Input))
        if field is inputs[-1]:
            return SAVE
        chain = self.focus_chain
        return chain[chain.index(field) + 1] if field in chain[:-1] else None

    def action_pick_label(self, index: int) -> None:
        """A digit on the verdict scale picks that label and moves on to the rationale."""
        if self.LABELS is None or isinstance(self.focused, Input | TextArea):
            raise SkipAction()
        labels = self.query_one(self.LABELS, OptionList)
        if not 0 <= index < labels.option_count:
            raise SkipAction()
        labels.highlighted = index
        if self.RATIONALE:
            self.set_focus(self.query_one(self.RATIONALE, Input))

    def text_of(self, selector: str) -> str:
        return self.query_one(selector, Input).value.strip()


def row(label: str, widget: Widget) -> Horizontal:
    """One field on one line: its name, then the input (names stay when a field is filled)."""
    return Horizontal(Label(label, classes="field-name"), widget, classes="field-row")


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
    so changing the label never erases it."""

    TITLE_TEXT = "Verdict"
    LABELS = "#verdict-labels"
    RATIONALE = "#verdict-rationale"

    def __init__(self, scale: list[dict], current: dict | None = None, claim_id: int = 0) -> None:
        super().__init__()
        self.scale = scale
        self.current = current
        self.claim_id = claim_id

    def fields(self):
        yield Label(
            f"Claim {self.claim_id}: verdict (1-{min(9, len(self.scale))})", classes="form-hint"
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
        return VerdictChoice(
            self.scale[labels.highlighted]["key"], self.text_of("#verdict-rationale") or None
        )


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


class DateForm(FormScreen[DateChoice]):
    TITLE_TEXT = "Attach a date"

    def __init__(self, published, language: str) -> None:
        super().__init__()
        self.published, self.language = published, language

    def fields(self):
        # The date first, bordered: it has the focus and is what the analyst types; a
        # borderless box under the role select was taken for no field at all (a Tab to
        # reach it moved past it, and the date typed then went nowhere).
        yield Label("date", classes="form-label")
        yield Input(placeholder=self._examples(), id="date-when")
        yield Label(self._relative_to(), classes="form-hint")
        # A Select in a one-line row drew as a line with its value hidden: label above it.
        yield Label("what happened on that date", classes="form-label")
        yield Select([(r, r) for r in DATE_ROLES], value="event", allow_blank=False, id="date-role")

    def _examples(self) -> str:
        """Ways to write a date, shown on this article's publication day."""
        day = self.published or date.today()
        if self.language == "fr":
            month = next(name for name, n in MONTHS["fr"].items() if n == day.month)
            return f"{day.isoformat()}, {day.day} {month} {day.year}, hier, mardi"
        return f"{day.isoformat()}, {day.strftime('%b')} {day.day} {day.year}, yesterday, Tuesday"

    def _relative_to(self) -> str:
        """What "yesterday" and "mardi" are counted from: the article's publication day, as
        `parse_when` reads them (today when the article has none)."""
        if self.published:
            return (
                f"yesterday, a weekday: counted from the article's publication day, "
                f"{self.published.isoformat()}"
            )
        return "yesterday, a weekday: counted from today (the article has no publication day)"

    def on_mount(self) -> None:
        self.query_one("#date-when", Input).focus()

    def values(self) -> DateChoice:
        when = self.text_of("#date-when")
        try:
            iso = parse_when(when, self.published, self.language)
        except InvalidInput as error:
            # Named for its field: the focus goes back to it, whatever had it before.
            raise FieldErrors([("date-when", str(error))]) from None
        return DateChoice(str(self.query_one("#date-role", Select).value), when, iso)


class ArticleDateForm(FormScreen[str]):
    """The article's publication date, corrected: its claims' relative dates ("hier",
    "lundi") are read again against it."""

    TITLE_TEXT = "Publication date of the article"

    def __init__(self, current: str | None, assumed: bool) -> None:
        super().__init__()
        self.current, self.assumed = current, assumed

    def fields(self):
        if self.assumed:
            yield Label(
                "assumed: none was given or found at ingest, the day of the ingest was used",
                classes="form-hint",
            )
        yield Label("the claims' relative dates are read again against it", classes="form-hint")
        yield row(
            "published",
            Input(
                self.current or "", placeholder="YYYY-MM-DD", id="article-published", compact=True
            ),
        )

    def on_mount(self) -> None:
        self.query_one("#article-published", Input).focus()

    def values(self) -> str:
        typed = self.text_of("#article-published")
        day = published_day(typed)
        if day is None:
            raise FieldErrors(
                [("article-published", f"publication date {typed!r}: a real day, YYYY-MM-DD")]
            )
        return day.isoformat()


class NoteForm(FormScreen[NoteChoice]):
    """A note; opened again with its text and the reason when saving it failed (a locked
    database), so nothing typed is lost."""

    TITLE_TEXT = "Note"

    def __init__(self, body: str = "", error: str | None = None) -> None:
        super().__init__()
        self.body, self.error = body, error

    def fields(self):
        yield TextArea(self.body, id="note-body")

    def on_mount(self) -> None:
        self.query_one("#note-body", TextArea).focus()
        if self.error:
            self.show_error(f"Not saved: {visible(self.error)}")

    def values(self) -> NoteChoice:
        body = self.query_one("#note-body", TextArea).text.strip()
        if not body:
            raise InvalidInput("the note is empty")
        return NoteChoice(body)


class StatusForm(FormScreen[StatusChoice]):
    TITLE_TEXT = "Status"

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def fields(self):
        yield OptionList(
            *[Option(f"{i}  {s}", id=s) for i, s in enumerate(STATUSES, 1)], id="status-options"
        )

    def on_mount(self) -> None:
        options = self.query_one("#status-options", OptionList)
        options.highlighted = STATUSES.index(self.current) if self.current in STATUSES else 0
        options.focus()

    def action_pick_label(self, index: int) -> None:
        """A digit is the status: picked and saved (the keys after it wait for the save)."""
        if not 0 <= index < len(STATUSES):
            raise SkipAction()
        self.query_one("#status-options", OptionList).highlighted = index
        self.action_save()

    @on(OptionList.OptionSelected)
    def _picked(self) -> None:
        self.action_save()

    def values(self) -> StatusChoice:
        return StatusChoice(
            STATUSES[self.query_one("#status-options", OptionList).highlighted or 0]
        )


class EditClaimForm(FormScreen[dict]):
    """Correct the speaker, the figures ("six=6; huit=8") or the span's offsets."""

    TITLE_TEXT = "Edit claim"

    def __init__(self, claim: dict) -> None:
        super().__init__()
        self.claim = claim

    def fields(self):
        figures = "; ".join(
            f"{n['text']}={figure_value(n['value'], grouped=False)}"
            for n in self.claim.get("numbers", [])
        )
        yield Label("speaker")
        yield Input(self.claim.get("speaker") or "", id="edit-speaker", compact=True)
        yield Label("figures (text=value; ...)")
        yield Input(figures, id="edit-figures", compact=True)
        yield Label("span (start-end character offsets)")
        yield Input(f"{self.claim['start']}-{self.claim['end']}", id="edit-span", compact=True)

    def on_mount(self) -> None:
        self.query_one("#edit-speaker", Input).focus()

    def values(self) -> dict:
        """Every problem at once, the focus on the first (one at a time, in place, before)."""
        checks = Checks()
        result: dict = {"speaker": self.text_of("#edit-speaker")}
        figures = []
        for part in filter(None, (p.strip() for p in self.text_of("#edit-figures").split(";"))):
            text, _, value = part.rpartition("=")
            try:
                figures.append({"text": text.strip(), "value": float(value)})
            except ValueError:
                checks.fail("edit-figures", f"figure {part!r} is not text=number")
        old = "; ".join(
            f"{n['text']}={figure_value(n['value'], grouped=False)}"
            for n in self.claim.get("numbers", [])
        )
        if self.text_of("#edit-figures") != old:
            result["numbers"] = figures
        try:
            start, end = (int(x) for x in self.text_of("#edit-span").split("-"))
        except ValueError:
            checks.fail("edit-span", "span must be START-END, e.g. 120-240")
        else:
            if (start, end) != (self.claim["start"], self.claim["end"]):
                result.update(start=start, end=end)
        checks.done()
        return result


class IngestForm(FormScreen[dict]):
    TITLE_TEXT = "Ingest a file or folder"

    def fields(self):
        yield Input(placeholder="path to .txt, .md, .html or a folder", id="ingest-path")
        yield Input(placeholder="publication date YYYY-MM-DD (optional)", id="ingest-date")
        yield Select(
            [("detect language", "auto"), ("français", "fr"), ("English", "en")],
            value="auto",
            allow_blank=False,
            id="ingest-lang",
        )

    def on_mount(self) -> None:
        self.query_one("#ingest-path", Input).focus()

    def values(self) -> dict:
        from pathlib import Path

        path = self.text_of("#ingest-path")
        if not path or not Path(path).expanduser().exists():
            raise InvalidInput(f"{path or 'the path'}: no such file or folder")
        typed = self.text_of("#ingest-date")
        day = published_day(typed)
        if typed and day is None:
            raise InvalidInput(f"publication date {typed!r} is not a real day (YYYY-MM-DD)")
        return {
            "path": str(Path(path).expanduser()),
            "date": day.isoformat() if day else None,
            "lang": self.query_one("#ingest-lang", Select).value,
        }
