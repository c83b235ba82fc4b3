"""Every change to the schema, in order. Each runs in a transaction and is recorded in
`_sqlite_migrations`; `workbench.store.connection.open_db` applies the pending ones."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "claim-workbench"
migrations = Migrations(MIGRATION_SET)

DEFAULT_SCALE = [
    # key, English, French, ClaimReview rating (None: no rating), English definition, French
    (
        "true",
        "True",
        "Vrai",
        5,
        "Accurate, with nothing significant missing.",
        "Exact, sans omission significative.",
    ),
    (
        "mostly-true",
        "Mostly true",
        "Plutôt vrai",
        4,
        "Accurate but needs clarification or additional information.",
        "Exact mais demande des précisions ou un complément.",
    ),
    (
        "half-true",
        "Half true",
        "À moitié vrai",
        3,
        "Partially accurate but leaves out important details or takes things out of context.",
        "En partie exact, mais omet des éléments importants ou sort des faits de leur contexte.",
    ),
    (
        "misleading",
        "Misleading",
        "Trompeur",
        2,
        "Contains accurate elements but gives a false impression.",
        "Contient des éléments exacts mais donne une impression fausse.",
    ),
    (
        "mostly-false",
        "Mostly false",
        "Plutôt faux",
        2,
        "Contains an element of truth but ignores facts that would change the picture.",
        "Contient une part de vérité mais ignore des faits qui changeraient le tableau.",
    ),
    ("false", "False", "Faux", 1, "Not accurate.", "Inexact."),
    (
        "unverifiable",
        "Unverifiable",
        "Invérifiable",
        None,
        "Cannot be confirmed or refuted with the evidence available.",
        "Ne peut être ni confirmé ni réfuté avec les éléments disponibles.",
    ),
]


@migrations()
def m001_initial(db: Database) -> None:
    """Articles, claims, sources and everything an analyst attaches, plus the history log."""
    db.table("articles").create(
        {
            "id": int,
            "title": str,
            "url": str,
            "outlet": str,
            "language": str,
            "published": str,
            "text": str,
            "content_hash": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"text", "content_hash", "ingested_at"},
    )
    db.table("articles").create_index(["content_hash"], unique=True)
    db.table("claims").create(
        {
            "id": int,
            "article_id": int,
            "start": int,
            "end": int,
            "text": str,
            "context_before": str,
            "context_after": str,
            "kinds": str,
            "numbers": str,
            "dates": str,
            "speaker": str,
            "score": float,
            "signals": str,
            "status": str,
            "origin": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "start", "end", "text", "status", "origin"},
        defaults={
            "status": "new",
            "origin": "extracted",
            "kinds": "[]",
            "numbers": "[]",
            "dates": "[]",
            "signals": "[]",
            "score": 0.0,
        },
    )
    db.table("sources").create(
        {
            "id": int,
            "url": str,
            "title": str,
            "publisher": str,
            "published": str,
            "accessed": str,
            "archived_url": str,
            "created_at": str,
            "analyst": str,
        },
        pk="id",
        not_null={"url", "created_at"},
    )
    db.table("sources").create_index(["url"], unique=True)
    db.table("claim_sources").create(
        {
            "id": int,
            "claim_id": int,
            "source_id": int,
            "stance": str,
            "excerpt": str,
            "note": str,
            "analyst": str,
            "created_at": str,
            "retracted_at": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id"), ("source_id", "sources", "id")],
        not_null={"claim_id", "source_id", "stance", "created_at"},
    )
    db.table("verdict_labels").create(
        {
            "key": str,
            "label_en": str,
            "label_fr": str,
            "rating": int,
            "definition_en": str,
            "definition_fr": str,
            "position": int,
        },
        pk="key",
        not_null={"label_en", "position"},
    )
    db.table("verdict_labels").insert_all(
        {
            "key": key,
            "label_en": en,
            "label_fr": fr,
            "rating": rating,
            "definition_en": d_en,
            "definition_fr": d_fr,
            "position": position,
        }
        for position, (key, en, fr, rating, d_en, d_fr) in enumerate(DEFAULT_SCALE)
    )
    db.table("verdicts").create(
        {
            "id": int,
            "claim_id": int,
            "label": str,
            "rationale": str,
            "analyst": str,
            "decided_at": str,
            "retracted_at": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id"), ("label", "verdict_labels", "key")],
        not_null={"claim_id", "label", "decided_at"},
    )
    db.table("claim_dates").create(
        {
            "id": int,
            "claim_id": int,
            "role": str,
            "iso": str,
            "text": str,
            "analyst": str,
            "created_at": str,
            "retracted_at": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id")],
        not_null={"claim_id", "role", "iso", "created_at"},
    )
    db.table("notes").create(
        {
            "id": int,
            "claim_id": int,
            "body": str,
            "analyst": str,
            "created_at": str,
            "retracted_at": str,
        },
        pk="id",
        foreign_keys=[("claim_id", "claims", "id")],
        not_null={"claim_id", "body", "created_at"},
    )
    db.table("history").create(
        {
            "id": int,
            "claim_id": int,
            "article_id": int,
            "analyst": str,
            "at": str,
            "action": str,
            "entity": str,
            "entity_id": int,
            "before": str,
            "after": str,
        },
        pk="id",
        not_null={"action", "at"},
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("settings").insert_all(
        [
            {"key": "organisation", "value": "Claim Workbench desk"},
            {"key": "organisation_url", "value": ""},
        ]
    )
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER history_append_only_{event.lower()} BEFORE {event} ON history "
            "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
        )


@migrations()
def m002_search(db: Database) -> None:
    """Full-text search (FTS5) over claims, articles, sources and notes, kept in step by
    triggers."""
    db.table("claims").enable_fts(["text", "speaker"], fts_version="FTS5", create_triggers=True)
    db.table("articles").enable_fts(
        ["title", "outlet", "text"], fts_version="FTS5", create_triggers=True
    )
    db.table("sources").enable_fts(
        ["title", "publisher", "url"], fts_version="FTS5", create_triggers=True
    )
    db.table("notes").enable_fts(["body"], fts_version="FTS5", create_triggers=True)


@migrations()
def m003_indexes(db: Database) -> None:
    """Indexes for the filters the UI and the command line use on large databases."""
    db.table("claims").create_index(["article_id", "start"])
    db.table("claims").create_index(["status"])
    db.table("claims").create_index(["speaker"])
    db.table("verdicts").create_index(["claim_id", "id"])
    db.table("history").create_index(["claim_id", "id"])
    db.table("claim_sources").create_index(["claim_id"])
    db.table("notes").create_index(["claim_id"])
    db.table("claim_dates").create_index(["claim_id"])
    db.table("claims").add_column("verdict", str)
    db.execute(
        "UPDATE claims SET verdict = (SELECT label FROM verdicts WHERE claim_id = claims.id "
        "AND retracted_at IS NULL ORDER BY id DESC LIMIT 1)"
    )
    db.table("claims").create_index(["verdict"])


@migrations()
def m004_history_by_article(db: Database) -> None:
    """The article picker's "last activity" reads history by article."""
    db.table("history").create_index(["article_id", "at"])


@migrations()
def m005_matching(db: Database) -> None:
    """Claims across articles: keys for finding candidates, imported fact-checks
    (ClaimReview), and suggested, confirmed or rejected matches."""
    db.table("match_keys").create(
        {"owner": str, "owner_id": int, "key": str}, not_null={"owner", "owner_id", "key"}
    )
    db.table("match_keys").create_index(["key"])
    db.table("match_keys").create_index(["owner", "owner_id"])
    db.table("reviews").create(
        {
            "id": int,
            "url": str,
            "claim_reviewed": str,
            "rating_value": float,
            "best_rating": float,
            "worst_rating": float,
            "alternate_name": str,
            "author_name": str,
            "author_url": str,
            "date_published": str,
            "item_author": str,
            "item_date": str,
            "appearance_url": str,
            "language": str,
            "raw": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"url", "claim_reviewed", "imported_at"},
    )
    db.table("reviews").create_index(["url"], unique=True)
    db.table("reviews").enable_fts(
        ["claim_reviewed", "author_name"], fts_version="FTS5", create_triggers=True
    )
    db.table("claim_matches").create(
        {
            "id": int,
            "claim_id": int,
            "other_claim_id": int,
            "review_id": int,
            "score": float,
            "signals": str,
            "state": str,
            "created_at": str,
            "decided_by": str,
            "decided_at": str,
        },
        pk="id",
        foreign_keys=[
            ("claim_id", "claims", "id"),
            ("other_claim_id", "claims", "id"),
            ("review_id", "reviews", "id"),
        ],
        not_null={"claim_id", "score", "state", "created_at"},
        defaults={"state": "suggested"},
    )
    db.table("claim_matches").create_index(["claim_id"])
    db.table("claim_matches").create_index(["other_claim_id"])


@migrations()
def m006_desk_review(db: Database) -> None:
    """A desk, not one person: the analysts it knows, who each claim is assigned to, and the
    second analyst's review of each verdict (approved or returned with a comment). The author
    of a verdict can never approve it: the database itself refuses, whoever writes."""
    db.table("analysts").create(
        {"name": str, "added_by": str, "added_at": str}, pk="name", not_null={"added_at"}
    )
    db.table("claims").add_column("assignee", str)
    db.table("claims").add_column("assigned_at", str)
    db.table("claims").add_column("review", str)
    db.table("claims").create_index(["assignee"])
    db.table("claims").create_index(["review"])
    db.table("verdict_reviews").create(
        {
            "id": int,
            "verdict_id": int,
            "claim_id": int,
            "decision": str,
            "comment": str,
            "analyst": str,
            "decided_at": str,
            "retracted_at": str,
        },
        pk="id",
        foreign_keys=[("verdict_id", "verdicts", "id"), ("claim_id", "claims", "id")],
        not_null={"verdict_id", "claim_id", "decision", "analyst", "decided_at"},
    )
    db.table("verdict_reviews").create_index(["claim_id", "id"])
    db.table("verdict_reviews").create_index(["verdict_id"])
    db.execute(
        "CREATE TRIGGER verdict_reviews_no_self_approval BEFORE INSERT ON verdict_reviews "
        "WHEN NEW.decision = 'approved' AND NEW.analyst = "
        "(SELECT analyst FROM verdicts WHERE id = NEW.verdict_id) "
        "BEGIN SELECT RAISE(ABORT, 'the author of a verdict cannot approve it'); END"
    )
    db.execute(
        "CREATE TRIGGER verdict_reviews_comment_on_return BEFORE INSERT ON verdict_reviews "
        "WHEN NEW.decision = 'returned' AND trim(coalesce(NEW.comment, '')) = '' "
        "BEGIN SELECT RAISE(ABORT, 'a returned verdict needs a comment'); END"
    )
    # Verdicts set before review existed wait for a reviewer once a desk turns review on.
    db.execute("UPDATE claims SET review = 'proposed' WHERE verdict IS NOT NULL")
    db.table("settings").upsert({"key": "review", "value": "off"}, pk="key")


@migrations()
def m007_desk_views(db: Database) -> None:
    """`desk_claims`: one row per claim as a desk reads it (article title, verdict label,
    review state, analyst), for the read-only Datasette view (`workbench publish`)."""
    db.create_view(
        "desk_claims",
        """
        SELECT c.id, c.article_id, a.title AS article, c.text, c.speaker, c.status,
               l.label_en AS verdict, l.label_fr AS verdict_fr, l.rating, c.review,
               c.assignee AS analyst, v.analyst AS author, v.rationale,
               v.decided_at AS verdict_at, c.updated_at
        FROM claims c JOIN articles a ON a.id = c.article_id
        LEFT JOIN verdict_labels l ON l.key = c.verdict
        LEFT JOIN verdicts v ON v.id = (SELECT max(id) FROM verdicts
                                        WHERE claim_id = c.id AND retracted_at IS NULL)
        """,
    )


@migrations()
def m008_matching_v2(db: Database) -> None:
    """Matching at any article size and after a crash: index keys know their article (so an
    article's own keys are skipped by the index, not by reading them), each claim's figures are
    stored with what they count (disagreements read one quantity, not the whole article), and
    an article records the keys and the matcher it was indexed and matched with (NULL: to be
    done again, which the next ingest or open does)."""
    db.table("match_keys").add_column("article_id", int)
    db.execute(
        "UPDATE match_keys SET article_id = (SELECT article_id FROM claims c "
        "WHERE c.id = match_keys.owner_id) WHERE owner = 'claim'"
    )
    db.table("match_keys").create_index(["key", "article_id"])
    db.execute("DROP INDEX IF EXISTS idx_match_keys_key")
    db.table("claim_figures").create(
        {
            "claim_id": int,
            "article_id": int,
            "quantity": str,
            "value": float,
            "approximate": int,
            "text": str,
            "label": str,
        },
        foreign_keys=[("claim_id", "claims", "id"), ("article_id", "articles", "id")],
        not_null={"claim_id", "article_id", "quantity", "value"},
    )
    db.table("claim_figures").create_index(["article_id", "quantity", "value"])
    db.table("claim_figures").create_index(["claim_id"])
    db.table("articles").add_column("indexed_with", int)
    db.table("articles").add_column("matched_with", str)


@migrations()
def m009_claim_sentence(db: Database) -> None:
    """One claim per fact: a claim is now the clause stating it, and keeps the sentence it was
    cut from as context. Claims stored before were whole sentences: their sentence is their
    own span."""
    db.table("claims").add_column("sentence_start", int)
    db.table("claims").add_column("sentence_end", int)
    db.execute(
        "UPDATE claims SET sentence_start = start, sentence_end = end WHERE sentence_start IS NULL"
    )


@migrations()
def m010_matching_speed(db: Database) -> None:
    """The one writer of a large ingest: every ingest asks which articles are left to index or
    match (after a kill, or by an older matcher), answered by a few range scans of these
    indexes instead of a read of every article; candidates are found in the key index alone
    (it holds who holds each key), without a lookup into the table for each holder."""
    db.table("articles").create_index(["indexed_with"])
    db.table("articles").create_index(["matched_with"])
    db.table("match_keys").create_index(["key", "article_id", "owner", "owner_id"])
    db.execute("DROP INDEX IF EXISTS idx_match_keys_key_article_id")


@migrations()
def m011_article_date_assumed(db: Database) -> None:
    """An article ingested without a publication date (none given, none in the file) is read
    against the day it was ingested: `published_assumed` says so (1), so the UI and the
    command line can show it and the analyst can correct it; 0 when the date was given,
    NULL for articles stored before this was recorded."""
    db.table("articles").add_column("published_assumed", int)


@migrations()
def m012_speaker_kind(db: Database) -> None:
    """Whether a claim's speaker is a person or an organisation, as extraction read it from
    the article (ClaimReview's author type); NULL when the words did not tell, when the
    analyst named the speaker, and for claims stored before."""
    db.table("claims").add_column("speaker_kind", str)


@migrations()
def m013_match_evidence(db: Database) -> None:
    """A match keeps why it was suggested in the claims' own words (`evidence`: the words,
    names, figures, dates and speakers that met, see `matching.explain`) and the matcher
    version that suggested it, so the card and the report explain it without the matcher;
    `origin` says who made it: the matcher, or an analyst who linked two claims by hand (a
    link the matcher never changes). Matches stored before keep `signals` alone."""
    db.table("claim_matches").add_column("evidence", str)
    db.table("claim_matches").add_column("matcher", str)
    db.table("claim_matches").add_column("origin", str, not_null_default="matcher")


@migrations()
def m014_search_excerpts(db: Database) -> None:
    """The excerpts and notes an analyst attaches with a source are searched too: the words
    quoted from a source are often what one remembers of it. Links stored before are
    indexed as they are."""
    db.table("claim_sources").enable_fts(
        ["excerpt", "note"], fts_version="FTS5", create_triggers=True
    )


@migrations()
def m015_match_kind(db: Database) -> None:
    """A suggestion's kind: "match" (the two claims are one claim), or "other figure" (the
    matcher finds them one fact reported with figures that disagree, 37 miners here and 38
    there: see `matching.matcher.decided`). An "other figure" suggestion is never a match
    until the analyst confirms it (then the pair is linked and its figures compared); rows
    stored before are matches."""
    db.table("claim_matches").add_column("kind", str, not_null_default="match")


@migrations()
def m016_search_rationales(db: Database) -> None:
    """A verdict's rationale is searched too: it is where an analyst wrote what the evidence
    showed. Verdicts stored before are indexed as they are."""
    db.table("verdicts").enable_fts(["rationale"], fts_version="FTS5", create_triggers=True)


@migrations()
def m017_match_evidence_when_read(db: Database) -> None:
    """A suggestion the matcher makes while storing an article may keep, as its `evidence`,
    the mark that it is to be said in the claims' words when read (`sides.UNRENDERED`,
    worked out then from the two claims as stored, and kept once an analyst decides it).
    Nothing stored before changes; a version of the workbench that knows no such mark refuses
    the file (an unknown migration) rather than misread it."""
    del db  # the rows' shape is unchanged: only what `evidence` may hold


@migrations()
def m018_common_keys_rest(db: Database) -> None:
    """Keys held by so many claims that retrieval never reads their later holders are marked
    (`common_keys`), and the rows of claims that get such a key afterwards are kept one row a
    claim in `match_keys_rest` (its keys as a JSON list), outside the key index whose scattered
    pages were most of what storing an article's keys cost (see `store/common_keys.py`). Keys
    stored before stay in `match_keys`, which holds every row of a key not marked."""
    db.execute("CREATE TABLE common_keys (key TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute(
        "CREATE TABLE match_keys_rest (claim_id INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL, keys TEXT NOT NULL)"
    )
