"""Everything matching computes from one claim alone: its signature, its index keys and its
figures with what they count. It is one pure function of the claim, so an extraction worker
computes it beside the extraction and the single writer only stores, retrieves and decides;
the store computes it itself for claims that arrive without it (an analyst's edit, a shard
import, a worker of another version).

`stamp()` names what a preparation depends on beyond the claim (the keys' version, the
matcher's version, the dictionaries read at run time, by their size): a preparation made
elsewhere (a worker on another machine, another installation) is used only when its stamp is
the writer's own."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from workbench.matching import keys as keyspace
from workbench.matching.bilingual import french_to_english
from workbench.matching.disagreement import Figure, figures_of
from workbench.matching.signature import Signature, signature
from workbench.matching.wordnet import irregular


@dataclass(frozen=True)
class Prepared:
    """What matching needs of one claim."""

    signature: Signature
    keys: tuple[str, ...]
    """Its index keys, sorted."""
    figures: tuple[Figure, ...]
    """Its figures whose quantity is known (what disagreements compare)."""


@dataclass(frozen=True)
class PreparedClaims:
    """The preparation of an article's claims, in the article's order, with its stamp."""

    stamp: str
    claims: tuple[Prepared, ...]


def prepare(
    text: str,
    numbers: list[dict],
    dates: list[dict],
    speaker: str | None,
    language: str,
    published: str | None = None,
) -> Prepared:
    """A claim's preparation from its words, figures, dates and speaker (as stored: figures
    and dates as dicts), its article's language and publication day (when known)."""
    sig = signature(text, numbers, dates, speaker, language, published)
    return Prepared(
        sig,
        tuple(sorted(keyspace.keys(sig))),
        tuple(figures_of(numbers, text, "", language)),
    )


def prepare_claim(
    claim: dict, language: str | None = None, published: str | None = None
) -> Prepared:
    """A stored (or `Claim.to_dict`) claim's preparation; `language` and `published` default
    to the claim's own `language` and `published` (its article's, as the store reads them)."""
    return prepare(
        claim["text"],
        claim.get("numbers") or [],
        claim.get("dates") or [],
        claim.get("speaker"),
        language or claim.get("language") or "fr",
        published or claim.get("published"),
    )


def prepare_article(
    claims: list[dict], language: str, published: str | None = None
) -> PreparedClaims:
    """The preparation of an article's claims (`Claim.to_dict` shape); `published`: the
    article's publication day, None when it is not known (assumed from the ingest's day)."""
    return PreparedClaims(
        stamp(), tuple(prepare_claim(claim, language, published) for claim in claims)
    )


def with_day(prepared: PreparedClaims, published: str | None) -> PreparedClaims:
    """The same preparation with its claims read as of another publication day (it changes
    the signature's `published` only: keys and figures do not depend on it)."""
    return replace(
        prepared,
        claims=tuple(
            replace(ready, signature=replace(ready.signature, published=published))
            for ready in prepared.claims
        ),
    )


@lru_cache(maxsize=1)
def stamp() -> str:
    from workbench.matching.matcher import version

    return (
        f"keys {keyspace.VERSION}, matcher {version()}, FreeDict {len(french_to_english())} "
        f"stems, WordNet {len(irregular())} forms"
    )
