"""The storage layer on real temporary database files."""

import shutil
import sqlite3

import pytest

from tests.conftest import ROOT, claim_with
from tests.small_article import add_read, edit_read
from workbench.store import DatabaseUnavailable, InvalidInput, NotFound, Store, open_db


def test_ingest_stores_article_and_claims_once(sample_store, sample_text, sample_extraction):
    again = sample_store.ingest(sample_text, sample_extraction)
    assert not again.created and again.article_id == sample_store.sample_id
    assert sample_store.db["articles"].count == 1
    claims = sample_store.claims(article_id=sample_store.sample_id)
    assert len(claims) == len(sample_extraction.claims)
    six = claim_with(sample_store, "six missiles")
    assert six["numbers"][0]["value"] == 6
    assert sample_text[six["start"] : six["end"]] == six["text"]
    assert (
        sample_text[six["start"] - len(six["context_before"]) : six["start"]]
        == six["context_before"]
    )


def test_every_change_lands_in_history_and_replays(sample_store):
    claim = claim_with(sample_store, "six missiles")
    cid = claim["id"]
    sample_store.set_status(cid, "in-progress")
    sample_store.set_verdict(cid, "Plutôt vrai", "Close to the ministry's figure.")
    sample_store.set_verdict(cid, "false", "Four, per the Pentagon.")
    source = sample_store.add_source(
        "https://example.org/pentagon", title="Briefing", publisher="DoD", published="2024-11-20"
    )
    sample_store.link_source(cid, source, "refutes", excerpt="four missiles")
    sample_store.add_date(cid, "statement", "hier")
    sample_store.add_note(cid, "Ask the ministry again.")
    sample_store.edit_claim(cid, speaker="Ministère russe de la défense")

    actions = [row["action"] for row in sample_store.history(cid)]
    assert actions == [
        "claim.extracted",
        "status.set",
        "status.set",  # the first verdict ends the checking
        "verdict.set",
        "verdict.set",
        "source.linked",
        "date.added",
        "note.added",
        "claim.edited",
    ]
    current = sample_store.claim(cid)
    assert current["verdict_record"]["label"] == "false"
    assert [v["label"] for v in current["verdicts"]] == ["mostly-true", "false"]
    assert current["attached_dates"][0]["iso"] == "2024-11-19"  # "hier" from publication

    replayed = sample_store.replay(cid)
    assert replayed["status"] == current["status"] == "checked"
    assert replayed["speaker"] == current["speaker"]
    assert list(replayed["verdicts"].values())[-1]["label"] == "false"
    assert len(replayed["sources"]) == len(current["sources"]) == 1
    assert len(replayed["notes"]) == len(current["notes"]) == 1


def test_history_is_append_only(sample_store):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        sample_store.db.execute("UPDATE history SET analyst = 'mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        sample_store.db.execute("DELETE FROM history")


def test_undo_retracts_without_erasing(sample_store):
    cid = claim_with(sample_store, "huit personnes")["id"]
    sample_store.set_verdict(cid, "true", "Checked.")
    sample_store.add_note(cid, "typo")
    sample_store.undo()
    assert sample_store.claim(cid)["notes"] == []
    assert sample_store.db["notes"].count == 1  # kept, marked retracted
    sample_store.undo()
    assert sample_store.claim(cid)["verdict_record"] is None
    assert sample_store.count_claims(verdict="none") == sample_store.count_claims()
    assert [r["action"] for r in sample_store.history(cid)][-2:] == ["undo", "undo"]
    replayed = sample_store.replay(cid)
    assert replayed["notes"] == {} and replayed["verdicts"] == {}


def test_filters_and_full_text_search(sample_store):
    cid = claim_with(sample_store, "six missiles")["id"]
    sample_store.set_verdict(cid, "Faux", "Checked.")
    assert [c["id"] for c in sample_store.claims(verdict="false")] == [cid]
    assert [c["id"] for c in sample_store.claims(search="ATACMS")] == [cid]
    assert sample_store.claims(search="missi")  # prefix search as you type
    assert all("quote" in c["kinds"] for c in sample_store.claims(kind="quote"))
    assert all("Zelensky" in c["speaker"] for c in sample_store.claims(speaker="Zelensky"))
    # the speaker filter folds accents and case both ways, and reads % and _ as themselves
    zelensky = {c["id"] for c in sample_store.claims(speaker="Zelensky")}
    assert {c["id"] for c in sample_store.claims(speaker="ZÉLENSKY")} == zelensky
    assert sample_store.claims(speaker="Zel%sky") == []
    assert sample_store.claims(search='"unbalanced AND (') == []
    scores = [c["score"] for c in sample_store.claims(sort="score")]
    assert scores == sorted(scores, reverse=True)


def test_analyst_can_add_and_edit_claims(sample_store, sample_text):
    start = sample_text.index("Cette décision")
    end = sample_text.index("occidentaux.") + len("occidentaux.")
    cid = add_read(sample_store, sample_store.sample_id, start, end, speaker="pays occidentaux")
    claim = sample_store.claim(cid)
    assert claim["origin"] == "analyst" and claim["text"].startswith("Cette décision")
    edit_read(sample_store, cid, start=start, end=start + len("Cette décision a été"))
    assert sample_store.claim(cid)["text"] == "Cette décision a été"
    with pytest.raises(InvalidInput):
        sample_store.claim_span(sample_store.sample_id, 10, 10_000_000)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda s: s.set_verdict(999_999, "true"), NotFound),
        (lambda s: s.article(999_999), NotFound),
        (lambda s: s.set_verdict(1, "Pants on fire"), InvalidInput),
        (lambda s: s.add_source("javascript:alert(1)"), InvalidInput),
        (lambda s: s.add_source("file:///etc/passwd"), InvalidInput),
        (lambda s: s.add_source("data:text/html,<script>"), InvalidInput),
        (lambda s: s.add_source("https://ok.example", published="2024-02-31"), InvalidInput),
        (lambda s: s.add_date(1, "event", "31/02/2024"), InvalidInput),
        (lambda s: s.add_date(1, "event", "quand il pleut"), InvalidInput),
        (lambda s: s.set_status(1, "done-ish"), InvalidInput),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(sample_store, call, error):
    before = sample_store.db["history"].count
    with pytest.raises(error):
        call(sample_store)
    assert sample_store.db["history"].count == before


def test_a_team_can_extend_the_scale(store):
    store.add_label("satire", "Satire", "Satire", None, "Not meant as fact.")
    assert store.label("satire")["label_fr"] == "Satire"


def test_a_label_is_found_without_its_accents_and_a_miss_lists_both_languages(store):
    """ "plutot faux", typed on a keyboard without accents, was refused, and the refusal
    listed only the English labels."""
    assert store.label("  plutot   FAUX ")["label_fr"] == "Plutôt faux"
    with pytest.raises(InvalidInput, match="Mostly false / Plutôt faux"):
        store.label("vraiment faux")
    with pytest.raises(InvalidInput):
        store.label(" ")


def test_first_schema_database_is_upgraded_with_every_row(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "first-schema.db", old)
    store = Store(open_db(old), "ana")
    names = [m["name"] for m in store.db["_sqlite_migrations"].rows]
    assert names[:4] == ["m001_initial", "m002_search", "m003_indexes", "m004_history_by_article"]
    assert {"m005_matching", "m006_desk_review", "m008_matching_v2"} <= set(names)
    assert "m009_claim_sentence" in names
    for table, count in {
        "articles": 1,
        "claims": 2,
        "sources": 1,
        "claim_sources": 1,
        "verdicts": 1,
        "notes": 1,
        "claim_dates": 1,
        "history": 1,
    }.items():
        assert store.db[table].count == count, table
    assert store.claims(verdict="mostly-true")[0]["id"] == 1  # backfilled
    assert store.claims(search="ministère")[0]["id"] == 1  # old rows are searchable
    assert store.sources(search="Ministry")[0]["id"] == 1
    # The old verdict waits for a reviewer once a desk turns review on.
    assert store.claim_row(1)["review"] == "proposed"
    assert not store.review_on()
    # Articles from before matching are indexed and matched by the next ingest or open.
    assert store.resume_matching() == [1]
    assert store.db["match_keys"].count_where("owner = 'claim'") > 0
    assert store.resume_matching() == []
    for row in store.db["claims"].rows:  # claims made before were whole sentences
        assert (row["sentence_start"], row["sentence_end"]) == (row["start"], row["end"])
        assert store.claim(row["id"])["sentence_text"] == row["text"]
    store.close()


def test_a_claim_keeps_the_sentence_it_was_cut_from(tmp_path, sample_extraction, sample_text):
    store = Store(open_db(tmp_path / "w.db"), "ana")
    article = store.ingest(sample_text, sample_extraction, title="t")
    claim = next(
        c for c in store.claims(article_id=article.article_id) if c["text"].startswith("l'Ukraine")
    )
    shown = store.claim(claim["id"])
    assert shown["sentence_text"].startswith("Le ministère de la défense russe a assuré que")
    assert shown["sentence_start"] < shown["start"] < shown["end"] <= shown["sentence_end"]
    added = add_read(store, article.article_id, shown["start"], shown["start"] + 20)
    assert store.claim(added)["sentence_text"] == shown["sentence_text"]
    (dossier,) = store.dossier([article.article_id])
    assert all(c["sentence_text"] for c in dossier["claims"])
    store.close()


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('claim-workbench', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseUnavailable, match="newer version"):
        open_db(path)


def test_corrupt_file_is_refused(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseUnavailable, match="corrupt"):
        open_db(path)


def test_locked_database_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "locked.db"
    Store.open(path).close()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setenv("WORKBENCH_BUSY_TIMEOUT_MS", "100")
    try:
        with pytest.raises(DatabaseUnavailable, match="locked"):
            Store.open(path).add_source("https://example.org/while-locked")
    finally:
        holder.rollback()
        holder.close()


def test_the_speaker_kind_is_stored_and_renaming_the_speaker_clears_it_until_undone(
    sample_store,
):
    """The kind extraction read belongs to the speaker it read: an analyst's new speaker has
    none (ClaimReview then guesses from the name), and undo brings both back."""
    claim = next(c for c in sample_store.claims() if c["speaker"] == "Volodymyr Zelensky")
    assert claim["speaker_kind"] == "person"
    sample_store.edit_claim(claim["id"], speaker="Kyiv Independent")
    edited = sample_store.claim(claim["id"])
    assert (edited["speaker"], edited["speaker_kind"]) == ("Kyiv Independent", None)
    sample_store.undo(claim["id"])
    undone = sample_store.claim(claim["id"])
    assert (undone["speaker"], undone["speaker_kind"]) == ("Volodymyr Zelensky", "person")


def test_a_reversed_span_is_named_as_reversed_not_outside(sample_store):
    from workbench.store.errors import InvalidInput

    with pytest.raises(InvalidInput, match="span 50-10 ends before it starts"):
        sample_store.claim_span(sample_store.sample_id, 50, 10)


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("31 février 2024", "février has 29 days in 2024"),
        ("29 février 2023", "février has 28 days in 2023"),
        ("April 31, 2025", "April has 30 days"),
        ("le 32 mars", "mars has 31 days"),
    ],
)
def test_an_impossible_written_day_is_refused_saying_why(sample_store, typed, why):
    cid = claim_with(sample_store, "six missiles")["id"]
    before = sample_store.db["history"].count
    with pytest.raises(InvalidInput, match=f"is not a real day: {why}"):
        sample_store.add_date(cid, "statement", typed)
    assert sample_store.db["history"].count == before
    sample_store.add_date(cid, "statement", "29 février 2024")  # a leap day is a day
    assert sample_store.claim(cid)["attached_dates"][-1]["iso"] == "2024-02-29"


def test_search_finds_a_word_in_any_of_its_forms(sample_store):
    """A trial: searching "disparus" missed a claim saying "disparues". A typed word loses its
    plural and feminine endings, in the whole store and inside one article."""
    cid = claim_with(sample_store, "six missiles")["id"]
    assert "américains" in sample_store.claim(cid)["text"]
    for typed in ("américaines", "américaine", "missile", "ATACMS"):
        assert cid in [c["id"] for c in sample_store.claims(search=typed)], typed
        found = sample_store.claims(search=typed, article_id=sample_store.sample_id)
        assert cid in [c["id"] for c in found], typed
    assert sample_store.claims(search="sanctions") == sample_store.claims(search="sanction")


def test_a_verdict_is_never_recorded_without_its_rationale(sample_store):
    """A published fact-check says why; every way a verdict is recorded (`set_verdict`, the
    check flow's `check_claim`, a match's reuse) goes through the one rule, and a refusal
    leaves nothing of the save (its source neither)."""
    from workbench.store.records import Citation

    cid = claim_with(sample_store, "six missiles")["id"]
    before = sample_store.db["history"].count
    for blank in (None, "", " \n\t "):
        with pytest.raises(InvalidInput, match="a verdict needs its rationale"):
            sample_store.set_verdict(cid, "false", blank)
        with pytest.raises(InvalidInput, match="a verdict needs its rationale"):
            sample_store.check_claim(
                cid, "false", blank, Citation("https://example.org/briefing", "refutes")
            )
    assert sample_store.db["history"].count == before
    assert sample_store.claim(cid)["verdicts"] == [] and sample_store.sources() == []
    # A verdict an older version recorded without one is not given again as it is.
    sample_store.db.execute(
        "INSERT INTO verdicts (claim_id, label, rationale, analyst, decided_at) "
        "VALUES (?, 'false', NULL, 'old', '2026-01-01T00:00:00')",
        [cid],
    )
    with pytest.raises(InvalidInput, match="a verdict needs its rationale"):
        sample_store.check_claim(cid, "false", None)
    assert sample_store.db["history"].count == before


def test_what_an_analyst_set_is_read_from_the_history(sample_store):
    """A report marks the speaker, figures and dates an analyst set (`claim["corrected"]`
    of the dossier), replayed from the history: an edit sets what it changed, undo and redo
    put back who had set it, and what the rules read again (a corrected publication day) is
    the article's reading; a moved span keeps the corrections whose words it holds."""

    def corrected(claim_id: int) -> dict:
        (article,) = sample_store.dossier([sample_store.sample_id])
        return next(c for c in article["claims"] if c["id"] == claim_id)["corrected"]

    nothing = {"speaker": False, "numbers": frozenset(), "dates": frozenset()}
    six = claim_with(sample_store, "six missiles")
    dated = next(c for c in sample_store.claims() if c["dates"])
    assert all(
        c["corrected"] == nothing
        for c in sample_store.dossier([sample_store.sample_id])[0]["claims"]
    )
    sample_store.set_published(sample_store.sample_id, "2024-11-27")  # dates read again
    assert corrected(dated["id"]) == nothing
    sample_store.edit_claim(six["id"], numbers=[{"text": "six", "value": 5}])
    assert corrected(six["id"])["numbers"] == {0}
    sample_store.undo(six["id"])
    assert corrected(six["id"]) == nothing
    sample_store.redo(six["id"])
    assert corrected(six["id"])["numbers"] == {0}
    sample_store.edit_claim(six["id"], speaker="Kremlin")
    assert corrected(six["id"])["speaker"]
    sample_store.edit_claim(six["id"], speaker=six["speaker"] or "")  # the one extracted
    assert not corrected(six["id"])["speaker"]
    edit_read(sample_store, six["id"], end=six["end"] - 1)  # "six" still inside: kept
    assert corrected(six["id"])["numbers"] == {0}
    assert sample_store.claim(six["id"])["numbers"][0]["value"] == 5
    when = sample_store.claim(dated["id"])["dates"][0]
    sample_store.edit_claim(dated["id"], dates=[{"text": when["text"], "iso": "2020-01-01"}])
    assert corrected(dated["id"])["dates"] == {0}
