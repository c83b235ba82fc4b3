"""The export dialog: every format the command line has, the audience (public or internal),
the language, and the folder, shown and changeable, with the file it will write."""

from __future__ import annotations

import os
from pathlib import Path

from rich.text import Text
from textual import on
from textual.widgets import Input, Label, Select, Static

from workbench.report import FORMATS, report_path, reports_folder
from workbench.report.audience import AUDIENCES
from workbench.safe_text import visible
from workbench.store.errors import InvalidInput
from workbench.tui.choices import ExportChoice
from workbench.tui.screens.form_screen import FormScreen

FORMAT_NAMES = {
    "md": "Markdown (md)",
    "html": "HTML page (html)",
    "csv": "CSV, one row per claim (csv)",
    "json": "JSON, every stored row (json, internal)",
    "claimreview": "ClaimReview JSON-LD (claimreview)",
}
AUDIENCE_NAMES = {
    "public": "public: verdicts, rationales, sources; no notes, no history",
    "internal": "internal: everything, notes and history included",
}


class ExportForm(FormScreen[ExportChoice]):
    TITLE_TEXT = "Export the report"

    def __init__(self, article: dict, folder: Path | None = None) -> None:
        """`folder`: the one offered (`reports_folder` of the database in use)."""
        super().__init__()
        self.article = article
        self.folder = folder or reports_folder()

    def fields(self):
        yield Label("format")
        yield Select(
            [(FORMAT_NAMES[f], f) for f in FORMATS],
            value="md",
            allow_blank=False,
            id="export-format",
            compact=True,
        )
        yield Label("audience")
        yield Select(
            [(AUDIENCE_NAMES[a], a) for a in AUDIENCES],
            value="public",
            allow_blank=False,
            id="export-audience",
            compact=True,
        )
        yield Label("language")
        yield Select(
            [("the article's own", "auto"), ("français", "fr"), ("English", "en")],
            value="auto",
            allow_blank=False,
            id="export-language",
            compact=True,
        )
        yield Label("folder")
        yield Input(str(self.folder), id="export-folder", compact=True)
        yield Static("", id="export-path")

    def on_mount(self) -> None:
        self.query_one("#export-format", Select).focus()
        self._show_path()

    @on(Select.Changed)
    @on(Input.Changed, "#export-folder")
    def _show_path(self) -> None:
        fmt, audience = self._value("#export-format"), self._value("#export-audience")
        if fmt == "json" and audience == "public":
            self.query_one("#export-audience", Select).value = "internal"
            return
        folder = self.text_of("#export-folder") or str(self.folder)
        language = self._value("#export-language")
        path = report_path(
            self.article, fmt, folder, audience, None if language == "auto" else language
        )
        self.query_one("#export-path", Static).update(Text(visible(f"writes {path}"), style="dim"))

    def _value(self, selector: str) -> str:
        return str(self.query_one(selector, Select).value)

    def values(self) -> ExportChoice:
        folder = self.text_of("#export-folder")
        if not folder:
            raise InvalidInput("the folder is empty")
        target = Path(folder).expanduser()
        if target.exists() and not target.is_dir():
            raise InvalidInput(f"{folder} is a file, not a folder")
        # Made here, so a folder that cannot be made keeps the form open with what was typed.
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InvalidInput(f"cannot make the folder {folder}: {error.strerror}") from None
        if not os.access(target, os.W_OK):
            raise InvalidInput(f"cannot write in the folder {folder}")
        language = self._value("#export-language")
        return ExportChoice(
            fmt=self._value("#export-format"),
            folder=str(target),
            audience=self._value("#export-audience"),
            language=None if language == "auto" else language,
        )
