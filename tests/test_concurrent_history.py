"""History's `before` under concurrency: four real processes set verdicts and statuses on one
claim; every logged change must start from what the previous one left."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.small_article import claim_ids, small_store

WRITER = textwrap.dedent(
    """
    import os, sys, time
    from workbench.store import Store
    path, go, name, claim = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    store = Store.open(path, name)
    labels = ["true", "false", "half-true", "misleading"]
    statuses = ["in-progress", "checked", "new"]
    while not os.path.exists(go):
        time.sleep(0.001)
    for i in range(25):
        store.set_verdict(claim, labels[(i + len(name)) % 4], f"{name} {i}")
        store.set_status(claim, statuses[(i + int(name[-1])) % 3])
    """
)


def test_before_is_what_the_change_replaced_with_four_writers(tmp_path):
    store = small_store(tmp_path / "busy.db")
    claim_id = claim_ids(store)[0]
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store.path), str(go), f"w{n}", str(claim_id)]
        )
        for n in range(4)
    ]
    go.touch()
    assert [w.wait(timeout=120) for w in writers] == [0, 0, 0, 0]
    history = store.history(claim_id)
    verdicts = [h for h in history if h["action"] == "verdict.set"]
    statuses = [h for h in history if h["action"] == "status.set"]
    assert len(verdicts) == 100
    wrong = [
        row["id"]
        for previous, row in zip([None, *verdicts], verdicts, strict=False)
        if row["before"] != (previous and {k: previous["after"][k] for k in row["before"]})
    ]
    assert wrong == []
    wrong = [
        row["id"]
        for previous, row in zip([{"after": {"status": "new"}}, *statuses], statuses, strict=False)
        if row["before"] != previous["after"]
    ]
    assert wrong == []
    replayed = store.replay(claim_id)
    assert replayed["status"] == store.claim(claim_id)["status"]
    store.close()
