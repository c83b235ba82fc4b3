"""`workbench matches`: what was seen before across the database, each suggestion or match
with its two claims, score, state, whether their figures disagree and why; filtered by
article, state and score; read-only, through indexed queries, untrusted text kept text."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from click.testing import CliRunner

from tests.small_article import add_figure_claim
from tests.test_matching_scale import crowded_article
from workbench.cli import main
from workbench.extract import Claim, Extraction
from workbench.extract.types import NumberMention
from workbench.matching.sides import OTHER_FIGURE
from workbench.plural import counted
from workbench.store import Store


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def listed(*args) -> list[dict]:
    result = run("matches", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _article(sentences: list[tuple[str, str]]) -> tuple[str, Extraction]:
    """An English article of one claim a sentence, each with its one figure (sentence,
    figure as written), counting the dead."""
    extraction = Extraction("en", date(2024, 11, 20))
    text = ""
    for sentence, written in sentences:
        text = add_figure_claim(text, extraction, sentence, written, "dead", "Officials", 0.8)
    return text, extraction


@pytest.fixture
def desk():
    """Eight crowded articles (their claims share places, figures and words: suggestions of
    both kinds), then two articles whose claims an analyst links by hand, one of them with a
    control sequence and markup in its words."""
    store = Store.open(os.environ["WORKBENCH_DB"], "ana")
    for seed in range(0, 8 * 3, 3):
        store.ingest(*crowded_article(6, seed), title=f"Crowded {seed}")
    twelve = store.ingest(
        *_article([("Quarry foremen reported 12 dead underground.", "12")]),
        title="Mine A",
    )
    fourteen = store.ingest(
        *_article([("The \x1b[31m[bold]union[/bold] tallied 14 dead yesterday evening.", "14")]),
        title="Mine B",
    )
    mine = store.claims(article_id=twelve.article_id)[0]["id"]
    theirs = store.claims(article_id=fourteen.article_id)[0]["id"]
    linked = store.link_claims(mine, theirs)
    yield store, linked, twelve.article_id, fourteen.article_id
    store.close()


def _stored(store: Store, where: str = "1", params: tuple = ()) -> list[tuple]:
    return store.db.execute(
        f"SELECT id, claim_id, other_claim_id, score, state, kind FROM claim_matches "
        f"WHERE state != 'unlinked' AND {where} ORDER BY id",
        params,
    ).fetchall()


def test_every_suggestion_and_match_is_listed_with_its_two_claims(desk):
    store, linked, *_ = desk
    rows = listed()
    stored = _stored(store)
    assert len(stored) > 30 and {kind for *_, kind in stored} == {"match", OTHER_FIGURE}
    assert [row["id"] for row in rows] == [match_id for match_id, *_ in stored]
    numbers = store.claim_numbers(list(range(1, 11)))
    for row, (_, first, second, score, state, kind) in zip(rows, stored, strict=True):
        assert (row["claim"]["id"], row["other"]["id"]) == (first, second)
        assert row["score"] == score and row["status"] == state
        assert row["kind"] == ("figure" if kind == OTHER_FIGURE else "match")
        for side in ("claim", "other"):
            claim = store.claim_row(row[side]["id"])
            assert row[side]["text"] == claim["text"]
            assert row[side]["article_id"] == claim["article_id"]
            assert row[side]["number"] == numbers[claim["id"]]
        if kind == OTHER_FIGURE:  # the same fact with another figure: always a disagreement
            assert row["figures"] == "disagree"
        if row["id"] != linked:
            assert row["why"] and all(line[-5:].lstrip("+-")[0].isdigit() for line in row["why"])
    table = run("matches")
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert lines[-1] == counted(len(stored), "match") and len(lines) == len(stored) + 2
    first = next(row for row in rows if row["kind"] == "match" and row["id"] != linked)
    said = next(line for line in lines if line.split()[0] == str(first["id"]))
    assert f"{first['score']:.2f}" in said and first["why"][0] in said
    assert first["claim"]["text"][:20] in said and first["other"]["text"][:20] in said


def test_a_link_whose_figures_disagree_says_so_with_the_figures(desk):
    store, linked, *_ = desk
    row = next(row for row in listed() if row["id"] == linked)
    assert row["status"] == "confirmed" and row["origin"] == "analyst"
    assert row["figures"] == "disagree"
    assert [(f["figure"], f["other_figure"]) for f in row["disagreements"]] == [("12", "14")]
    assert row["why"] == ["linked by hand by ana"]
    line = next(
        line for line in run("matches").stdout.splitlines() if line.split()[0] == str(linked)
    )
    assert "disagree" in line and "linked by hand by ana" in line


def test_filters_by_article_state_and_score_and_sorts_by_score(desk):
    store, linked, twelve, fourteen = desk
    # an article's matches, its claim first whichever side of the pair it was stored on
    for article in (fourteen, 3):
        rows = listed("--article", article)
        assert [row["id"] for row in rows] == [
            match_id
            for match_id, first, second, *_ in _stored(store)
            if article
            in {store.claim_row(first)["article_id"], store.claim_row(second)["article_id"]}
        ]
        assert rows and all(row["claim"]["article_id"] == article for row in rows)
    assert linked in {row["id"] for row in listed("--article", fourteen)}
    assert any(row["other"]["article_id"] == 3 for row in listed("--article", 4))
    third = listed("--article", 3)
    # state
    rejected = third[0]["id"]
    store.decide_match(rejected, "rejected")
    assert [row["id"] for row in listed("--status", "rejected")] == [rejected]
    assert [row["id"] for row in listed("--status", "confirmed")] == [linked]
    assert rejected not in {row["id"] for row in listed("--status", "suggested")}
    assert len(listed("--status", "suggested")) == len(_stored(store, "state = 'suggested'"))
    # score, best first, at most N
    high = listed("--min-score", "0.5")
    assert high and all(row["score"] >= 0.5 for row in high)
    assert len(high) == len(_stored(store, "score >= 0.5"))
    best = listed("--sort", "score", "--limit", "5")
    assert [row["score"] for row in best] == sorted(
        (score for _, _, _, score, *_ in _stored(store)), reverse=True
    )[:5]


def test_untrusted_words_stay_text(desk):
    store, linked, *_ = desk
    table = run("matches", "--article", desk[3])
    assert table.exit_code == 0
    assert "\x1b" not in table.stdout
    assert "␛[31m[bold]union[/bold]" in table.stdout
    raw = run("matches", "--json", "--article", desk[3]).stdout
    assert "\x1b" not in raw and "\\u001b[31m[bold]union" in raw


def test_bad_options_are_one_error_line_and_nothing_is_written(desk, tmp_path):
    store = desk[0]
    before = list(store.db.conn.iterdump())
    assert run("matches").exit_code == 0 and run("matches", "--json").exit_code == 0
    for args, said in (
        (["--article", "999"], "no article 999"),
        (["--min-score", "2"], "not a score"),
        (["--min-score", "high"], "not a score"),
        (["--status", "unlinked"], "--status"),
    ):
        result = run("matches", *args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.startswith("error:") and said in result.stderr, result.stderr
        assert len(result.stderr.splitlines()) == 1
    missing = run("--db", tmp_path / "none.db", "matches")
    assert missing.exit_code == 2 and not (tmp_path / "none.db").exists()
    assert list(store.db.conn.iterdump()) == before  # read-only


def test_one_articles_matches_are_read_through_the_indexes(desk):
    """Listing an article's matches reads its claims and their matches through indexes: no
    table is scanned (a desk's database holds hundreds of thousands of claims)."""
    store = desk[0]
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    rows = list(store.listed_matches(article_id=3))
    store.db.conn.set_trace_callback(None)
    assert rows and statements
    for statement in statements:
        plan = store.db.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
        scans = [step for *_, step in plan if step.startswith("SCAN") and "subquery" not in step]
        assert not scans, (statement, plan)


def test_two_estimates_of_one_fact_differ_as_show_says(tmp_path, monkeypatch):
    """A trial: a report of the same fact with another figure, "environ 35 millions" /
    "around 40 million", was listed as "disagree" while `show` said the estimates differ
    (both may be true). The listing reads its flags as `show` does."""
    db = tmp_path / "estimates.db"
    monkeypatch.setenv("WORKBENCH_DB", str(db))
    store = Store.open(db, "ana")
    for title, text, written, value in (
        (
            "A",
            "Rescuers said about 35 people died in the flooded quarry near Braga.",
            "about 35",
            35,
        ),
        ("B", "Around 40 people died when a quarry flooded, officials said.", "Around 40", 40),
    ):
        extraction = Extraction("en", date(2024, 11, 20))
        at = text.index(written)
        number = NumberMention(written, value, at, at + len(written), "dead", True)
        extraction.claims.append(
            Claim(0, len(text), text, kinds=["number"], numbers=[number], score=0.8)
        )
        store.ingest(text, extraction, title=title)
    store.close()
    (row,) = listed()
    assert row["kind"] == "figure" and row["figures"] == "estimates"
    assert [(f["figure"], f["other_figure"]) for f in row["disagreements"]] == [
        ("Around 40", "about 35")
    ]
