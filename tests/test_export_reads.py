"""A report reads its claims' suggestions in bulk: each claim is read once for all the
explanations of its suggestions (however many it has), a dump explains each suggestion once,
the rows of one read never share a decoded value, and the JSON export is laid out by its own
writer exactly as the standard library lays it out. The outputs themselves are compared with
the code before by `benchmarks/export.py --against REV` (byte for byte) and by the golden
files."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from tests.small_article import add_figure_claim
from workbench.matching import suggest
from workbench.matching.sides import UNRENDERED
from workbench.store import Store
from workbench.store.matches import MatchesMixin


def _article(number: int, claims: int):
    """Claims much alike (each the others' suggestion), each with a figure: built by hand,
    without the language model."""
    from workbench.extract import Extraction

    extraction = Extraction("fr", date(2024, 11, 20))
    text = ""
    for i in range(claims):
        figure = str(10 + i)
        sentence = (
            f"Le ministère a annoncé que {figure} missiles avaient frappé la ville "
            f"numéro {number}-{i}, selon le porte-parole."
        )
        text = add_figure_claim(
            text, extraction, sentence, figure, "missiles", "le porte-parole", 0.5
        )
    return text, extraction


@pytest.fixture
def crowded(tmp_path):
    """Three articles whose claims all suggest one another: many suggestions a claim."""
    store = Store.open(tmp_path / "crowded.db", "ana")
    ids = []
    for number in range(3):
        text, extraction = _article(number, 10)
        ids.append(store.ingest(text, extraction, title=f"Article {number}").article_id)
    later = store.db.execute(
        "SELECT count(*) FROM claim_matches WHERE evidence = ?", [UNRENDERED]
    ).fetchone()[0]
    assert later >= 3 * store.count_claims(), "each claim must have several suggestions"
    return store, ids


def test_a_report_reads_each_claim_once_for_all_its_suggestions(crowded, monkeypatch):
    store, ids = crowded
    read: list[int] = []
    signature = suggest.claim_signature
    monkeypatch.setattr(
        suggest, "claim_signature", lambda row: read.append(row["id"]) or signature(row)
    )
    dossier = store.dossier(ids)
    matches = [m for article in dossier for claim in article["claims"] for m in claim["matches"]]
    assert matches and all(m["evidence"]["words"] for m in matches)
    assert sorted(read) == sorted(set(read)), "a claim's signature read once per suggestion"


def test_a_dump_explains_each_suggestion_once(crowded, monkeypatch):
    store, ids = crowded
    asked: list[tuple] = []
    said = MatchesMixin._said
    monkeypatch.setattr(
        MatchesMixin, "_said", lambda self, pairs: asked.extend(pairs) or said(self, pairs)
    )
    dumped = store.dump(ids)["tables"]["claim_matches"]
    assert dumped and all(row["evidence"] != UNRENDERED for row in dumped)
    assert len(asked) == len(set(asked)) == len(dumped)


def test_the_rows_of_one_read_share_no_decoded_value(crowded):
    store, ids = crowded
    claim_ids = [row[0] for row in store.db.execute("SELECT id FROM claims")]
    rows = [m for found in store.matches_of(claim_ids).values() for m in found]
    by_other = defaultdict(list)
    by_match = defaultdict(list)
    for row in rows:
        by_other[row["other_claim_id"]].append(row)
        by_match[row["id"]].append(row)
    first, second = next(found for found in by_other.values() if len(found) > 1)[:2]
    assert first["other_numbers"] == second["other_numbers"] != []
    first["other_numbers"][0]["value"] = -1.0
    assert second["other_numbers"][0]["value"] != -1.0
    mine, theirs = next(found for found in by_match.values() if len(found) == 2)
    assert mine["signals"] == theirs["signals"] != {}
    mine["signals"].clear()
    assert theirs["signals"]


def test_indented_json_writes_what_the_standard_library_writes():
    import enum
    import json

    from workbench.report.json_text import indented_json

    class Level(enum.IntEnum):
        HIGH = 3

    values = [
        {},
        [],
        "\u00e9t\u00e9 \u2028 \ud83d\ude00 \x00 \x7f \u0085",
        {"b": [1, 2.5, -0.0, float("nan"), float("inf"), None, True, False], "a": {"z": {}}},
        {"claims": [{"id": 3, "text": "Le bilan : 12 morts", "numbers": []}], "n": Level.HIGH},
        ({"nested": [[[]], [{}], [{"x": ""}]]}, "tuple"),
        {2: "an int key", 2.5: "a float key", None: "none", True: "true"},
    ]
    for value in values:
        for sort_keys in (
            (True, False) if not isinstance(value, dict) or None not in value else (False,)
        ):
            expected = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=sort_keys)
            assert indented_json(value, sort_keys) == expected
    circular: list = []
    circular.append(circular)
    with pytest.raises(ValueError, match="Circular"):
        indented_json(circular)
    with pytest.raises(TypeError):
        indented_json({"a": {1, 2}})


def test_a_report_is_made_with_the_collector_held_off(crowded):
    import gc

    from workbench.report import render_report
    from workbench.store.errors import NotFound

    store, ids = crowded
    started: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(count)
    try:
        text, _ = render_report(store, ids, "md", audience="internal")
    finally:
        gc.callbacks.remove(count)
    assert "Article 2" in text
    assert len(started) <= 1  # at most the one that runs as collections resume (22 before)
    assert gc.isenabled()
    with pytest.raises(NotFound):
        render_report(store, [*ids, 10_000], "md")
    assert gc.isenabled()


def test_a_public_report_reads_no_suggestion(crowded, monkeypatch):
    from workbench.report import render_report

    store, ids = crowded
    claim = store.claims(article_id=ids[0], limit=1)[0]["id"]
    confirmed = store.matches(claim)[0]
    store.decide_match(confirmed["id"], "confirmed", claim_id=claim)
    asked: list[tuple] = []
    said = MatchesMixin._said
    monkeypatch.setattr(
        MatchesMixin, "_said", lambda self, pairs: asked.extend(pairs) or said(self, pairs)
    )
    text, _ = render_report(store, ids, "md", audience="public")
    assert asked == []  # the confirmed match's explanation was kept when it was decided
    assert confirmed["other_text"] in text
    render_report(store, ids, "md", audience="internal")
    assert asked  # the internal report lists every suggestion, explained


def test_a_timeline_reads_no_suggestion(crowded, monkeypatch):
    """A timeline shows dates, never matches: it read and explained every suggestion of its
    articles (a dossier of them) for nothing."""
    from click.testing import CliRunner

    from workbench.cli import main

    store, ids = crowded
    asked: list[tuple] = []
    said = MatchesMixin._said
    monkeypatch.setattr(
        MatchesMixin, "_said", lambda self, pairs: asked.extend(pairs) or said(self, pairs)
    )
    monkeypatch.setenv("WORKBENCH_DB", str(store.path))
    result = CliRunner().invoke(main, ["timeline", *map(str, ids)])
    assert result.exit_code == 0, result.output
    assert asked == []


def test_a_report_of_more_claims_than_sqlite_takes_parameters_reads_them_in_parts(
    crowded, monkeypatch
):
    """A report of a whole desk names its claims in IN lists: more than SQLite takes in one
    statement (250,000 parameters, each claim named twice for its matches) failed. Here
    the limit is lowered to 40 and the parts to 15 claims: the same dossier as read whole."""
    import sqlite3

    from workbench.store import dossier as dossier_module
    from workbench.store import matches as matches_module

    store, ids = crowded
    reference = Store.open(store.path, "ana")  # read whole, on a connection of its own
    try:
        whole = reference.dossier(ids)
        claim_ids = [claim["id"] for article in whole for claim in article["claims"]]
        assert len(claim_ids) > 20  # each named twice: more than the statement takes
        matches = reference.matches_of(claim_ids, True)
    finally:
        reference.close()
    # checked when a statement is prepared: set before this connection reads
    store.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 40)
    for module in (dossier_module, matches_module):
        monkeypatch.setattr(module, "MANY", 15, raising=False)
    assert store.dossier(ids) == whole
    assert store.matches_of(claim_ids, True) == matches
