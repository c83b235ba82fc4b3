"""Four analysts, four real processes, one database file, one article worked through at
once (assign, propose, review, note): nothing lost, history complete."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

from tests.conftest import ROOT
from workbench.store import Store


def test_four_analysts_work_one_article_at_once(sample_store):
    store = sample_store
    for name in ("ana", "bob", "carla", "dan"):
        store.add_analyst(name)
    store.set_review(True)
    claims = [c["id"] for c in store.claims()]
    path = str(store.path)
    store.close()

    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.desk_worker", role, path],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role in ("ana", "bob", "carla", "dan")
    ]
    try:
        results = [worker.communicate(timeout=240) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    for worker, (_, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err

    check = Store.open(path, "check")
    assert next(iter(check.db.execute("PRAGMA integrity_check")))[0] == "ok"
    half = len(claims)
    for position, claim_id in enumerate(claims):
        row = check.claim_row(claim_id)
        author = "bob" if position % 2 == 0 else "carla"
        # dan's "in-progress" and the verdict's own move to "checked" race: either order is fine
        assert (row["assignee"], row["review"]) == (author, "approved")
        assert row["status"] in ("in-progress", "checked")
        verdict = check.current_verdict(claim_id)
        assert verdict is not None and verdict["analyst"] == author
        (review,) = check.reviews_of(claim_id)
        assert review["analyst"] == {"bob": "carla", "carla": "bob"}[author]
        notes = sorted(n["body"] for n in check.claim(claim_id)["notes"])
        assert notes == sorted(
            [
                f"ana on {claim_id}",
                f"{author} on {claim_id}",
                f"dan round 1 on {claim_id}",
                f"dan round 2 on {claim_id}",
            ]
        )
        # History is complete: replaying it alone gives the notes, the verdict and the review.
        state = check.replay(claim_id)
        assert len(state["notes"]) == 4 and len(state["verdicts"]) == 1
        assert len(state["reviews"]) == 1 and state["assignee"] == author
    actions = Counter(
        row["action"]
        for row in check.db.query("SELECT action FROM history WHERE claim_id IS NOT NULL")
    )
    assert actions["claim.assigned"] == half
    assert actions["verdict.proposed"] == half
    assert actions["verdict.approved"] == half
    assert actions["note.added"] == 4 * half
    assert half <= actions["status.set"] <= 2 * half  # dan's, and the verdicts' that came first
    check.close()
