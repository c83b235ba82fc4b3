"""What a cursor move costs the screen: the card and the rows that changed are redrawn, never
the whole screen (timings themselves are measured in benchmarks/tui.py, not here)."""

from __future__ import annotations

import pytest

from tests.tui_support import prepared_store, run_app, settle
from workbench.tui.screens.main import MainScreen


@pytest.fixture
def tui_store(tmp_path, sample_text, sample_extraction):
    store = prepared_store(tmp_path / "speed.db", sample_text, sample_extraction)
    yield store
    store.close()


def test_a_cursor_move_does_not_redraw_the_whole_screen(tui_store):
    redraws: list[tuple] = []
    moved: list[int | None] = []

    async def scenario(app, pilot):
        screen = app.screen
        assert isinstance(screen, MainScreen)
        original = screen.refresh

        def recorded(*regions, **options):
            redraws.append((regions, options))
            return original(*regions, **options)

        screen.refresh = recorded  # type: ignore[method-assign]
        for key in ("j", "j", "k"):
            await pilot.press(key)
            await settle(pilot)
            moved.append(screen.claim["id"] if screen.claim else None)
        del screen.refresh  # closing the app redraws, as it should

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert len(set(moved)) == 2 and None not in moved  # the card followed the cursor
    assert redraws == []


def article_rows(count: int) -> list[dict]:
    return [
        {
            "id": number,
            "title": f"Article {number}",
            "outlet": "Exemple",
            "published": "2024-11-20",
            "checked": 0,
            "claims": 3,
            "last_activity": "2024-11-21T09:00:00",
        }
        for number in range(1, count + 1)
    ]


def test_the_article_list_paints_its_first_rows_before_adding_the_rest(tui_store):
    from workbench.tui.screens.articles import FIRST_ROWS, ArticlesScreen

    async def scenario(app, pilot):
        screen = app.screen
        assert isinstance(screen, ArticlesScreen)
        table = screen.query_one("#articles-table")
        rows = article_rows(FIRST_ROWS * 6)
        screen.show(rows)
        assert table.row_count == FIRST_ROWS  # a screenful first, painted at once
        await pilot.press("down", "down")
        for _ in range(50):
            if table.row_count == len(rows):
                break
            await pilot.pause(0.05)
        assert [int(key.value) for key in table.rows] == [r["id"] for r in rows]
        assert table.cursor_row == 2  # keys went on working while the rest came in
        screen.show(rows)
        screen.show(rows[:3])  # reloaded while the first rows were still coming in
        await settle(pilot)
        assert [int(key.value) for key in table.rows] == [1, 2, 3]

    run_app(tui_store, scenario)


def suggest(store, claim_id: int, count: int) -> list[int]:
    """`count` suggested matches of one claim, best first (other claims of its article)."""
    claims = store.claims(article_id=store.sample_id)
    others = [c["id"] for c in claims if c["id"] != claim_id][:count]
    for rank, other in enumerate(others):
        store.db.execute(
            "INSERT INTO claim_matches (claim_id, other_claim_id, score, signals, state, "
            "created_at) VALUES (?, ?, ?, '{}', 'suggested', '2024-11-21T09:00:00')",
            [claim_id, other, 0.9 - rank / 100],
        )
    store.db.conn.commit()
    return others


def test_a_card_lists_the_best_matches_and_m_lists_them_all(tui_store, monkeypatch):
    from textual.widgets import OptionList

    from workbench.store import Store
    from workbench.tui.screens.matches import MatchesScreen
    from workbench.tui.widgets.claim_card import LISTED_MATCHES, ClaimCard

    first = tui_store.claims(article_id=tui_store.sample_id)[0]["id"]
    others = suggest(tui_store, first, LISTED_MATCHES + 4)
    limits = []
    matches = Store.matches

    def recorded(self, claim_id, limit=None):
        limits.append(limit)
        return matches(self, claim_id, limit)

    monkeypatch.setattr(Store, "matches", recorded)

    async def scenario(app, pilot):
        screen = app.screen
        assert screen.claim_id == first
        card = " ".join(screen.query_one(ClaimCard).plain.split())
        assert card.count("[suggested]") == LISTED_MATCHES
        assert "and 4 more — m to see all" in card
        assert limits and set(limits) == {LISTED_MATCHES}  # the card read only what it shows
        await pilot.press("m")
        await settle(pilot)
        listed = app.screen
        assert isinstance(listed, MatchesScreen)
        assert [m["other_claim_id"] for m in listed.matches] == others  # best first, all
        assert listed.query_one(OptionList).option_count == len(others)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
