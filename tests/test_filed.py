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
