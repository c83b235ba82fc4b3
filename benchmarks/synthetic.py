"""Synthetic articles and claims for the benchmarks, stored through the normal ingest path."""

from __future__ import annotations

from datetime import date

WORDS = (
    "missiles drones frappes ministère attaque élection budget chômage inflation "
    "vaccin séisme réfugiés soldats accord sanctions pétrole"
).split()


def synthetic_article(number: int, claims: int):
    """An article of `claims` one-sentence claims, and its extraction, built without NLP."""
    from workbench.extract import Claim, Extraction

    sentences = [
        f"Le {WORDS[(number + i) % len(WORDS)]} numéro {number}-{i} a été annoncé "
        f"par le porte-parole {i}."
        for i in range(claims)
    ]
    extraction = Extraction("fr", date(2024, 11, 20))
    text = ""
    for i, sentence in enumerate(sentences):
        if text:
            text += "\n\n" if i % 5 == 0 else " "  # paragraphs of five sentences
        extraction.claims.append(
            Claim(
                len(text),
                len(text) + len(sentence),
                sentence,
                kinds=["event"],
                speaker=f"porte-parole {i}",
                score=0.3 + (i % 7) / 10,
            )
        )
        text += sentence
    return text, extraction


def fill(store, claims: int, per_article: int = 20, batch: int = 1) -> None:
    """`claims` claims in articles of `per_article`; a few marked checked. `batch` articles
    share one transaction (the store's writes nest), for benchmarks that only need the data."""
    from workbench.store.connection import write

    articles = claims // per_article
    for first in range(0, articles, batch):
        with write(store.db):
            for article in range(first, min(first + batch, articles)):
                text, extraction = synthetic_article(article, per_article)
                article_id = store.ingest(text, extraction, title=f"Article {article}").article_id
                if article % 50 == 0:
                    for claim in store.claims(article_id=article_id, limit=5):
                        store.set_status(claim["id"], "checked")


NAMES = (
    "Vladimir Poutine",
    "Volodymyr Zelensky",
    "Emmanuel Macron",
    "Olaf Scholz",
    "Joe Biden",
    "Ursula von der Leyen",
    "Recep Erdogan",
    "Xi Jinping",
    "Keir Starmer",
    "Giorgia Meloni",
)
PLACES = (
    "Kiev",
    "Moscou",
    "Kharkiv",
    "Odessa",
    "Briansk",
    "Koursk",
    "Soumy",
    "Donetsk",
    "Zaporijia",
    "Lviv",
    "Berlin",
    "Paris",
    "Varsovie",
    "Bruxelles",
    "Ankara",
)
COUNTED = ("missiles", "drones", "morts", "blessés", "soldats", "chars", "réfugiés", "obus")
MONTH_NAMES = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def news_article(number: int, claims: int = 20):
    """An article of news-like claims (names, places, counted figures, dated), so that the
    matcher's keys are as varied as real ones. Deterministic for a given number."""
    import random

    from workbench.extract import Claim, Extraction
    from workbench.extract.types import DateMention, NumberMention

    pick = random.Random(number)
    extraction = Extraction("fr", date(2024, 11, 20))
    text = ""
    for i in range(claims):
        figure, counted = pick.randint(2, 5000), pick.choice(COUNTED)
        day, month = pick.randint(1, 28), pick.randint(1, 12)
        speaker, place = pick.choice(NAMES), pick.choice(PLACES)
        sentence = (
            f"{speaker} a annoncé que {figure} {counted} avaient été comptés à {place} "
            f"le {day} {MONTH_NAMES[month - 1]} ({number}-{i})."
        )
        start = len(text) + (2 if text else 0)
        text += ("\n\n" if text else "") + sentence
        figure_at = start + sentence.index(str(figure))
        date_text = f"le {day} {MONTH_NAMES[month - 1]}"
        date_at = start + sentence.index(date_text)
        extraction.claims.append(
            Claim(
                start,
                start + len(sentence),
                sentence,
                kinds=["number", "date", "attribution"],
                numbers=[
                    NumberMention(
                        str(figure), figure, figure_at, figure_at + len(str(figure)), counted
                    )
                ],
                dates=[
                    DateMention(
                        date_text, f"2024-{month:02d}-{day:02d}", date_at, date_at + len(date_text)
                    )
                ],
                speaker=speaker,
                score=0.9,
            )
        )
    return text, extraction
