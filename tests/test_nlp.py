"""The French pipeline computes only what extraction reads, and reads the same as the full model."""

from __future__ import annotations

from tests.conftest import FIXTURES

# Whitespace tokens inside a sentence, a capitalised head word, an organisation description
# next to names the NER finds on its own.
_AWKWARD = [
    "Le  ministère de la Défense\u00a0russe a  déclaré\n\n que   l'armée du Mali   est partie .",
    "Selon le Parquet de la capitale, le suspect est parti.",
    "  \n ",
    "Selon l'agence de presse ,\t le conseil des ministres a décidé mardi que Jean Dupont partirait.",
    "L'ambassade des Etats-Unis à Kiev a fermé ses portes, a indiqué le gouvernement ukrainien.",
]


def _annotations(doc) -> list[tuple]:
    return [
        (
            t.text,
            t.pos_,
            str(t.morph),
            t.dep_,
            t.head.i,
            t.lemma_,
            t.ent_iob_,
            t.ent_type_,
            t.is_sent_start,
        )
        for t in doc
    ]


def test_our_pipeline_reads_exactly_what_the_full_model_and_the_ruler_read(french_nlp):
    import spacy

    from workbench.extract.nlp import FRENCH_MODEL, _Organisations
    from workbench.extract.segment import sentences

    reference = spacy.load(FRENCH_MODEL)  # every component on, lemma lists searched as shipped
    ruler = _Organisations(reference, "organisations").ruler
    reference.add_pipe("entity_ruler", before="ner").add_patterns(ruler.patterns)
    reference.add_pipe("workbench_one_sentence", before="parser")  # our one addition

    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*-fr.txt"))]
    pieces = [text[s.start : s.end] for text in texts for s in sentences(text)]
    pieces += _AWKWARD + texts[:2]  # whole articles: paragraph breaks are whitespace tokens
    ours = [_annotations(doc) for doc in french_nlp.pipe(pieces)]
    theirs = [_annotations(doc) for doc in reference.pipe(pieces)]
    assert any(a[1] == "SPACE" for doc in ours for a in doc)
    assert any(a[7] == "ORG" and a[0] == "Parquet" for doc in ours for a in doc)
    assert ours == theirs
    assert "attribute_ruler" not in french_nlp.pipe_names


def test_the_parser_never_cuts_the_sentence_it_is_given(french_nlp):
    """A name the small model tags as a verb made it cut the sentence in two."""
    doc = french_nlp("Le président russe Vladimir Poutine a assuré que 40 drones ont été abattus.")
    assert [t.is_sent_start for t in doc][1:] == [False] * (len(doc) - 1)
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1
