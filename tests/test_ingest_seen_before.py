"""`workbench ingest` says how many claims of each article stored were seen in other
articles, and where to look: a trial analyst ingested two reports of one event and had to
open the app to learn whether anything had matched."""

from __future__ import annotations

import json

from click.testing import CliRunner

from workbench.cli import main

FRENCH = (
    "Le fabricant Norvalis a annoncé mercredi la fermeture de son usine de Douai, "
    "une décision qui entraînera la suppression de 1 150 emplois.\n"
)
ENGLISH = (
    "Battery maker Norvalis said on Wednesday it would close its plant, cutting about 1,200 jobs.\n"
)
UNRELATED = "The city council approved a budget of 40 million euros for its schools.\n"


def _ingest(tmp_path, *texts: tuple[str, str], as_json: bool = False):
    paths = []
    for name, text in texts:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    args = ["ingest", "--date", "2026-11-26", *paths, *(["--json"] if as_json else [])]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ingest_says_how_many_claims_were_seen_in_other_articles(tmp_path):
    shown = _ingest(tmp_path, ("fr.txt", FRENCH), ("en.txt", ENGLISH), ("other.txt", UNRELATED))
    lines = shown.splitlines()
    said = "seen in other articles (`workbench matches --article {}`)"
    assert any(line.endswith(f"fr.txt: 1 of 1 claim {said.format(1)}") for line in lines), shown
    # "cutting about 1,200 jobs" is a claim of its own
    assert any(line.endswith(f"en.txt: 1 of 2 claims {said.format(2)}") for line in lines), shown
    assert not any("other.txt:" in line for line in lines), shown


def test_ingest_json_gives_each_articles_claims_seen_before(tmp_path):
    shown = json.loads(
        _ingest(tmp_path, ("fr.txt", FRENCH), ("other.txt", UNRELATED), as_json=True)
    )
    assert [entry["seen_before"] for entry in shown["ingested"]] == [0, 0]
    more = json.loads(_ingest(tmp_path, ("en.txt", ENGLISH), as_json=True))
    assert [entry["seen_before"] for entry in more["ingested"]] == [1]
