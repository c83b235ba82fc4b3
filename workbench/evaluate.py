"""Score extraction against hand-checked gold claims, with the matching rule of the fixtures'
README: a gold claim is found when one extracted span (at most 400 characters) covers at least
half of its core; precision counts extracted claims touching any gold core. Tightness (overlap
over union of the best span and the core) and separate (a span finds that claim alone) say
whether a claim is the fact itself rather than its whole sentence."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from workbench.extract import Claim, extract
from workbench.textio import read_article

MAX_SPAN = 400
_PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they", "on", "it"}


@dataclass
class Score:
    """Counts behind each figure, so articles can be pooled by adding them."""

    name: str = "pooled"
    required: int = 0
    found: int = 0
    extracted: int = 0
    relevant: int = 0
    numbers: list[int] = field(default_factory=lambda: [0, 0])
    dates: list[int] = field(default_factory=lambda: [0, 0])
    speakers: list[int] = field(default_factory=lambda: [0, 0])
    date_mentions: list[int] = field(default_factory=lambda: [0, 0])
    tightness_sum: float = 0.0
    """Sum over found required claims of the best span's overlap / union with the core."""
    separate: int = 0
    """Found required claims that some extracted span finds alone."""
    missed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("required", "found", "extracted", "relevant", "tightness_sum", "separate"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("numbers", "dates", "speakers", "date_mentions"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine[0] += theirs[0]
            mine[1] += theirs[1]

    @staticmethod
    def _ratio(pair: list[int]) -> float | None:
        return pair[0] / pair[1] if pair[1] else None

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.relevant / self.extracted if self.extracted else 1.0

    @property
    def tightness(self) -> float | None:
        return self.tightness_sum / self.found if self.found else None

    @property
    def separate_share(self) -> float | None:
        return self.separate / self.found if self.found else None

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "recall": self.recall,
            "precision": self.precision,
            "number_accuracy": self._ratio(self.numbers),
            "date_accuracy": self._ratio(self.dates),
            "speaker_accuracy": self._ratio(self.speakers),
            "date_mentions_found": self._ratio(self.date_mentions),
            "tightness": self.tightness,
            "separate": self.separate_share,
            "required": self.required,
            "found": self.found,
            "extracted": self.extracted,
            "missed": self.missed,
            "errors": self.errors,
        }


def _overlap(start: int, end: int, claim: Claim) -> int:
    return max(0, min(end, claim.end) - max(start, claim.start))


def _fit(start: int, end: int, claim: Claim) -> float:
    """Overlap over union, in characters: 1.0 when the span is the core itself."""
    union = max(end, claim.end) - min(start, claim.start)
    return _overlap(start, end, claim) / union if union else 0.0


def _finds(start: int, end: int, claim: Claim) -> bool:
    return 2 * _overlap(start, end, claim) >= end - start


def speaker_matches(extracted: str | None, gold: str) -> bool:
    """Case-folded: the extracted speaker holds the gold one's last word, or the gold holds it."""
    if not extracted or extracted.casefold().strip() in _PRONOUNS:
        return False
    found, wanted = extracted.casefold(), gold.casefold()
    return wanted.split()[-1] in found or found in wanted


def _value_matches(value: float, gold: float) -> bool:
    return abs(value - gold) <= 1e-6 * max(1.0, abs(gold))


def _iso_matches(extracted: str, gold: str) -> bool:
    return extracted == gold if len(gold) == 10 else extracted.startswith(gold)


def score_claims(gold: dict, text: str, claims: list[Claim], name: str = "") -> Score:
    """Score one article's extracted claims against its gold record."""
    result = Score(name=name, extracted=len(claims))
    cores = []
    for item in gold["claims"]:
        start = text.find(item["core"])
        if start < 0:
            result.errors.append(f"core of {item['id']} is not in the article")
            continue
        cores.append((item, start, start + len(item["core"])))
    countable = [c for c in claims if c.end - c.start <= MAX_SPAN]
    result.relevant = sum(
        1 for claim in claims if any(_overlap(s, e, claim) > 0 for _, s, e in cores)
    )
    required = [(s, e) for item, s, e in cores if not item.get("optional")]
    for item, start, end in cores:
        finders = [c for c in countable if _finds(start, end, c)]
        if not item.get("optional"):
            result.required += 1
            if finders:
                result.found += 1
                result.tightness_sum += max(_fit(start, end, c) for c in finders)
                result.separate += any(
                    not any(_finds(s, e, c) for s, e in required if (s, e) != (start, end))
                    for c in finders
                )
            else:
                result.missed.append(item["id"])
        if not finders:
            continue
        best = max(finders, key=lambda c: (_overlap(start, end, c), _fit(start, end, c)))
        for number in item.get("numbers", []):
            result.numbers[1] += 1
            result.numbers[0] += any(_value_matches(n.value, number["value"]) for n in best.numbers)
        for when in item.get("dates", []):
            result.dates[1] += 1
            result.dates[0] += any(_iso_matches(d.iso, when["iso"]) for d in best.dates)
        if item.get("speaker"):
            result.speakers[1] += 1
            result.speakers[0] += speaker_matches(best.speaker, item["speaker"])
    mentions = [d for claim in claims for d in claim.dates]
    for when in gold.get("dates", []):
        start = text.find(when["text"])
        result.date_mentions[1] += 1
        result.date_mentions[0] += start >= 0 and any(
            d.start < start + len(when["text"])
            and start < d.end
            and _iso_matches(d.iso, when["iso"])
            for d in mentions
        )
    return result


class GoldError(ValueError):
    """A file that is not a gold file (the fixtures README says what one holds)."""


def read_gold(gold_path: Path) -> tuple[dict, str]:
    """The gold file and its article's text, checked before any model is loaded."""
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{gold_path}: not a readable JSON gold file ({error})") from None
    if not isinstance(gold, dict):
        raise GoldError(f"{gold_path}: a gold file is a JSON object")
    for key, kind in (("article", str), ("publication_date", str), ("claims", list)):
        if not isinstance(gold.get(key), kind):
            raise GoldError(f"{gold_path}: a gold file needs {key!r} ({kind.__name__})")
    try:
        date.fromisoformat(gold["publication_date"])
        text = read_article(gold_path.parent / gold["article"])
    except ValueError as error:
        raise GoldError(f"{gold_path}: {error}") from None
    except OSError as error:
        raise GoldError(f"{gold_path}: its article cannot be read ({error})") from None
    return gold, text


def evaluate_file(gold_path: Path, read: tuple[dict, str] | None = None) -> Score:
    """Extract the gold file's article and score it."""
    gold, text = read or read_gold(gold_path)
    extraction = extract(text, gold.get("language"), date.fromisoformat(gold["publication_date"]))
    return score_claims(gold, text, extraction.claims, name=gold_path.name)


def evaluate(gold_paths: list[Path]) -> tuple[list[Score], Score]:
    """Each article's score and the pooled score (every file checked first: `GoldError`)."""
    read = [read_gold(path) for path in gold_paths]
    scores = [evaluate_file(path, each) for path, each in zip(gold_paths, read, strict=True)]
    pooled = Score()
    for score in scores:
        pooled.add(score)
    return scores, pooled
