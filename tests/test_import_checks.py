"""`workbench import` checks every row by the rules of the commands that write it, and refuses a
bad file whole: one `error:` line naming the first bad row, exit code 2, nothing written."""

from __future__ import annotations

import copy
import json

import pytest
from click.testing import CliRunner

from tests.small_article import claim_ids, small_store
from workbench.cli import main
from workbench.store import Store


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """A good JSON export with a row in every table."""
    store = small_store(tmp_path_factory.mktemp("export") / "source.db")
    claim_id = claim_ids(store)[0]
    store.set_verdict(claim_id, "false", "four")
    source = store.add_source("https://example.org/a", published="2024-01-09")
    store.link_source(claim_id, source, "refutes", excerpt="four")
    store.add_date(claim_id, "event", "2024-01-08")
    store.add_note(claim_id, "call them")
    data = store.dump([store.article_id])
    store.close()
    return data


def _set(table: str, column: str, value):
    def change(data: dict) -> None:
        data["tables"][table][0][column] = value

    return change


def _scale_rating(data: dict) -> None:
    data["verdict_labels"][0]["rating"] = 99


def _not_a_row(data: dict) -> None:
    data["tables"]["notes"] = [1]


BAD = {
    "kinds not JSON": (_set("claims", "kinds", "not json {"), "claims row 1"),
    "stance <script>": (_set("claim_sources", "stance", "<script>"), "claim_sources row 1"),
    "javascript: source URL": (_set("sources", "url", "javascript:alert(1)"), "sources row 1"),
    "javascript: article URL": (_set("articles", "url", "javascript:alert(1)"), "articles row 1"),
    "2024-02-31 date": (_set("claim_dates", "iso", "2024-02-31"), "claim_dates row 1"),
    "2024-02-31 published": (_set("articles", "published", "2024-02-31"), "articles row 1"),
    "span 999999-5": (_set("claims", "start", 999999), "claims row 1"),
    "label off the scale": (_set("verdicts", "label", "pants-on-fire"), "verdicts row 1"),
    "NaN figure": (_set("claims", "numbers", '[{"text": "12", "value": NaN}]'), "claims row 1"),
    "status <b>": (_set("claims", "status", "<b>"), "claims row 1"),
    "id too large": (_set("notes", "id", 10**20), "notes row 1"),
    "note of no claim": (_set("notes", "claim_id", 424242), "notes row 1"),
    "unknown column": (_set("sources", "evil", "x"), "sources row 1"),
    "history not JSON": (_set("history", "after", "{"), "history row 1"),
    "empty note": (_set("notes", "body", ""), "notes row 1"),
    "rating 99 on the scale": (_scale_rating, "verdict_labels row 1"),
    "a row that is not an object": (_not_a_row, "notes row 1"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_row_refuses_the_whole_file(export, tmp_path, case):
    change, named = BAD[case]
    data = copy.deepcopy(export)
    change(data)
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    db = tmp_path / "empty.db"
    result = CliRunner().invoke(main, ["import", str(file)], env={"WORKBENCH_DB": str(db)})
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and named in lines[0], lines
    store = Store.open(db)
    assert [store.db[t].count for t in ("articles", "claims", "sources", "history")] == [0] * 4
    store.close()


def test_a_good_file_imports_and_every_reader_works(export, tmp_path):
    file = tmp_path / "good.json"
    file.write_text(json.dumps(export), encoding="utf-8")
    env = {"WORKBENCH_DB": str(tmp_path / "new.db")}
    assert CliRunner().invoke(main, ["import", str(file)], env=env).exit_code == 0
    claim_id = export["tables"]["claims"][0]["id"]
    for argv in (["claims"], ["show", str(claim_id)], ["export", "--all", "--format", "html"]):
        assert CliRunner().invoke(main, argv, env=env).exit_code == 0, argv


def test_deeply_nested_json_is_one_error_line(tmp_path):
    file = tmp_path / "deep.json"
    file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for command in ("import", "import-claimreview"):
        result = CliRunner().invoke(
            main, [command, str(file)], env={"WORKBENCH_DB": str(tmp_path / "x.db")}
        )
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.output


def test_an_import_builds_the_figures_and_matching_indexes_a_dump_leaves_out(tmp_path):
    """Without them the imported claims had no "figures disagree" flags and no "seen before"
    until another ingest rebuilt them."""
    source = small_store(tmp_path / "source.db")
    data = source.dump([source.article_id])
    indexed = [source.db[t].count for t in ("claim_figures", "match_keys")]
    flags = {c: source.disagreements(c) for c in claim_ids(source)}
    source.close()
    assert all(indexed)
    file = tmp_path / "dump.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    env = {"WORKBENCH_DB": str(tmp_path / "new.db")}
    assert CliRunner().invoke(main, ["import", str(file)], env=env).exit_code == 0
    imported = Store.open(tmp_path / "new.db")
    assert [imported.db[t].count for t in ("claim_figures", "match_keys")] == indexed
    assert {c: imported.disagreements(c) for c in flags} == flags
    imported.close()
