"""The publication day an article states itself (its dateline, or a first line that is only a
date), used when none is given. Datelines written for these tests."""

from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.extract.filed import filed_day

TODAY = date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "day", "said"),
    [
        # no year: the latest year that does not put the day after today
        ("GDANSK, Poland, April 3 - Dock workers walked out.", date(2026, 4, 3), "no year"),
        ("OSLO, Dec 30 (Reuters) - The fund said it sold 3 stakes.", date(2025, 12, 30), "2025"),
        ("Title\n\nNantes, 2 juin (AFP) – Le syndicat a dit.", date(2025, 6, 2), "no year"),
        ("Lyon, 4 mars 2019 – La mairie a annoncé 12 fermetures.", date(2019, 3, 4), "dateline"),
        ("Thursday, February 29, 2024\n\nThe board met.", date(2024, 2, 29), "first line"),
        ("GENÈVE, 29 février (AFP) – Le HCR a dit.", date(2024, 2, 29), "2024"),
    ],
)
def test_the_dateline_gives_the_day_and_says_how(text, day, said):
    found = filed_day(text, TODAY)
    assert found is not None and found.day == day
    assert said in found.source


@pytest.mark.parametrize(
    "text",
    [
        "The council said on April 3 that 40 flats were empty.",  # a date in a sentence
        "ROME (AP) — The senate voted.",  # a dateline without a day
        "Paris, Londres - deux capitales.",
    ],
)
def test_no_dateline_day_no_date(text):
    assert filed_day(text, TODAY) is None


def test_ingest_without_date_takes_the_dateline_and_says_where_from(tmp_path):
    from workbench.store import Store

    article = tmp_path / "strike.txt"
    article.write_text(
        "Dock strike\n\nGDANSK, Poland, April 3 - About 900 dock workers walked out on "
        "Tuesday, their union said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "filed.db"
    result = CliRunner().invoke(main, ["ingest", str(article), "--lang", "en", "--db", str(db)])
    assert result.exit_code == 0, result.output
    year = date.today().year if date(date.today().year, 4, 3) <= date.today() else None
    year = year or date.today().year - 1
    assert f"{year}-04-03 read from the dateline" in result.output
    assert "no publication date given or found" not in result.output
    store = Store.open(db, "ana")
    assert store.article(1)["published"] == f"{year}-04-03"
    assert not store.article(1)["published_assumed"]
    tuesday = next(c for c in store.claims() if "Tuesday" in c["text"])
    filed = date(year, 4, 3)
    # "on Tuesday" is read against the dateline's day, not against the day of the ingest
    assert [d["iso"] for d in tuesday["dates"]] == [
        (filed - timedelta(days=(filed.weekday() - 1) % 7)).isoformat()
    ]


def test_the_date_notices_give_relative_dates_in_the_articles_language(tmp_path):
    """A trial: an English article's notice said "relative dates (hier, lundi) read against
    it". Each notice gives its examples in the language the article was read in."""
    english = tmp_path / "strike.txt"
    english.write_text(
        "Dock strike\n\nGDANSK, Poland, April 3 - About 900 dock workers walked out on "
        "Tuesday, their union said.\n",
        encoding="utf-8",
    )
    french = tmp_path / "greve.txt"
    french.write_text(
        "Grève des dockers\n\nGDANSK, 3 avril 2025 (AFP) – Environ 900 dockers ont cessé le "
        "travail mardi, a annoncé leur syndicat.\n",
        encoding="utf-8",
    )
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "Dock strike\n\nAbout 900 dock workers walked out on Tuesday, their union said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "filed.db")
    runner = CliRunner()
    said = {}
    for path in (english, french, undated):
        result = runner.invoke(main, ["ingest", str(path), "--db", db])
        assert result.exit_code == 0, result.output
        said[path.name] = result.output
    assert "relative dates (yesterday, Monday) read against it" in said["strike.txt"]
    assert "relative dates (hier, lundi) read against it" in said["greve.txt"]
    assert "assumed" in said["undated.txt"]
    assert "relative dates (yesterday, Monday) read against it" in said["undated.txt"]
    assert not any("hier" in said[name] for name in ("strike.txt", "undated.txt"))


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Titre\n\nLISBONNE, 13 août 2026 (AFP) – L'incendie a fait cinq morts.", "AFP"),
        ("Title\n\nPARIS, Nov 24 (Reuters) - France approved the bill.", "Reuters"),
        ("Title\n\nKYIV, Ukraine (AP) — Russia fired 12 missiles.", "AP"),
        ("Title\n\nKYIV (AFP) - Russia fired 12 missiles.", "AFP"),
        # a region in brackets after the place, as French datelines write it
        ("Titre\n\nALBERTVILLE (Savoie) – Trois personnes sont mortes.", None),
        ("Titre\n\nABIDJAN (Côte d'Ivoire) – Le président a parlé.", None),
        ("Title\n\nWASHINGTON — The president said 12 things.", None),
    ],
)
def test_the_dateline_names_the_agency_that_filed_it(text, agency):
    """Trials: the outlet stayed empty though the datelines said AFP and Reuters."""
    from workbench.extract.filed import filed_by

    assert filed_by(text) == agency


def test_the_outlet_is_read_from_the_dateline_and_can_be_corrected_and_undone(tmp_path):
    """A trial: an outlet typed wrong at ingest could only be changed by ingesting again."""
    from workbench.store import Store

    article = tmp_path / "budget.txt"
    article.write_text(
        "Budget passes\n\nPARIS, Nov 24 (Reuters) - The National Assembly approved the 2027 "
        "budget bill on Tuesday by 289 votes to 263, officials said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "outlet.db"

    def run(*args: str):
        return CliRunner().invoke(main, [*args, "--db", str(db)])

    assert run("ingest", str(article), "--lang", "en").exit_code == 0
    assert Store.open(db, "ana").article(1)["outlet"] == "Reuters"
    changed = run("article", "outlet", "1", "Reuters UK")
    assert changed.exit_code == 0 and "Reuters -> Reuters UK" in changed.output
    assert "unchanged" in run("article", "outlet", "1", " Reuters  UK ").output
    assert Store.open(db, "ana").article(1)["outlet"] == "Reuters UK"
    refused = run("article", "outlet", "1", "x" * 300)
    assert refused.exit_code == 2 and refused.output.startswith("error: ")
    assert "outlet of article 1 back to Reuters" in run("undo").output
    assert Store.open(db, "ana").article(1)["outlet"] == "Reuters"
    assert run("redo").exit_code == 0
    assert Store.open(db, "ana").article(1)["outlet"] == "Reuters UK"
    assert run("article", "outlet", "9", "AFP").exit_code == 2
    given = tmp_path / "given.db"
    CliRunner().invoke(
        main, ["ingest", str(article), "--lang", "en", "--outlet", "Le Monde", "--db", str(given)]
    )
    assert Store.open(given, "ana").article(1)["outlet"] == "Le Monde"  # what was typed wins
