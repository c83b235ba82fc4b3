"""A scrolling widget's virtual size set without laying out the whole screen when no
scrollbar comes or goes (textual 8.2.8: setting `virtual_size` lays out the screen, and a
layout after a resize drew every widget again: a resize drew the screen three times)."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Set `view`'s virtual size; a screen layout only if its vertical scrollbar must come
    or go (these widgets never scroll sideways), its scroll kept in range."""
    if size == view.virtual_size:
        return
    region = view.scrollable_content_region
    overflows = size.height > region.height
    if overflows != view.show_vertical_scrollbar:
        view.virtual_size = size
        return
    view.set_reactive(ScrollView.virtual_size, size)
    if overflows:
        view.vertical_scrollbar.window_virtual_size = size.height
        view.vertical_scrollbar.window_size = region.height
    if view.scroll_offset.y > view.max_scroll_y:
        view.scroll_to(y=view.max_scroll_y, animate=False, immediate=True)
    view.refresh()
