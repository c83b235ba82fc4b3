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
        assert card.count("◇ suggested") == LISTED_MATCHES  # the card's own listing
        assert "and 4 more — m to see all" in card
        assert limits and set(limits) == {LISTED_MATCHES}  # the card read only what it shows
        await pilot.press("m")
        await settle(pilot)
        listed = app.screen
        assert isinstance(listed, MatchesScreen)
        assert [m["other_claim_id"] for m in listed.matches] == others  # best first, all
        assert listed.query_one(OptionList).option_count == len(others)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_a_cursor_move_lays_out_nothing(tui_store):
    """A new card and a moved highlight redraw their own lines: Textual's screen layout (every
    widget placed again) is not run on a cursor move, from the table or the article."""
    from workbench.tui.widgets.article_view import ArticleView

    layouts: list[int] = []
    moved: list[int | None] = []

    async def scenario(app, pilot):
        screen = app.screen
        screen.screen_layout_refresh_signal.subscribe(
            screen, lambda _: layouts.append(1), immediate=True
        )
        for key in ("j", "j", "j", "k"):
            await pilot.press(key)
            await settle(pilot)
            moved.append(screen.claim["id"] if screen.claim else None)
        screen.query_one(ArticleView).focus()
        await settle(pilot)
        layouts.clear()  # focus moved: not a cursor move
        for key in ("j", "j", "k"):
            await pilot.press(key)
            await settle(pilot)
            moved.append(screen.claim["id"] if screen.claim else None)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert None not in moved and len(set(moved)) >= 3  # the card followed the cursor
    assert layouts == []


def long_article(paragraphs: int) -> str:
    from tests.small_article import TEXT

    body = TEXT.split("\n\n", 1)[1]
    return "Flood toll rises\n\n" + "\n\n".join([body.strip()] * paragraphs) + "\n"


def test_the_article_pane_is_one_widget_whatever_the_article(tmp_path):
    """The article is drawn line by line by one widget: a 40-times longer article adds no
    widget to the screen (one per paragraph made every layout grow with the article)."""
    from datetime import date

    from workbench.extract import extract
    from workbench.store import Store
    from workbench.tui.widgets.article_view import ArticleView

    counts, views = {}, {}
    for paragraphs in (1, 40):
        store = Store.open(tmp_path / f"long-{paragraphs}.db", "ana")
        text = long_article(paragraphs)
        article_id = store.ingest(
            text, extract(text, "en", date(2024, 1, 10)), title="Flood"
        ).article_id
        assert len(store.claims(article_id=article_id)) >= 3 * paragraphs

        async def scenario(app, pilot, paragraphs=paragraphs):
            counts[paragraphs] = len(list(app.screen.query("*")))
            views[paragraphs] = app.screen.query_one(ArticleView)

        run_app(store, scenario, article_id=article_id)
        store.close()
    assert counts[1] == counts[40]
    assert not views[40].children
    assert " ".join(views[40].plain.split()).count("The army reported 40 drones") == 40


def test_a_cursor_move_is_drawn_in_one_frame(tui_store):
    """The row, the article's highlight and the new card reach the terminal in the same frame:
    the card was read ahead, and the table tells the screen of the move as it happens (three
    frames were drawn per move, the card's last)."""
    from workbench.tui.widgets.article_view import ArticleView
    from workbench.tui.widgets.claim_card import ClaimCard
    from workbench.tui.widgets.claims_table import ClaimsTable

    frames: list[tuple[int | None, int | None, int | None]] = []
    per_move: list[list[tuple[int | None, int | None, int | None]]] = []

    async def scenario(app, pilot):
        screen = app.screen
        table = screen.query_one(ClaimsTable)
        card = screen.query_one(ClaimCard)
        article = screen.query_one(ArticleView)
        display = app._display

        def recorded(*args, **kwargs):
            shown = card.claim["id"] if card.claim else None
            frames.append((table.selected_claim_id, article.selected, shown))
            return display(*args, **kwargs)

        app._display = recorded
        for key in ("j", "j", "j", "k"):
            frames.clear()
            await pilot.press(key)
            await settle(pilot)
            per_move.append(list(frames))
        del app._display

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    for drawn in per_move:
        assert len(drawn) == 1, drawn
        row, highlighted, card = drawn[0]
        assert row is not None and row == highlighted == card
    assert len({drawn[0][0] for drawn in per_move}) == 3


def test_a_card_read_ahead_is_read_again_behind_the_move(tui_store):
    """A card drawn from what was read ahead is read again once drawn: a change another
    analyst made meanwhile shows, and the forms start from the card read after the move."""
    from workbench.store import Store
    from workbench.tui.widgets.claim_card import ClaimCard

    claims = [c["id"] for c in tui_store.claims(article_id=tui_store.sample_id)]

    async def scenario(app, pilot):
        screen = app.screen
        card = screen.query_one(ClaimCard)
        assert screen.claim_id == claims[0]
        assert card.read_ahead(claims[1]) is not None  # read while the first card was read
        other = Store.open(tui_store.path, "bob")
        other.set_verdict(claims[1], "false", "Bob's reading")
        other.close()
        shown: list[tuple[int, str | None]] = []
        show = card.show

        def recorded(claim):
            verdict = (claim or {}).get("verdict_record") or {}
            shown.append((claim["id"] if claim else None, verdict.get("analyst")))
            show(claim)

        card.show = recorded  # type: ignore[method-assign]
        await pilot.press("j")
        await settle(pilot)
        del card.show
        # First the card read ahead (before bob's verdict), then the one read after the move;
        # or, when the desk's poll saw bob's change first and dropped the cards read ahead,
        # only the card read after the move. Never the old card last.
        # (On a loaded machine the poll and the move may both draw bob's card.)
        assert {claim for claim, _ in shown} == {claims[1]}, shown
        first_bob = [analyst for _, analyst in shown].index("bob")
        assert all(analyst == "bob" for _, analyst in shown[first_bob:]), shown
        assert screen.claim is not None and screen.claim["verdict_record"]["analyst"] == "bob"
        assert "Bob's reading" in card.plain

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
