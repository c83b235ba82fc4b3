"""Report audiences: the public report carries no notes and no raw history, and speaks only
the report's language; the internal one carries everything."""

from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner

from tests.report_support import scripted_store
from tests.small_article import add_read
from workbench.cli import main
from workbench.report import ReportError, render_report

ENGLISH_LEFTOVERS = re.compile(
    r"\b(event|dead|injured|figure|quote|attributed|retracted|claim|History|Notes?|"
    r"named source|matched)\b"
)


@pytest.fixture
def scripted(tmp_path, sample_text, sample_extraction):
    store = scripted_store(tmp_path / "audience.db", sample_text, sample_extraction)
    yield store
    store.close()


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_public_report_leaves_the_desk_out(scripted, fmt):
    public, _ = render_report(scripted, [scripted.sample_id], fmt, audience="public")
    internal, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
    for desk_only in (
        "Rappeler le ministère",
        "Historique",
        "verdict donné",
        "affirmation relevée",
    ):
        assert desk_only in internal
        assert desk_only not in public
    for reader_needs in ("Plutôt faux", "Le Pentagone parle de quatre missiles.", "Point presse"):
        assert reader_needs in public
    # the desk speaks, not its analysts (a label, often a login); internal names them
    assert "marie" in internal and "paul" in internal
    assert "marie" not in public and "paul" not in public


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_verdict_withdrawn_by_undo_is_no_public_correction(scripted, fmt):
    claim = scripted.claims(search="ATACMS")[0]["id"]
    scripted.set_verdict(claim, "true", "A slip of the key.")
    scripted.undo(claim)
    public, _ = render_report(scripted, [scripted.sample_id], fmt, audience="public")
    internal, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
    assert "Plutôt faux → Vrai (retiré)" in internal
    assert "retiré" not in public and "Plutôt faux → Vrai" not in public


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_rationale_revised_is_said_so_not_as_a_verdict_changed_to_itself(scripted, fmt):
    """A trial: editing only the rationale showed in the public report's corrections as
    "Plutôt vrai → Plutôt vrai"."""
    claim = scripted.claims(search="ATACMS")[0]["id"]
    current = scripted.current_verdict(claim)
    scripted.set_verdict(claim, current["label"], "Le Pentagone confirme quatre missiles.")
    public, _ = render_report(scripted, [scripted.sample_id], fmt, audience="public")
    assert "Plutôt faux (justification révisée)" in public
    assert "Plutôt faux → Plutôt faux" not in public


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_french_public_report_is_french(scripted, fmt):
    scripted.add_date(scripted.claims(search="ATACMS")[0]["id"], "event", "2024-11-19")
    public, _ = render_report(scripted, [scripted.sample_id], fmt, audience="public")
    article = scripted.article(scripted.sample_id)["text"]
    prose = public.replace(article, "")
    for claim in scripted.claims(article_id=scripted.sample_id):
        prose = prose.replace(claim["text"], "")
    prose = re.sub(r"<style>.*?</style>|<[^>]+>", " ", prose, flags=re.S)
    leftovers = set(ENGLISH_LEFTOVERS.findall(prose))
    assert leftovers == set()


def test_the_command_line_chooses_the_audience(scripted, tmp_path):
    out = tmp_path / "public.md"
    args = ["export", str(scripted.sample_id), "--db", str(scripted.path), "-o", str(out)]
    result = CliRunner().invoke(main, [*args, "--audience", "public"])
    assert result.exit_code == 0, result.output
    assert "Rappeler le ministère" not in out.read_text()
    refused = CliRunner().invoke(main, [*args[:-2], "--format", "json", "--audience", "public"])
    assert refused.exit_code == 2 and "error:" in refused.output
    with pytest.raises(ReportError):
        render_report(scripted, [scripted.sample_id], "md", audience="everyone")


def test_public_report_carries_approved_verdicts_only_when_review_is_on(tmp_path, sample_store):
    """With review on, a proposed verdict stays out of the public report, which counts it as
    waiting; the internal report shows it; once another analyst approves it, it is published."""
    from workbench.report import render_report
    from workbench.store import Store

    store = sample_store
    store.set_review(True)
    claim_id = store.claims(search="ATACMS")[0]["id"]
    store.set_verdict(claim_id, "Faux", "Le Pentagone parle de quatre missiles.")
    public, _ = render_report(store, [store.sample_id], "md", "fr", "public")
    internal, _ = render_report(store, [store.sample_id], "md", "fr", "internal")
    assert "Le Pentagone parle de quatre missiles." not in public
    assert "Verdicts en attente de relecture (non publiés)\u00a0: 1" in public
    assert "Le Pentagone parle de quatre missiles." in internal
    reviewer = Store.open(store.path, "bob")
    reviewer.review(claim_id, "approve")
    reviewer.close()
    public, _ = render_report(store, [store.sample_id], "md", "fr", "public")
    assert "Le Pentagone parle de quatre missiles." in public


def test_the_command_line_publishes_the_public_report_unless_told(scripted, tmp_path):
    """A desk's notes never leak into a report exported without --audience; JSON, the full
    record, stays internal; a mistyped folder is refused rather than created."""
    out = tmp_path / "report.md"
    base = ["export", str(scripted.sample_id), "--db", str(scripted.path)]
    assert CliRunner().invoke(main, [*base, "-o", str(out)]).exit_code == 0
    assert "Rappeler le ministère" not in out.read_text()
    record = CliRunner().invoke(main, [*base, "--format", "json"])
    assert record.exit_code == 0 and "Rappeler le ministère" in record.stdout
    missing = tmp_path / "no-such-folder" / "report.md"
    refused = CliRunner().invoke(main, [*base, "-o", str(missing)])
    assert refused.exit_code == 2 and "does not exist" in refused.output
    assert not missing.parent.exists()


def test_the_library_defaults_to_the_same_audience_as_the_command_line(scripted):
    """A report made without naming an audience is one that can be published (JSON excepted)."""
    for fmt in ("md", "html", "csv"):
        made, _ = render_report(scripted, [scripted.sample_id], fmt)
        public, _ = render_report(scripted, [scripted.sample_id], fmt, audience="public")
        assert made == public, fmt
    dumped, _ = render_report(scripted, [scripted.sample_id], "json")
    assert dumped == render_report(scripted, [scripted.sample_id], "json", audience="internal")[0]


def test_the_public_report_does_not_print_the_models_evidence_for_a_match():
    """A confirmed match is the analyst's finding; "shared names +1.24" is the desk's."""
    from workbench.report.audience import for_audience
    from workbench.report.match_text import describe_match

    match = {
        "state": "confirmed",
        "other_claim_id": 27,
        "other_article": "Bénin: Yayi réélu",
        "other_published": "2011-03-21",
        "other_language": "fr",
        "signals": {"shared names": 1.24, "other speaker": -0.6},
    }
    articles = [{"id": 1, "claims": [{"id": 41, "matches": [match, {**match, "state": "x"}]}]}]
    (public,) = for_audience(articles, "public")[0]["claims"][0]["matches"]
    # a reader gets the claim's language by name and its article, never a database id
    assert "1.24" not in describe_match(public, "en")
    assert "a claim in French in “Bénin: Yayi réélu”" in describe_match(public, "en")
    assert "une affirmation en français dans" in describe_match(public, "fr")
    assert "27" not in describe_match(public, "en")
    internal = for_audience(articles, "internal")[0]["claims"][0]["matches"][0]
    assert "shared names +1.24" in describe_match(internal, "en")
    assert "a claim in French (id 27) in" in describe_match(internal, "en")


def test_a_report_in_another_language_gets_its_own_file_name():
    from workbench.report import report_path

    article = {"id": 3, "title": "Bénin : Yayi réélu", "language": "fr"}
    assert report_path(article, "md", "/r").name == "3-bénin-yayi-réélu-public.md"
    assert report_path(article, "md", "/r", language="fr") == report_path(article, "md", "/r")
    assert report_path(article, "md", "/r", language="en").name == "3-bénin-yayi-réélu-public-en.md"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_report_numbers_its_claims_by_their_place_not_by_database_id(scripted, fmt):
    """A claim added by hand at the top made the ATACMS claim (id 3) the fourth: the report
    printed "### 4. Claim 3", and a published report names no database id at all. The
    claim added is listed first (its place in the article) and numbered after the claims
    extracted, which keep their numbers."""
    six = scripted.claims(search="ATACMS")[0]["id"]
    place = scripted.claim(six)["place"]
    text = scripted.article(scripted.sample_id)["text"]
    added = add_read(scripted, scripted.sample_id, 0, text.index(" d'un cran"))
    order = [c["id"] for c in scripted.dossier([scripted.sample_id])[0]["claims"]]
    assert order[0] == added and scripted.claim(added)["place"] == len(order)
    assert scripted.claim(six)["place"] == place
    public, _ = render_report(scripted, [scripted.sample_id], fmt, audience="public")
    internal, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
    heading = {"md": "### Affirmation {} — Plutôt faux", "html": "<h3>Affirmation {} <span"}[fmt]
    assert heading.format(place) in public
    assert heading.format(f"{place} (id {six})") in internal  # for `workbench show`
    assert "(id " not in public
    if fmt == "md":  # the timeline's markers are the places too
        (line,) = [line for line in public.splitlines() if "─●─ événement\u00a0: l'Ukraine" in line]
        assert line.endswith(f"[{place}]")


def test_a_flag_names_a_claim_of_the_report_by_its_place():
    from workbench.report.flag_text import describe_flag
    from workbench.report.naming import ClaimNames

    flag = {
        "figure": "six",
        "value": 6,
        "quantity": "missiles",
        "other_figure": "quatre",
        "other_value": 4,
        "where": "claim 12",
        "match": None,
    }
    article = {"claims": [{"id": 40, "place": 1}, {"id": 12, "place": 2}], "for_reader": True}
    for language, said in (("fr", "dans l'affirmation 2"), ("en", "in claim 2")):
        assert describe_flag(flag, language, ClaimNames.of(article, language)).endswith(said)
    # the desk's views: its number in the article and its id, labelled
    assert describe_flag(flag, "en").endswith("in claim (id 12)")
    assert describe_flag({**flag, "where_place": 2}, "en").endswith("in claim 2 (id 12)")


def _bare_verdict(store, claim_id: int, rationale: str | None) -> None:
    """A verdict as an older version recorded it, or an import brought it: no rationale."""
    store.db.execute(
        "INSERT INTO verdicts (claim_id, label, rationale, analyst, decided_at) "
        "VALUES (?, 'false', ?, 'old', '2026-01-01T00:00:00')",
        [claim_id, rationale],
    )


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "claimreview"])
def test_a_verdict_without_a_rationale_is_never_published(scripted, fmt, tmp_path, monkeypatch):
    """A trial's database held verdicts recorded without a rationale, and the public report
    published them as bare ratings. A report to publish is refused, naming each such claim
    as the report and the command line do; an internal report says which have none."""
    eight = scripted.claims(search="huit personnes")[0]
    zelensky = scripted.claims(search="perdrons")[0]
    _bare_verdict(scripted, eight["id"], None)
    _bare_verdict(scripted, zelensky["id"], " \n ")
    places = scripted.claim_numbers([scripted.sample_id])
    with pytest.raises(ReportError) as refused:
        render_report(scripted, [scripted.sample_id], fmt, audience="public")
    said = str(refused.value)
    assert said.startswith("2 verdicts without a rationale, which a public report never publishes")
    for claim in (eight, zelensky):
        assert f"claim {places[claim['id']]} (id {claim['id']})" in said
    monkeypatch.setenv("WORKBENCH_DB", str(scripted.path))
    out = tmp_path / f"public.{fmt}"
    result = CliRunner().invoke(
        main, ["export", str(scripted.sample_id), "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: 2 verdicts without a rationale")
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    if fmt in ("md", "html"):
        internal, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
        assert internal.count("aucune (pas de rapport public tant qu") == 2


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_what_the_desk_corrected_is_said_so(scripted, audience, tmp_path, monkeypatch):
    """A trial: the public report showed a speaker and a date an analyst had corrected as
    if the article's words had been read so. Each value an analyst set is marked, in the
    report's language, and the methodology says what the mark means; one set back by undo,
    or a date read again against a corrected publication day, is the article's again."""
    six = scripted.claims(search="ATACMS")[0]
    eight = scripted.claims(search="huit personnes")[0]
    dated = next(c for c in scripted.claims() if c["dates"] and c["id"] not in (six["id"],))
    scripted.edit_claim(six["id"], speaker="<b>Ministère</b> russe")
    scripted.edit_claim(eight["id"], speaker=eight["speaker"] or "Kyiv")
    scripted.edit_claim(eight["id"], speaker="Les autorités ukrainiennes")
    scripted.undo(eight["id"])  # back to the speaker before: still the desk's, then undone
    scripted.undo(eight["id"])
    first = dated["dates"][0]
    scripted.edit_claim(
        dated["id"], dates=[{"text": first["text"], "iso": "2024-11-02"}, *dated["dates"][1:]]
    )
    mark = "(correction de la rédaction)"
    for fmt in ("md", "html"):
        text, _ = render_report(scripted, [scripted.sample_id], fmt, audience=audience)
        # the analyst's text stays text: no markup read in either format
        assert f"&lt;b&gt;Ministère&lt;/b&gt; russe {mark}" in text, fmt
        assert f"{first['text']} → 2024-11-02" in text and text.count(mark) == 2
        assert "« correction de la rédaction »" in text.replace("\u00a0", " ")
    english, _ = render_report(scripted, [scripted.sample_id], "md", "en", audience=audience)
    assert english.count("(corrected by the desk)") == 2
    rows = list(
        csv.DictReader(
            io.StringIO(render_report(scripted, [scripted.sample_id], "csv", audience=audience)[0])
        )
    )
    # by the claim's number (a public CSV gives no database id)
    places = scripted.claim_numbers([scripted.sample_id])
    by_place = {int(row["position"]): row["set_by_desk"] for row in rows}
    assert by_place[places[six["id"]]] == "<b>Ministère</b> russe"
    assert by_place[places[dated["id"]]].startswith(f"{first['text']} → 2024-11-02")
    assert by_place[places[eight["id"]]] == "" and sum(bool(v) for v in by_place.values()) == 2
