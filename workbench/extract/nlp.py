"""The French spaCy pipeline, loaded once per process and only when first needed."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

FRENCH_MODEL = "fr_core_news_sm"

_ORGANISATION_HEADS = [
    "ministère",
    "ambassade",
    "armée",
    "gouvernement",
    "commission",
    "présidence",
    "parquet",
    "conseil",
    "état-major",
    "agence",
]


@lru_cache(maxsize=1)
def french() -> Language:
    """fr_core_news_sm plus an entity ruler for organisation descriptions that its NER misses
    ("le ministère de la défense russe", "l'ambassade des Etats-Unis")."""
    import spacy
    from spacy.pipeline import EntityRuler

    nlp = spacy.load(FRENCH_MODEL)
    ruler = nlp.add_pipe("entity_ruler", before="ner")
    assert isinstance(ruler, EntityRuler)
    ruler.add_patterns(
        [
            {
                "label": "ORG",
                "pattern": [
                    {"LOWER": head},
                    {"LOWER": {"IN": ["de", "des", "du", "d'"]}},
                    {"LOWER": {"IN": ["la", "l'"]}, "OP": "?"},
                    {"POS": {"IN": ["NOUN", "PROPN"]}},
                    {"POS": "ADJ", "OP": "*"},
                ],
            }
            for head in _ORGANISATION_HEADS
        ]
    )
    return nlp
