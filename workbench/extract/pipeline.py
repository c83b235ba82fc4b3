"""From an article's text to its claims: segment, parse, attribute, find figures and dates,
then score."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from workbench.extract.attribution_en import EnglishAttributor
from workbench.extract.attribution_fr import Attribution, FrenchAttributor
from workbench.extract.language import detect_language
from workbench.extract.mentions import figures_and_dates
from workbench.extract.quotes import sentence_quotes
from workbench.extract.scoring import THRESHOLD, score
from workbench.extract.segment import Sentence, sentences
from workbench.extract.speakers import SpeakerReader
from workbench.extract.types import Claim, DateMention, NumberMention

LANGUAGES = ("fr", "en")


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
    return [DateMention(d.text, d.iso, d.start + offset, d.end + offset, d.warning) for d in found]


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


def _attributions(article: _Prepared, docs: Iterator) -> Iterator[Attribution]:
    """Each sentence's attribution, in reading order; French sentences take their parse from
    `docs`, the shared stream of parsed sentences."""
    if article.language == "fr":
        french_reader = FrenchAttributor()
        for index, (span, doc) in enumerate(zip(article.spans, docs, strict=False)):
            yield french_reader.attribute(doc, article.quotes[index], index, span.paragraph)
    else:
        english = EnglishAttributor(article.text)
        for index, span in enumerate(article.spans):
            yield english.attribute(
                article.text[span.start : span.end], article.quotes[index], index, span.paragraph
            )


def _english_flags(sentence_text: str, attribution: Attribution) -> None:
    """What the French parse tells, read from English words: is there a verb, only a look?"""
    words = sentence_text.split()
    attribution.has_verb = len(words) >= 4
    lowered = f" {sentence_text.lower()} "
    attribution.appearance = len(words) <= 8 and any(
        f" {verb} " in lowered for verb in ("seems", "seemed", "appears", "appeared", "looks")
    )


def extract(text: str, language: str | None = None, published: date | None = None) -> Extraction:
    """The check-worthy claims of `text`, each a sentence-or-clause span with its evidence.

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
        attributions = list(_attributions(article, article_docs))
        SpeakerReader(article.text, article.language).read(
            article.spans, article.quotes, attributions
        )
        for span, quotes, attribution in zip(
            article.spans, article.quotes, attributions, strict=True
        ):
            claim = _claim(
                article.text, span, quotes, attribution, article.language, article.published
            )
            if claim is not None:
                result.claims.append(claim)
        yield result


def _claim(
    text: str,
    span: Sentence,
    quotes: list[tuple[int, int]],
    attribution: Attribution,
    language: str,
    published: date,
) -> Claim | None:
    sentence_text = text[span.start : span.end]
    if language == "en":
        _english_flags(sentence_text, attribution)
    numbers, dates = figures_and_dates(
        sentence_text, published, language, future=attribution.future
    )

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
    if attribution.speaker:
        signals.append("named source")
    if attribution.has_verb and not attribution.appearance and not attribution.agentless_feeling:
        signals.append("event")
        kinds.append("event")
    if attribution.appearance:
        signals.append("appearance or feeling")
    if attribution.agentless_feeling:
        signals.append("fear or hope held by nobody")
    if sentence_text.rstrip('»”" ').endswith("?"):
        signals.append("question")
    if span.heading or len(sentence_text.split()) < 3:
        signals.append("title or fragment")

    value = score(signals)
    if value < THRESHOLD:
        return None
    return Claim(
        start=span.start,
        end=span.end,
        text=sentence_text,
        kinds=kinds,
        numbers=_shift_numbers(numbers, span.start),
        dates=_shift_dates(dates, span.start),
        speaker=attribution.speaker,
        score=value,
        signals=signals,
    )
