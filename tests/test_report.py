"""Reports and exports: golden files of every format, the HTML in a real browser, ClaimReview
structure, JSON round trip."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from tests.report_support import scripted_store
from tests.small_article import add_read, edit_read
from workbench.cli import main
from workbench.report import FORMATS, render_report
from workbench.report.html import render as render_html
from workbench.store import Store

GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture
def scripted(tmp_path, sample_text, sample_extraction):
    store = scripted_store(tmp_path / "report.db", sample_text, sample_extraction)
    yield store
    store.close()


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_files(scripted, fmt):
    """Each format on the scripted session; UPDATE_GOLDEN=1 rewrites after a reviewed change."""
    text, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
    golden = GOLDEN / f"ukraine-atacms-fr.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_reports_show_the_claim_with_its_sentence_as_context(scripted):
    for fmt in ("md", "html"):
        text, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
        claim_at = text.index("avait utilisé six missiles américains ATACMS contre son pays")
        context_at = text.index("Dans la phrase", claim_at)
        assert text.index("Le ministère de la défense russe a assuré", context_at) > context_at


def test_markdown_and_html_carry_what_a_reader_needs(scripted):
    for fmt in ("md", "html"):
        text, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
        for needed in (
            "Plutôt faux",
            "Le Pentagone parle de quatre missiles.",
            "Point presse",
            "https://example.org/pentagone",
            "archive.example.org",
            "Invérifiable",
            "Vrai",
            "Méthodologie",
            "Rappeler le ministère",
            "marie",
            "paul",
            "Pas encore vérifiée",
            "2024-11-19",
        ):
            assert needed in text, (fmt, needed)


def test_both_summaries_name_the_claims_without_a_verdict_alike(scripted):
    """The Markdown summary said "aucun 6" where the HTML one says "Pas encore vérifiée 6"."""
    unchecked = sum(1 for c in scripted.claims(article_id=scripted.sample_id) if not c["verdict"])
    for fmt in ("md", "html"):
        text, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
        assert f"Pas encore vérifiée {unchecked}" in text, fmt


def test_report_language_can_be_overridden(scripted):
    text, _ = render_report(
        scripted, [scripted.sample_id], "md", language="en", audience="internal"
    )
    assert "Verification report" in text and "Mostly false" in text


def test_csv_is_one_row_per_claim_and_defuses_formulas(scripted):
    text, _ = render_report(scripted, [scripted.sample_id], "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(scripted.claims())
    six = next(r for r in rows if "ATACMS" in r["claim"])
    assert six["verdict"] == "Mostly false" and six["rating"] == "2"
    # the day a warning was given, read from its frame, says it is the statement's day
    warned = next(r for r in rows if "arme nucléaire" in r["claim"])
    assert warned["dates"] == "mi-septembre=2024-09 (statement)"
    from workbench.report.tabular import _cell

    assert _cell('=HYPERLINK("x")').startswith("'=")


def test_claimreview_structure(scripted):
    text, skipped = render_report(scripted, [scripted.sample_id], "claimreview")
    reviews = json.loads(text)
    assert len(reviews) == 3 and skipped == len(scripted.claims()) - 3
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["url"].startswith("https://verif.example.org")
        assert review["datePublished"] == "2024-11-21"
        assert review["author"] == {
            "@type": "Organization",
            "name": "Desk Vérif",
            "url": "https://verif.example.org",
        }
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["bestRating"] == 5
        assert rating["worstRating"] == 1 and rating["alternateName"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["datePublished"] == "2024-11-20"
        assert item["appearance"]["url"] == "https://example.org/ukraine"
        if "huit" not in review["claimReviewed"]:
            assert item["author"]["@type"] in ("Person", "Organization")
            assert item["author"]["name"]
    by_text = {r["claimReviewed"][:20]: r for r in reviews}
    six = next(r for t, r in by_text.items() if t.startswith("l'Ukraine avait"))
    assert six["reviewRating"]["ratingValue"] == 2
    assert six["itemReviewed"]["author"]["@type"] == "Organization"
    zelensky = next(r for r in reviews if "perdrons" in r["claimReviewed"])
    assert zelensky["itemReviewed"]["author"] == {"@type": "Person", "name": "Volodymyr Zelensky"}
    unverifiable = next(r for r in reviews if "huit" in r["claimReviewed"])
    assert "ratingValue" not in unverifiable["reviewRating"]
    # narration in a relative clause ("dont l'une d'elles a couté la vie ..."): nobody said it
    assert "author" not in unverifiable["itemReviewed"]


def test_claimreview_names_where_the_claim_appeared_and_only_the_desks_own_url(scripted):
    """The appearance was an empty CreativeWork beside a stored title and outlet; with no
    organisation URL the review's url was the news article's (or a bare "#claim-3")."""
    env = {"WORKBENCH_DB": str(scripted.path), "WORKBENCH_ANALYST": "ana"}
    refused = CliRunner().invoke(
        main, ["settings", "organisation", "Desk", "--url", "javascript:alert(1)"], env=env
    )
    assert refused.exit_code == 2 and refused.stderr.startswith("error: ")
    assert Store.open(scripted.path, "check").setting("organisation") == "Desk Vérif"
    article = scripted.article(scripted.sample_id)
    reviews = json.loads(render_report(scripted, [scripted.sample_id], "claimreview")[0])
    assert reviews[0]["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "url": article["url"],
        "headline": article["title"],
        "publisher": {"@type": "Organization", "name": article["outlet"]},
        "datePublished": article["published"],
    }
    cleared = CliRunner().invoke(main, ["settings", "organisation", "Desk Vérif"], env=env)
    assert cleared.exit_code == 0, cleared.output
    result = CliRunner().invoke(
        main, ["export", str(scripted.sample_id), "--format", "claimreview"], env=env
    )
    assert all("url" not in review for review in json.loads(result.stdout))
    assert "settings organisation NAME --url URL" in result.stderr
    logged = Store.open(scripted.path, "check").db.query(
        "SELECT after FROM history WHERE action = 'settings.organisation'"
    )
    assert [json.loads(row["after"])["organisation_url"] for row in logged] == [""]


def test_cli_export_counts_claims_left_out_of_claimreview(scripted, tmp_path):
    output = tmp_path / "reviews.jsonld"
    result = CliRunner().invoke(
        main,
        [
            "export",
            str(scripted.sample_id),
            "--format",
            "claimreview",
            "-o",
            str(output),
            "--db",
            str(scripted.path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "without a verdict left out" in result.stderr
    assert len(json.loads(output.read_text())) == 3


def test_json_round_trip(scripted, tmp_path):
    exported = tmp_path / "export.json"
    runner = CliRunner()
    result = runner.invoke(
        main,
        ["export", "--all", "--format", "json", "-o", str(exported), "--db", str(scripted.path)],
    )
    assert result.exit_code == 0, result.output
    empty = tmp_path / "rebuilt.db"
    result = runner.invoke(main, ["import", str(exported), "--db", str(empty)])
    assert result.exit_code == 0, result.output
    rebuilt = Store.open(empty)
    again, _ = render_report(rebuilt, [scripted.sample_id], "json")
    assert json.loads(again) == json.loads(exported.read_text())
    assert rebuilt.claims(search="ATACMS")  # the search index was rebuilt too
    result = runner.invoke(main, ["import", str(exported), "--db", str(empty)])
    assert result.exit_code == 2 and "empty database" in result.stderr


def test_json_round_trip_keeps_match_decisions_and_the_desk(scripted, tmp_path):
    """A confirmed match and the desk's analysts were lost on the way through a JSON export."""
    six = scripted.claims(search="ATACMS")[0]["id"]
    eight = scripted.claims(search="huit personnes")[0]["id"]
    scripted.add_analyst("bob")
    signals = {"shared figure": 1.0}
    pair = {"claim_id": six, "other_claim_id": eight, "review_id": None, "score": 0.5}
    scripted.save_suggestions([{**pair, "signals": signals}], None, "test")
    match_id = scripted.matches(six)[0]["id"]
    scripted.decide_match(match_id, "confirmed", claim_id=six)
    exported = tmp_path / "export.json"
    runner = CliRunner()
    args = ["export", "--all", "--format", "json", "-o", str(exported), "--db", str(scripted.path)]
    assert runner.invoke(main, args).exit_code == 0
    empty = tmp_path / "rebuilt.db"
    result = runner.invoke(main, ["import", str(exported), "--db", str(empty)])
    assert result.exit_code == 0, result.output
    rebuilt = Store.open(empty, "marie")
    assert [(m["id"], m["state"]) for m in rebuilt.matches(six)] == [(match_id, "confirmed")]
    assert [a["name"] for a in rebuilt.analysts()] == ["bob"]
    assert rebuilt.assign([six], "bob") == [six]


# -- the HTML in a real browser -------------------------------------------------------------

HOSTILE_ARTICLE = (
    "Le ministre a déclaré que 12 drones ont été abattus <script>alert(1)</script>. "
    "Selon l'armée, \"><img src=x onerror=alert(1)> 40 soldats ont été blessés. "
    "Un lien javascript:alert(1) circule. <img src=/pixel.png onerror="
    "\"document.body.setAttribute('data-pwned','1')\"> Le porte-parole a annoncé 3 morts."
)


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class _Recorder(BaseHTTPRequestHandler):
    """Serves the report on loopback and remembers every path the browser asked for."""

    seen: list[str] = []
    page = b""

    def do_GET(self) -> None:  # noqa: N802
        _Recorder.seen.append(self.path)
        if self.path == "/report.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(_Recorder.page)
        else:
            self.send_response(404)
            self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.mark.skipif(_chromium() is None, reason="needs Debian's chromium")
def test_html_in_a_real_browser_runs_nothing_and_requests_nothing(tmp_path, french_nlp):
    from datetime import date

    from workbench.extract import extract

    store = Store.open(tmp_path / "hostile.db", "marie")
    article_id = store.ingest(
        HOSTILE_ARTICLE,
        extract(HOSTILE_ARTICLE, "fr", date(2024, 1, 1)),
        title="<script>alert(1)</script>",
        url='https://example.org/a?x="><b>',
    ).article_id
    claim_ids = [c["id"] for c in store.claims()]
    source = store.add_source(
        "https://example.org/s",
        title='"><img src=x onerror=alert(1)>',
        publisher="<script>alert(1)</script>",
    )
    store.link_source(
        claim_ids[0],
        source,
        "context",
        excerpt="<script>document.body.setAttribute('data-pwned','2')</script>",
    )
    store.set_verdict(claim_ids[0], "false", "javascript:alert(1) <script>alert(1)</script>")
    html, _ = render_report(store, [article_id], "html")

    _Recorder.seen, _Recorder.page = [], html.encode("utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/report.html"
    flags = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1200,2000",
    ]
    try:
        dom = subprocess.run(
            [*flags, "--dump-dom", url], capture_output=True, text=True, timeout=90
        ).stdout
        shot = tmp_path / "report.png"
        subprocess.run([*flags, f"--screenshot={shot}", url], capture_output=True, timeout=90)
    finally:
        server.shutdown()

    assert shot.exists() and shot.stat().st_size > 10_000
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "javascript:alert(1)" in dom and 'href="javascript' not in dom
    for claim_id in claim_ids:
        assert f'id="claim-{claim_id}"' in dom and f'id="text-{claim_id}"' in dom
    requested = [path for path in _Recorder.seen if path != "/favicon.ico"]
    assert set(requested) == {"/report.html"}  # once for the DOM, once for the screenshot


def test_links_are_only_made_for_http_addresses():
    article = {
        "id": 1,
        "title": "t",
        "text": "x said y.",
        "url": "javascript:alert(1)",
        "outlet": None,
        "published": None,
        "language": "en",
        "claims": [
            {
                "id": 1,
                "place": 1,
                "start": 0,
                "end": 9,
                "text": "x said y.",
                "speaker": None,
                "numbers": [],
                "dates": [],
                "kinds": [],
                "status": "new",
                "verdict_record": None,
                "verdicts": [],
                "attached_dates": [],
                "notes": [],
                "history": [],
                "sources": [
                    {
                        "url": "javascript:alert(2)",
                        "title": "s",
                        "publisher": None,
                        "stance": "context",
                        "excerpt": None,
                        "accessed": None,
                        "archived_url": "data:text/html,x",
                    }
                ],
            }
        ],
    }
    html = render_html([article], [], "en")
    assert 'href="javascript' not in html and 'href="data:' not in html
    assert "javascript:alert(1)" in html and "javascript:alert(2)" not in html.split("href")[-1]


def test_report_is_self_contained(scripted):
    html, _ = render_report(scripted, [scripted.sample_id], "html")
    lowered = html.lower()
    for banned in ("<script", "<link", "<img", "<iframe", "@import", "url(", " src="):
        assert banned not in lowered
    assert "default-src 'none'" in html and "@media print" in html


def test_a_source_without_title_is_written_once_and_a_long_title_is_cut_between_words(tmp_path):
    from datetime import date

    from tests.small_article import TEXT
    from workbench.extract import extract

    long_title = "Inondations: " + " ".join(["accompagnée de pluies torrentielles"] * 6)
    text = long_title + "\n\n" + TEXT
    store = Store.open(tmp_path / "w.db", "ana")
    article_id = store.ingest(text, extract(text, "en", date(2024, 1, 10))).article_id
    title = store.article(article_id)["title"]
    assert len(title) <= 120 and title.endswith("…")
    assert long_title.startswith(title[:-1]) and long_title[len(title) - 1] == " "
    claim = store.claims(article_id=article_id)[0]["id"]
    store.link_source(claim, store.add_source("https://example.org/untitled"), "supports")
    text_md, _ = render_report(store, [article_id], "md")
    assert text_md.count("https://example.org/untitled") == 1


def test_claimreview_author_type_comes_from_the_kind_extraction_read():
    from workbench.report.claimreview import speaker_type

    assert speaker_type("Marie Curie", "organisation") == "Organization"
    assert speaker_type("Thales", "person") == "Person"
    # without a kind, the name's shape decides: no list of countries behind it
    assert speaker_type("United Nations Children's Fund") == "Organization"
    assert speaker_type("Anna Berg") == "Person"


def test_a_report_of_several_articles_says_how_many_in_its_title(scripted):
    """Two articles' HTML report was titled "Verification report: Verification report"."""
    from workbench.report.html import render

    article = scripted.dossier([scripted.sample_id])[0]
    page = render([article, {**article, "id": article["id"] + 1}], [], None)
    assert "<title>Rapport de vérification\u00a0: 2 articles</title>" in page


def test_a_figure_written_as_its_value_is_given_once_with_what_it_counts():
    """Reports and the card read "37 = 37" and "2 400 = 2 400" (a trial)."""
    from workbench.figure_text import figure_said

    assert figure_said({"text": "37", "value": 37, "unit": "mineurs"}, "fr") == "37 mineurs"
    assert figure_said({"text": "2 400", "value": 2400, "unit": None}, "fr") == "2 400"
    assert figure_said({"text": "onze", "value": 11, "unit": "morts"}, "fr") == "onze = 11 morts"
    said = figure_said({"text": "1,5 million", "value": 1.5e6, "unit": "shillings"}, "en")
    assert said == "1,5 million = 1,500,000 shillings"


def test_a_claim_naming_its_day_twice_is_one_event_of_that_day():
    """A trial: "mardi ... vers 4 h 30" put one claim twice on the same day of the timeline."""
    from workbench.report.timeline import events, text_axis

    claim = {
        "id": 27,
        "text": "Le barrage a cédé mardi vers 4 h 30",
        "dates": [{"iso": "2026-11-24"}, {"iso": "2026-11-24"}, {"iso": "2026-11-23"}],
    }
    article = {"id": 1, "title": "Barrage", "published": "2026-11-25", "claims": [claim]}
    lines = text_axis(events([article]))
    assert [line.split()[0] for line in lines] == ["2026-11-23", "2026-11-24", "2026-11-25"]


def test_the_csv_figures_say_what_they_count_as_the_card_does(tmp_path):
    """A trial: the CSV's figures column read "Three=3", dropping "people"."""
    from workbench.extract import Claim, Extraction
    from workbench.extract.types import NumberMention

    text = "Three people have died, and 12% of the output was exported."
    extraction = Extraction("en", date(2026, 11, 25))
    extraction.claims.append(
        Claim(
            0,
            len(text) - 1,
            text[:-1],
            kinds=["number"],
            numbers=[
                NumberMention("Three", 3, 0, 5, "people"),
                NumberMention("12%", 12, 28, 31, "%"),
            ],
        )
    )
    store = Store.open(tmp_path / "csv.db", "ana")
    try:
        article_id = store.ingest(text, extraction, title="Listeria").article_id
        output, _ = render_report(store, [article_id], "csv")
    finally:
        store.close()
    (row,) = csv.DictReader(io.StringIO(output))
    assert row["figures"] == "Three = 3 people; 12%"


def test_the_card_show_and_the_report_name_a_claim_by_the_same_place(tmp_path):
    """A trial: the public report numbered an English article's claims 1-20 while the app
    showed ids 24-43, and nothing joined them. The card and `show` give the claim's place in
    its article, the number every report gives it, with its id."""
    from workbench.extract import Claim, Extraction
    from workbench.report.naming import ClaimNames
    from workbench.tui.widgets.claim_card import card_text

    def article(text: str) -> Extraction:
        extraction = Extraction("en", date(2026, 11, 25))
        for sentence in text.split(". "):
            start = text.index(sentence)
            extraction.claims.append(Claim(start, start + len(sentence), sentence, kinds=["event"]))
        return extraction

    store = Store.open(tmp_path / "places.db", "ana")
    try:
        first = "The dairy was shut. The prefect ordered it. The farms fear the worst"
        store.ingest(first, article(first), title="One")
        text = "Intro words here. Three people have died. The recall covers 41 tonnes"
        second = store.ingest(text, article(text), title="Two").article_id
        added = add_read(store, second, 6, len("Intro words here"))  # the last id, 2nd place
        dossier = store.dossier([second])[0]
        report_names = ClaimNames.of(dossier, "en")
        for claim in dossier["claims"]:
            place = report_names.place(claim["id"])
            assert store.claim(claim["id"])["place"] == int(place)
            card = card_text({**store.claim(claim["id"]), "matches": []})
            assert card.startswith(f"Claim {place} (id {claim['id']})")
            shown = (
                CliRunner().invoke(main, ["--db", str(store.path), "show", str(claim["id"])]).output
            )
            assert shown.startswith(f"Claim {place} (id {claim['id']}) of article {second}: ")
        # listed second (article order), numbered after the claims extracted
        assert [c["id"] for c in dossier["claims"]][1] == added
        assert report_names.place(added) == "4" and added == max(c["id"] for c in dossier["claims"])
        public, _ = render_report(store, [second], "md", language="en")
        assert "Claim 1" in public and f"id {added}" not in public
        rows = store.claims(article_id=second)
        assert [r["id"] for r in rows] == [c["id"] for c in dossier["claims"]]  # the table
    finally:
        store.close()


def test_a_timeline_says_which_day_was_the_day_something_was_said():
    """An extracted date of role "statement" ("a annoncé mardi") is the day it was said, not
    the day of the fact: the axis labels it as an attached one is labelled (a tester read
    "2026-11-24 ─●─ Trois personnes sont mortes…" as the day of the deaths)."""
    from workbench.report.timeline import events
    from workbench.report.typography import labelled

    claim = {
        "id": 1,
        "text": "Trois personnes sont mortes",
        "dates": [{"iso": "2026-11-24", "text": "mardi", "role": "statement"}],
        "attached_dates": [{"iso": "2026-11-20", "role": "event"}],
    }
    article = {"id": 1, "title": "Listériose", "published": "2026-11-25", "claims": [claim]}
    labels = {event.iso: event.label for event in events([article], "publié", "fr")}
    assert labels["2026-11-24"] == f"{labelled('déclaration', 'fr')} Trois personnes sont mortes"
    assert labels["2026-11-20"] == f"{labelled('événement', 'fr')} Trois personnes sont mortes"


def test_the_csv_says_what_was_seen_before_and_which_figures_disagree(
    tmp_path, sample_text, sample_extraction
):
    """A desk editor's trial: the CSV had no column for the matches or the disagreements the
    card and the report give. Untrusted text in them (another article's title) stays text."""
    from tests.test_matching import ENGLISH_REPORT
    from workbench.extract import extract

    store = Store.open(tmp_path / "seen.db", "ana")
    try:
        french = store.ingest(sample_text, sample_extraction, title="Le Monde").article_id
        hostile = '=HYPERLINK("https://evil.example","Wire")'
        wire = store.ingest(
            ENGLISH_REPORT, extract(ENGLISH_REPORT, "en", date(2024, 11, 19)), title=hostile
        ).article_id
        six = store.claims(article_id=french, search="ATACMS")[0]["id"]
        store.decide_match(store.matches(six)[0]["id"], "confirmed")
        # later the wire's figure is corrected: the confirmed match now disagrees on it
        store.edit_claim(
            store.claims(article_id=wire, search="ATACMS")[0]["id"],
            numbers=[{"text": "five", "value": 5, "unit": "missiles"}],
        )
        # and a figure typed by hand that a spreadsheet would read as a formula begins a cell
        store.edit_claim(six, numbers=[{"text": "+6", "value": 6, "unit": "missiles"}])
        rows = {
            audience: next(
                row
                for row in csv.DictReader(
                    io.StringIO(render_report(store, [french], "csv", audience=audience)[0])
                )
                if row["position"] == str(store.claim(six)["place"])
            )
            for audience in ("public", "internal")
        }
    finally:
        store.close()
    for audience, row in rows.items():
        assert hostile in row["seen_before"], audience
        assert row["seen_before"].startswith(("Déjà vu", "Autre chiffre ailleurs")), audience
        assert row["figures_disagree"], audience
        assert row["figures_disagree"].startswith("'+6"), audience
        assert all(cell[:1] not in ("=", "+", "-", "@") for cell in row.values()), audience
    internal, public = rows["internal"]["seen_before"], rows["public"]["seen_before"]
    assert "(id " in internal and "(score " in internal  # the desk's, as the card shows them
    assert "pourquoi" not in internal  # the evidence of ten suggestions would bury them
    assert "(id " not in public and "(score " not in public


def test_a_claim_keeps_its_number_when_another_is_added_or_edited(tmp_path):
    """A trial: adding a claim renumbered the report ("Affirmation 3" became the added
    claim), so the numbers a published report cited named other claims in the next one.
    The claims extracted keep the numbers they had (article order at extraction), a claim
    added is numbered after them, an edited span moves no number, and the report says how
    it numbers when a claim was added."""
    from tests.small_article import small_store

    store = small_store(tmp_path / "numbers.db")
    try:
        article = store.article_id

        def numbered(fmt: str = "md") -> str:
            return render_report(store, [article], fmt, language="en")[0]

        before = {c["id"]: c["place"] for c in store.dossier([article])[0]["claims"]}
        assert sorted(before.values()) == list(range(1, len(before) + 1))
        first_report = numbered()
        assert "numbered in the order they were found" not in first_report
        text = store.article(article)["text"]
        added = add_read(store, article, text.index("Flood"), text.index("Flood") + 16)
        claims = store.dossier([article])[0]["claims"]
        assert claims[0]["id"] == added  # listed where it stands in the article...
        assert {c["id"]: c["place"] for c in claims if c["id"] != added} == before
        assert store.claim(added)["place"] == len(before) + 1  # ...numbered after
        second_report = numbered()
        for claim_id, place in before.items():
            heading = f"### Claim {place} — "
            said = store.claim(claim_id)["text"]
            assert said in second_report.split(heading)[1].split("###")[0]
        assert "numbered in the order they were found in the article" in second_report
        assert "numérotées dans l'ordre" in render_report(store, [article], "md", "fr")[0]
        assert "numbered in the order they were found" in numbered("html")
        csv_places = [row["position"] for row in csv.DictReader(io.StringIO(numbered("csv")))]
        assert csv_places == [str(len(before) + 1), *map(str, sorted(before.values()))]

        moved = next(iter(before))
        claim = store.claim(moved)
        edit_read(store, moved, start=claim["start"] + 4, base=claim)
        assert store.claim(moved)["place"] == before[moved]
    finally:
        store.close()


def test_the_public_csv_leaves_out_the_columns_a_public_report_leaves_out(tmp_path):
    """A trial's public CSV had a `notes` column, empty: notes, the analyst's name and the
    database id are the internal report's (`report/audience.py`), so the public CSV has no
    column for them; the internal one keeps them, filled."""
    from tests.small_article import claim_ids, small_store
    from workbench.report.tabular import COLUMNS, INTERNAL_ONLY

    store = small_store(tmp_path / "csv.db")
    try:
        first = claim_ids(store)[0]
        store.add_note(first, "ask the ministry")
        store.set_verdict(first, "true", "the ministry's toll")
        public, _ = render_report(store, [store.article_id], "csv", audience="public")
        internal, _ = render_report(store, [store.article_id], "csv", audience="internal")
    finally:
        store.close()
    public_rows = list(csv.DictReader(io.StringIO(public)))
    internal_rows = list(csv.DictReader(io.StringIO(internal)))
    assert set(INTERNAL_ONLY) == {"notes", "verdict_by", "claim_id"}
    assert list(public_rows[0]) == [c for c in COLUMNS if c not in INTERNAL_ONLY]
    assert list(internal_rows[0]) == COLUMNS
    assert public_rows[0]["rationale"] == "the ministry's toll"
    assert (internal_rows[0]["notes"], internal_rows[0]["verdict_by"]) == (
        "ask the ministry",
        "ana",
    )
    assert internal_rows[0]["claim_id"] == str(first)
