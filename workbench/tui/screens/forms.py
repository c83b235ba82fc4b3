"""Modal forms: verdict, source, date, note, status, claim edit, ingest. Each checks what was
typed before closing, so a mistake is shown in the form and nothing typed is lost."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets.option_list import Option

from workbench.extract.dates import published_day
from workbench.safe_text import visible
from workbench.store import DATE_ROLES, STANCES, STATUSES
from workbench.store.errors import InvalidInput
from workbench.store.validation import check_day, check_url, parse_when


class FormScreen(ModalScreen[dict | None]):
    """A titled modal with Save (ctrl+s) and Cancel (escape) and an error line."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]
    TITLE_TEXT = ""

    def compose(self):
        # Scrolls on short terminals (80x24): focus brings every field into view.
        with VerticalScroll(classes="form"):
            yield Label(self.TITLE_TEXT, classes="form-title")
            yield from self.fields()
            yield Static("", classes="form-error")
            with Horizontal(classes="form-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="form-save")
                yield Button("Cancel (esc)", id="form-cancel")

    def fields(self):
        yield from ()

    def values(self) -> dict:
        """What to return; raise InvalidInput with a message to keep the form open."""
        return {}

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        try:
            result = self.values()
        except InvalidInput as error:
            self.query_one(".form-error", Static).update(Text(str(error), style="bold red"))
            return
        self.dismiss(result)

    @on(Button.Pressed, "#form-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#form-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter moves to the next field; on the last field it saves."""
        inputs = list(self.query(Input))
        if event.input is inputs[-1]:
            self.action_save()
        else:
            self.focus_next()

    def text_of(self, selector: str) -> str:
        return self.query_one(selector, Input).value.strip()


class VerdictForm(FormScreen):
    """Pick a label (digits 1-9 or arrows) and say why."""

    TITLE_TEXT = "Verdict"

    def __init__(self, scale: list[dict], current: dict | None = None) -> None:
        super().__init__()
        self.scale = scale
        self.current = current

    def fields(self):
        options = OptionList(
            *[
                Option(
                    Text(
                        f"{i}  {e['label_en']} / {e['label_fr'] or ''}"
                        f"{'  (' + str(e['rating']) + ')' if e['rating'] else ''}"
                    ),
                    id=e["key"],
                )
                for i, e in enumerate(self.scale, 1)
            ],
            id="verdict-labels",
        )
        yield options
        yield Input(
            placeholder="rationale: what the evidence shows (enter saves)", id="verdict-rationale"
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

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit() and not isinstance(self.focused, Input):
            index = int(event.character) - 1
            if 0 <= index < len(self.scale):
                self.query_one("#verdict-labels", OptionList).highlighted = index
                self.query_one("#verdict-rationale", Input).focus()
                event.stop()

    @on(OptionList.OptionSelected)
    def _picked(self) -> None:
        self.query_one("#verdict-rationale", Input).focus()

    def values(self) -> dict:
        labels = self.query_one("#verdict-labels", OptionList)
        if labels.highlighted is None:
            raise InvalidInput("pick a label")
        return {
            "label": self.scale[labels.highlighted]["key"],
            "rationale": self.text_of("#verdict-rationale") or None,
        }


class SourceForm(FormScreen):
    """A new source, or one from the library found by search; with stance and excerpt."""

    TITLE_TEXT = "Source"

    def __init__(self, search_library) -> None:
        super().__init__()
        self.search_library = search_library
        """Called with the words typed; returns matching sources (run in a worker)."""
        self.found: list[dict] = []

    def fields(self):
        yield Input(placeholder="search the library (title, publisher, URL)", id="source-search")
        yield OptionList(id="source-found", classes="-empty")
        yield Input(placeholder="URL (https://...)", id="source-url")
        yield Input(placeholder="title", id="source-title")
        yield Input(placeholder="publisher", id="source-publisher")
        yield Input(placeholder="published (YYYY-MM-DD)", id="source-published")
        yield Select(
            [(s, s) for s in STANCES], value="context", allow_blank=False, id="source-stance"
        )
        yield Input(placeholder="excerpt: the passage that matters", id="source-excerpt")
        yield Input(placeholder="archived copy URL", id="source-archive")

    def on_mount(self) -> None:
        self.query_one("#source-url", Input).focus()

    @on(Input.Changed, "#source-search")
    def _search(self, event: Input.Changed) -> None:
        self.search_library(event.value, self.show_found)

    def show_found(self, sources: list[dict]) -> None:
        self.found = sources
        found = self.query_one("#source-found", OptionList)
        found.clear_options()
        found.add_options(
            Option(Text(visible(f"{s.get('title') or '-'} <{s['url']}>"))) for s in sources
        )
        found.set_class(not sources, "-empty")
        if sources:
            found.highlighted = 0

    @on(OptionList.OptionSelected, "#source-found")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        source = self.found[event.option_index]
        for field, key in (
            ("url", "url"),
            ("title", "title"),
            ("publisher", "publisher"),
            ("published", "published"),
        ):
            self.query_one(f"#source-{field}", Input).value = source.get(key) or ""
        self.query_one("#source-excerpt", Input).focus()

    @on(Input.Submitted, "#source-search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#source-found", OptionList).focus()

    def values(self) -> dict:
        url = check_url(self.text_of("#source-url"), "source URL")
        if not url:
            raise InvalidInput("a source needs a URL")
        return {
            "url": url,
            "title": self.text_of("#source-title") or None,
            "publisher": self.text_of("#source-publisher") or None,
            "published": check_day(self.text_of("#source-published") or None, "published date"),
            "stance": self.query_one("#source-stance", Select).value,
            "excerpt": self.text_of("#source-excerpt") or None,
            "archived_url": check_url(self.text_of("#source-archive") or None, "archived copy URL"),
        }


class DateForm(FormScreen):
    TITLE_TEXT = "Attach a date"

    def __init__(self, published, language: str) -> None:
        super().__init__()
        self.published, self.language = published, language

    def fields(self):
        yield Select([(r, r) for r in DATE_ROLES], value="event", allow_blank=False, id="date-role")
        yield Input(placeholder="2024-11-19, 19 novembre 2024, Nov 19 2024, hier", id="date-when")

    def on_mount(self) -> None:
        self.query_one("#date-when", Input).focus()

    def values(self) -> dict:
        when = self.text_of("#date-when")
        iso = parse_when(when, self.published, self.language)
        return {"role": self.query_one("#date-role", Select).value, "when": when, "iso": iso}


class NoteForm(FormScreen):
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
            self.query_one(".form-error", Static).update(
                Text(f"Not saved: {visible(self.error)}", style="bold red")
            )

    def values(self) -> dict:
        body = self.query_one("#note-body", TextArea).text.strip()
        if not body:
            raise InvalidInput("the note is empty")
        return {"body": body}


class StatusForm(FormScreen):
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

    def on_key(self, event) -> None:
        if event.character and event.character.isdigit():
            index = int(event.character) - 1
            if 0 <= index < len(STATUSES):
                self.dismiss({"status": STATUSES[index]})
                event.stop()

    @on(OptionList.OptionSelected)
    def _picked(self) -> None:
        self.action_save()

    def values(self) -> dict:
        return {"status": STATUSES[self.query_one("#status-options", OptionList).highlighted or 0]}


class EditClaimForm(FormScreen):
    """Correct the speaker, the figures ("six=6; huit=8") or the span's offsets."""

    TITLE_TEXT = "Edit claim"

    def __init__(self, claim: dict) -> None:
        super().__init__()
        self.claim = claim

    def fields(self):
        figures = "; ".join(f"{n['text']}={n['value']:g}" for n in self.claim.get("numbers", []))
        yield Label("speaker")
        yield Input(self.claim.get("speaker") or "", id="edit-speaker")
        yield Label("figures (text=value; ...)")
        yield Input(figures, id="edit-figures")
        yield Label("span (start-end character offsets)")
        yield Input(f"{self.claim['start']}-{self.claim['end']}", id="edit-span")

    def values(self) -> dict:
        result: dict = {"speaker": self.text_of("#edit-speaker")}
        figures = []
        for part in filter(None, (p.strip() for p in self.text_of("#edit-figures").split(";"))):
            text, _, value = part.rpartition("=")
            try:
                figures.append({"text": text.strip(), "value": float(value)})
            except ValueError:
                raise InvalidInput(f"figure {part!r} is not text=number") from None
        old = "; ".join(f"{n['text']}={n['value']:g}" for n in self.claim.get("numbers", []))
        if self.text_of("#edit-figures") != old:
            result["numbers"] = figures
        try:
            start, end = (int(x) for x in self.text_of("#edit-span").split("-"))
        except ValueError:
            raise InvalidInput("span must be START-END, e.g. 120-240") from None
        if (start, end) != (self.claim["start"], self.claim["end"]):
            result.update(start=start, end=end)
        return result


class IngestForm(FormScreen):
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
