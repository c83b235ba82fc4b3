"""A resize redraws what changed, not the table row by row: resizing the terminal lagged
while the claims table was rebuilt (every row added again) at each width it went through."""

from __future__ import annotations

import pytest
from rich.console import Console
from textual.widgets.data_table import ColumnKey

from tests.small_article import small_store
from tests.tui_support import run_app, settle
from workbench.tui.widgets.article_view import ArticleView
from workbench.tui.widgets.claims_table import ClaimsTable


@pytest.fixture
def small(tmp_path):
    store = small_store(tmp_path / "resize.db")
    yield store
    store.close()


def test_a_resize_keeping_the_columns_changes_the_claim_width_in_place(small, monkeypatch):
    cleared: list[int] = []
    clear = ClaimsTable.clear
    monkeypatch.setattr(
        ClaimsTable, "clear", lambda self, *a, **k: (cleared.append(1), clear(self, *a, **k))[1]
    )

    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        columns = list(table.widths)
        before = table.widths["claim"]
        cleared.clear()
        for width in (128, 124, 130):  # the same columns fit at each of these widths
            await pilot.resize_terminal(width, 40)
            await settle(pilot)
        assert list(table.widths) == columns and table.widths["claim"] != before
        assert not cleared  # no row added again
        assert table.columns[ColumnKey("claim")].width == table.widths["claim"]
        assert table.virtual_size.width <= table.scrollable_content_region.width
        # each claim is cut at the column's new width, with an ellipsis, on one line
        console = Console(width=table.widths["claim"], color_system=None)
        for row in range(table.row_count):
            cell = table.get_row_at(row)[list(table.widths).index("claim")]
            shown = console.render_lines(cell, console.options, pad=False)
            assert len(shown) == 1
            text = "".join(segment.text for segment in shown[0])
            assert len(text) <= table.widths["claim"]
        # the article is laid out at its pane's new width
        article = app.screen.query_one(ArticleView)
        assert article.wb_width == article.scrollable_content_region.width
        assert article.virtual_size.height == len(article.wrapped.lines)
        await pilot.resize_terminal(200, 40)  # more columns fit: the table is built again
        await settle(pilot)
        assert cleared and list(table.widths) != columns

    run_app(small, scenario, size=(126, 40), article_id=small.article_id)
