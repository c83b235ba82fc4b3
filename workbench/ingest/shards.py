"""The split form for large back-fills: extractions written to JSON-lines shards now
(`extract-batch`), stored later (`import-extractions`).

A shard is written to `NAME.part` and renamed when complete, so a shard file present is a
whole shard: rerunning `extract-batch` skips it. Each line also holds its claims' preparation
for matching, made by the worker that extracted it, which the import stores as it is when its
stamp is the importer's own (lines without one, from older shards, are prepared on import). Import checks every line of every shard
before storing anything, then stores each article in its own transaction, skipping those
already stored by content hash: running it twice, or again after an interruption, stores
each article once."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from workbench.extract import Extraction
from workbench.ingest.codec import DecodeError, decode, decode_extraction, encode
from workbench.ingest.flow import Duplicate, LazyEngine, Progress, Refused, Sink, Stored, run
from workbench.ingest.sources import NO_DEFAULTS, Defaults, Job, discover
from workbench.matching.prepare import PreparedClaims
from workbench.plural import counted
from workbench.store.articles import content_hash

SHARD_ARTICLES = 500
FORMAT = "claim-workbench/extraction-1"


class ShardError(ValueError):
    """A shard line that cannot be imported; the message names the file and line."""


def shard_name(index: int, names: list[str]) -> str:
    """Numbered in order, with a digest of the files it holds: a rerun over other files does
    not mistake an old shard for its own."""
    digest = hashlib.sha256("\n".join(names).encode("utf-8", "surrogateescape")).hexdigest()
    return f"shard-{index:05}-{digest[:10]}.jsonl"


class ShardWriter:
    """A Sink writing one JSON line per article (its text, metadata and extraction)."""

    def __init__(self, handle: IO[str], shard: str) -> None:
        self.handle, self.shard = handle, shard
        self.lines = 0

    def known(self, job: Job) -> int | None:
        return None

    def finish(self) -> None:
        """Nothing to complete: the shard is closed by its caller."""

    def put(
        self, job: Job, extraction: Extraction, prepared: PreparedClaims | None = None
    ) -> Stored | Refused:
        """One line: the article, its extraction and its claims' preparation."""
        record = {
            "format": FORMAT,
            "file": job.name,
            "title": job.title,
            "url": job.url,
            "outlet": job.outlet,
            "content_hash": content_hash(job.text),
            "text": job.text,
            "extraction": encode(extraction),
        }
        if prepared is not None:
            record["prepared"] = encode(prepared)
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.lines += 1
        return Stored(job.name, self.lines, len(extraction.claims))


def extract_to_shards(
    paths: list[str],
    folder: Path,
    *,
    workers: int | None = None,
    dask: str | None = None,
    shard_articles: int = SHARD_ARTICLES,
    defaults: Defaults = NO_DEFAULTS,
    on_progress: Callable[[Progress], None] = lambda progress: None,
) -> Progress:
    """Extract every article under `paths` into shards in `folder`; shards already there are
    kept and their articles counted as duplicates."""
    folder.mkdir(parents=True, exist_ok=True)
    with LazyEngine(workers, dask) as engines:
        names = list(discover(paths))
        progress = Progress(len(names))
        on_progress(progress)
        for start in range(0, len(names), shard_articles):
            chunk = names[start : start + shard_articles]
            target = folder / shard_name(start // shard_articles, chunk)
            if target.exists():
                for name in chunk:
                    progress.add(Duplicate(name, of=target.name))
                on_progress(progress)
                continue
            part = target.with_name(target.name + ".part")
            with part.open("w", encoding="utf-8") as handle:
                run(
                    chunk,
                    ShardWriter(handle, target.name),
                    engines,
                    progress,
                    defaults=defaults,
                    on_progress=on_progress,
                )
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(part, target)
    return progress


@dataclass(frozen=True)
class Record:
    """One shard line, checked: an article, its extraction and, when the line holds it, its
    claims' preparation."""

    job: Job
    extraction: Extraction
    prepared: PreparedClaims | None = None


def shards_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise ShardError(f"{folder}: no such folder")
    found = sorted(folder.glob("*.jsonl"))
    if not found:
        raise ShardError(f"{folder}: no .jsonl shards in it")
    return found


def records(shards: list[Path]) -> Iterator[Record]:
    """Every line of every shard, read and checked one at a time."""
    for shard in shards:
        with shard.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield _record(json.loads(line))
                except (ValueError, DecodeError) as error:  # JSONDecodeError is a ValueError
                    raise ShardError(f"{shard.name} line {number}: {error}") from None


def _record(data: Any) -> Record:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ShardError(f"not a line of an extraction shard ({FORMAT})")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ShardError("no article text")
    for key in ("file", "title", "url", "outlet"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ShardError(f"{key} must be text")
    if data.get("content_hash") not in (None, content_hash(text)):
        raise ShardError("the text does not match its content_hash")
    extraction = decode_extraction(data.get("extraction"))
    for index, claim in enumerate(extraction.claims):
        if not 0 <= claim.start <= claim.end <= len(text) or text[claim.start : claim.end] != (
            claim.text
        ):
            raise ShardError(f"claim {index}: its span does not hold its text in the article")
    prepared = None
    if data.get("prepared") is not None:
        prepared = decode(PreparedClaims, data["prepared"], "prepared")
        if len(prepared.claims) != len(extraction.claims):
            raise ShardError(
                f"prepared: {counted(len(prepared.claims), 'claim')} prepared for "
                f"{len(extraction.claims)} extracted"
            )
    job = Job(
        name=data.get("file") or "?",
        text=text,
        title=data.get("title"),
        url=data.get("url"),
        outlet=data.get("outlet"),
        language=extraction.language,
        published=extraction.published,
        words=len(text.split()),
    )
    return Record(job, extraction, prepared)


def import_shards(
    folder: Path,
    sink: Sink,
    *,
    on_progress: Callable[[Progress], None] = lambda progress: None,
) -> Progress:
    """Check every shard in `folder` (ShardError names the first bad line, nothing stored),
    then store each article not stored yet."""
    shards = shards_in(folder)
    total = sum(1 for _ in records(shards))
    progress = Progress(total)
    on_progress(progress)
    for record in records(shards):
        stored = sink.known(record.job)
        if stored is not None:
            progress.add(Duplicate(record.job.name, article_id=stored))
        else:
            progress.words += record.job.words
            progress.add(sink.put(record.job, record.extraction, record.prepared))
        on_progress(progress)
    sink.finish()
    return progress
