"""The base of every modal form: fields that scroll, Save (ctrl+s) and Cancel (esc) always on
screen, every problem shown at once with focus on the first, and nothing typed dropped
without asking (Esc twice)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.actions import SkipAction
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList, Static, TextArea

from workbench.store.errors import InvalidInput
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
