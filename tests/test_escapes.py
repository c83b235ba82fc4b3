"""Untrusted text never drives the terminal: every command's output and the Markdown export show
control characters (ESC, OSC, BEL, C1, NUL) as visible symbols, wherever the text came from —
an article, an analyst's name, a typed figure, an imported fact-check, another article's title."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from click.testing import CliRunner

from workbench.cli import main

ESC = "\x1b[31m"
OSC = "\x1b]0;pwned\x07"
C1 = "\x9b2J"
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters a terminal could obey (newline and tab are layout)."""

TEXT = (
    "Flood toll rises\n\n"
    f"The ministry said 12 people{ESC} were killed on 3 January 2024.\n\n"
    "The army reported 40 drones over the city on 5 January 2024.\n"
)
OTHER = "Another report\n\nThe ministry said 12 people were killed on 3 January 2024, officials.\n"
REVIEW = {
    "@type": "ClaimReview",
    "url": f"https://checks.example/{C1}x",
    "claimReviewed": "The ministry said 12 people were killed on 3 January 2024.",
    "author": {"name": f"Checker{OSC}"},
    "datePublished": "2024-01-12",
    "itemReviewed": {"author": {"name": "ministry"}, "datePublished": "2024-01-04"},
    "reviewRating": {"ratingValue": 1, "bestRating": 5, "alternateName": f"False{ESC}"},
}
ANALYST = f"ana{OSC}"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A database where every stored text that reaches an output carries control characters."""
    from workbench.extract import extract
    from workbench.matching.claimreview import parse
    from workbench.store import Store

    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    store = Store.open(path, ANALYST)
    first = store.ingest(TEXT, extract(TEXT, "en", date(2024, 1, 10)), title=f"Flood{OSC}")
    store.ingest(OTHER, extract(OTHER, "en", date(2024, 1, 11)), title=f"Other{ESC} title")
    seen, checked = (c["id"] for c in store.claims(article_id=first.article_id))
    store.import_reviews(parse(REVIEW)[0])
    assert any(m["review_id"] for m in store.matches(seen)), "the fact-check must be seen"
    store.edit_claim(checked, speaker=f"army{ESC}", numbers=[{"text": f"40{ESC}", "value": 40}])
    store.set_verdict(checked, "false", f"rationale{ESC}")
    store.add_note(checked, f"note{ESC} with a NUL\x00 byte")
    source = store.add_source(f"https://src.example/{C1}", title=f"Source{ESC}")
    store.link_source(checked, source, "refutes", excerpt=f"excerpt{OSC}\x00")
    store.add_date(checked, "event", "2024-01-05")
    store.add_label("custom", f"Custom{ESC}", "Perso", 3, f"definition{OSC}")
    store.close()
    return {"db": str(path), "article": first.article_id, "seen": seen, "checked": checked}


CASES = {
    "show: title, text, fact-check author/rating/URL, seen titles, analyst": (
        ["show", "{seen}"],
        ["Checker␛]0;pwned␇", "False␛[31m", "Other␛[31m title", "Flood␛]0;pwned␇"],
    ),
    "show: figures, speaker, verdict, source, note, analysts": (
        ["show", "{checked}"],
        ["40␛[31m", "army␛[31m", "rationale␛[31m", "Source␛[31m", "excerpt␛]0", "note␛[31m", "␀"],
    ),
    "history": (["history", "{checked}"], ["ana␛]0;pwned␇", "army␛[31m"]),
    "timeline": (["timeline", "{article}"], ["12 people␛[31m"]),
    "claims": (["claims", "--article", "{article}"], ["army␛[31m"]),
    "matches: claims' words, a fact-check's author and words": (
        ["matches"],
        ["12 people␛[31m", "Checker␛]0;pwned␇"],
    ),
    "articles": (["articles"], ["Flood␛]0;pwned␇"]),
    "search": (["search", "ministry"], ["people␛[31m"]),
    "source list": (["source", "list"], ["Source␛[31m"]),
    "verdict scale": (["verdict", "scale"], ["Custom␛[31m", "definition␛]0"]),
    "markdown export (timeline section, NUL bytes)": (
        ["export", "{article}", "--format", "md", "--audience", "internal"],
        ["people␛\\[31m were killed", "note␛\\[31m with a NUL␀ byte", "2024-01-03 ─●─"],
    ),
    "an error naming a file": (["ingest", f"/nowhere/a{ESC}.txt"], ["a␛[31m.txt"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_no_control_character_reaches_the_terminal(hostile, case):
    argv, shown = CASES[case]
    argv = [arg.format(**hostile) for arg in argv]
    result = CliRunner().invoke(
        main, argv, env={"WORKBENCH_DB": hostile["db"], "WORKBENCH_ANALYST": ANALYST}
    )
    output = result.stdout + result.stderr
    assert RAW.findall(output) == [], output
    for text in shown:
        assert text in output, (text, output)


@pytest.mark.parametrize("fmt", ["json", "claimreview", "csv"])
def test_machine_exports_keep_the_data_and_send_no_raw_control(hostile, fmt):
    result = CliRunner().invoke(
        main,
        ["export", str(hostile["article"]), "--format", fmt],
        env={"WORKBENCH_DB": hostile["db"]},
    )
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        return  # cells for spreadsheets: formulas are defused (test_report), data kept
    assert re.findall(r"[\x00-\x1f\x7f-\x9f]", result.stdout.replace("\n", "")) == []
    data = json.loads(result.stdout)  # escaped, not altered: the data round-trips
    assert f"rationale{ESC}" in strings(data)


def strings(data) -> list[str]:
    if isinstance(data, dict):
        return [s for value in data.values() for s in strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in strings(value)]
    return [data] if isinstance(data, str) else []


def test_json_output_of_commands_is_escaped_too(hostile):
    result = CliRunner().invoke(
        main, ["show", str(hostile["seen"]), "--json"], env={"WORKBENCH_DB": hostile["db"]}
    )
    assert RAW.findall(result.stdout.replace("\n", "")) == []
    shown = json.loads(result.stdout)
    assert any(m.get("review_url") == f"https://checks.example/{C1}x" for m in shown["matches"])
    listed = CliRunner().invoke(main, ["matches", "--json"], env={"WORKBENCH_DB": hostile["db"]})
    assert listed.exit_code == 0 and RAW.findall(listed.stdout.replace("\n", "")) == []
    checks = [row["fact_check"] for row in json.loads(listed.stdout) if row["fact_check"]]
    assert checks and {check["review_url"] for check in checks} == {f"https://checks.example/{C1}x"}
    assert {check["author_name"] for check in checks} == {f"Checker{OSC}"}


RLO = "\u202e"


def test_a_bidirectional_override_never_reverses_what_is_shown(tmp_path):
    """A right-to-left override in an article shows "12 killed" as "dellik 21" in a browser:
    every human-readable output shows it as a visible symbol instead."""
    from workbench.extract import extract
    from workbench.store import Store

    text = f"Flood toll\n\nThe ministry said {RLO}12 people were killed on 3 January 2024.\n"
    path = tmp_path / "bidi.db"
    store = Store.open(path, "ana")
    article = store.ingest(text, extract(text, "en", date(2024, 1, 10)), title=f"Flood{RLO}")
    claim = store.claims(article_id=article.article_id)[0]["id"]
    store.close()
    env = {"WORKBENCH_DB": str(path)}
    for argv in (
        ["show", str(claim)],
        ["export", str(article.article_id), "--format", "md", "--audience", "internal"],
        ["export", str(article.article_id), "--format", "html", "--audience", "internal"],
    ):
        result = CliRunner().invoke(main, argv, env=env)
        assert result.exit_code == 0, result.output
        assert RLO not in result.stdout, argv
        assert "\ufffd12 people" in result.stdout, argv
