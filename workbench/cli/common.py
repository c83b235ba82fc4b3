"""What every command shares: user-facing errors with exit code 2, option parsers."""

from __future__ import annotations

import sys
from datetime import date

import click

from workbench.textio import ArticleError, decode_article, read_article


class UserError(click.ClickException):
    """A problem the user can fix: one line on stderr, exit code 2, nothing written."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"error: {self.format_message()}", err=True, file=file)


def parse_day(value: str | None, what: str = "date") -> date | None:
    """An ISO day (YYYY-MM-DD), refusing impossible ones like 2024-02-31 by name."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{what} {value!r} is not a real day in YYYY-MM-DD form") from None


def read_text(path: str) -> str:
    """An article's text from a file, or from stdin for "-"."""
    try:
        if path == "-":
            return decode_article(sys.stdin.buffer.read(), "<stdin>")
        return read_article(path)
    except ArticleError as error:
        raise UserError(str(error)) from None
