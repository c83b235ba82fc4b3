"""One analyst of the four-process desk test, run as its own process:
`python -m tests.desk_worker ROLE DB`. Roles: ana assigns and notes, bob and carla propose
verdicts on their claims and approve each other's, dan notes and sets statuses."""

from __future__ import annotations

import sys
import time

from workbench.store import Store, StoreError

PARTNER = {"bob": "carla", "carla": "bob"}


def ana(store: Store, claims: list[int]) -> None:
    for position, claim_id in enumerate(claims):
        store.assign([claim_id], "bob" if position % 2 == 0 else "carla")
        store.add_note(claim_id, f"ana on {claim_id}")


def reviewer(store: Store, claims: list[int]) -> None:
    """Propose on what is assigned to me, approve what my partner proposed, until every claim
    is approved (or a minute has passed)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        for item in store.queue():
            try:
                if item["reason"] == "assigned":
                    store.set_verdict(item["claim_id"], "false", f"{store.analyst} checked")
                    store.add_note(item["claim_id"], f"{store.analyst} on {item['claim_id']}")
                elif item["reason"] == "review" and item["author"] == PARTNER[store.analyst]:
                    store.review(item["claim_id"], "approve")
            except StoreError as error:  # the state moved under us: look again
                print(f"{store.analyst}: {error}", file=sys.stderr)
        if all(store.claim_row(c)["review"] == "approved" for c in claims):
            return
        time.sleep(0.05)
    raise SystemExit(f"{store.analyst}: not every claim approved in time")


def dan(store: Store, claims: list[int]) -> None:
    for round_ in (1, 2):
        for claim_id in claims:
            store.add_note(claim_id, f"dan round {round_} on {claim_id}")
            if round_ == 1:
                store.set_status(claim_id, "in-progress")


def main() -> None:
    role, path = sys.argv[1], sys.argv[2]
    store = Store.open(path, role)
    claims = [c["id"] for c in store.claims()]
    {"ana": ana, "bob": reviewer, "carla": reviewer, "dan": dan}[role](store, claims)
    store.close()


if __name__ == "__main__":
    main()
