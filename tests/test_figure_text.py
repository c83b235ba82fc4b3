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
    assert figures == "1 234 567 électeurs"  # as the card says it
    markdown = run("export", article_id, "--format", "md")
    assert "1 234 567 électeurs" in markdown  # as written, its value given once
    for output in (markdown, figures, run("show", claim["id"])):
        assert "e+06" not in output


def test_a_figure_that_writes_its_unit_is_not_given_it_twice():
    """A trial (a listeria outbreak): "12% %" and "près de 15 % %" on the card and in the
    report, the percent sign the figure's text holds written again as its unit."""
    from workbench.figure_text import figure_brief, figure_said

    assert figure_said({"text": "12%", "value": 12, "unit": "%"}, "en") == "12%"
    fifteen = {"text": "15 %", "value": 15, "unit": "%", "approximate": True}
    said_in = "Elle estime que près de 15 % des fromages concernés ont déjà été consommés."
    assert figure_said(fifteen, "fr", said_in) == "près de 15 %"
    sixty = {"text": "60 percent", "value": 60, "unit": "%"}
    assert figure_said(sixty, "en") == "60 percent"  # not "60 percent = 60 %"
    assert figure_said({"text": "40 pour cent", "value": 40, "unit": "%"}, "fr") == "40 pour cent"
    assert figure_said({"text": "5 km", "value": 5, "unit": "km"}, "en") == "5 km"
    # a unit the text does not write is still given; "38m" is a million, not metres
    assert figure_said({"text": "41", "value": 41, "unit": "tonnes"}, "fr") == "41 tonnes"
    said = figure_said({"text": "38m", "value": 38e6, "unit": "euros"}, "en")
    assert said == "38m = 38,000,000 euros"
    assert figure_said({"text": "38m", "value": 38, "unit": "m"}, "en") == "38m = 38 m"
    assert figure_brief({"text": "12%", "value": 12, "unit": "%"}) == "12 %"
    # a disagreement names the quantity in words ("percent", "pour cent"): not again either
    from workbench.report.flag_text import describe_flag

    flag = {
        "figure": "12%",
        "value": 12,
        "quantity": "percent",
        "other_figure": "15 %",
        "other_value": 15,
        "where": "claim 3",
    }
    assert describe_flag(flag, "en") == "12% but 15 % in claim (id 3)"
    assert describe_flag(flag, "fr").startswith("12% mais 15 %")


def test_a_share_written_in_words_is_said_as_a_share():
    """A trial: "roughly a quarter = 0.25" where "six malades sur dix = 60 %" is a share."""
    from workbench.figure_text import figure_brief, figure_said

    quarter = {"text": "a quarter", "value": 0.25, "unit": None, "approximate": True}
    said_in = "France records about 400 cases a year, and roughly a quarter of them are fatal"
    assert figure_said(quarter, "en", said_in) == "roughly a quarter = 25 %"
    assert figure_brief(quarter) == "~25 %"
    half = {"text": "la moitié", "value": 0.5, "unit": "malades"}
    assert figure_said(half, "fr") == "la moitié = 50 % (malades)"
    thirds = {"text": "two-thirds", "value": 2 / 3, "unit": None}
    assert figure_said(thirds, "en") == "two-thirds = 66.7 %"
    # a figure in digits below one stays what it is (".6 percent", "0.5 mg")
    assert figure_said({"text": "0.5", "value": 0.5, "unit": "mg"}, "en") == "0.5 mg"


def test_a_fraction_of_a_unit_is_said_in_that_unit_not_as_a_share():
    """A trial: "half a percentage point" is 0.5 point, not "50 %"."""
    from workbench.figure_text import figure_said

    half = {"text": "half a percentage point", "value": 0.5, "unit": "point"}
    assert figure_said(half, "en") == "half a percentage point = 0.5 point"
    basis = {"text": "3 basis points", "value": 0.03, "unit": "points"}
    assert figure_said(basis, "en") == "3 basis points = 0.03 points"


def test_a_count_said_by_its_order_of_size_is_said_as_written_never_as_its_bound():
    """A trial's public report said "~centaines = 200 opérations" and "~hundreds = 200":
    neither article said 200 (the lower bound the extraction reads a plural order of size
    as)."""
    from workbench.figure_text import figure_said

    hundreds = {"text": "centaines", "value": 200, "unit": "opérations", "approximate": True}
    assert figure_said(hundreds, "fr") == "centaines (opérations)"
    thousands = {"text": "tens of thousands", "value": 20000, "unit": None, "approximate": True}
    assert figure_said(thousands, "en") == "tens of thousands"
    assert figure_said({"text": "12", "value": 12, "unit": "morts"}, "fr") == "12 morts"


def test_a_value_the_desk_gave_an_order_of_size_is_said():
    """A trial: "Several hundred=300 protesters" typed to correct a figure was stored, yet
    the card, `show` and the reports said "Several hundred (protesters)" and the history
    "Several hundred (protesters) → Several hundred (protesters)": a value someone gave is
    said, only the bound the words were read as is not."""
    from workbench.figure_text import figure_said

    read = {"text": "Several hundred", "value": 200, "unit": "protesters", "approximate": True}
    assert figure_said(read, "en") == "Several hundred (protesters)"
    given = read | {"value": 300}
    assert figure_said(given, "en") == "~Several hundred = 300 protesters"
