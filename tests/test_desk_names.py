"""Slips an analyst met on the desk's screens and lines: the queue and the overview named a
claim by its bare id and a seen-before line by "(id N)" alone, where every other place says
"claim 7 (id 26)"; `--limit -1` was refused as an id that "names nothing"; counts said "1
matches"; an empty queue for a name nobody works under read as an idle analyst; and the
overview credited a verdict to the claim's assignee rather than to whoever recorded it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.small_article import claim_ids, two_reports
from tests.tui_support import run_app, settle
from workbench.cli import main
from workbench.report.match_text import describe_match
from workbench.store import Store


@pytest.fixture
def reports(tmp_path):
    """Two reports of one flood: the second article's claims have numbers unlike their ids."""
    store = two_reports(tmp_path / "names.db")
    yield store
    store.close()


def invoke(store, *args: str, analyst: str = "ana"):
    return CliRunner().invoke(main, ["--db", str(store.path), "--analyst", analyst, *args])


def run(store, *args: str, analyst: str = "ana") -> str:
    result = invoke(store, *args, analyst=analyst)
    assert result.exit_code == 0, result.output
    return result.output


def second_claim(store) -> tuple[int, int]:
    """The second article's second claim: (its id, its number), which differ."""
    claim = store.claims(article_id=store.second_id)[1]
    place = store.claim(claim["id"])["place"]
    assert place == 2 and claim["id"] != place
    return claim["id"], place


def test_the_queue_and_the_overview_name_a_claim_by_its_number_and_id(reports):
    claim_id, place = second_claim(reports)
    reports.add_analyst("ana")
    reports.assign([claim_id], "ana")
    (item,) = reports.queue("ana")
    assert item["place"] == place
    queued = run(reports, "queue").splitlines()[0]
    assert queued.startswith(f"claim {place} (id {claim_id})  ")
    longest = run(reports, "desk").split("waiting longest\n")[1]
    assert f"  claim {place} (id {claim_id})  " in longest
    assert '"place": 2' in run(reports, "queue", "--json")

    async def scenario(app, pilot):
        from workbench.tui.screens.overview import OverviewScreen
        from workbench.tui.screens.queue import QueueScreen

        assert isinstance(app.screen, QueueScreen)
        cells = [str(cell) for cell in app.screen.query_one("#queue-table").get_row_at(0)]
        assert cells[2] == f"claim {place} (id {claim_id})"
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)
        cells = [str(cell) for cell in app.screen.query_one("#overview-longest").get_row_at(0)]
        assert cells[3] == f"claim {place} (id {claim_id})"

    run_app(Store.open(reports.path, "ana"), scenario)


def test_a_seen_before_line_names_the_other_claim_by_its_number_and_id(reports):
    mine = reports.claims(article_id=reports.article_id, search="drones")[0]["id"]
    (match,) = [m for m in reports.matches(mine) if m.get("other_claim_id")]
    other = match["other_claim_id"]
    place = reports.claim(other)["place"]
    assert match["other_place"] == place != other
    named = f"claim {place} (id {other}) in English in “Floods kill twelve”"
    assert named in describe_match(match, "en")
    assert named in run(reports, "show", str(mine))
    # a report names another article's claim its own way: by its language, and its id
    assert "a claim in English in “Floods kill twelve”" in describe_match(
        {**match, "for_reader": True}, "en"
    )


@pytest.mark.parametrize("verb", ["matches", "claims"])
@pytest.mark.parametrize("limit", ["-1", "0", "some"])
def test_a_limit_below_one_is_refused_with_one_error_line(reports, verb, limit):
    before = reports.db.execute("SELECT count(*) FROM history").fetchone()
    result = invoke(reports, verb, "--limit", limit)
    assert result.exit_code == 2
    (line,) = result.output.splitlines()
    assert line.startswith("error: limit ") and "no such id" not in line
    assert reports.db.execute("SELECT count(*) FROM history").fetchone() == before


def test_a_limit_of_one_lists_one(reports):
    assert run(reports, "claims", "--limit", "1").splitlines()[-1] == "1 claim"
    assert run(reports, "matches", "--limit", "1").splitlines()[-1] == "1 match"
    assert run(reports, "matches").splitlines()[-1].endswith(" matches")


def test_counts_agree_with_their_number(reports):
    from workbench.plural import counted

    assert [counted(n, "match") for n in (0, 1, 2)] == ["0 matches", "1 match", "2 matches"]
    assert counted(1, "claim's", "claims'") == "1 claim's"
    reports.add_analyst("bob")
    first = claim_ids(reports)[0]
    place = reports.claim(first)["place"]
    assert run(reports, "assign", str(first), "--to", "bob") == (
        f"1 claim to bob: claim {place} (id {first})\n"
    )
    assert run(reports, "desk").startswith("review is off (a claim checked is done); 1 item ")


def test_an_empty_queue_for_a_name_no_change_was_made_under_says_so(reports):
    """Without a desk list a name is a free label: the queue still answers, and says that
    nobody ever worked under that name, with the names there are (a typo read as an idle
    analyst). With a list, a name not on it is refused (test_cli_desk)."""
    shown = run(reports, "queue", analyst="anna").splitlines()
    assert shown[0].startswith("nothing waiting for anna: ")
    assert shown[1].startswith(
        "no change in this database was made as anna (names that made one: ana)"
    )
    assert "no change in this database" not in run(reports, "queue", analyst="ana")
    refused = invoke(reports, "queue", analyst="anna")
    assert refused.exit_code == 0  # a free label, said so, not refused
    reports.add_analyst("ana")
    refused = invoke(reports, "queue", analyst="anna")
    assert refused.exit_code == 2
    assert refused.output.splitlines() == [
        "error: unknown analyst 'anna' (the desk knows: ana); add them with "
        "`workbench analyst add anna`"
    ]


def test_the_overview_credits_work_done_to_whoever_did_it(reports):
    """A verdict bob recorded on a claim assigned to ana is bob's; so is a claim he closed
    without one; what waits stays the assignee's."""
    for name in ("ana", "bob"):
        reports.add_analyst(name)
    first, second, third = claim_ids(reports)[:3]
    reports.assign([first, second, third], "ana")
    run(reports, "verdict", "set", str(first), "false", "-r", "Eleven.", analyst="bob")
    run(reports, "status", str(second), "dismissed", analyst="bob")

    def people() -> dict[str, dict]:
        return {row["key"]: row for row in reports.overview()["analysts"]}

    counted = people()
    assert (counted["bob"]["done"], counted["ana"]["done"], counted["ana"]["new"]) == (2, 0, 1)
    reports.set_review(True)  # proposed by bob, and returned to bob: his, where it waits
    assert people()["bob"]["proposed"] == 1
    run(reports, "review", str(first), "return", "-m", "Source?", analyst="ana")
    counted = people()
    assert (counted["bob"]["returned"], counted["ana"]["returned"]) == (1, 0)
    assert counted["bob"]["waiting"] == 1


def test_assign_names_the_claims_it_assigned_and_took(reports):
    """`workbench assign` listed bare ids ("1 claim to bob: 26"), read as claim 26 of the
    article: it names each claim as every message does, the ones taken from another too."""
    claim_id, place = second_claim(reports)
    reports.add_analyst("ana")
    reports.add_analyst("bob")
    assert run(reports, "assign", str(claim_id), "--to", "bob") == (
        f"1 claim to bob: claim {place} (id {claim_id})\n"
    )
    places = reports.claim_numbers([reports.second_id])
    said = run(reports, "assign", "--article", str(reports.second_id), "--to", "ana")
    listed, taken = said.splitlines()
    assert listed == f"{len(places)} claims to ana: " + ", ".join(
        f"claim {places[i]} (id {i})" for i in sorted(places)
    )
    assert taken == f"  taken from bob: claim {place} (id {claim_id})"


def test_the_link_form_names_the_claims_it_found_by_number_and_id(reports):
    """Linking by hand listed the claims its words found as "id 5, article 2": it names them
    as every message does, "claim 2 (id 5) of article 2"."""
    from textual.widgets import OptionList

    from tests.tui_support import type_text
    from workbench.tui.screens.link import LinkScreen
    from workbench.tui.widgets.claims_table import ClaimsTable

    claim_id, place = second_claim(reports)
    mine = reports.claims(article_id=reports.article_id, search="drones")[0]["id"]
    words = reports.claim(claim_id)["text"].split()[1]

    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        table.move_cursor(row=table.get_row_index(str(mine)))
        await settle(pilot)
        for key in ("m", "a"):
            await pilot.press(key)
            await settle(pilot)
        assert isinstance(app.screen, LinkScreen)
        await type_text(pilot, words)
        await pilot.press("enter")
        await settle(pilot)
        found = [c["id"] for c in app.screen.wb_found]
        option = app.screen.query_one(OptionList).get_option_at_index(found.index(claim_id))
        assert str(option.prompt).startswith(
            f"claim {place} (id {claim_id}) of article {reports.second_id}: “"
        )

    run_app(Store.open(reports.path, "ana"), scenario, article_id=reports.article_id)


def test_the_import_counts_what_it_rebuilt_in_words(reports, tmp_path):
    """The import's summary counted against table names ("1 articles, 5 claims, 0
    claim_sources"): each count is `counted`, in words, for every table a dump holds."""
    exported = tmp_path / "export.json"
    run(reports, "export", str(reports.article_id), "--format", "json", "-o", str(exported))
    empty = tmp_path / "rebuilt.db"
    result = CliRunner().invoke(main, ["--db", str(empty), "import", str(exported)])
    assert result.exit_code == 0, result.output
    counts = result.output.rstrip("\n").split(", ")
    assert counts[0] == "1 article" and "0 sources attached" in counts
    assert counts[1] == f"{len(reports.claims(article_id=reports.article_id))} claims"
    assert not any("_" in count for count in counts)
    from workbench.cli.reports import IMPORTED
    from workbench.store.dossier import DUMP_TABLES

    assert set(IMPORTED) == set(DUMP_TABLES)  # a table a dump gains is named too
