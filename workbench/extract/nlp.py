"""The French spaCy pipeline, loaded once per process and only when first needed.

Extraction reads every annotation the model makes (parts of speech, morphology, dependencies,
lemmas, entities), so every trained component runs. What it does not read is not computed:

- the model's attribute ruler copies each part of speech into the fine-grained tag, which
  nothing reads, and fixes whitespace tokens; `_spaces` does only the second (same results,
  without a matcher of 23 patterns over every token);
- the lemmatizer's lists of known forms (up to 66,000 per part of speech) are searched in a
  loop for each new word; as sets they give the same lemmas at once;
- the entity ruler for organisation descriptions runs only on sentences holding one of its
  head words.

One thing is added: each text is parsed as the one sentence `segment.py` cut, never split.

`tests/test_extract.py` checks that these give exactly the annotations of the full model.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

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


def _spaces(doc: Doc) -> Doc:
    """What fr_core_news_sm's attribute ruler does to whitespace: a whitespace token is SPACE
    (no features, dependency "dep"), a word tagged SPACE becomes X."""
    for token in doc:
        if token.is_space:
            token.pos_ = "SPACE"
            token.set_morph("_")  # type: ignore[attr-defined]
            if token.dep_:
                token.dep_ = "dep"
        elif token.pos_ == "SPACE":
            token.pos_ = "X"
            token.set_morph("_")  # type: ignore[attr-defined]
    return doc


Language.component("workbench_spaces", func=_spaces)


def _one_sentence(doc: Doc) -> Doc:
    """Extraction hands the parser one sentence at a time (`segment.py` cuts them): the parser
    may not cut it again. Left free, it split "Le président russe Vladimir Poutine a assuré
    que ..." after a name it took for a verb, and the claim lost its speaker's first name."""
    for token in doc[1:]:
        token.is_sent_start = False
    return doc


Language.component("workbench_one_sentence", func=_one_sentence)


class _Organisations:
    """An entity ruler for organisation descriptions that fr_core_news_sm's NER misses ("le
    ministère de la défense russe", "l'ambassade des Etats-Unis"), run only on the sentences
    that hold one of its head words."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.ruler = EntityRuler(nlp, name=name)
        self.ruler.add_patterns(
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
        self.heads = frozenset(nlp.vocab.strings.add(head) for head in _ORGANISATION_HEADS)

    def __call__(self, doc: Doc) -> Doc:
        if self.heads.isdisjoint(doc.to_array("LOWER").tolist()):
            return doc
        return self.ruler(doc)


@Language.factory("workbench_organisations")
def _organisations(nlp: Language, name: str) -> _Organisations:
    return _Organisations(nlp, name)


@lru_cache(maxsize=1)
def french() -> Language:
    """fr_core_news_sm with the organisation ruler, computing only what extraction reads."""
    import spacy

    nlp = spacy.load(FRENCH_MODEL)
    nlp.replace_pipe("attribute_ruler", "workbench_spaces")
    nlp.rename_pipe("attribute_ruler", "spaces")
    known_forms = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    for part_of_speech in list(known_forms.keys()):
        known_forms[part_of_speech] = frozenset(known_forms[part_of_speech])
    nlp.add_pipe("workbench_organisations", name="organisations", before="ner")
    nlp.add_pipe("workbench_one_sentence", name="one_sentence", before="parser")
    return nlp
