"""The article pane's own wrapping (it draws the article line by line): every character kept,
no line wider than the pane, words broken only when longer than a line."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from workbench.tui.widgets.article_view import lay_out, wrap

TEXT = (
    "Le ministère a déclaré que six missiles ATACMS ont été tirés.\n\n"
    "東京で会議が開かれた 東京で会議が開かれた and then "
    "https://example.org/a/very/long/address/that/does/not/fit/on/one/line/at/all ok.\n"
    "A second line of the same paragraph."
)


@pytest.mark.parametrize("width", [1, 5, 12, 36, 60, 200])
def test_wrapping_keeps_every_character_and_fits_the_width(width):
    lines = wrap(TEXT.replace("\n", " "), 0, len(TEXT), width)
    assert "".join(TEXT.replace("\n", " ")[s:e] for s, e in lines) == TEXT.replace("\n", " ")
    for start, end in lines:
        assert cell_len(TEXT.replace("\n", " ")[start:end].rstrip(" ")) <= max(width, 2)


def test_words_are_broken_only_when_longer_than_a_line():
    text = TEXT.replace("\n", " ")
    lines = wrap(text, 0, len(text), 36)
    for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
        assert end == start
        inside_url = text.rfind(" ", 0, end) < text.find("https") < end
        assert text[end - 1] == " " or inside_url


def test_paragraphs_are_a_blank_line_apart_and_line_breaks_kept():
    claims = [{"id": 7, "start": TEXT.index("six"), "end": TEXT.index(" ont")}]
    wrapped = lay_out(TEXT, claims, 80)
    shown = [TEXT[s:e].rstrip() for s, e in wrapped.lines]
    assert shown[0].startswith("Le ministère") and shown[1] == ""
    assert shown[-1] == "A second line of the same paragraph."
    assert wrapped.rows_of[7] == (0, 0) and wrapped.claims_on[0] == claims
