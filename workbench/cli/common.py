"""What every command shares: user-facing errors with exit code 2, option parsers."""

from __future__ import annotations

import functools
import json
from datetime import date
from pathlib import Path

import click

from workbench.safe_text import json_controls_escaped, visible
from workbench.textio import ArticleError, read_regular


class UserError(click.ClickException):
    """A problem the user can fix: one line on stderr, exit code 2, nothing written."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(
            f"error: {visible(' '.join(self.format_message().splitlines()))}", err=True, file=file
        )


class Id(click.ParamType):
    """A row id: a whole number SQLite can hold. A larger one names nothing (one error line,
    never an overflow traceback from the database driver)."""

    name = "id"

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            number = value
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                raise UserError(f"{value!r} is not a number") from None
        if not 0 <= number < 2**63:
            what = param.human_readable_name if param is not None else "id"
            raise UserError(f"{what} {number} names nothing (no such id)")
        return number


ID = Id()


class Count(click.ParamType):
    """How many to list (`--limit`): a whole number from 1. It was read as an id, so -1 was
    refused as naming nothing ("limit -1 names nothing (no such id)") and 0 listed nothing.
    More than SQLite can count is as many as there are."""

    name = "count"

    def convert(self, value, param, ctx) -> int:
        what = param.human_readable_name if param is not None else "count"
        try:
            number = value if isinstance(value, int) else int(str(value).strip())
        except ValueError:
            raise UserError(f"{what} {value!r} is not a whole number") from None
        if number < 1:
            raise UserError(f"{what} must be 1 or more, not {number}")
        return min(number, 2**63 - 1)


COUNT = Count()


def read_json_file(path: str) -> object:
    """A JSON file that a command reads whole (exports, ClaimReview): regular files only (a
    FIFO would hang), any OS error or bad JSON or absurd nesting as one clear line."""
    try:
        data = read_regular(path)
    except ArticleError as error:
        raise UserError(str(error)) from None
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise UserError(f"{path}: not UTF-8 JSON ({error.reason})") from None
    except json.JSONDecodeError as error:
        raise UserError(f"{path}: not JSON ({error})") from None
    except RecursionError:
        raise UserError(f"{path}: nested too deeply to be read") from None


def parse_day(value: str | None, what: str = "date") -> date | None:
    """A publication date as typed (`published_day`'s rule), refusing impossible ones like
    2024-02-31 by name."""
    if value is None:
        return None
    from workbench.extract.dates import published_day  # the extractor loads when needed

    day = published_day(value)
    if day is None:
        raise UserError(f"{what} {value!r} is not a real day in YYYY-MM-DD form")
    return day


def read_text(path: str) -> str:
    """An article's text from a file (plain, Markdown or HTML, as `ingest` reads them), or from
    stdin for "-"; a file with no article in it is refused."""
    from workbench.article_files import load

    try:
        return load(path).text
    except ArticleError as error:
        raise UserError(str(error)) from None


def store_options(db_path: str | None, analyst: str | None) -> tuple[str | None, str | None]:
    """`--db` and `--analyst` as a command got them: given after the verb, else before it
    (`workbench --db F articles`, kept by `main`), else the environment, else the defaults."""
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return db_path, analyst
    before_the_verb = ctx.find_root().obj or {}

    def chosen(param: str, key: str, value: str | None) -> str | None:
        given_after = ctx.get_parameter_source(param) is click.core.ParameterSource.COMMANDLINE
        return value if given_after or before_the_verb.get(key) is None else before_the_verb[key]

    return chosen("db_path", "db", db_path), chosen("analyst", "analyst", analyst)


def with_store(func=None, *, creates: bool = False):
    """Give a command `--db` and `--analyst`, open the store for it, and turn every storage
    error into one clear line and exit code 2. A database named with `--db` (or
    WORKBENCH_DB) must exist unless the command `creates` one: a mistyped path on a reading
    verb made folders and an empty database and answered "no articles yet". A database the
    command created and wrote nothing to is removed when it ends, refused or not (`ingest
    /nonexistent` left an empty one)."""
    if func is None:
        return functools.partial(with_store, creates=creates)
    from workbench.store import Store, StoreError

    @click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        envvar="WORKBENCH_DB",
        help="Database file [env WORKBENCH_DB; default "
        "~/.local/share/claim-workbench/workbench.db].",
    )
    @click.option(
        "--analyst",
        envvar="WORKBENCH_ANALYST",
        help="Who is working [env WORKBENCH_ANALYST; default: your OS user].",
    )
    @functools.wraps(func)
    def wrapper(*args, db_path: str | None, analyst: str | None, **kwargs):
        db_path, analyst = store_options(db_path, analyst)
        if db_path is not None and not creates and not Path(db_path).expanduser().exists():
            raise UserError(
                f"no database at {db_path}: check the path (`workbench ingest FILE --db "
                f"{db_path}` creates one)"
            )
        try:
            store = Store.open(db_path, analyst)
        except StoreError as error:
            raise UserError(str(error)) from None
        try:
            return func(store, *args, **kwargs)
        except StoreError as error:
            raise UserError(str(error)) from None
        finally:
            # A database opened here and left as it was created goes (a refused ingest made
            # an empty one); a command that closed it itself (`web`) keeps it.
            store.close_discarding_unused()

    return wrapper


def echo(text: str = "", *, err: bool = False) -> None:
    """Print for a person: the one door of every command's text output, so a control character
    stored anywhere (article, analyst name, imported fact-check...) is shown, never obeyed."""
    click.echo(visible(text), err=err)


def echo_json(data) -> None:
    """Print JSON (control characters escaped, DEL and C1 included)."""
    click.echo(json_controls_escaped(json.dumps(data, ensure_ascii=False, indent=2, default=str)))


def shorten(text: str | None, width: int) -> str:
    """One line of at most `width` characters, for tables; control characters made visible
    so an article's ANSI escapes never reach the terminal."""
    flat = " ".join(visible(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
