"""Keys marked common keep their later holders' rows out of the key index (see
`store/common_keys.py`): who holds a key outside an article is still exactly what the full
index answers, whatever happened to the rows (a giant article, claims indexed again or
edited, a new keys version, a rollback, another process writing)."""

from __future__ import annotations

import json

import pytest

from tests.test_matching_scale import crowded_article
from workbench.store import Store
from workbench.store import common_keys as marking
from workbench.store.connection import write


def key_rows(store: Store) -> list[tuple[str, int, int | None, str]]:
    """Every index key row, in the index or in a claim's row of the rest, sorted."""
    rows = store.db.execute("SELECT owner, owner_id, article_id, key FROM match_keys").fetchall()
    for claim_id, article_id, keys in store.db.execute(
        "SELECT claim_id, article_id, keys FROM match_keys_rest"
    ):
        rows += [("claim", claim_id, article_id, key) for key in json.loads(keys)]
    return sorted(rows)


def in_rest(store: Store) -> int:
    return sum(
        len(json.loads(keys)) for (keys,) in store.db.execute("SELECT keys FROM match_keys_rest")
    )


def truth(store: Store, keys: list[str], article_id: int | None, owner: str | None, limit: int):
    """What the full index answers: the holders outside the article, or nothing past limit."""
    found = {}
    for key in keys:
        held = sorted(
            (o, i)
            for o, i, a, k in key_rows(store)
            if k == key and (article_id is None or a != article_id) and owner in (None, o)
        )
        if 0 < len(held) <= limit:
            found[key] = held
    return found


def answered(store: Store, keys: list[str], article_id: int | None, owner: str | None, limit: int):
    found = store.key_holders(keys, article_id, owner, limit)
    return {
        key: sorted([("claim", int(i)) for i in claims] + [("review", int(i)) for i in reviews])
        for key, (claims, reviews) in found.items()
    }


def fresh_answers(path, keys, article_ids, limit, owner=None):
    """Each article's answer from a connection that has kept nothing (a new process), and the
    full index's."""
    for article_id in article_ids:
        reader = Store.open(path, "reader")
        assert answered(reader, keys, article_id, owner, limit) == truth(
            reader, keys, article_id, owner, limit
        ), article_id
        reader.close()


def _claims(first: int, article_id: int, count: int, *keys: str):
    """`count` claims numbered from `first`, in one article, each holding `keys`."""
    ids = list(range(first, first + count))
    return ids, [("claim", i, article_id, key) for i in ids for key in keys]


def index(store: Store, owner: str, owner_ids: list[int], rows: list) -> None:
    """`replace_keys` for claims the test makes up, each first given its row in `claims` (in
    the article its keys name), as every claim holding keys has one: retrieval counts an
    article's claims to bound how many holders of a key it has."""
    with write(store.db):
        for kind, claim_id, article_id, _ in rows:
            if kind != "claim":
                continue
            store.db.execute(
                "INSERT OR IGNORE INTO articles (id, text, content_hash, ingested_at) "
                "VALUES (?, '', ?, '')",
                [article_id, f"article {article_id}"],
            )
            store.db.execute(
                "INSERT OR IGNORE INTO claims (id, article_id, start, end, text) "
                "VALUES (?, ?, 0, 0, '')",
                [claim_id, article_id],
            )
        store.replace_keys(owner, owner_ids, rows, [])


@pytest.fixture
def small_marks(monkeypatch):
    """A key is marked past 4 holders (instead of hundreds), so small stores show it."""
    monkeypatch.setattr(marking, "SATURATED", 4)


def test_a_common_key_keeps_its_later_holders_out_of_the_index(tmp_path, small_marks):
    path = tmp_path / "store.db"
    writer = Store.open(path, "ana")
    for n in range(1, 13):  # one claim an article, each holding w:x, and a rare key
        index(writer, "claim", [n], [("claim", n, n, "w:x"), ("claim", n, n, f"w:{n}")])
        writer.key_holders(["w:x", f"w:{n}"], n, None, 3)  # as matching asks, after storing
    assert writer.db.execute("SELECT key FROM common_keys").fetchall() == [("w:x",)]
    assert writer.db.execute("SELECT count(*) FROM match_keys WHERE key = 'w:x'").fetchone()[0] < 8
    assert in_rest(writer) > 4
    keys = ["w:x", "w:1", "w:12"]
    for limit in (3, 11, 12):
        fresh_answers(path, keys, [None, 1, 5, 12, 99], limit)
        fresh_answers(path, keys, [None], limit, owner="claim")


def test_an_article_holding_most_of_a_marked_key_gets_its_few_other_holders(tmp_path, small_marks):
    # A giant article (article 1) holds w:x first, in the index; the key is marked; three small
    # articles get it in the rest. From the giant article's side the key has 3 holders: read
    # from the index alone, it would have none.
    path = tmp_path / "store.db"
    writer = Store.open(path, "ana")
    ids, rows = _claims(1, 1, 8, "w:x")
    index(writer, "claim", ids, rows)
    writer.key_holders(["w:x"], 1, None, 3)
    for n in (20, 21, 22):
        index(writer, "claim", [n], [("claim", n, n, "w:x")])
    assert in_rest(writer) == 3
    assert answered(writer, ["w:x"], 1, None, 3) == {"w:x": [("claim", n) for n in (20, 21, 22)]}
    # the key is back in the index, unmarked, and answers alike from every side
    assert writer.db.execute("SELECT count(*) FROM common_keys").fetchone()[0] == 0
    assert in_rest(writer) == 0
    fresh_answers(path, ["w:x"], [None, 1, 20, 99], 3)
    fresh_answers(path, ["w:x"], [1, 20], 11)


def test_claims_indexed_again_keep_exact_answers(tmp_path, small_marks):
    # Claims of the first articles (those whose rows the index kept) lose the key: the index
    # holds few of it, the rest many.
    path = tmp_path / "store.db"
    writer = Store.open(path, "ana")
    for n in range(1, 16):
        index(writer, "claim", [n], [("claim", n, n, "w:x"), ("claim", n, n, "w:y")])
        writer.key_holders(["w:x", "w:y"], n, None, 3)
    before = in_rest(writer)
    # indexed again with the same keys: the claims keep their index rows, the rest does not grow
    index(writer, "claim", [1, 2], [("claim", n, n, k) for n in (1, 2) for k in ("w:x", "w:y")])
    assert in_rest(writer) == before
    fresh_answers(path, ["w:x", "w:y"], [None, 1, 2, 15], 3)
    for n in range(1, 14):  # w:x taken from claims 1 to 13: two holders left, both in the rest
        index(writer, "claim", [n], [("claim", n, n, "w:y")])
    fresh_answers(path, ["w:x", "w:y"], [None, 1, 14, 15], 3)
    fresh_answers(path, ["w:x", "w:y"], [None, 14], 14)


def test_a_rolled_back_mark_is_forgotten(tmp_path, small_marks):
    path = tmp_path / "store.db"
    writer = Store.open(path, "ana")
    for n in range(1, 6):
        index(writer, "claim", [n], [("claim", n, n, "w:x")])
        writer.key_holders(["w:x"], n, None, 3)
    with pytest.raises(RuntimeError), write(writer.db):
        index(writer, "claim", [7], [("claim", 7, 7, "w:x")])  # marks w:x
        assert writer.db.execute("SELECT count(*) FROM common_keys").fetchone()[0] == 1
        raise RuntimeError
    assert writer.db.execute("SELECT count(*) FROM common_keys").fetchone()[0] == 0
    index(writer, "claim", [8], [("claim", 8, 8, "w:x")])  # not marked: in the index
    assert in_rest(writer) == 0
    fresh_answers(path, ["w:x"], [None, 1, 8], 10)


def test_another_connections_marks_are_read_before_writing(tmp_path, small_marks):
    path = tmp_path / "store.db"
    writer, other = Store.open(path, "ana"), Store.open(path, "bob")
    ids, rows = _claims(1, 1, 8, "w:x")
    index(writer, "claim", ids, rows)
    writer.key_holders(["w:x"], 1, None, 3)
    index(writer, "claim", [20], [("claim", 20, 20, "w:x")])  # marked, to the rest
    index(other, "claim", [21], [("claim", 21, 21, "w:x")])  # reads the mark
    assert in_rest(other) == 2
    assert answered(other, ["w:x"], 1, None, 3) == {"w:x": [("claim", 20), ("claim", 21)]}
    # the other connection unmarked it: the writer's rows go to the index again
    index(writer, "claim", [22], [("claim", 22, 22, "w:x")])
    assert in_rest(writer) == 0
    fresh_answers(path, ["w:x"], [None, 1, 22], 3)


def test_matching_with_marks_suggests_what_the_full_index_suggests(tmp_path, monkeypatch):
    """The same ingests, edits, re-ingest and new keys version, with keys marked past 12
    holders and with none marked: the same suggestions and the same key rows throughout.
    Retrieval skips a key past 8 holders here, as past `keys.COMMON` (150) below
    `SATURATED` (300) in use: marked at fewer holders than retrieval reads, a key's index
    rows alone could never answer it, and it would be unmarked whenever it is read."""
    from workbench.matching import keys as keyspace

    def run(path, saturated: int) -> list:
        monkeypatch.setattr(marking, "SATURATED", saturated)
        monkeypatch.setattr(keyspace, "VERSION", keyspace.VERSION)
        monkeypatch.setattr(keyspace, "COMMON", 8)
        store = Store.open(path, "ana")
        seen = []
        giant = crowded_article(120, 1)
        for seed in range(0, 30 * 3, 3):
            store.ingest(*crowded_article(6, seed))
            if seed == 30:
                store.ingest(*giant)
        store.ingest(*giant)  # the same text again: one article
        seen.append(suggestions(store))
        for claim_id in (3, 70, 130, 200):  # figures edited: keys and matches change
            claim = store.claim_row(claim_id)
            numbers = json.loads(claim["numbers"])
            numbers[0]["value"] = 41
            store.edit_claim(claim_id, numbers=numbers)
        seen.append(suggestions(store))
        monkeypatch.setattr(keyspace, "VERSION", keyspace.VERSION + 1)
        store.close()
        store = Store.open(path, "ana")
        store.resume_matching()  # every article indexed and matched again
        seen += [suggestions(store), key_rows(store)]
        marked = store.db.execute("SELECT count(*) FROM common_keys").fetchone()[0]
        store.close()
        return [seen, marked, in_rest(Store.open(path, "ana"))]

    marked = run(tmp_path / "marked.db", 12)
    whole = run(tmp_path / "whole.db", 10**9)
    assert whole[1:] == [0, 0] and marked[1] > 0 and marked[2] > 100
    assert marked[0] == whole[0]
    assert len(whole[0][0]) > 100


def suggestions(store: Store) -> list[tuple]:
    return store.db.execute(
        "SELECT claim_id, other_claim_id, review_id, score, signals, state FROM claim_matches "
        "ORDER BY claim_id, other_claim_id, review_id"
    ).fetchall()


def test_a_database_from_before_the_marks_upgrades_and_suggests_the_same(tmp_path, monkeypatch):
    """A database written before m018 (every key row in the index) is upgraded on open; the
    articles stored after it suggest what they suggest in a database never marked."""
    import sqlite3

    articles = [crowded_article(8, seed) for seed in range(0, 40 * 3, 3)]

    def store_all(path, saturated: int, first: int, last: int) -> None:
        monkeypatch.setattr(marking, "SATURATED", saturated)
        store = Store.open(path, "ana")
        for text, extraction in articles[first:last]:
            store.ingest(text, extraction)
        store.close()

    old, whole = tmp_path / "old.db", tmp_path / "whole.db"
    store_all(old, 10**9, 0, 20)  # as before marks: every row in the index
    conn = sqlite3.connect(old)
    conn.executescript(
        "DROP TABLE common_keys; DROP TABLE match_keys_rest; "
        "DELETE FROM _sqlite_migrations WHERE name = 'm018_common_keys_rest';"
    )
    conn.close()
    store_all(old, 30, 20, 40)
    store_all(whole, 10**9, 0, 40)
    upgraded, never = Store.open(old, "ana"), Store.open(whole, "ana")
    assert upgraded.db.execute("SELECT count(*) FROM common_keys").fetchone()[0] > 0
    assert suggestions(upgraded) == suggestions(never)
    assert key_rows(upgraded) == key_rows(never)


def test_a_long_lived_connection_reads_a_key_again_once_its_holders_shrink(tmp_path):
    # The TUI keeps one connection for hours: a key it found held by too many claims must be
    # answered again once edits (its own or another process's) take the key from claims.
    path = tmp_path / "store.db"
    writer, other = Store.open(path, "ana"), Store.open(path, "bob")
    for n in range(1, 7):
        index(writer, "claim", [n], [("claim", n, n, "w:x"), ("claim", n, n, "w:y")])
    assert answered(writer, ["w:x", "w:y"], 1, None, 3) == {}  # 5 holders outside: too many
    for n in (2, 3):  # its own edits: claims 2 and 3 lose w:x
        index(writer, "claim", [n], [("claim", n, n, "w:y")])
    assert answered(writer, ["w:x"], 1, None, 3) == {"w:x": [("claim", n) for n in (4, 5, 6)]}
    index(other, "claim", [4], [("claim", 4, 4, "w:y")])  # another process's edit
    for n in (5, 6):
        index(other, "claim", [n], [])
    assert answered(writer, ["w:x", "w:y"], 1, None, 3) == truth(writer, ["w:x", "w:y"], 1, None, 3)
    assert answered(writer, ["w:y"], 1, None, 3) == {"w:y": [("claim", n) for n in (2, 3, 4)]}


def test_a_key_too_common_for_one_article_is_answered_for_another(tmp_path):
    # Article 1 holds most of w:x: from article 2's side the key has too many holders, from
    # article 1's side only three. Fact-checks hold w:y: too many with them, one claim without.
    path = tmp_path / "store.db"
    writer = Store.open(path, "ana")
    ids, rows = _claims(1, 1, 8, "w:x")
    index(writer, "claim", ids, rows)
    for n in (20, 21, 22):
        index(writer, "claim", [n], [("claim", n, n, "w:x"), ("claim", n, n, "w:y")])
    index(writer, "review", [7, 8, 9], [("review", r, None, "w:y") for r in (7, 8, 9)])
    assert answered(writer, ["w:x", "w:y"], 20, None, 3) == {}
    assert answered(writer, ["w:x"], 1, None, 3) == {"w:x": [("claim", n) for n in (20, 21, 22)]}
    assert answered(writer, ["w:y"], None, "claim", 3) == truth(writer, ["w:y"], None, "claim", 3)
    assert answered(writer, ["w:y"], None, "review", 3) == {
        "w:y": [("review", r) for r in (7, 8, 9)]
    }


def test_a_rolled_back_write_leaves_no_key_too_common(tmp_path):
    path = tmp_path / "store.db"
    writer = Store.open(path, "ana")
    index(writer, "claim", [1, 2], [("claim", n, n, "w:x") for n in (1, 2)])
    with pytest.raises(RuntimeError), write(writer.db):
        ids, rows = _claims(10, 10, 5, "w:x")
        index(writer, "claim", ids, rows)
        assert answered(writer, ["w:x"], 1, None, 3) == {}
        raise RuntimeError
    assert answered(writer, ["w:x"], 1, None, 3) == {"w:x": [("claim", 2)]}
