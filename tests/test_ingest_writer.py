"""The one writer of an ingest keeps what it learnt across articles (who holds each index
key) and still suggests exactly what storing the articles one by one, each in a fresh
process, suggests; what it keeps never outlives another connection's commit, a re-index or a
rollback."""

from __future__ import annotations

import pytest

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


def test_key_holders_kept_by_the_writer_follow_every_change(tmp_path):
    path = tmp_path / "store.db"
    writer, other = Store.open(path, "ana"), Store.open(path, "bob")
    writer.replace_keys("claim", [1], _keys(1, 1, "w:x", "w:y"), [])
    assert writer.key_holders(["w:x"], 9, None, 150) == {"w:x": [("claim", 1)]}
    writer.replace_keys("claim", [2], _keys(2, 2, "w:x"), [])  # its own write, added
    assert writer.key_holders(["w:x"], 9, None, 150) == {"w:x": [("claim", 1), ("claim", 2)]}
    assert writer.key_holders(["w:x"], 1, None, 150) == {"w:x": [("claim", 2)]}

    other.replace_keys("claim", [3], _keys(3, 3, "w:x"), [])  # another connection's commit
    assert writer.key_holders(["w:x"], 9, None, 150)["w:x"] == [("claim", n) for n in (1, 2, 3)]

    with pytest.raises(RuntimeError), write(writer.db):  # a write rolled back
        writer.replace_keys("claim", [4], _keys(4, 4, "w:x"), [])
        raise RuntimeError
    assert writer.key_holders(["w:x"], 9, None, 150)["w:x"] == [("claim", n) for n in (1, 2, 3)]

    writer.replace_keys("claim", [1], _keys(1, 1, "w:y"), [])  # claim 1 indexed again
    assert writer.key_holders(["w:x", "w:y"], 9, None, 150) == {
        "w:x": [("claim", 2), ("claim", 3)],
        "w:y": [("claim", 1)],
    }
    assert writer.key_holders(["w:x"], 9, None, 1) == {}  # more holders than the limit


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
