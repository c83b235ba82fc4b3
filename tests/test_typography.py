"""French typography in French reports: a no-break space before ":" and inside « », a narrow
one before ";", "?", "!", in the workbench's own words only; quoted text stays as written."""

from __future__ import annotations

import re

import pytest

from tests.report_support import scripted_store
from workbench.report import render_report
from workbench.report.changes import history_action
from workbench.report.match_text import describe_match
from workbench.report.typography import typeset

NBSP, NNBSP = "\u00a0", "\u202f"
ASKED = "Vraiment ? Oui ! « Non » : voir; plus tard"
"""An analyst's words with the spaces they typed, which no report may change."""


@pytest.fixture
def scripted(tmp_path, sample_text, sample_extraction):
    store = scripted_store(tmp_path / "typography.db", sample_text, sample_extraction)
    store.add_note(store.claims(search="ATACMS")[0]["id"], ASKED)
    yield store
    store.close()


def test_french_spaces_before_high_punctuation_and_inside_guillemets():
    assert typeset("Source: « selon »", "fr") == f"Source{NBSP}: «{NBSP}selon{NBSP}»"
    assert typeset("réfute; consulté ? oui!", "fr") == (
        f"réfute{NNBSP}; consulté{NNBSP}? oui{NNBSP}!"
    )
    # a colon inside a word is no punctuation; a second pass changes nothing
    assert typeset("à 09:00 sur https://x.org", "fr") == "à 09:00 sur https://x.org"
    once = typeset("Notes : a; b", "fr")
    assert typeset(once, "fr") == once
    assert typeset("Source: a; b", "en") == "Source: a; b"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_french_report_spaces_its_own_colons_and_keeps_quoted_text_as_written(scripted, fmt):
    text, _ = render_report(scripted, [scripted.sample_id], fmt, audience="internal")
    assert f"Média{NBSP}: Exemple" in text and f"Chiffres{NBSP}: six" in text
    assert f"réfute{NNBSP}; consulté le" in text
    assert f"«{NBSP}selon{NBSP}»" in text  # the methodology's own guillemets
    # the article's title, its claims and the analyst's note keep the spaces they were given
    assert "Ukraine : premières frappes ATACMS" in text
    assert ASKED in text
    # no label of the workbench's is left with a bare colon (times and addresses aside)
    prose = text.replace("Ukraine : premières", "").replace(ASKED, "")
    prose = re.sub(r"<style>.*?</style>|<[^>]+>", " ", prose, flags=re.S)
    assert re.findall(r"\S[^\s\u00a0]:(?=\s)| :", prose) == []


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_an_english_report_keeps_english_spacing(scripted, fmt):
    text, _ = render_report(scripted, [scripted.sample_id], fmt, "en", audience="internal")
    assert "Outlet: Exemple" in text and NNBSP not in text
    assert NBSP not in text.replace(ASKED, "")


def test_the_words_around_a_match_are_typeset_and_its_quoted_claim_is_not():
    """The seen-before dialog and the report say a match in the article's language."""
    match = {
        "state": "confirmed",
        "other_claim_id": 27,
        "other_text": "Le bilan : 12 morts ; pas plus ?",
        "other_article": "Séisme",
        "other_published": "2026-03-01",
        "other_language": "fr",
        "signals": {"shared words": 1.2},
    }
    said = describe_match(match, "fr")
    assert "“Le bilan : 12 morts ; pas plus ?”" in said
    assert f"cette affirmation{NBSP}: pas encore vérifiée" in said
    assert f"pourquoi{NBSP}: mots en commun" in said
    undo = {"id": 2, "action": "undo", "after": {"undid": 1}}
    rows = {1: {"id": 1, "action": "source.linked"}, 2: undo}
    assert history_action(undo, rows, "fr") == f"annulé{NBSP}: source jointe"
    assert history_action(undo, rows, "en") == "undone: source attached"
