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
