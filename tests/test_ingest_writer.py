"""The one writer of an ingest keeps what it learnt across articles (who holds each index
key) and still suggests exactly what storing the articles one by one, each in a fresh
process, suggests; what it keeps never outlives another connection's commit, a re-index or a
rollback."""

from __future__ import annotations

import pytest

from tests.test_common_keys import key_rows
from tests.test_matching_scale import crowded_article
from workbench.store import Store
from workbench.store.connection import write


def suggestions(store: Store) -> list[tuple]:
    return store.db.execute(
        "SELECT claim_id, other_claim_id, review_id, score, signals, state FROM claim_matches "
        "ORDER BY claim_id, other_claim_id, review_id"
    ).fetchall()


def test_one_writer_suggests_what_storing_one_by_one_suggests(tmp_path):
    # 36 articles of 12 claims sharing places, figures and words: some keys are held by
    # more claims than are kept for one key, others become too common to be looked up.
    articles = [crowded_article(12, seed) for seed in range(0, 36 * 3, 3)]
    alone = tmp_path / "alone.db"
    for text, extraction in articles:
        store = Store.open(alone, "ana")  # a fresh process's store: nothing kept
        store.ingest(text, extraction)
        store.close()
    one = Store.open(tmp_path / "one.db", "ana")
    for text, extraction in articles:
        one.ingest(text, extraction)
    expected = suggestions(Store.open(alone, "ana"))
    assert len(expected) > 1000
    assert suggestions(one) == expected


def _keys(owner_id: int, article_id: int, *keys: str) -> list[tuple[str, int, int, str]]:
    return [("claim", owner_id, article_id, key) for key in keys]


def _held(found: dict) -> dict[str, list[tuple[str, int]]]:
    """key_holders' answer as (owner, id) pairs: its claims' ids, then its reviews'."""
    return {
        key: [("claim", int(i)) for i in claims] + [("review", int(i)) for i in reviews]
        for key, (claims, reviews) in found.items()
    }


def test_key_holders_kept_by_the_writer_follow_every_change(tmp_path):
    path = tmp_path / "store.db"
    writer, other = Store.open(path, "ana"), Store.open(path, "bob")

    def holders(keys, article_id, limit=150):
        return _held(writer.key_holders(keys, article_id, None, limit))

    writer.replace_keys("claim", [1], _keys(1, 1, "w:x", "w:y"), [])
    assert holders(["w:x"], 9) == {"w:x": [("claim", 1)]}
    answered = writer.key_holders(["w:x"], 9, None, 150)  # held on to while keys are added
    writer.replace_keys("claim", [2], _keys(2, 2, "w:x"), [])  # its own write, added
    assert _held(answered) == {"w:x": [("claim", 1)]}
    assert holders(["w:x"], 9) == {"w:x": [("claim", 1), ("claim", 2)]}
    assert holders(["w:x"], 1) == {"w:x": [("claim", 2)]}
    assert holders(["w:x"], None) == {"w:x": [("claim", 1), ("claim", 2)]}

    other.replace_keys("claim", [3], _keys(3, 3, "w:x"), [])  # another connection's commit
    assert holders(["w:x"], 9)["w:x"] == [("claim", n) for n in (1, 2, 3)]

    with pytest.raises(RuntimeError), write(writer.db):  # a write rolled back
        writer.replace_keys("claim", [4], _keys(4, 4, "w:x"), [])
        raise RuntimeError
    assert holders(["w:x"], 9)["w:x"] == [("claim", n) for n in (1, 2, 3)]

    writer.replace_keys("claim", [1], _keys(1, 1, "w:y"), [])  # claim 1 indexed again
    assert holders(["w:x", "w:y"], 9) == {
        "w:x": [("claim", 2), ("claim", 3)],
        "w:y": [("claim", 1)],
    }
    # a fact-check's keys: it holds them in no article, before every claim
    writer.replace_keys("review", [7], [("review", 7, None, "w:x")], [])
    assert holders(["w:x"], 2) == {"w:x": [("claim", 3), ("review", 7)]}
    writer.replace_keys("claim", [5], _keys(5, 5, "w:x"), [])
    assert holders(["w:x"], 3) == {"w:x": [("claim", 2), ("claim", 5), ("review", 7)]}
    assert _held(writer.key_holders(["w:x"], 3, "claim", 150)) == {
        "w:x": [("claim", 2), ("claim", 5)]
    }
    assert holders(["w:x"], 9, limit=1) == {}  # more holders than the limit


def test_the_writers_kept_holders_give_the_candidates_of_the_index(tmp_path):
    """Over a real ingest with matching (keys held by more claims than are kept for one key,
    others too common to be looked up), the holders the writer keeps as arrays are the
    index's, from every article's side, and rank the candidates the index's rows rank."""
    from tests.test_matching_fast_paths import _plain
    from workbench.matching import keys as keyspace
    from workbench.matching.suggest import _ranked

    writer = Store.open(tmp_path / "one.db", "ana")
    for seed in range(0, 40 * 3, 3):
        writer.ingest(*crowded_article(12, seed))
    rows = key_rows(writer)  # in the index, or kept apart for keys marked common
    every = sorted({key for *_, key in rows})
    assert len(rows) > 5000 and writer._key_cache().size > 1000  # kept, not read again
    compared = 0
    for article_id in range(1, 41):
        index: dict[str, list[tuple[str, int]]] = {}
        for owner, owner_id, held_in, key in rows:
            if held_in != article_id:
                index.setdefault(key, []).append((owner, owner_id))
        index = {key: sorted(refs) for key, refs in index.items() if len(refs) <= keyspace.COMMON}
        kept = _held(writer.key_holders(every, article_id, None, keyspace.COMMON))
        assert {key: sorted(refs) for key, refs in kept.items()} == index
        wanted: dict[int, set[str]] = {}
        for _owner, owner_id, held_in, key in rows:
            if held_in == article_id:
                wanted.setdefault(owner_id, set()).add(key)
        found = _ranked(wanted, writer.key_holders(every, article_id, None, keyspace.COMMON))
        assert found == _plain(wanted, index)
        compared += sum(map(len, found.values()))
    assert compared > 1000


def test_matching_an_article_later_reads_what_its_preparation_gives(tmp_path):
    # At ingest an article is matched from its claims' preparation; later (after a kill, or
    # for another matcher) from their signatures, remembered or computed again: the same
    # suggestions either way.
    from workbench.matching import suggest
    from workbench.matching.prepare import prepare_claim

    path = tmp_path / "store.db"
    store = Store.open(path, "ana")
    for seed in range(0, 10 * 3, 3):
        store.ingest(*crowded_article(8, seed))
    ids = [row["id"] for row in store.db.query("SELECT id FROM articles ORDER BY id")]

    def again(one: Store, prepared: bool) -> list[tuple]:
        with write(one.db):
            one.db.execute("DELETE FROM claim_matches")
        for article_id in ids:
            ready = {c["id"]: prepare_claim(c) for c in one.claims_to_match(article_id)}
            one.find_matches(article_id, ready if prepared else None)
        return suggestions(one)

    expected = again(store, prepared=True)
    assert len(expected) > 100
    assert again(store, prepared=False) == expected  # signatures remembered
    store.close()
    suggest._signatures.clear()  # as in a fresh process: every signature computed again
    assert again(Store.open(path, "ana"), prepared=False) == expected


def test_a_writer_with_its_process_to_itself_freezes_until_it_finishes(tmp_path):
    # What it keeps (stored claims' signatures, key holders) is left out of garbage
    # collection while it stores, and given back to it when the ingest finishes; a writer
    # reached through the UI's gateway never freezes the UI's objects.
    import gc

    from workbench.ingest import StoreWriter
    from workbench.ingest.sources import Job

    text, extraction = crowded_article(4, 1)
    job = Job("one", text, "One", None, None, "fr", None, 0)
    store = Store.open(tmp_path / "w.db", "ana")
    gc.unfreeze()
    try:
        shared = StoreWriter(lambda function: function(store))
        shared.put(job, extraction)
        shared.finish()
        assert gc.get_freeze_count() == 0
        own = StoreWriter.on(store)
        own.put(Job("two", text + " Encore.", "Two", None, None, "fr", None, 0), extraction)
        assert gc.get_freeze_count() > 0
        own.finish()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_signatures_kept_by_claim_never_outlive_a_change_of_the_claim(tmp_path):
    # The writer keeps under which key each stored claim's signature is remembered, so that
    # candidates' rows are not read again; any change to a claim (by this connection, whatever
    # the code path, or by another), to its article's day, or a rollback, makes matching read
    # the claim afresh.
    from workbench.matching import suggest
    from workbench.matching.signature import signature

    path = tmp_path / "store.db"
    writer, other = Store.open(path, "ana"), Store.open(path, "bob")
    for seed in range(0, 3 * 3, 3):
        writer.ingest(*crowded_article(6, seed))
    ids = [claim_id for (claim_id,) in writer.db.execute("SELECT id FROM claims ORDER BY id")]
    assert writer.signature_keys(ids).keys() == set(ids)  # kept as stored: no row to read

    def as_matched(claim_id: int):
        return suggest._stored_signatures(writer, [claim_id])[("claim", claim_id)]

    def as_stored(claim_id: int):
        row = other.claims_by_id([claim_id])[0]
        return signature(
            row["text"],
            row["numbers"],
            row["dates"],
            row["speaker"],
            row["language"],
            row["published"],
        )

    assert all(as_matched(i) == as_stored(i) for i in ids)
    first = writer.claim(ids[0])
    writer.edit_claim(ids[0], numbers=[{**first["numbers"][0], "value": 900.0}])
    assert (
        as_matched(ids[0])
        == as_stored(ids[0])
        != signature(first["text"], first["numbers"], [], first["speaker"], "en", "2024-11-20")
    )
    with write(writer.db):  # any statement, not only the store's methods
        writer.db.execute("UPDATE claims SET speaker = 'Le maire' WHERE id = ?", [ids[1]])
    assert as_matched(ids[1]).speaker_names == as_stored(ids[1]).speaker_names != ()
    other.edit_claim(ids[2], speaker="Paramedics")  # another connection
    assert as_matched(ids[2]) == as_stored(ids[2])
    writer.set_published(1, "2024-11-23")  # every claim of the article reads its day
    assert as_matched(ids[3]).published == "2024-11-23" == as_stored(ids[3]).published
    # A connection that first kept keys in a write rolled back watches its changes all the same.
    later = Store.open(path, "cleo")
    with pytest.raises(RuntimeError), write(later.db):
        later.signature_keys(ids)
        raise RuntimeError("undone")
    suggest._stored_signatures(later, ids)  # read and kept
    assert later.signature_keys(ids).keys() == set(ids)
    later.edit_claim(ids[4], speaker="Firefighters")
    assert suggest._stored_signatures(later, [ids[4]])[("claim", ids[4])] == as_stored(ids[4])
