"""The trials pair set (`fixtures/matching-trials/`): blind-labelled pairs on the new users'
trial articles, kept for checking the matcher and never for fitting it. These tests hold the
files together, not the matcher's scores (those are its README's)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import workbench.matching
from tests.conftest import FIXTURES
from workbench.matching.evaluate import cluster, load_jsonl, load_pairs
from workbench.matching.train import DEFAULT

TRIALS = FIXTURES / "matching-trials"
CLUSTERS = {"battery", "budget", "ferry", "hospital", "listeria", "verdict", "wildfire"}


def test_the_trials_pairs_load_through_the_matchers_own_loader(french_nlp):
    """Every row becomes a labelled pair of the evaluation, in order, with its label; every
    positive joins a French and an English claim (one article per language per event)."""
    claims = {c["id"]: c for c in load_jsonl(TRIALS / "claims.jsonl")}
    rows = load_jsonl(TRIALS / "pairs.jsonl")
    labelled = [
        p for p in load_pairs([(TRIALS / "claims.jsonl", TRIALS / "pairs.jsonl")]) if p.labelled
    ]
    assert [(p.a, p.b, p.same) for p in labelled] == [(r["a"], r["b"], r["same"]) for r in rows]
    assert (len(claims), len(rows), sum(r["same"] for r in rows)) == (140, 127, 55)
    assert all(p.cross for p in labelled if p.same)
    assert {cluster(c) for c in claims} == CLUSTERS


def test_the_trials_set_passes_its_own_consistency_checks():
    """Its `check_pairs.py`: texts verbatim in `sources/`, ids known, kinds and labels agree,
    positives across two articles of one event, easy negatives across two events."""
    run = subprocess.run(
        [sys.executable, str(TRIALS / "check_pairs.py")], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout
    for c in load_jsonl(TRIALS / "claims.jsonl"):
        article = c["id"].rsplit("-", 1)[0]
        assert article.endswith("-" + c["language"])
        assert c["article_url"] == f"https://example.invalid/{article}"


def test_the_matcher_is_never_fitted_on_the_trials_set():
    """Its figures mean something only while neither the training default nor the shipped
    weights include it."""
    shipped = json.loads(
        (Path(workbench.matching.__file__).with_name("weights.json")).read_text(encoding="utf-8")
    )
    assert not any("matching-trials" in folder for folder in DEFAULT)
    assert not any("matching-trials" in folder for folder in shipped["trained_on"])
