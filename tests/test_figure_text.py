"""A figure's value is written with every digit it has, in every output (it was written with
`:g`: 1,234,567 became 1.23457e+06, which reads as 1,234,570)."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from workbench.cli import main
from workbench.figure_text import figure_value


def test_values_keep_every_digit_and_never_use_an_exponent():
    assert figure_value(1234567) == "1,234,567"
    assert figure_value(2e8) == "200,000,000"
    assert figure_value(61.25) == "61.25"
    assert figure_value(1e-7) == "0.0000001"
    assert figure_value(-1500.5) == "-1,500.5"
    assert figure_value(2e8, "fr") == "200\u202f000\u202f000"
    assert figure_value(53.31, "fr") == "53,31"
    assert figure_value(1234567.5, grouped=False) == "1234567.5"
    assert float(figure_value(1234567.25, grouped=False)) == 1234567.25


def test_show_csv_and_markdown_write_a_seven_digit_figure_exactly(tmp_path, french_nlp):
    article = tmp_path / "vote.txt"
    article.write_text(
        "Participation record\n\n"
        "Le ministère a indiqué lundi que 1 234 567 électeurs ont voté dimanche dans la région.\n",
        encoding="utf-8",
    )

    def run(*args):
        result = CliRunner().invoke(main, [str(a) for a in args])
        assert result.exit_code == 0, result.output
        return result.stdout

    ingested = json.loads(run("ingest", article, "--date", "2024-11-20", "--json"))
    article_id = ingested["ingested"][0]["article_id"]
    claim = json.loads(run("claims", "--search", "électeurs", "--json"))[0]
    assert "1 234 567 électeurs" in run("show", claim["id"])  # as written, once
    rows = list(csv.DictReader(io.StringIO(run("export", article_id, "--format", "csv"))))
    figures = next(r for r in rows if "électeurs" in r["claim"])["figures"]
    assert figures.endswith("=1234567")
    markdown = run("export", article_id, "--format", "md")
    assert "1 234 567 électeurs" in markdown  # as written, its value given once
    for output in (markdown, figures, run("show", claim["id"])):
        assert "e+06" not in output
