"""Synthetic articles and claims for the benchmarks, stored through the normal ingest path."""

from __future__ import annotations

from datetime import date

WORDS = ("missiles drones frappes ministère attaque élection budget chômage inflation "
         "vaccin séisme réfugiés soldats accord sanctions pétrole").split()


def synthetic_article(number: int, claims: int):
    """An article of `claims` one-sentence claims, and its extraction, built without NLP."""
    from workbench.extract import Claim, Extraction

    sentences = [f"Le {WORDS[(number + i) % len(WORDS)]} numéro {number}-{i} a été annoncé "
                 f"par le porte-parole {i}." for i in range(claims)]
    extraction = Extraction("fr", date(2024, 11, 20))
    text = ""
    for i, sentence in enumerate(sentences):
        if text:
            text += "\n\n" if i % 5 == 0 else " "  # paragraphs of five sentences
        extraction.claims.append(Claim(len(text), len(text) + len(sentence), sentence,
                                       kinds=["event"], speaker=f"porte-parole {i}",
                                       score=0.3 + (i % 7) / 10))
        text += sentence
    return text, extraction


def fill(store, claims: int, per_article: int = 20) -> None:
    """`claims` claims in articles of `per_article`; a few marked checked."""
    for article in range(claims // per_article):
        text, extraction = synthetic_article(article, per_article)
        article_id = store.ingest(text, extraction, title=f"Article {article}").article_id
        if article % 50 == 0:
            for claim in store.claims(article_id=article_id, limit=5):
                store.set_status(claim["id"], "checked")
