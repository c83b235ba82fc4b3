"""`workbench extract` and `workbench eval` as a user runs them."""

import json

from click.testing import CliRunner

from tests.conftest import FIXTURES, SAMPLE
from workbench.cli import main


def test_extract_json_has_the_stable_shape(french_nlp):
    result = CliRunner().invoke(
        main, ["extract", str(SAMPLE), "--lang", "fr", "--date", "2024-11-20", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["language"] == "fr" and data["published"] == "2024-11-20"
    claim = next(c for c in data["claims"] if c["numbers"] and c["dates"])
    assert {"start", "end", "text", "kinds", "numbers", "dates", "speaker", "score"} <= set(claim)
    assert set(claim["sentence"]) == {"start", "end"}
    assert claim["sentence"]["start"] <= claim["start"] < claim["end"] <= claim["sentence"]["end"]
    assert {"text", "value", "start", "end"} <= set(claim["numbers"][0])
    assert {"text", "iso", "start", "end"} <= set(claim["dates"][0])


def test_extract_table_is_readable(french_nlp):
    result = CliRunner().invoke(main, ["extract", str(SAMPLE), "--date", "2024-11-20"])
    assert result.exit_code == 0
    assert "language=fr" in result.output
    assert "'six' = 6 missiles" in result.output


def test_binary_file_is_one_clear_error(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 20)
    result = CliRunner().invoke(main, ["extract", str(binary)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "photo.jpg" in result.stderr and "binary" in result.stderr


def test_mis_encoded_file_is_refused_by_name(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le ministère a déclaré.".encode("latin-1"))
    result = CliRunner().invoke(main, ["extract", str(latin)])
    assert result.exit_code == 2
    assert "latin1.txt" in result.stderr and "UTF-8" in result.stderr


def test_utf16_with_bom_is_read_and_an_empty_file_refused_as_ingest_does(tmp_path, french_nlp):
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Le ministère a annoncé 12 morts.".encode("utf-16"))
    result = CliRunner().invoke(main, ["extract", str(utf16), "--lang", "fr", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["claims"]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", str(empty), "--json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("error: ") and "empty file" in result.stderr


def test_impossible_date_is_refused():
    result = CliRunner().invoke(main, ["extract", str(SAMPLE), "--date", "2024-02-31"])
    assert result.exit_code == 2 and "2024-02-31" in result.stderr


def test_eval_prints_every_article_and_the_pool(french_nlp, monkeypatch):
    monkeypatch.chdir(FIXTURES.parent)
    result = CliRunner().invoke(main, ["eval"])
    assert result.exit_code == 0, result.output
    assert "ukraine-atacms-fr.gold.json" in result.output
    lines = result.output.strip().splitlines()
    assert lines[0].split()[-2:] == ["tight", "separ."]
    articles = [line for line in lines if line.split()[0].endswith(".gold.json")]
    assert len(articles) == len(list(FIXTURES.glob("*.gold.json")))
    pooled = lines[-1].split()
    assert pooled[0] == "pooled" and len(pooled) == 8


def test_every_command_has_help():
    import click

    context = click.Context(main)
    for name in main.list_commands(context):
        command = main.get_command(context, name)
        assert command is not None, name
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help, name


def test_extract_without_a_date_says_which_day_relative_dates_use(french_nlp, tmp_path):
    from datetime import date

    article = tmp_path / "a.txt"
    article.write_text("Le ministre a annoncé vendredi la fermeture de 12 écoles.", "utf-8")
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert f"against today ({date.today().isoformat()})" in result.stderr
    dated = CliRunner().invoke(main, ["extract", str(article), "--date", "2024-11-20"])
    assert "warning" not in dated.stderr
