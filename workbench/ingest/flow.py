"""The ingest flow, written once for the command line, the UI and the batch commands:
find files, read and check each, skip what is already stored (by content hash, before any
parsing), extract on an engine, and hand each extraction to one writer in the order read.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Protocol

from workbench.extract import Extraction
from workbench.ingest.engines import Engine, EngineUnavailable, batch_size, make_engine
from workbench.ingest.sources import NO_DEFAULTS, Defaults, Job, discover, read
from workbench.matching.prepare import PreparedClaims
from workbench.store.articles import content_hash
from workbench.textio import ArticleError


@dataclass(frozen=True)
class Stored:
    name: str
    article_id: int
    claims: int
    published_assumed: str | None = None
    """The day the article was read against when no publication date was given or found
    (the day of the ingest): said to the analyst, who can correct it."""
    published_found: tuple[str, str] | None = None
    """The publication day read from the article's own text (its dateline) when none was
    given, and where it was read: said to the analyst, who can correct it."""
    language: str | None = None
    """The language the article was read in: the notices above give their examples of
    relative dates in it."""


@dataclass(frozen=True)
class Duplicate:
    """An article already stored (`article_id`), or read twice in this run (`of`)."""

    name: str
    article_id: int | None = None
    of: str | None = None


@dataclass(frozen=True)
class Refused:
    name: str
    reason: str


Outcome = Stored | Duplicate | Refused


class Sink(Protocol):
    """The one writer: says what is already there and stores the rest, in the order given."""

    def known(self, job: Job) -> int | None:
        """The id under which this article is already stored, if it is."""
        ...

    def put(
        self, job: Job, extraction: Extraction, prepared: PreparedClaims | None = None
    ) -> Stored | Refused:
        """Store one article; `prepared` is its claims' preparation for matching, when the
        worker made it."""
        ...

    def finish(self) -> None:
        """Once everything is through (also when every article was already stored)."""
        ...


@dataclass
class Progress:
    """Where an ingest stands: articles done of total, words extracted, time taken."""

    total: int
    started: float = field(default_factory=time.monotonic)
    stored: list[Stored] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    words: int = 0
    last: Outcome | None = None

    @property
    def done(self) -> int:
        return len(self.stored) + len(self.duplicates) + len(self.refused)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def words_per_second(self) -> float:
        return self.words / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """Time left at the rate so far; None until something is done."""
        if not self.done:
            return None
        return self.elapsed / self.done * (self.total - self.done)

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, Stored):
            self.stored.append(outcome)
        elif isinstance(outcome, Duplicate):
            self.duplicates.append(outcome)
        else:
            self.refused.append(outcome)
        self.last = outcome


class LazyEngine:
    """Starts the engine only when there is something to extract (a rerun over stored
    articles starts no worker), then keeps it for every later use, until closed."""

    def __init__(self, workers: int | None = None, dask: str | None = None) -> None:
        self.workers, self.dask = workers, dask
        self.engine: Engine | None = None
        if dask:
            from workbench.ingest import cluster

            if cluster.Client is None:
                raise EngineUnavailable(f"--dask needs Dask: {cluster.INSTALL}")

    def get(self, articles: int) -> Engine:
        if self.engine is None:
            self.engine = make_engine(self.workers, self.dask, articles)
        return self.engine

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    def __enter__(self) -> LazyEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run(
    names: list[str],
    sink: Sink,
    engines: LazyEngine,
    progress: Progress,
    *,
    defaults: Defaults = NO_DEFAULTS,
    on_progress: Callable[[Progress], None] = lambda progress: None,
) -> None:
    """Ingest the files `names` into `sink`, reporting each outcome to `on_progress`."""
    seen: dict[str, str] = {}

    def outcome(result: Outcome) -> None:
        progress.add(result)
        on_progress(progress)

    def jobs() -> Iterator[Job]:
        for name in names:
            try:
                job = read(name, defaults)
            except ArticleError as error:
                outcome(Refused(name, str(error)))
                continue
            digest = content_hash(job.text)
            if digest in seen:
                outcome(Duplicate(job.name, of=seen[digest]))
                continue
            stored = sink.known(job)
            if stored is not None:
                outcome(Duplicate(job.name, article_id=stored))
                continue
            seen[digest] = job.name
            yield job

    pending = jobs()
    first = next(pending, None)
    if first is None:
        return
    left = progress.total - progress.done
    engine = engines.get(left)
    size = batch_size(left, engine.workers)
    batches = _chunks(chain([first], pending), size)
    for batch, results in engine.extract(batches):
        for job, result in zip(batch, results, strict=True):
            progress.words += job.words
            if not result.extraction.claims and not reads_as_prose(job.text):
                outcome(Refused(job.name, f"{job.name}: {NOT_PROSE}"))
                continue
            outcome(sink.put(job, result.extraction, result.prepared))


NOT_PROSE = "no sentence in French or English in it, and no claim: not stored as an article"
"""Why a file of junk is refused ("<<<>>>&&&&" saved as .html, "lorem ipsum dolor"): it was
stored as an article of no claims, titled with the junk."""

PROSE_SHARE = 0.2
"""The share of a text's words that are function words of French or of English ("le", "de",
"the", "of": `matching.words.STOPWORDS`) below which it reads as neither. Measured: 0.34 to
0.57 in the 65 articles of the fixtures and trials, 0.07 in the standard lorem ipsum
paragraph, 0 in "lorem ipsum dolor" or a headline alone."""


def reads_as_prose(text: str) -> bool:
    """Whether a text reads as French or English sentences (see `PROSE_SHARE`). Asked only of
    a text in which extraction found no claim: an article that yields claims is stored
    whatever its words, and one in either language that yields none is stored too (the
    command says so)."""
    from workbench.matching.words import STOPWORDS, fold, words_of

    words = [fold(word) for word in words_of(text)]
    if not words:
        return False
    return max(sum(w in STOPWORDS[lang] for w in words) for lang in ("fr", "en")) >= (
        PROSE_SHARE * len(words)
    )


def ingest(
    paths: list[str],
    sink: Sink,
    *,
    workers: int | None = None,
    dask: str | None = None,
    defaults: Defaults = NO_DEFAULTS,
    on_progress: Callable[[Progress], None] = lambda progress: None,
) -> Progress:
    """Ingest every article under `paths`; the returned Progress is the summary."""
    with LazyEngine(workers, dask) as engines:
        names = list(discover(paths))
        progress = Progress(len(names))
        on_progress(progress)
        run(names, sink, engines, progress, defaults=defaults, on_progress=on_progress)
    sink.finish()
    return progress


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    while batch := list(islice(jobs, size)):
        yield batch
