"""What the main screen's one-line parts say fits their width: the search box's placeholder,
the claims' count and its hints, the article's title before its outlet and date."""

from __future__ import annotations

import pytest
from rich.text import Text

from tests.small_article import small_store
from tests.tui_support import run_app, settle
from workbench.tui.widgets.fitting_line import fitted

LONG_TITLE = "Flood toll rises as rivers burst their banks across the northern provinces overnight"


@pytest.fixture
def small(tmp_path):
    store = small_store(tmp_path / "narrow.db")
    store.db["articles"].update(store.article_id, {"title": LONG_TITLE, "outlet": "Wire"})
    yield store
    store.close()


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (72, 24), (160, 48)])
def test_the_search_placeholder_count_and_title_fit_the_width(small, size):
    """A trial at 80 columns: the search box read "search claims (" and, at 100, the line
    under the table "... seen before (m) · c chec"; the title hid the article's date."""

    async def scenario(app, pilot):
        await settle(pilot)
        screen = app.screen
        search = screen.query_one("#filter-search")
        assert len(search.placeholder) <= search.content_size.width
        assert search.placeholder in ("search claims (/)", "search (/)")
        if size[0] >= 100:
            assert search.placeholder == "search claims (/)"  # when it has the room
        count = screen.query_one("#claims-count")
        said = str(count.render())
        assert len(said) <= min(count.content_size.width, screen.query_one("#left").size.width)
        assert said.startswith("3 claims · sorted by position (r)")
        assert said.endswith(("(r)", "seen before (m)", "? keys")), said
        title = screen.query_one("#article-title")
        shown = str(title.render())
        assert len(shown) <= min(title.content_size.width, size[0] - 2)
        assert shown.endswith("Wire 2024-01-10") and shown.startswith("Flood toll rises")
        if len(LONG_TITLE) + len("  Wire 2024-01-10") > title.content_size.width:
            assert "…" in shown

    run_app(small, scenario, size=size, article_id=small.article_id)


def test_a_line_drops_its_hints_before_it_cuts_its_head():
    head, tails = Text("25 claims (r)"), [Text(" · m seen · ? keys"), Text(" · m seen"), Text()]
    assert str(fitted(head, tails, 40)) == "25 claims (r) · m seen · ? keys"
    assert str(fitted(head, tails, 24)) == "25 claims (r) · m seen"
    assert str(fitted(head, tails, 14)) == "25 claims (r)"
    assert str(fitted(head, tails, 8)) == "25 clai…"
    date = [Text("  2024-01-10")]
    assert str(fitted(Text("A long title here"), date, 20)) == "A long …  2024-01-10"
    assert str(fitted(Text("A long title here"), date, 10)) == "A long ti…"
