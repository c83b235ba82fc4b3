"""Suggesting matches: which claims of other articles (and imported fact-checks) a new
article's claims are compared with, and which comparisons become suggestions. The store only
reads and writes rows; this module decides, through the narrow interface below.

Matching is resumable: an article records the keys version it was indexed with and the
matcher version it was matched with, so an ingest killed after its commit (or a database
from an older matcher) is indexed and matched again by the next ingest or `open`."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Hashable, Mapping
from datetime import date
from typing import Protocol, cast

import numpy as np

from workbench.matching import keys as keyspace
from workbench.matching.explain import Written, details, quoted, said
from workbench.matching.matcher import MatchScore, decided, suggested, version
from workbench.matching.prepare import Prepared, prepare_claim
from workbench.matching.sides import MATCH, UNRENDERED
from workbench.matching.signature import Signature, signature, text_signature

CANDIDATES = 20
"""Most candidates scored per claim: those sharing the most (and rarest) keys."""


KeyRow = tuple[str, int, int | None, str]
"""An index key's row: (owner, owner_id, article_id, key)."""

SignatureKey = tuple[int | None, int]
"""What a stored claim's signature is remembered under: its id, and a hash of what the
signature is made of (see `signature_key`)."""


class MatchingStore(Protocol):
    """What matching needs from the store (workbench.store.Store provides it)."""

    def claims_to_match(self, article_id: int, decoded: bool = True) -> list[dict]: ...
    def claims_by_id(self, claim_ids: list[int], decoded: bool = True) -> list[dict]: ...
    def reviews_by_id(self, review_ids: list[int]) -> list[dict]: ...
    def signature_keys(self, claim_ids: list[int]) -> dict[int, Hashable]:
        """The keys kept for claims unchanged since (`keep_signature_keys`)."""
        ...

    def keep_signature_keys(self, keys: Mapping[int, Hashable]) -> None: ...
    def key_holders(
        self, keys: list[str], article_id: int | None, owner: str | None, limit: int
    ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Per key, the ids of the claims and of the reviews holding it (int64 arrays)."""
        ...

    def replace_keys(
        self, owner: str, owner_ids: list[int], keys: list[KeyRow], figures: list[dict]
    ) -> None: ...
    def save_suggestions(self, suggestions: list[dict], article_id: int | None, by: str) -> int: ...
    def refresh_suggestions(
        self, claim_ids: list[int], suggestions: list[dict], by: str
    ) -> int: ...
    def articles_to_resume(self, keys_version: int, matcher_version: str) -> list[dict]: ...
    def mark_indexed(self, article_id: int, keys_version: int) -> None: ...


def claim_signature(claim: dict) -> Signature:
    """A stored claim's signature; `language` is its article's. Signatures are remembered
    (by the claim's id and its words, figures, dates, speaker and language), since a stored
    claim is a candidate for many new ones. Figures and dates may come as the stored JSON
    text, which is then hashed as it is (no decoding for a claim seen before)."""
    return _signature_of(claim, signature_key(claim))


def signature_key(claim: dict) -> SignatureKey:
    """The key a stored claim's signature is remembered under (see `claim_signature`)."""
    return (
        claim.get("id"),
        hash(
            (
                claim["text"],
                _json_key(claim.get("numbers")),
                _json_key(claim.get("dates")),
                claim.get("speaker"),
                claim.get("language") or "fr",
                claim.get("published"),
            )
        ),
    )


def _signature_of(claim: dict, key: SignatureKey) -> Signature:
    found = _signatures.get(key)
    if found is None:
        found = signature(
            claim["text"],
            json.loads(_json_key(claim.get("numbers"))),
            json.loads(_json_key(claim.get("dates"))),
            claim.get("speaker"),
            claim.get("language") or "fr",
            claim.get("published"),
        )
        _keep(key, found)
    return found


def _json_key(value: str | list | None) -> str:
    """Figures or dates as the store encodes them (an empty list as "[]")."""
    if isinstance(value, str):
        return value or "[]"
    return json.dumps(value or [], ensure_ascii=False, sort_keys=True)


SIGNATURES = 100_000
"""Fewest signatures remembered; past it, as many as the store holds claims (see `_keep`),
the oldest forgotten first. A store's claims are candidates alike, the oldest as often as the
newest: a cache smaller than the store computed most candidates' signatures again once the
store outgrew it (5 ms a claim stored past 100,000). Each costs about 3 KB."""
_signatures: dict[SignatureKey, Signature] = {}
"""By (claim id, hash of what the signature is made of): the content, so that an edited
claim is read afresh; the id, so that two claims' contents would have to collide by hash
and id both to be confused. A few hundred bytes less than the content itself, each."""
_stored = 0
"""The largest claim id matched or remembered: about how many claims the store holds."""


def _keep(key: SignatureKey, found: Signature) -> None:
    global _stored
    if isinstance(key[0], int) and key[0] > _stored:
        _stored = key[0]
    if len(_signatures) >= max(SIGNATURES, _stored):
        # another thread (a UI worker) may change it meanwhile: keeping one more is harmless
        with contextlib.suppress(RuntimeError, StopIteration, KeyError):
            del _signatures[next(iter(_signatures))]
    _signatures[key] = found


def remember(
    stored: dict[int, tuple[str, str, str, str | None, str, str | None]],
    prepared: list[Prepared],
) -> dict[int, SignatureKey]:
    """Remember the signatures of claims just stored, as their preparation made them, under
    their ids and what the store gives back of them (text, figures and dates as their stored
    JSON text, speaker, article language and publication day when known): each becomes a
    candidate for later articles' claims, and its signature was computed once already, by the
    worker that prepared it. Returns the keys, by claim id (see `signature_key`)."""
    keys: dict[int, SignatureKey] = {}
    for (claim_id, content), ready in zip(stored.items(), prepared, strict=True):
        text, numbers, dates, speaker, language, published = content
        key: SignatureKey = (
            claim_id,
            hash((text, numbers or "[]", dates or "[]", speaker, language, published)),
        )
        _keep(key, ready.signature)
        keys[claim_id] = key
    return keys


def review_signature(review: dict) -> Signature:
    """An imported fact-check's claim, read with the extractor's rules."""
    from workbench.extract.dates import published_day
    from workbench.extract.language import detect_language

    text = review["claim_reviewed"]
    day = published_day(review.get("item_date") or review.get("date_published"))
    anchor = day or date.today()
    language = (review.get("language") or "")[:2].lower()
    if language not in ("fr", "en"):
        language = detect_language(text)
    author = review.get("item_author")
    return text_signature(text, language, anchor, author, dated=bool(day), news=False)


def index_rows(
    owner: str, rows: list[dict], prepared: list[Prepared] | None = None
) -> tuple[list[KeyRow], list[dict]]:
    """The key rows and figure rows of claims (with `article_id`) or reviews; `prepared`, when
    given, is the claims' preparation in the same order (made by an extraction worker)."""
    key_rows: list[KeyRow] = []
    figure_rows: list[dict] = []
    for number, row in enumerate(rows):
        article_id = row.get("article_id") if owner == "claim" else None
        if owner == "claim":
            ready = prepared[number] if prepared is not None else prepare_claim(row)
            keys, figures = ready.keys, ready.figures
        else:
            keys, figures = tuple(sorted(keyspace.keys(review_signature(row)))), ()
        owner_id = row["id"]
        key_rows += [(owner, owner_id, article_id, key) for key in keys]
        figure_rows += [
            {
                "claim_id": row["id"],
                "article_id": article_id,
                "quantity": f.quantity,
                "value": f.value,
                "approximate": f.approximate,
                "text": f.text,
                "label": f.label,
            }
            for f in figures
        ]
    return key_rows, figure_rows


def index(
    store: MatchingStore, owner: str, rows: list[dict], prepared: list[Prepared] | None = None
) -> None:
    """(Re)write the keys and figures of these claims or reviews (inside the caller's
    transaction when there is one)."""
    key_rows, figure_rows = index_rows(owner, rows, prepared)
    store.replace_keys(owner, [r["id"] for r in rows], key_rows, figure_rows)


def _candidates(
    store: MatchingStore,
    wanted: dict[int, tuple[str, ...] | set[str]],
    article_id: int | None,
    owner: str | None,
) -> dict[int, list[tuple[str, int]]]:
    """For each claim (by its keys), the other articles' claims and reviews sharing its rarest
    keys. Each distinct key of the article is looked up once, whatever the article's size."""
    every = sorted(set().union(*wanted.values()) if wanted else ())
    holders = store.key_holders(every, article_id, owner, keyspace.COMMON)
    return _ranked(wanted, holders)


def _ranked(
    wanted: dict[int, tuple[str, ...] | set[str]], holders: dict[str, tuple[np.ndarray, np.ndarray]]
) -> dict[int, list[tuple[str, int]]]:
    """Each claim's CANDIDATES holders with the largest sums of the weights of the keys it
    shares with them (each key weighted by its rarity), ties in order of (owner, id).
    `holders`: per key, the ids of the claims and of the reviews holding it.

    Summed with numpy, in the order the claim's keys come, so that each sum is the same
    float as one added up key by key (`np.bincount` adds its weights in order): an article's
    keys have thousands of holders, and summing and sorting them per claim in Python was
    most of retrieval's time. The holders come as arrays of numbers: no Python object is
    made or read for each."""
    if not holders:
        return {claim_id: [] for claim_id in wanted}
    weight = keyspace.weight
    keys = list(holders)
    # Each holder as one number in (owner, id) order ("claim" before "review"), then as its
    # rank among the article's holders.
    parts = []
    sizes = []
    for key in keys:
        claims, reviews = holders[key]
        parts.append(claims)
        if len(reviews):
            parts.append(reviews + _REVIEW)
        sizes.append(len(claims) + len(reviews))
    unique, ranks = np.unique(np.concatenate(parts), return_inverse=True)
    ends = np.cumsum(sizes).tolist()
    postings = {
        key: (ranks[end - size : end], weight(size))
        for key, end, size in zip(keys, ends, sizes, strict=True)
    }
    result: dict[int, list[tuple[str, int]]] = {}
    for claim_id, mine in wanted.items():
        shared = [postings[key] for key in mine if key in postings]
        if not shared:
            result[claim_id] = []
            continue
        where = np.concatenate([found for found, _ in shared])
        weights = np.repeat([w for _, w in shared], [len(found) for found, _ in shared])
        sums = np.bincount(where, weights, len(unique))
        hit = np.flatnonzero(sums)
        # the largest sums first, ties in (owner, id) order (np.lexsort: last key first)
        best = unique[hit[np.lexsort((hit, -sums[hit]))[:CANDIDATES]]].tolist()
        result[claim_id] = [
            ("claim", code) if code < _REVIEW else ("review", code - _REVIEW) for code in best
        ]
    return result


_REVIEW = 1 << 40
"""Added to a review's id to number holders in (owner, id) order."""


def _suggestion(
    claim_id: int,
    ref: tuple[str, int],
    result: MatchScore,
    evidence: dict | str,
    kind: str = MATCH,
) -> dict:
    """A suggestion to store; `evidence`: its explanation, or `sides.UNRENDERED`."""
    owner, other = ref
    return {
        "claim_id": claim_id,
        "other_claim_id": other if owner == "claim" else None,
        "review_id": other if owner == "review" else None,
        "score": result.score,
        "signals": result.signals,
        "evidence": evidence,
        "kind": kind,
    }


def written(row: dict) -> Written:
    """A stored claim (figures decoded or as their JSON text) or an imported fact-check, as
    an explanation quotes it."""
    if "claim_reviewed" in row:
        language = (row.get("language") or "")[:2].lower()
        return Written(row["claim_reviewed"], [], row.get("item_author"), language or "en")
    numbers = row.get("numbers")
    if isinstance(numbers, str):
        numbers = json.loads(numbers or "[]")
    return Written(row["text"], numbers or [], row.get("speaker"), row.get("language") or "fr")


def match_article(
    store: MatchingStore, article_id: int, prepared: dict[int, Prepared] | None = None
) -> int:
    """Compare an article's claims with their candidates; store the suggestions and mark the
    article matched, in one transaction. Returns how many were suggested. `prepared` holds
    the claims' preparation by claim id when the caller has it (the ingest that stored them)."""
    if prepared is None:
        # The signatures as remembered (an article just stored, matched now: its claims'
        # signatures were kept when it was stored), else computed and remembered; keys are
        # made from them. Figures, which only indexing needs, are not read again.
        rows = store.claims_to_match(article_id, decoded=False)
        sigs = {row["id"]: claim_signature(row) for row in rows}
        wanted: dict[int, tuple[str, ...] | set[str]] = {
            claim_id: keyspace.keys(sig) for claim_id, sig in sigs.items()
        }
    else:
        sigs = {claim_id: ready.signature for claim_id, ready in prepared.items()}
        wanted = {claim_id: ready.keys for claim_id, ready in prepared.items()}
    candidates = _candidates(store, wanted, article_id, None)
    suggestions = _decide(store, sigs, candidates)
    return store.save_suggestions(suggestions, article_id, version())


def _decide(
    store: MatchingStore,
    sigs: dict[int, Signature],
    candidates: dict[int, list[tuple[str, int]]],
) -> list[dict]:
    """Compare each claim with its candidates; the suggestions: matches, and claims of other
    articles that report the same fact with another figure (`matcher.decided`; not for
    imported fact-checks). Each one's explanation in the claims' words is left to be worked
    out when it is read (`sides.UNRENDERED`, `explained`): from the same claims as stored,
    it is the same."""
    wanted = {ref for refs in candidates.values() for ref in refs}
    others = _stored_signatures(store, sorted(i for owner, i in wanted if owner == "claim"))
    others |= {
        ("review", row["id"]): review_signature(row)
        for row in store.reviews_by_id(sorted(i for owner, i in wanted if owner == "review"))
    }
    found = []
    for claim_id, refs in candidates.items():
        for ref in refs:
            if ref in others:
                if ref[0] == "claim":
                    made = decided(sigs[claim_id], others[ref])
                else:
                    result = suggested(sigs[claim_id], others[ref])
                    made = None if result is None else (MATCH, result)
                if made is not None:
                    found.append(_suggestion(claim_id, ref, made[1], UNRENDERED, made[0]))
    return found


def _stored_signatures(
    store: MatchingStore, claim_ids: list[int]
) -> dict[tuple[str, int], Signature]:
    """The signatures of stored claims, by ("claim", id): those remembered under the key the
    store kept for an unchanged claim without reading it, the others from their rows."""
    found: dict[tuple[str, int], Signature] = {}
    for claim_id, key in store.signature_keys(claim_ids).items():
        remembered = _signatures.get(cast(SignatureKey, key))
        if remembered is not None:
            found[("claim", claim_id)] = remembered
    read = {}
    for row in store.claims_by_id(
        [i for i in claim_ids if ("claim", i) not in found], decoded=False
    ):
        key = read[row["id"]] = signature_key(row)
        found[("claim", row["id"])] = _signature_of(row, key)
    store.keep_signature_keys(read)
    return found


Pair = tuple[int, int | None, int | None]
"""A stored suggestion's pair: (claim_id, other_claim_id, review_id)."""


def explained(store: MatchingStore, pairs: list[Pair]) -> dict[Pair, dict]:
    """The explanations of stored suggestions in their claims' words, said from each pair's
    first claim (see `explain.details`), worked out from the claims (or fact-checks) as
    stored: those `_decide` left to be said when read. A pair whose claim is gone has none.
    Each claim (or fact-check) is read once for all its pairs (`explain.quoted`: its
    signature, figures, words and names), however many suggestions it has: a report
    explains every suggestion of its claims, often tens a claim."""
    claims = {
        row["id"]: quoted(claim_signature(row), written(row))
        for row in store.claims_by_id(
            sorted({i for pair in pairs for i in pair[:2] if i is not None}), decoded=False
        )
    }
    reviews = {
        row["id"]: quoted(review_signature(row), written(row))
        for row in store.reviews_by_id(sorted({pair[2] for pair in pairs if pair[2] is not None}))
    }
    found: dict[Pair, dict] = {}
    for pair in pairs:
        claim_id, other, review = pair
        mine = claims.get(claim_id)
        theirs = claims.get(other) if other is not None else reviews.get(review or 0)
        found[pair] = {} if mine is None or theirs is None else said(mine, theirs)
    return found


def match_claims(store: MatchingStore, claim_ids: list[int]) -> int:
    """Match claims again after an analyst changed them (text, figures, speaker) or added
    them: their suggestions are refreshed (new ones added, those the matcher still makes
    rescored, those it no longer makes dropped); a match an analyst decided or linked is
    never touched. Returns how many suggestions the claims now have from the matcher."""
    rows = store.claims_by_id(claim_ids)
    prepared = {row["id"]: prepare_claim(row) for row in rows}
    suggestions = []
    for article_id in sorted({row["article_id"] for row in rows}):
        mine = {row["id"] for row in rows if row["article_id"] == article_id}
        candidates = _candidates(store, {i: prepared[i].keys for i in mine}, article_id, None)
        sigs = {i: prepared[i].signature for i in mine}
        suggestions += _decide(store, sigs, candidates)
    return store.refresh_suggestions(claim_ids, suggestions, version())


def match_reviews(store: MatchingStore, reviews: list[dict]) -> int:
    """Compare newly imported fact-checks with the stored claims."""
    sigs = {review["id"]: review_signature(review) for review in reviews}
    candidates = _candidates(
        store, {review_id: keyspace.keys(sig) for review_id, sig in sigs.items()}, None, "claim"
    )
    wanted = sorted({i for refs in candidates.values() for _, i in refs})
    rows = {row["id"]: row for row in store.claims_by_id(wanted)}
    claims = {claim_id: claim_signature(row) for claim_id, row in rows.items()}
    by_id = {review["id"]: review for review in reviews}
    suggestions = []
    for review_id, refs in candidates.items():
        for _, claim_id in refs:
            if claim_id in claims:
                result = suggested(claims[claim_id], sigs[review_id])
                if result is not None:
                    evidence = details(
                        claims[claim_id],
                        sigs[review_id],
                        written(rows[claim_id]),
                        written(by_id[review_id]),
                    )
                    suggestions.append(
                        _suggestion(claim_id, ("review", review_id), result, evidence)
                    )
    return store.save_suggestions(suggestions, None, version())


def resume(
    store: MatchingStore, prepared: dict[int, dict[int, Prepared]] | None = None
) -> list[int]:
    """Index and match every article left unindexed or unmatched (by a kill, or by an older
    matcher); returns their ids. Cheap when there is nothing to do. `prepared` holds the
    claims' preparation of articles just stored, by article then claim id."""
    done = []
    for article in store.articles_to_resume(keyspace.VERSION, version()):
        if article["indexed_with"] != keyspace.VERSION:
            index(store, "claim", store.claims_to_match(article["id"]))
            store.mark_indexed(article["id"], keyspace.VERSION)
        ready = (prepared or {}).get(article["id"])
        if ready is None:
            match_article(store, article["id"])
        else:
            match_article(store, article["id"], ready)
        done.append(article["id"])
    return done
