"""Matching's fast paths decide exactly what the plain ones do: candidates ranked with numpy
are those of sums added key by key (same floats, same ties), and pairs the model's bound
sets aside are pairs the whole model would not suggest."""

from __future__ import annotations

import itertools
import random
from datetime import date
from heapq import nlargest

import numpy as np
import pytest

from tests.conftest import FIXTURES
from workbench.matching import keys as keyspace
from workbench.matching.features import (
    FEATURES,
    _figures,
    _figures_any,
    features,
    first_evidence,
    last_evidence,
)
from workbench.matching.matcher import compare, model, suggested
from workbench.matching.model import AGAINST, Model
from workbench.matching.suggest import CANDIDATES, _ranked


def _plain(wanted, holders):
    """Retrieval as it was written first: each claim's sums added key by key in a dict."""
    result = {}
    for claim_id, mine in wanted.items():
        shared: dict[tuple[str, int], float] = {}
        for key in mine:
            for ref in holders.get(key, ()):
                shared[ref] = shared.get(ref, 0.0) + keyspace.weight(len(holders[key]))
        result[claim_id] = nlargest(CANDIDATES, sorted(shared), key=shared.__getitem__)
    return result


def test_candidates_are_those_of_sums_added_key_by_key():
    pick = random.Random(7)
    keys = [f"w:{n}" for n in range(60)]
    for _ in range(30):
        holders = {}
        for key in pick.sample(keys, pick.randint(0, 40)):
            owners = pick.sample(range(1, 300), pick.randint(1, 150))
            holders[key] = sorted(
                ("review" if pick.random() < 0.1 else "claim", owner) for owner in owners
            )
        wanted = {
            claim_id: tuple(sorted(pick.sample(keys, pick.randint(0, 30))))
            for claim_id in range(1000, 1000 + pick.randint(1, 25))
        }
        # sets too: a claim's keys come as a set when it is matched after it was stored
        wanted[5000] = set(pick.sample(keys, 20))
        assert _ranked(wanted, _arrays(holders)) == _plain(wanted, holders)


def _arrays(holders):
    """Holders as the store gives them: per key, the ids of its claims and of its reviews."""
    return {
        key: tuple(
            np.array([i for owner, i in refs if owner == kind], np.int64)
            for kind in ("claim", "review")
        )
        for key, refs in holders.items()
    }


@pytest.fixture(scope="module")
def fixture_signatures(french_nlp):
    """The signatures of every claim of the matching pair sets (both languages, ten events)."""
    from workbench.matching.evaluate import load_jsonl, signature_from_text

    found = []
    for folder in ("matching-dev", "matching"):
        for claim in load_jsonl(FIXTURES / folder / "claims.jsonl"):
            published = date.fromisoformat(claim["publication_date"])
            found.append(signature_from_text(claim["text"], claim["language"], published))
    return found


def test_the_evidence_is_worked_out_in_two_parts_that_cover_it(fixture_signatures):
    """Every piece of evidence is set by one part alone (a new one added to `features`
    outside them would escape the bound), and together they are `features`."""
    a, b = fixture_signatures[0], fixture_signatures[1]
    first, last = first_evidence(a, b), last_evidence(a, b)
    assert not set(first) & set(last)
    assert set(first) | set(last) <= set(FEATURES)
    for a, b in itertools.permutations(fixture_signatures[:40], 2):
        assert features(a, b) == dict.fromkeys(FEATURES, 0.0) | first_evidence(a, b) | (
            last_evidence(a, b)
        )
        assert set(first_evidence(a, b)) == set(first)


def test_pairs_set_aside_by_the_bound_are_never_suggested(fixture_signatures):
    """On every pair of the pair sets' claims, with the shipped model and with refits of
    other weights: `suggested` answers what `compare` does, and its bound sets pairs aside."""
    shipped = model()
    pick = random.Random(3)
    refits = [
        Model(
            {
                name: (-1 if name in AGAINST else 1) * pick.choice([0.0, pick.uniform(0, 8)])
                for name in FEATURES
            },
            pick.uniform(-8, -1),
            pick.uniform(0.02, 0.6),
            "refit",
        )
        for _ in range(3)
    ]
    pairs = list(itertools.permutations(fixture_signatures, 2))
    skipped = 0
    for using, sample in [(shipped, pairs)] + [(refit, pairs[::15]) for refit in refits]:
        for a, b in sample:
            expected = compare(a, b, using)
            assert suggested(a, b, using) == (expected if expected.same else None)
            skipped += using.out_of_reach(first_evidence(a, b))
    assert skipped > len(pairs) / 2


def _figures_plain(a, b):
    """`features._figures` by the path for any number of figures, every pair in sets."""
    mine, theirs = a.figures, b.figures
    if not mine or not theirs:
        return 0.0, 0.0, 0.0, 0.0
    return _figures_any(mine, theirs)


def test_one_figure_each_is_compared_as_any_number_of_figures_are(fixture_signatures):
    """Two claims of one figure each (most pairs) take a shorter path: the same evidence as
    the general one, on every pair of the pair sets' figures (alone, as a claim's only one)."""
    from dataclasses import replace

    figures = [figure for sig in fixture_signatures for figure in sig.figures]
    assert len(figures) > 50
    base = fixture_signatures[0]
    alone = [replace(base, figures=(figure,)) for figure in figures]
    seen = set()
    for a, b in itertools.product(alone, alone):
        found = _figures(a, b)
        assert found == _figures_plain(a, b)
        seen.add(found)
    assert len(seen) >= 4  # met and counted alike, met only, of one kind apart, apart
    for a, b in itertools.permutations(fixture_signatures, 2):
        assert _figures(a, b) == _figures_plain(a, b)
