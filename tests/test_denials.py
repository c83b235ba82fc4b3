"""A verb of denying is the claim's own content, never a reporting frame to drop: trial 10's
"L'exploitant du barrage de Villerouge, BRL, a démenti avoir procédé à un lâcher d'eau dans
la nuit." was stored as "avoir procédé à un lâcher d'eau dans la nuit", by nobody, and the
public report printed it as an admission. The claim now keeps the denial from its subject,
the denier speaks, and its stance reads "not". Sentences written for these tests."""

from datetime import date

import pytest

from workbench.extract import extract
from workbench.matching.stance import stance
from workbench.report import render_report
from workbench.store import Store

DAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("language", "sentence", "claim", "speaker"),
    [
        (
            "fr",
            "La société minière Arvane a démenti avoir déversé des boues toxiques dans la "
            "rivière en mars.",
            "La société minière Arvane a démenti avoir déversé des boues toxiques dans la "
            "rivière en mars",
            "Arvane",
        ),
        (
            # a word for a business the small model tags as a participle ("exploitant")
            "fr",
            "L'exploitant de la centrale de Mirecourt, Hydrelis, a démenti avoir coupé "
            "l'alimentation du quartier mardi soir.",
            "L'exploitant de la centrale de Mirecourt, Hydrelis, a démenti avoir coupé "
            "l'alimentation du quartier mardi soir",
            "exploitant",
        ),
        (
            "fr",
            "Le préfet a démenti que des renforts aient été refusés aux pompiers.",
            "Le préfet a démenti que des renforts aient été refusés aux pompiers",
            "préfet",
        ),
        (
            "fr",
            "Le club a contesté avoir versé 2 millions d'euros à l'agent du joueur.",
            "Le club a contesté avoir versé 2 millions d'euros à l'agent du joueur",
            "club",
        ),
        (
            "en",
            "The operator of the Mirecourt plant, Hydrelis, denied having cut power to the "
            "district on Tuesday evening.",
            "The operator of the Mirecourt plant, Hydrelis, denied having cut power to the "
            "district on Tuesday evening",
            "Hydrelis",
        ),
        (
            "en",
            "The club has denied paying 2 million euros to the player's agent.",
            "The club has denied paying 2 million euros to the player's agent",
            "club",
        ),
        (
            "en",
            "The prefect denied that firefighters had been refused reinforcements.",
            "The prefect denied that firefighters had been refused reinforcements",
            "prefect",
        ),
    ],
)
def test_a_denial_keeps_its_verb_and_its_speaker(french_nlp, language, sentence, claim, speaker):
    title = "Titre\n\n" if language == "fr" else "Title\n\n"
    claims = extract(title + sentence, language, DAY).claims
    assert [c.text for c in claims] == [claim]
    assert speaker in (claims[0].speaker or "")
    assert "not" in stance(claims[0].text, language)


@pytest.mark.parametrize(
    ("language", "sentence", "claim"),
    [
        (
            "fr",
            "Le gouverneur a affirmé avoir reçu le rapport lundi.",
            "avoir reçu le rapport lundi",
        ),
        (
            "en",
            "The regional governor said that 40 homes had been destroyed.",
            "40 homes had been destroyed",
        ),
    ],
)
def test_a_frame_of_saying_is_still_dropped(french_nlp, language, sentence, claim):
    title = "Titre\n\n" if language == "fr" else "Title\n\n"
    assert [c.text for c in extract(title + sentence, language, DAY).claims] == [claim]


def test_the_public_report_prints_the_denial(tmp_path, french_nlp):
    text = (
        "Coupure de courant à Mirecourt\n\n"
        "L'exploitant de la centrale de Mirecourt, Hydrelis, a démenti avoir coupé "
        "l'alimentation du quartier mardi soir."
    )
    store = Store.open(tmp_path / "denial.db", "ana")
    try:
        stored = store.ingest(text, extract(text, "fr", DAY), title="Coupure")
        report, _ = render_report(store, [stored.article_id], "md", audience="public")
        assert (
            "> L'exploitant de la centrale de Mirecourt, Hydrelis, a démenti avoir coupé" in report
        )
        assert "> avoir coupé" not in report
    finally:
        store.close()
