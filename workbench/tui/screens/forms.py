"""Small modal forms: date, article date, note, status, claim edit, ingest."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.actions import SkipAction
from textual.widgets import Input, Label, OptionList, Select, TextArea
from textual.widgets.option_list import Option

from workbench.extract.dates import MONTHS, published_day
from workbench.figure_text import figure_value, typed_figure
from workbench.safe_text import visible
from workbench.store import DATE_ROLES, STATUSES
from workbench.store.claims import check_date
from workbench.store.errors import InvalidInput
from workbench.store.validation import parse_when
from workbench.tui.choices import DateChoice, NoteChoice, StatusChoice
from workbench.tui.screens.form_screen import SAVE, Checks, FieldErrors, FormScreen, row


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
    """Correct the speaker, the figures and what each counts ("six=6 missiles; huit=8": a
    figure written without what it counts keeps it), the dates ("mardi=2024-11-19"; one left out is removed) or the span's offsets."""

    TITLE_TEXT = "Edit claim"

    def __init__(self, claim: dict) -> None:
        super().__init__()
        self.claim = claim

    def fields(self):
        yield Label("speaker")
        yield Input(self.claim.get("speaker") or "", id="edit-speaker", compact=True)
        yield Label("figures (text=value what-it-counts; ...)")
        yield Input(self._figures(), id="edit-figures", compact=True)
        yield Label("dates (text=YYYY-MM-DD; ...; remove one to drop it)")
        yield Input(self._dates(), id="edit-dates", compact=True)
        yield Label("span (start-end character offsets)")
        yield Input(f"{self.claim['start']}-{self.claim['end']}", id="edit-span", compact=True)

    def on_mount(self) -> None:
        self.query_one("#edit-speaker", Input).focus()

    def values(self) -> dict:
        """Every problem at once, the focus on the first (one at a time, in place, before)."""
        checks = Checks()
        result: dict = {}
        # a speaker is asked for only when changed: one given with a moved span stands
        # over the one read there (the span's own speaker is read, as for a claim added)
        if self.text_of("#edit-speaker") != (self.claim.get("speaker") or "").strip():
            result["speaker"] = self.text_of("#edit-speaker")
        figures = []
        for part in filter(None, (p.strip() for p in self.text_of("#edit-figures").split(";"))):
            try:
                # what it counts, when written after the value; else it keeps its unit (a
                # figure corrected keeps what it counts, as `claim edit --figure` does)
                figures.append(typed_figure(part))
            except ValueError:
                checks.fail(
                    "edit-figures",
                    f"figure {part!r} is not text=number, with what it counts after the "
                    "number if it counts something (four=4 co-defendants)",
                )
        if self.text_of("#edit-figures") != self._figures():
            result["numbers"] = figures
        if self.text_of("#edit-dates") != self._dates():
            result["dates"] = self._typed_dates(checks)
        try:
            start, end = (int(x) for x in self.text_of("#edit-span").split("-"))
        except ValueError:
            checks.fail("edit-span", "span must be START-END, e.g. 120-240")
        else:
            if (start, end) != (self.claim["start"], self.claim["end"]):
                result.update(start=start, end=end)
        checks.done()
        return result

    def _figures(self) -> str:
        """The claim's figures as the form shows them, each with what it counts: "six=6
        missiles; huit=8"."""
        return "; ".join(
            f"{n['text']}={figure_value(n['value'], grouped=False)}"
            + (f" {n['unit']}" if n.get("unit") else "")
            for n in self.claim.get("numbers", [])
        )

    def _dates(self) -> str:
        """The claim's dates as the form shows them: "mardi=2024-11-19"."""
        return "; ".join(f"{d['text']}={d['iso']}" for d in self.claim.get("dates", []))

    def _typed_dates(self, checks: Checks) -> list[dict]:
        """The dates field read back (the store checks the days: `check_date`)."""
        typed = []
        for part in filter(None, (p.strip() for p in self.text_of("#edit-dates").split(";"))):
            text, _, iso = part.rpartition("=")
            try:
                typed.append(check_date({"text": text, "iso": iso.strip()}))
            except InvalidInput as error:
                checks.fail("edit-dates", f"{error} (text=YYYY-MM-DD)")
        return typed


class IngestForm(FormScreen[dict]):
    """A path, and optionally a publication date and a language. Enter ingests from the path
    or the date (each form field's Enter moved on, so Enter after a path went to the
    optional date and a trial's analyst waited for an ingest that never started); Tab
    reaches the date and the language."""

    TITLE_TEXT = "Ingest a file or folder"

    def fields(self):
        yield Input(placeholder="path to .txt, .md, .html or a folder", id="ingest-path")
        yield Label(
            "enter ingests; tab: a publication date, the language (both optional)",
            classes="form-hint",
        )
        yield Input(placeholder="publication date YYYY-MM-DD (optional)", id="ingest-date")
        yield Select(
            [("detect language", "auto"), ("français", "fr"), ("English", "en")],
            value="auto",
            allow_blank=False,
            id="ingest-lang",
        )

    def on_mount(self) -> None:
        self.query_one("#ingest-path", Input).focus()

    def after_enter(self, field):
        """Enter on the path or the date ingests (a path that is not there is said, and the
        form stays open on it); on the language it is the list's own."""
        return SAVE if isinstance(field, Input) else super().after_enter(field)

    def values(self) -> dict:
        from pathlib import Path

        checks = Checks()
        path = self.text_of("#ingest-path")
        if not path or not Path(path).expanduser().exists():
            checks.fail("ingest-path", f"{path or 'the path'}: no such file or folder")
        typed = self.text_of("#ingest-date")
        day = published_day(typed)
        if typed and day is None:
            checks.fail("ingest-date", f"publication date {typed!r} is not a real day (YYYY-MM-DD)")
        checks.done()
        return {
            "path": str(Path(path).expanduser()),
            "date": day.isoformat() if day else None,
            "lang": self.query_one("#ingest-lang", Select).value,
        }
