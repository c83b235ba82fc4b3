"""`workbench ingest`, `extract-batch` and `import-extractions`: articles in, at any scale.

All three run the one ingest flow of `workbench.ingest`; this module only reads options and
shows progress and the summary."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path
from typing import NoReturn

import click

from workbench.cli.common import UserError, echo, echo_json, parse_day, with_store
from workbench.plural import counted


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02} min"


class ProgressLine:
    """Progress on stderr: one line rewritten in place on a terminal (at most 4 times a
    second), else a line every 15 seconds for logs."""

    def __init__(self, verb: str) -> None:
        self.verb = verb
        self.stream = click.get_text_stream("stderr")
        self.tty = self.stream.isatty()
        self.every = 0.25 if self.tty else 15.0
        self.shown = time.monotonic()
        self.drawn = False

    def __call__(self, progress) -> None:
        now = time.monotonic()
        if progress.done < progress.total and now - self.shown < self.every:
            return
        if not self.tty and progress.done in (0, progress.total):
            return
        self.shown = now
        left = progress.seconds_left
        line = (
            f"{self.verb} {progress.done:,}/{progress.total:,} articles · "
            f"{progress.words_per_second:,.0f} words/s"
            + (f" · {_duration(left)} left" if left is not None else "")
        )
        if self.tty:
            self.stream.write("\r" + line.ljust(72))
            self.drawn = True
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def end(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def _engine_options(func):
    func = click.option(
        "--dask",
        metavar="ADDRESS|local",
        help="Extract on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for "
        "WORKERS processes on this machine. Needs the [cluster] extra.",
    )(func)
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        help="Extraction processes [default: the number of cores].",
    )(func)


def _defaults(title, url, outlet, published, lang):
    from workbench.ingest import Defaults

    return Defaults(
        title=title,
        url=url,
        outlet=outlet,
        published=parse_day(published, "--date"),
        language=None if lang == "auto" else lang,
    )


def _article_options(func):
    for option in reversed(
        [
            click.option("--title", help="Title (default: from the file)."),
            click.option("--url", help="Where the article was published (http/https)."),
            click.option("--outlet", help="The publication, e.g. 'Le Monde'."),
            click.option(
                "--date",
                "published",
                metavar="YYYY-MM-DD",
                help="Publication date (default: from the file, else today).",
            ),
            click.option(
                "--lang",
                type=click.Choice(["fr", "en", "auto"]),
                default="auto",
                show_default=True,
            ),
        ]
    ):
        func = option(func)
    return func


def _running(verb: str, work):
    """Run `work(progress_line)`; Ctrl+C stops it with a line saying that a rerun continues.
    Ctrl+C while SQLite runs one of the store's Python functions reaches us as the error
    SQLite makes of it ("user-defined function raised exception"), not as the interrupt: the
    interrupt is remembered as it comes, and that error read as it (its transaction was
    rolled back)."""
    from workbench.ingest import EngineUnavailable

    line = ProgressLine(verb)
    interrupted = False

    def on_interrupt(signum, frame):
        nonlocal interrupted
        interrupted = True
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        return work(line)
    except EngineUnavailable as error:
        raise UserError(str(error)) from None
    except Exception:
        if not interrupted:
            raise
        _stop_interrupted(line)
    except KeyboardInterrupt:
        _stop_interrupted(line)
    finally:
        signal.signal(signal.SIGINT, previous)
        line.end()


def _stop_interrupted(line: ProgressLine) -> NoReturn:
    line.end()
    echo(
        "interrupted: what was stored is whole; run the same command again to continue",
        err=True,
    )
    sys.exit(130)


RELATIVE_DATES = {"fr": "hier, lundi", "en": "yesterday, Monday"}
"""Relative dates an article's claims may hold, as examples in the article's language (an
English article's notice said "hier, lundi")."""


def _relative(language: str | None) -> str:
    return RELATIVE_DATES.get(language or "", RELATIVE_DATES["en"])


def assumed_date_notice(name: str, article_id: int, day: str, language: str | None) -> str:
    """What the analyst is told when an article had no publication date."""
    return (
        f"{name}: no publication date given or found; assumed {day} (the day of the ingest), "
        f"relative dates ({_relative(language)}) read against it. Correct it with "
        f"`workbench article date {article_id} YYYY-MM-DD`."
    )


def found_date_notice(
    name: str, article_id: int, day: str, source: str, language: str | None
) -> str:
    """What the analyst is told when the publication date came from the article's text."""
    return (
        f"{name}: no publication date given; {day} {source}, relative dates "
        f"({_relative(language)}) read against it. Correct it with "
        f"`workbench article date {article_id} YYYY-MM-DD`."
    )


def no_claim_notice(name: str, article_id: int) -> str:
    """What the analyst is told when an article was stored but yielded no claim (it read as
    French or English: junk is refused, see `flow.NOT_PROSE`)."""
    return (
        f"{name}: stored as article {article_id}, but no claim was found in it; add one with "
        f'`workbench claim add {article_id} --text "..."`.'
    )


def date_kept_notice(name: str, article_id: int, kept: str | None, asked: str) -> str:
    """What the analyst is told when --date names another day for an article stored before:
    the stored date stands (nothing is overwritten by a re-run)."""
    return (
        f"{name}: already stored as article {article_id}, published {kept or 'on no date'}; "
        f"--date {asked} was not applied. Change it with "
        f"`workbench article date {article_id} {asked}`."
    )


def _summary(
    progress, as_json: bool, stored_word: str = "stored", seen: dict[int, int] | None = None
) -> None:
    """What the run did; `seen`: by article id, how many of its claims the matcher likely
    found in other articles (said after the count, so the analyst knows where to look)."""
    seen = seen or {}
    alone = len(progress.refused) == 1 and not progress.stored and not progress.duplicates
    for refused in [] if alone else progress.refused:  # alone: the error line says it
        echo(f"refused: {refused.reason}", err=True)
    if as_json:
        echo_json(
            {
                "ingested": [
                    {
                        "file": s.name,
                        "article_id": s.article_id,
                        "new": True,
                        "claims": s.claims,
                        "seen_before": seen.get(s.article_id, 0),
                        "published_assumed": s.published_assumed,
                        "published_found": (
                            {"day": s.published_found[0], "from": s.published_found[1]}
                            if s.published_found
                            else None
                        ),
                    }
                    for s in progress.stored
                ]
                + [
                    {"file": d.name, "article_id": d.article_id, "new": False, "claims": None}
                    for d in progress.duplicates
                ],
                "skipped": [r.reason for r in progress.refused],
                "stored": len(progress.stored),
                "duplicates": len(progress.duplicates),
                "refused": len(progress.refused),
                "words": progress.words,
                "words_per_second": round(progress.words_per_second),
                "seconds": round(progress.elapsed, 2),
            }
        )
    elif not alone:  # alone: the error line is the whole answer
        for s in progress.stored:
            if s.published_assumed:
                echo(assumed_date_notice(s.name, s.article_id, s.published_assumed, s.language))
            if not s.claims and stored_word == "stored":  # extract-batch stores no article
                echo(no_claim_notice(s.name, s.article_id))
            if s.published_found:
                day, source = s.published_found
                echo(found_date_notice(s.name, s.article_id, day, source, s.language))
        claims = sum(s.claims for s in progress.stored)
        echo(
            f"{len(progress.stored)} {stored_word} ({counted(claims, 'claim')}), "
            f"{len(progress.duplicates)} skipped as duplicates, {len(progress.refused)} refused"
            f" · {_duration(progress.elapsed)}, {progress.words_per_second:,.0f} words/s"
        )
        for s in progress.stored:
            if seen.get(s.article_id):
                echo(
                    f"{s.name}: {seen[s.article_id]} of {counted(s.claims, 'claim')} seen in "
                    f"other articles (`workbench matches --article {s.article_id}`)"
                )
    if progress.refused:
        if not progress.stored and not progress.duplicates:
            first = progress.refused[0].reason
            raise UserError(
                first
                if len(progress.refused) == 1
                else f"{counted(len(progress.refused), 'file')} refused"
            )
        raise SystemExit(2)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@_article_options
@_engine_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@with_store(creates=True)
def ingest_command(
    store, paths, title, url, outlet, published, lang, workers, dask, as_json
) -> None:
    """Store articles and their extracted claims: files (.txt, .md, .html), folders, or "-".

    Articles already stored (same text) are skipped before any parsing. The others are
    extracted in WORKERS processes (or on a Dask cluster) and stored by one writer, each
    article whole with its claims in one transaction: after Ctrl+C or a crash, running the
    same command again stores each article exactly once. A file that cannot be read is
    refused with its reason (exit code 2 at the end) while the rest go in.
    """
    from workbench.ingest import StoreWriter, ingest

    defaults = _defaults(title, url, outlet, published, lang)
    progress = _running(
        "ingesting",
        lambda line: ingest(
            list(paths),
            StoreWriter.on(store),
            workers=workers,
            dask=dask,
            defaults=defaults,
            on_progress=line,
        ),
    )
    if published and not as_json:
        for duplicate in progress.duplicates:
            if duplicate.article_id is None:
                continue  # read twice in this run: the first one was stored with this date
            kept = store.article(duplicate.article_id).get("published")
            if kept != published:
                echo(date_kept_notice(duplicate.name, duplicate.article_id, kept, published))
    seen = {
        s.article_id: sum(state != "weak" for state in store.seen_before(s.article_id).values())
        for s in progress.stored
    }
    _summary(progress, as_json, seen=seen)


@click.command("extract-batch")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--out",
    "folder",
    required=True,
    type=click.Path(file_okay=False),
    help="Folder for the JSON-lines shards (created if needed).",
)
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    default=500,
    show_default=True,
    help="Articles per shard.",
)
@_article_options
@_engine_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def extract_batch_command(
    paths, folder, shard_size, title, url, outlet, published, lang, workers, dask, as_json
) -> None:
    """Extract articles into JSON-lines shards without a database, for `import-extractions`.

    Each shard appears whole (written aside, then renamed); a rerun skips the shards
    already written, so an interrupted back-fill continues where it stopped.
    """
    from workbench.ingest.shards import extract_to_shards

    defaults = _defaults(title, url, outlet, published, lang)
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"{folder}: {error.strerror or error}") from None
    progress = _running(
        "extracting",
        lambda line: extract_to_shards(
            list(paths),
            Path(folder),
            workers=workers,
            dask=dask,
            shard_articles=shard_size,
            defaults=defaults,
            on_progress=line,
        ),
    )
    _summary(progress, as_json, stored_word="extracted")


@click.command("import-extractions")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@with_store(creates=True)
def import_extractions_command(store, folder, as_json) -> None:
    """Store the shards `extract-batch` wrote. Every line is checked first (a bad one is
    named and nothing is stored); articles already stored are skipped, so running it twice,
    or again after an interruption, stores each article once."""
    from workbench.ingest import StoreWriter
    from workbench.ingest.shards import ShardError, import_shards

    def work(line):
        try:
            return import_shards(Path(folder), StoreWriter.on(store), on_progress=line)
        except ShardError as error:
            raise UserError(str(error)) from None

    _summary(_running("importing", work), as_json)
