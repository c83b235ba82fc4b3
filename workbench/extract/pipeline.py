"""From an article's text to its claims: segment, parse, attribute, find figures and dates,
then score."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from workbench.extract.attribution_en import EnglishAttributor
from workbench.extract.attribution_fr import Attribution, FrenchAttributor
from workbench.extract.clauses import (
    Piece,
    english_pieces,
    french_pieces,
    merge_dependent,
    on_a_list,
    with_antecedent,
)
from workbench.extract.dates import find_dates
from workbench.extract.frames_en import PARTICIPLE_ASIDE
from workbench.extract.frames_fr import bare_participle
from workbench.extract.language import detect_language
from workbench.extract.lexicon import SUBJECT_PRONOUNS
from workbench.extract.mentions import figures_and_dates
from workbench.extract.numbers import counted, order_of_size
from workbench.extract.quotes import sentence_quotes
from workbench.extract.scoring import THRESHOLD, score
from workbench.extract.segment import Sentence, dateline, sentences
from workbench.extract.speakers import SpeakerReader
from workbench.extract.types import Claim, DateMention, NumberMention, Span

if TYPE_CHECKING:  # spaCy loads with the model, not with the command line
    from spacy.tokens import Doc

LANGUAGES = ("fr", "en")
Mention = TypeVar("Mention", NumberMention, DateMention)
_RELATIVE_WORD = re.compile(r"(?:qui|où|which|who|whose)\b", re.I)
_RELATIVE_IN_FRAME = re.compile(
    r",\s*(?:qui|dont|où|who|which|whose)\b|\s(?:who|whose|whom)\b", re.I
)
"""A relative in the frame describes its speaker ("said Mr Lee, who has run it since 2019",
"said Ann Lowe, a nurse who was hired in 2019"): a date in it is neither the claim's day nor
the day of saying."""
_SUBJECT_ASIDE_EN = re.compile(r"[^,]*" + PARTICIPLE_ASIDE)
_OCCASIONS = frozenset(
    """asked questioned interviewed quoted contacted reached interrogé interrogée interrogés
    interrogées questionné questionnée contacté contactée joint jointe cité citée sollicité
    sollicitée invité invitée""".split()
)
"""Participles that set the occasion of the saying ("The minister, asked on Wednesday about
the cuts, said", "La ministre, interrogée mardi sur France Inter, a déclaré"): their day is
the statement's."""
_RELATIVE_START = re.compile(r"(?:\bdont|,\s*qui|,\s*où|,\s*which|,\s*who|,\s*whose)\s*$", re.I)
# Who wrote or supplied the article, not what it states: "Some information for this report
# was provided by AFP", "VOA's Jane Roe reports from Dakar", a source list "((fr)) – AFP, ...".
_CREDIT_LINE = re.compile(
    r"\b(?:for|to|in) this (?:report|article|story)\b.{0,40}\b(?:provided|contributed|compiled)\b"
    r"|\b(?:provided|contributed|compiled)\b.{0,20}\b(?:for|to) this (?:report|article|story)\b"
    r"|^[A-Z][\w.]*['’]s(?: [A-Z][\w'’-]*){1,3} reports? from\b"
    r"|^\(\([a-z]{2}\)\)\s*[–—-]"
)
# That someone did not answer the newsroom, which no one can check: "X declined to comment",
# "did not respond to a request for comment", "could not be reached for comment", "n'a pas
# souhaité répondre", "n'a pas donné suite à nos sollicitations", "s'est refusé à tout
# commentaire". An answer refused to anyone else stays a fact ("refused to withdraw its
# troops", "n'a pas répondu aux revendications des grévistes", "could not be reached by
# rescuers"): the refusal names the comment, or the newsroom's requests, calls or questions.
_NOT_EN = r"(?:\s+not|n['’]t|\s+never)\s+(?:immediately\s+|yet\s+)?"
_REQUESTS_EN = (
    r"(?:\S+\s+){0,3}?(?:requests?|calls|messages|e-?mails|questions|queries|inquiries)\b"
)
_END = r"(?=\s*(?:$|[.,;:!?»”\"]))"
"""Nothing more in the clause: "declined to respond.", "n'a pas souhaité répondre, ..."."""
_REFUSAL_EN = (
    r"\b(?:declin|refus)(?:ed|ing)\s+(?:to\s+(?:comment|elaborate|be\s+interviewed|give\s+"
    rf"(?:any\s+)?(?:further\s+)?details)\b|to\s+respond(?:{_END}|\s+to\s+{_REQUESTS_EN})"
    r"|(?:further\s+|any\s+)?comment\b|requests?\s+for\s+comment)"
    rf"|(?:\b(?:did|does|do|has|have|had){_NOT_EN}|\bneither\b[^.;]{{0,80}}?\bnor\b[^.;]{{0,80}}?)"
    r"(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|return(?:ed)?)\s+(?:to\s+)?"
    + _REQUESTS_EN
    + r"|\b(?:attempts?|efforts?)\s+to\s+contact\b"
    rf"|\b(?:could|can){_NOT_EN}be\s+reached(?:{_END}|\s+(?:for\s+comment|by\s+(?:tele)?phone"
    r"|by\s+e-?mail|on\s+\w+day)\b)"
    rf"|\b(?:was|were|is|are){_NOT_EN}available\s+for\s+comment|\bunavailable\s+for\s+comment"
    r"|\b(?:had|has|have)\s+no\s+(?:immediate\s+)?comment\b"
    rf"|\b(?:did|does|do|would|will){_NOT_EN}comment\b"
)
_REQUESTS_FR = (
    r"(?:à|aux)\s+(?:nos|notre|mes|ma|mon\b|(?:\S+\s+){0,2}?(?:sollicitations?|demandes?\s+"
    r"(?:de\s+commentaires?|d['’]interview|d['’]entretien)))"
)
_SPEAK_FR = (
    r"(?:commenter|réagir|s['’]exprimer|faire\s+de\s+commentaires?|en\s+dire\s+(?:plus|davantage)"
    rf"|(?:répondre|donner\s+suite)(?:{_END}|\s+{_REQUESTS_FR}))"
)
_NOT_FR = r"n['’](?:a|ont|avait|avaient)\s+(?:(?:pas|toujours\s+pas|jamais)\s+)?"
"""The negation of a compound past; "ni X ni Y n'ont répondu" has no "pas"."""
_REFUSAL_FR = (
    rf"\b{_NOT_FR}(?:souhaité|voulu|désiré)\s+{_SPEAK_FR}"
    rf"|\bne\s+(?:souhait|veu|voul)\w*\s+pas\s+{_SPEAK_FR}"
    rf"|\b(?:a|ont|avait|avaient)\s+refusé\s+(?:de\s+{_SPEAK_FR}|tout\s+commentaire)"
    r"|\b(?:s['’]est|se\s+sont|s['’]était|s['’]étaient)\s+refusée?s?\s+à\s+"
    rf"(?:tout\s+commentaire|toute\s+déclaration|{_SPEAK_FR})"
    rf"|\b{_NOT_FR}(?:encore\s+)?(?:donné\s+suite|répondu|réagi)\s+{_REQUESTS_FR}"
    rf"|\b{_NOT_FR}pu\s+être\s+jointe?s?\b"
    r"|\bn['’](?:est|sont|était|étaient)\s+pas\s+joignables?|\binjoignables?\b"
    r"|\bn['’](?:a|ont|avait|avaient)\s+(?:fait\s+aucun|pas\s+fait\s+de)\s+commentaire"
    r"|\btentatives?\s+(?:pour|de)\s+(?:le\s+|la\s+|les\s+|l['’])?(?:joindre|contacter)\b"
    # any tense of the verb itself, as English "would not comment": "ne commente pas",
    # "ne commentera pas", "ne fera aucun commentaire", "ne fait pas de commentaire"
    r"|\bne\s+comment(?:e|es|ent|ons|ez|era|eront|erait|eraient|ait|aient)\s+(?:pas|jamais|rien)\b"
    r"|\bne\s+(?:fait|font|fera|feront|ferait|feraient)\s+(?:pas\s+de|aucun)\s+commentaires?\b"
)
_REFUSAL = {"en": re.compile(_REFUSAL_EN, re.I), "fr": re.compile(_REFUSAL_FR, re.I)}


@dataclass
class Extraction:
    """The claims of one article, with the language and date they were read against."""

    language: str
    published: date
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "language": self.language,
            "published": self.published.isoformat(),
            "claims": [claim.to_dict() for claim in self.claims],
        }


def _shift_numbers(found: list[NumberMention], offset: int) -> list[NumberMention]:
    return [
        NumberMention(n.text, n.value, n.start + offset, n.end + offset, n.unit, n.approximate)
        for n in found
    ]


def _shift_dates(found: list[DateMention], offset: int) -> list[DateMention]:
    return [replace(d, start=d.start + offset, end=d.end + offset) for d in found]


@dataclass
class _Prepared:
    """An article cut into sentences, waiting for its parse."""

    text: str
    language: str
    published: date
    spans: list[Sentence]
    quotes: list[list[tuple[int, int]]]


def _prepare(text: str, language: str | None, published: date | None) -> _Prepared:
    language = language if language in LANGUAGES else detect_language(text)
    spans = sentences(text)
    return _Prepared(
        text,
        language,
        published or date.today(),
        spans,
        sentence_quotes(text, spans),
    )


def _attributions(article: _Prepared, docs: Iterator) -> Iterator[tuple[Attribution, Doc | None]]:
    """Each sentence's attribution and parse, in reading order; French sentences take their
    parse from `docs`, the shared stream of parsed sentences."""
    if article.language == "fr":
        french_reader = FrenchAttributor()
        for index, (span, doc) in enumerate(zip(article.spans, docs, strict=False)):
            yield french_reader.attribute(doc, article.quotes[index], index, span.paragraph), doc
    else:
        english = EnglishAttributor(article.text)
        for index, span in enumerate(article.spans):
            attribution = english.attribute(
                article.text[span.start : span.end], article.quotes[index], index, span.paragraph
            )
            yield attribution, None


def _english_flags(sentence_text: str, attribution: Attribution) -> None:
    """What the French parse tells, read from English words: is there a verb, only a look?"""
    words = sentence_text.split()
    attribution.has_verb = len(words) >= 4
    lowered = f" {sentence_text.lower()} "
    attribution.appearance = len(words) <= 8 and any(
        f" {verb} " in lowered for verb in ("seems", "seemed", "appears", "appeared", "looks")
    )


def extract(text: str, language: str | None = None, published: date | None = None) -> Extraction:
    """The check-worthy claims of `text`, each the clause stating one fact, with its evidence
    and the sentence it was cut from.

    `language` is "fr" or "en" (detected when None); `published` anchors relative dates
    (today when None). Pure: no database, no UI.
    """
    return next(extract_many([(text, language, published)]))


def extract_many(
    articles: Iterable[tuple[str, str | None, date | None]], batch_size: int = 128
) -> Iterator[Extraction]:
    """Extract many articles with one model and one batched parse stream across them all."""
    prepared = [_prepare(text, language, published) for text, language, published in articles]
    french_sentences = [
        p.text[s.start : s.end] for p in prepared if p.language == "fr" for s in p.spans
    ]
    docs: Iterator = iter(())
    if french_sentences:
        from workbench.extract.nlp import french

        docs = iter(french().pipe(french_sentences, batch_size=batch_size))
    for article in prepared:
        article_docs = islice(docs, len(article.spans)) if article.language == "fr" else iter(())
        result = Extraction(article.language, article.published)
        reader, readings = _readings(article, article_docs)
        for read in readings:
            result.claims.extend(_claims(article.text, read, article.language))
        for claim in result.claims:
            claim.speaker_kind = reader.kind_of(claim.speaker)
        yield result


def read_span(
    text: str,
    span: tuple[int, int] | str,
    language: str | None = None,
    published: date | None = None,
    speaker: str | None = None,
) -> Claim:
    """A span of an article read as `extract` reads a clause it cut, whatever its score: an
    analyst chose it. `span` is its offsets into `text`, or its words (the first place they
    stand). Its figures, its dates (against `published`, and the day the sentence before
    named), its kinds, signals and score come from the sentence it sits in as the extractor
    reads it, and so does its speaker, settled over the whole article ("the commission" is
    the commission the article named); `speaker`, one the analyst named, stands instead
    ("": the analyst says nobody is named, and the claim is read without a source).

    A span in no one sentence (crossing two, or words not in `text`) is read on its own, as
    a sentence of its own with nothing before it: figures, dates against `published`, no
    speaker but `speaker`; words not found keep offsets into themselves and no sentence."""
    article = _prepare(text, language, published)
    if isinstance(span, str):
        at = text.find(span)
        if at < 0:
            return _on_its_own(span, 0, article.language, article.published, speaker, False)
        start, end = at, at + len(span)
    else:
        start, end = span
        if not 0 <= start < end <= len(text):
            raise ValueError(f"span {start}-{end} is not inside the text (0-{len(text)})")
    index = next(
        (i for i, s in enumerate(article.spans) if s.start <= start and end <= s.end), None
    )
    if index is None:
        return _on_its_own(
            text[start:end], start, article.language, article.published, speaker, True
        )
    reader, readings = _readings(article, _parsed(article))
    read = next(islice(readings, index, None))
    claim = _span_claim(text, read, start, end, speaker, article.language)
    claim.speaker = claim.speaker or None
    claim.speaker_kind = reader.kind_of(claim.speaker)
    return claim


def _on_its_own(
    words: str, offset: int, language: str, published: date, speaker: str | None, placed: bool
) -> Claim:
    """`words` read as a sentence of their own, no source but `speaker`; offsets moved by
    `offset`, their own span as their sentence when `placed` in the article."""
    spans = [Sentence(0, len(words), 0)]
    alone = _Prepared(words, language, published, spans, sentence_quotes(words, spans))
    reader, readings = _readings(alone, _parsed(alone))
    read = next(readings)
    read.attribution.speaker, read.attribution.later = None, None
    claim = _span_claim(words, read, 0, len(words), speaker, language)
    claim.speaker = claim.speaker or None
    claim.speaker_kind = reader.kind_of(claim.speaker)
    return replace(
        claim,
        start=claim.start + offset,
        end=claim.end + offset,
        numbers=_shift_numbers(claim.numbers, offset),
        dates=_shift_dates(claim.dates, offset),
        sentence=Span(offset, offset + len(words)) if placed else None,
    )


def _parsed(article: _Prepared) -> Iterator:
    """The French parse of the article's sentences, in order (none for English)."""
    if article.language != "fr":
        return iter(())
    from workbench.extract.nlp import french

    return iter(french().pipe([article.text[s.start : s.end] for s in article.spans]))


@dataclass
class _Read:
    """One sentence as the extractor reads it, before any clause of it is kept or left out:
    its clauses, and the figures and dates each holds (offsets in the sentence)."""

    span: Sentence
    quotes: list[tuple[int, int]]
    attribution: Attribution
    doc: Doc | None
    pieces: list[Piece]
    relatives: list[bool]
    numbers: list[list[NumberMention]]
    dates: list[list[DateMention]]
    named: date | None
    """The latest day the sentence names: "Le lendemain" in the next one counts from it."""
    head: str | None
    """What it counted: carried to the next one ("Quatre ont été relaxés")."""


def _readings(article: _Prepared, docs: Iterator) -> tuple[SpeakerReader, Iterator[_Read]]:
    """The article's speakers settled over all its sentences (`SpeakerReader`), and each
    sentence read in order, with what the one before carries into it."""
    parsed = list(_attributions(article, docs))
    reader = SpeakerReader(article.text, article.language)
    reader.read(article.spans, article.quotes, [attribution for attribution, _ in parsed])

    def reads() -> Iterator[_Read]:
        day: date | None = None  # the latest day the previous sentence named
        head: str | None = None  # what the previous sentence counted
        paragraph = -1
        after_dateline, filed = _dateline_day(article)
        for span, quotes, (attribution, doc) in zip(
            article.spans, article.quotes, parsed, strict=True
        ):
            if span.start == after_dateline:
                day = filed  # the sentence after the dateline: its day stands before it
            if span.paragraph != paragraph:
                head, paragraph = None, span.paragraph  # an elided noun never crosses one
            read = _read_sentence(
                article.text,
                span,
                quotes,
                attribution,
                doc,
                article.language,
                article.published,
                day,
                head,
            )
            day, head = read.named, read.head
            yield read

    return reader, reads()


def _dateline_day(article: _Prepared) -> tuple[int, date | None]:
    """Where the text after the article's dateline starts, and the day the dateline says the
    report was filed ("Bichkek, 4 mars 2025 - "): no claim's date, the context of the sentence
    after it ("La veille, ..." counts from it)."""
    line = dateline(article.text)
    if line is None:
        return -1, None
    found = find_dates(line[1], article.published, article.language)
    days = [d for d in found if len(d.iso) == 10]
    return line[0], date.fromisoformat(days[-1].iso) if days else None


def _nearest(pieces: list[Piece], start: int, end: int) -> int:
    """The piece holding [start, end), else the nearest one (a frame's "a déclaré mardi")."""
    for index, piece in enumerate(pieces):
        if piece.start <= start and end <= piece.end:
            return index
    return min(
        range(len(pieces)),
        key=lambda i: max(pieces[i].start - end, start - pieces[i].end, 0),
    )


def _question(sentence_text: str, end: int) -> bool:
    """Does the sentence (or the quoted sentence the piece ends in) ask rather than state?"""
    tail = sentence_text[end:]
    for char in tail:
        if char in ".!?":
            return char == "?"
    return sentence_text.rstrip('»”" ').endswith("?")


def _subject_aside(sentence: str, before: int, when: DateMention, doc: Doc | None) -> bool:
    """Does the date lie in a past participle set between commas right after the subject
    ("The report, published in March by the agency, said", "The mayor, elected in 2020,
    said", "Le rapport, publié en mars par l'Insee, indique")? The aside describes the
    subject: its day is when the subject was published or elected, neither the day of
    saying nor the claim's (as a relative there, "Marsh, who took over in January,"). Not a
    participle setting the occasion of the saying, "asked on Wednesday" (`_OCCASIONS`)."""
    comma = sentence.find(",", before, when.start)
    close = sentence.find(",", when.end)
    if comma < 0 or close < 0 or "," in sentence[comma + 1 : when.start]:
        return False
    first = sentence[comma + 1 :].split(maxsplit=1)
    if not first or first[0].lower() in _OCCASIONS:
        return False
    if doc is None:
        return _SUBJECT_ASIDE_EN.fullmatch(sentence, before, close + 1) is not None
    tokens = list(doc)
    at = next((t.i for t in tokens if t.idx == comma), None)
    return at is not None and at + 1 < len(tokens) and bare_participle(tokens, at, at + 1)


def _read_sentence(
    text: str,
    span: Sentence,
    quotes: list[tuple[int, int]],
    attribution: Attribution,
    doc: Doc | None,
    language: str,
    published: date,
    context: date | None = None,
    carried: str | None = None,
) -> _Read:
    """One sentence cut into the clauses that state a fact, each with its figures and dates;
    `context` is the latest day the sentence before named, `carried` what it counted."""
    sentence_text = text[span.start : span.end]
    if language == "en":
        _english_flags(sentence_text, attribution)
    numbers, dates = figures_and_dates(
        sentence_text,
        published,
        language,
        future=attribution.future,
        doc=doc,
        context=context,
        carried=carried,
    )
    head = counted(sentence_text, numbers)
    days = [d.iso for d in dates if len(d.iso) == 10]
    named = date.fromisoformat(days[-1]) if days else None
    if doc is not None:
        pieces = french_pieces(doc, quotes)
    else:
        pieces = english_pieces(sentence_text, quotes)
    if not pieces:
        stripped = sentence_text.rstrip()
        pieces = [Piece(0, len(stripped))]

    # an order of size ("leaving thousands of people homeless") is a figure of its claim,
    # but gives a dependent piece no figure of its own to stand alone on
    mentions = [(m.start, m.end) for m in numbers if not order_of_size(m.text)]
    mentions += [(d.start, d.end) for d in dates]
    pieces = merge_dependent(
        pieces,
        [
            (
                any(p.start <= s and e <= p.end for s, e in mentions)
                or any(p.start < e and s < p.end for s, e in quotes)
            )
            and not (p.dependent and index and on_a_list(sentence_text, p, doc))
            for index, p in enumerate(pieces)
        ],
    )
    relatives = [p.dependent and _relative(sentence_text, p.start) for p in pieces]
    pieces = [
        with_antecedent(sentence_text, p, doc) if relative and index else p
        for index, (p, relative) in enumerate(zip(pieces, relatives, strict=True))
    ]
    piece_numbers: list[list[NumberMention]] = [[] for _ in pieces]
    piece_dates: list[list[DateMention]] = [[] for _ in pieces]
    incise = attribution.incise or (0, 0)
    for number in numbers:
        # a figure inside the reporting frame describes the source ('said Helen Brandt, 64',
        # 'devant les deux chambres'), not what the claim states; a date there dates the
        # statement, so it stays with the nearest clause
        if incise[0] <= number.start < incise[1]:
            continue  # "Le maire, a précisé son adjoint de 45 ans, ...": the source's
        if any(p.start < number.end and number.start < p.end for p in pieces):
            piece_numbers[_nearest(pieces, number.start, number.end)].append(number)
    for when in dates:
        if incise[0] <= when.start < incise[1]:
            # "Le pont, a indiqué mardi le préfet, a été fermé": kept inside the span (the
            # claim keeps its subject), the day of saying all the same
            when = replace(when, role="statement")
        elif not any(p.start < when.end and when.start < p.end for p in pieces):
            before = max([0, *(p.end for p in pieces if p.end <= when.start)])
            if _RELATIVE_IN_FRAME.search(sentence_text, before, when.start) or _subject_aside(
                sentence_text, before, when, doc
            ):
                continue  # "..., said Mr Lee, who has run it since 2019": not the claim's day
            if attribution.reported:
                # "..., a annoncé mercredi soir le préfet": the day it was said, the claim's
                # as of then; marked so that nobody reads it as the day the fact happened
                when = replace(when, role="statement")
        piece_dates[_nearest(pieces, when.start, when.end)].append(when)
    for index, piece in enumerate(pieces):
        # "ses attaques dans la nuit de lundi à mardi, dont l'une a coûté la vie à huit
        # personnes": the relative clause happened when the phrase it hangs on did
        if piece.dependent and not piece_dates[index]:
            piece_dates[index] = [
                d for d in dates if d.end <= piece.start and piece.start - d.end <= 8
            ]
    return _Read(
        span, quotes, attribution, doc, pieces, relatives, piece_numbers, piece_dates, named, head
    )


def _claims(text: str, read: _Read, language: str) -> list[Claim]:
    """The claims of one sentence read (`_read_sentence`), one per clause that states a
    fact and scores enough to be offered."""
    pieces, doc = read.pieces, read.doc
    verbs = []
    if doc is not None and len(pieces) > 1:
        verbs = [t.idx for t in doc if t.pos_ in {"VERB", "AUX"}]
    # The speaker is the main clause's own actor ("la Russie a promis une réponse, ...") when
    # its name stands in the first clause: a relative clause hanging on something else
    # ("dont l'une a coûté la vie à huit personnes") is narration nobody is quoted saying.
    claims = []
    for piece, relative, its_numbers, its_dates in zip(
        pieces, read.relatives, read.numbers, read.dates, strict=True
    ):
        has_verb = read.attribution.has_verb
        if doc is not None and len(pieces) > 1:
            has_verb = any(piece.start <= start < piece.end for start in verbs)
        claim = _claim(
            text,
            read,
            piece,
            its_numbers,
            its_dates,
            has_verb,
            _speaker_of(text, read, piece, relative),
            language,
        )
        if claim.score >= THRESHOLD:
            claims.append(claim)
    return claims


def _speaker_of(text: str, read: _Read, piece: Piece, relative: bool) -> str | None:
    """Who states the clause: the sentence's source, or a later clause's own; nobody for a
    relative clause when the main clause's actor is the source ("la Russie a promis ...,
    dont l'une a coûté la vie à huit personnes": narration)."""
    source = read.attribution.speaker
    first = read.pieces[0].end if read.pieces else piece.end
    actor = source is not None and source in text[read.span.start : read.span.start + first]
    return None if actor and relative else _source_of(piece, read.attribution)


def _span_claim(
    text: str, read: _Read, start: int, end: int, speaker: str | None, language: str
) -> Claim:
    """The claim of `[start, end)`, a span of the sentence `read`, read as the clause it
    would be: the figures and dates of the sentence's reading in its words, and those the
    clauses it holds whole were given; a verb of its own in the French parse; the clause's
    source unless `speaker` is given."""
    sentence_text = text[read.span.start : read.span.end]
    piece = Piece(start - read.span.start, end - read.span.start)
    # a clause the span holds whole brings what the extractor gives it from outside its
    # words: the day of the frame it was said in, the day of the phrase a relative hangs on
    whole = [piece.start <= p.start and p.end <= piece.end for p in read.pieces]

    def held(found: list[list[Mention]]) -> list[Mention]:
        mentions = {
            (m.start, m.end): m
            for its, clause_whole in zip(found, whole, strict=True)
            for m in its
            if clause_whole or (piece.start < m.end and m.start < piece.end)
        }
        return sorted(mentions.values(), key=lambda m: m.start)

    numbers = held(read.numbers)
    dates = held(read.dates)
    has_verb = read.attribution.has_verb
    if read.doc is not None:
        has_verb = any(
            piece.start <= t.idx < piece.end for t in read.doc if t.pos_ in {"VERB", "AUX"}
        )
    if speaker is None:
        speaker = _speaker_of(text, read, piece, _relative(sentence_text, piece.start))
    return _claim(text, read, piece, numbers, dates, has_verb, speaker, language)


def _relative(sentence_text: str, start: int) -> bool:
    """The piece is a non-restrictive relative clause: ", who led ...", "dont l'une ..."."""
    before = sentence_text[:start]
    if _RELATIVE_START.search(before):
        return True
    return before.rstrip().endswith(",") and bool(_RELATIVE_WORD.match(sentence_text, start))


def _source_of(piece: Piece, attribution: Attribution) -> str | None:
    """The sentence's source, or a later clause's own ("..., and Francis says B")."""
    speaker = attribution.speaker
    for at, name in attribution.later or []:
        if at <= piece.start + 8:  # the clause, its frame kept ("and Francis says B")
            speaker = name
    return speaker


def _refuses_comment(sentence_text: str, piece: Piece, language: str, facts: list[int]) -> bool:
    """The piece only says that its subject did not answer the press (`_REFUSAL`, which may
    begin in a frame the clauses left out: "n'a pas souhaité | réagir"): no figure or
    quotation (`facts`, offsets in the sentence) stands in it before the refusal ("The
    company, which employs 2,000 people, declined to comment" still states a fact)."""
    return any(
        match.start() < piece.end
        and piece.start < match.end()
        and not any(at < max(match.start(), piece.start) for at in facts)
        for match in _REFUSAL[language].finditer(sentence_text)
    )


def _claim(
    text: str,
    read: _Read,
    piece: Piece,
    numbers: list[NumberMention],
    dates: list[DateMention],
    has_verb: bool,
    speaker: str | None,
    language: str,
) -> Claim:
    """The claim of one clause of the sentence `read` (figures and dates in the sentence's
    offsets), scored by its signals; `extract` offers it only above `THRESHOLD`."""
    span, attribution = read.span, read.attribution
    quotes = [q for q in read.quotes if piece.start < q[1] and q[0] < piece.end]
    question = _question(text[span.start : span.end], piece.end)
    numbers = _shift_numbers(numbers, span.start)
    dates = _shift_dates(dates, span.start)
    start, end = span.start + piece.start, span.start + piece.end
    claim_text = text[start:end]
    signals: list[str] = []
    kinds: list[str] = []
    if numbers:
        signals.append("figure")
        kinds.append("number")
    if dates:
        signals.append("date")
        kinds.append("date")
    if quotes:
        signals.append("quote")
        kinds.append("quote")
    if attribution.reported:
        signals.append("attributed")
        kinds.append("attribution")
    if speaker:
        signals.append("named source")
    if has_verb and not attribution.appearance and not attribution.agentless_feeling:
        signals.append("event")
        kinds.append("event")
    if attribution.appearance:
        signals.append("appearance or feeling")
    if attribution.agentless_feeling:
        signals.append("fear or hope held by nobody")
    if question:
        signals.append("question")
    if span.heading or len(claim_text.split()) < 3:
        signals.append("title or fragment")
    if _CREDIT_LINE.search(text[span.start : span.end].strip()):
        signals.append("credit line")
    # a quotation is a fact of its own before the refusal only when it closes before it: one
    # holding the refusal ("Le gouvernement « ne commente pas une décision ... »") is none
    facts = [n.start - span.start for n in numbers] + [q[1] - 1 for q in quotes]
    if _refuses_comment(text[span.start : span.end], piece, language, facts):
        signals.append("refusal to comment")

    value = score(signals)
    if speaker is not None and speaker.lower().lstrip("-") in SUBJECT_PRONOUNS:
        speaker = None  # a pronoun nothing resolved ("elles", "he"): someone spoke, unnamed
    return Claim(
        start=start,
        end=end,
        text=claim_text,
        kinds=kinds,
        numbers=numbers,
        dates=dates,
        speaker=speaker,
        score=value,
        signals=signals,
        sentence=Span(span.start, span.end),
    )
