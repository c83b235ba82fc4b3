"""Find the figures in a text: digits in French and English formats, number words, ordinals,
fractions and percentages, each with its value and, when it is plain, what it counts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from text_to_num import text2num

from workbench.extract.lexicon import ENGLISH_MONTH, MEASURE_WORDS, REPORTING_VERBS_EN
from workbench.extract.types import NumberMention

_SPACE = "[ \u00a0\u202f]"
_NUMBER_END = r"(?=(?:bn|mn|mds?|tn|[mkMK])\b|[^\w:/]|$)(?![.,]\d)"
_DIGITS = {
    "fr": re.compile(
        rf"(?<![\w.,:/])(?<![^\W\d_]-)(?:\d{{1,3}}(?:(?:{_SPACE}|\.)\d{{3}})+(?:,\d+)?|\d+(?:[,.]\d+)?){_NUMBER_END}"
    ),
    "en": re.compile(
        r"(?<![\w.,:/])(?<![^\W\d_]-)(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        r"|(?<![^\s(])\.\d+)" + _NUMBER_END
    ),
}
_SPACED_THOUSANDS = re.compile(
    rf"(?<![\w.,:/])(?<![^\W\d_]-)(?<!\d{_SPACE})\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\d])"
    rf"(?![.,]\d)(?!{_SPACE}\d)(?![-\u2011][^\W\d_])"  # "10 100-metre races": ten of them
)
_DAY_BEFORE = re.compile(
    rf"\b{ENGLISH_MONTH}[ \u00a0]$"
    r"|\b(?:no|nos|number|numbers|room|rooms|route|flight|line|chapter|article)\.?[ \u00a0]$",
    re.IGNORECASE,
)
_SCALES = {
    "mille": 1e3,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
}
_SCALE_AFTER = re.compile(
    rf"{_SPACE}?(milliards?|millions?|mille|thousand|billions?|trillions?|bn|mn|mio|mds?|tn|[mk])\b"
    # "$2.5-million", "2,5-millions", "a 40-billion-dollar deficit": the word only, not "5-m"
    r"|-(milliards?|millions?|thousand|billions?|trillions?)\b",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(
    rf"{_SPACE}?(%|pour{_SPACE}?cents?\b|per{_SPACE}?cent\b|percent\b)", re.I
)
_SUFFIX_ORDINAL = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[, \u00a0\u202f]\d{3})+|\d+)(?:er|re|ère|e|ème|è|st|nd|rd|th)\b"
)

_WORDS = {
    "fr": """
zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
seize vingt vingts trente quarante cinquante soixante cent cents mille
""".split(),
    "en": """
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand
""".split(),
}
_BIG_WORDS = {
    "fr": ["million", "millions", "milliard", "milliards"],
    "en": ["million", "millions", "billion", "billions", "trillion"],
}
_JOINERS = {"fr": "et", "en": "and"}
_LONE_NOT_FIGURES = {"un", "une", "one"}
_ORDINALS = {
    "fr": {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "second": 2, "seconde": 2},
    "en": {"first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12},
}
_ORDINAL_STEMS = {"cinqu": "cinq", "neuv": "neuf", "mill": "mille"}
_FRACTIONS = {
    "fr": re.compile(r"\b(la moitié|un tiers|deux tiers|un quart|trois quarts)\b", re.I),
    "en": re.compile(
        r"\b(half|(?:one|a)[- ]third|two[- ]thirds|(?:one|a)[- ]quarter|"
        r"three[- ]quarters)\b",
        re.I,
    ),
}
# "a third" + a noun is an ordinal ("a third body", "a third term"); + "of", a verb or nothing,
# a fraction ("a third of the votes", "a third said", "about a third").
_ORDINAL_NOUN_AFTER = re.compile(
    r"[ \u00a0](?!(?:of|are|were|is|was|have|has|had|will|would|could|can|may|might|do|did"
    r"|said|say|says|think|believe|want|voted|went|came|more|less|fewer|or|and|to|in|on|at"
    r"|from|by|for|with|than|since|until|after|before|over|while|because|but|so|as|last|this"
    r"|a|an|the)\b)[a-z]+(?<!ed)\b"
)
_FRACTION_VALUES = {
    "la moitié": 0.5,
    "un tiers": 1 / 3,
    "deux tiers": 2 / 3,
    "un quart": 0.25,
    "trois quarts": 0.75,
    "half": 0.5,
    "one third": 1 / 3,
    "a third": 1 / 3,
    "two thirds": 2 / 3,
    "one quarter": 0.25,
    "a quarter": 0.25,
    "three quarters": 0.75,
}
_COLLECTIVES = {
    "fr": {
        "huitaine": 8,
        "dizaine": 10,
        "douzaine": 12,
        "quinzaine": 15,
        "vingtaine": 20,
        "trentaine": 30,
        "quarantaine": 40,
        "cinquantaine": 50,
        "soixantaine": 60,
        # Belgian and Swiss French say seventy, eighty, ninety so, and their collectives too
        "septantaine": 70,
        "huitantaine": 80,
        "octantaine": 80,
        "nonantaine": 90,
        "centaine": 100,
        "millier": 1000,
    },
    "en": {"dozen": 12, "score": 20},
}
"""The collective numerals: French makes them of the tens (and of eight, twelve, fifteen,
a hundred) with "-aine", and "millier"; "une soixantaine de maisons" is about sixty."""
_HOMONYMS = frozenset({"quarantaine"})
"""A collective that is also a common noun ("une quarantaine stricte", a quarantine): a
count only before what it counts ("une quarantaine de blessés")."""
_PLURAL_SCALES = {
    "fr": {
        "dizaines": 10,
        "douzaines": 12,
        "vingtaines": 20,
        "centaines": 100,
        "milliers": 1e3,
        "millions": 1e6,
        "milliards": 1e9,
    },
    "en": {
        "dozens": 12,
        "scores": 20,
        "tens": 10,
        "hundreds": 100,
        "thousands": 1e3,
        "millions": 1e6,
        "billions": 1e9,
    },
}
_VAGUE = frozenset({"a", "of", "de", "des", "several", "few", "many", "plusieurs", "quelques"})
_SOME = frozenset({"several", "few", "many"})


def is_order_of_size(written: str, language: str) -> bool:
    """Whether a figure as written says only its order of size ("thousands", "centaines",
    "several hundred", "a few thousand", "tens of thousands"): its value is the lower bound
    the plural gives, which nobody stated, so matching compares no value of it (two events'
    "thousands of people" and "some 2,000 people" met as one figure). "a hundred", "une
    dizaine de milliers" (about 10,000) and "2 millions" say a value."""
    words = written.lower().split()
    plural = _PLURAL_SCALES.get(language, {})
    some = _SOME_SCALES.get(language, {})
    if not words or not all(word in plural or word in some or word in _VAGUE for word in words):
        return False
    return words[-1] in plural or (words[-1] in some and bool(_SOME & set(words)))


def order_of_size_bound(written: str, language: str) -> float | None:
    """The lower bound a count said by its order of size is read as (twice its scales:
    "centaines" 200, "tens of thousands" 20,000), None for any other figure: the one
    definition, which `find_numbers` reads its value through and the reports compare with."""
    if not is_order_of_size(written, language):
        return None
    value = 2.0
    for word in written.lower().split():
        scale = _PLURAL_SCALES[language].get(word) or _SOME_SCALES[language].get(word)
        value *= scale or 1
    return value


_COLLECTIVE_OF_SCALE = re.compile(
    r"(?:(?<=\bun )|(?<=\bune ))(?P<c>[^\W\d_]+aine|millier)\s+de\s+(?P<s>milliers|millions|milliards)\b",
    re.IGNORECASE,
)
"""One figure: "une dizaine de milliers de manifestants" is about 10,000."""
_SOME_SCALES = {
    "fr": {},
    "en": {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9},
}
_PLURAL_SCALE = {
    "fr": re.compile(
        r"\b(?:des|plusieurs|quelques|par)\s+(?P<w>dizaines|douzaines|vingtaines|centaines"
        r"|milliers|millions|milliards)(?:\s+de\s+(?P<s>milliers|millions|milliards))?\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:(?:several|a\s+few|many)\s+(?P<one>dozen|hundred|thousand|million|billion)\b"
        r"(?:\s+(?P<s1>thousand|million|billion)\b)?"
        r"|(?P<w>dozens|scores|tens|hundreds|thousands|millions|billions)"
        r"(?:\s+(?:of\s+)?(?P<s>thousands|millions|billions))?\b)",
        re.IGNORECASE,
    ),
}
"""A count said by its order of size: "des centaines de maisons", "plusieurs milliers",
"des dizaines de milliers de manifestants", "dozens of homes", "tens of thousands", "several
hundred". The plural says at least two of the unit, nothing above: the figure is that lower
bound, approximate ("hundreds" is at least 200), so that the two languages' words for it
agree and a count written in digits can be compared with it."""
APPROXIMATE = re.compile(
    r"\b(au moins|plus de|moins de|près de|environ|quelque|presque|jusqu'à|autour de"
    r"|aux alentours de|de l'ordre de|approximativement|at least|more than|"
    r"less than|fewer than|nearly|about|around|almost|some|over|up to|as many as|no less than|"
    r"roughly|approximately|an estimated|estimated|an estimate of|estimée? à|above|below|under|"
    r"in excess of|upwards of|au-delà de|au-dessus de|au-dessous de|en dessous de|en deçà de|"
    r"supérieure?s? à|inférieure?s? à)"
    r"\s*[«“\"]?\s*(?:[A-Z]{0,3}[$€£¥]\s?)?$",
    re.IGNORECASE,
)
"""The words before a figure that make it a bound or an estimate ("au moins", "about", "above",
"supérieure à"), also before the currency sign or the opening quotation mark that stands
before the figure ("about €8bn", "autour de « 4,9 % »"): the figure is then `approximate`,
and is said with them (workbench.figure_text)."""
_OF_WORDS = {"de", "d", "of"}
# "injured about 40", "killing at least 14", "arrested 12": a bare figure right after a verb
# that acts on people counts them as the verb says ("40 injured"), as a figure before the
# participle already does ("14 killed"); never merged into one word for both
_COUNTED_BY_VERB = re.compile(
    r"\b(?P<verb>(?:kill|injur|wound|arrest|detain|evacuat|rescu|displac|hospitali[sz]|infect)"
    r"(?:e|es|ed|ing|s)?|hurt|hurting)\s+"
    r"(?:(?:at least|more than|fewer than|less than|nearly|about|around|almost|some|over|up to"
    r"|as many as|roughly|approximately|an estimated|another|a further|an? additional)\s+)?$",
    re.IGNORECASE,
)


_ORDER_OF_SIZE = re.compile(
    r"(?:(?:several|a\s+few|many)\s+(?:dozen|hundred|thousand|million|billion)"
    r"|dozens|scores|tens|hundreds|thousands|millions|billions"
    r"|dizaines|douzaines|vingtaines|centaines|milliers|milliards)(?:\s+(?:of|de)?\s*\w+)?",
    re.IGNORECASE,
)


def order_of_size(written: str) -> bool:
    """Whether a figure as written is an order of size in the plural ("thousands", "des
    centaines", "tens of thousands", "several hundred"): a lower bound that says how big,
    not how many, and so gives a clause piece no figure of its own to stand alone on."""
    return _ORDER_OF_SIZE.fullmatch(written.strip()) is not None and not any(
        c.isdigit() for c in written
    )


def _participle(verb: str) -> str:
    """ "injuring", "injures", "injure" -> "injured"; "hurt" stays."""
    lower = verb.lower()
    if lower.startswith("hurt"):
        return "hurt"
    stem = re.sub(r"(?:ing|ed|es|s|e)$", "", lower)
    return stem + "ed"


_SKIP_BEFORE_UNIT = {
    "de",
    "d",
    "des",
    "du",
    "of",
    "more",
    "plus",
    "autres",
    "other",
    "additional",
    "premiers",
    "premières",
    "derniers",
    "dernières",
    "first",
    "last",
    # French adjectives placed before the noun they qualify ("12 nouvelles petites centrales")
    "nouveaux",
    "nouvelles",
    "petits",
    "petites",
    "grands",
    "grandes",
    "jeunes",
    "vieux",
    "vieilles",
    "anciens",
    "anciennes",
    "gros",
    "grosses",
    "hauts",
    "hautes",
    "longues",
    "longs",
    "seuls",
    "seules",
}
_NOT_UNITS = {
    # a pronoun stands for what is counted, it does not name it ("vingt-deux d'entre eux")
    "eux",
    "elles",
    "nous",
    "vous",
    "entre",
    "them",
    "us",
    "you",
    "these",
    "those",
    "among",
    "et",
    "and",
    "ou",
    "or",
    "à",
    "to",
    "en",
    "in",
    "dans",
    "sur",
    "on",
    "qui",
    "que",
    "qu",
    "that",
    # "d'ici à la mi-mai": "ici" after the elided "d'" is the start of a phrase of time
    "ici",
    "le",
    "la",
    "les",
    "the",
    "a",
    "an",
    "pour",
    "for",
    "par",
    "by",
    "with",
    "avec",
    "ont",
    "have",
    "has",
    "had",
    "were",
    "was",
    "sont",
    "est",
    "is",
    "are",
    # the verbs of a clause whose subject the figure is ("two remain in hospital")
    "remain",
    "remained",
    "étaient",
    "avaient",
    "restent",
    "restaient",
    "demeurent",
    "seraient",
    "auraient",
    # a preposition of time or place after a figure says when or where, not what it counts
    # ("infected 1,200 since May")
    "since",
    "depuis",
    "until",
    "after",
    "après",
    "before",
    "avant",
    "during",
    "pendant",
    "at",
    "from",
    "outside",
    "inside",
    "near",
    "across",
    "along",
    "throughout",
    "overnight",
    "yesterday",
    "today",
    # words of other kinds that end as plurals do ("la loi de 2019 alors que", "its")
    "alors",
    "lors",
    "toujours",
    "jamais",
    "désormais",
    "parfois",
    "très",
    "dès",
    "sans",
    "vers",
    "hors",
    "près",
    "ainsi",
    "ceux",
    "leurs",
    "ses",
    "ces",
    "mes",
    "nos",
    "vos",
    "tous",
    "plusieurs",
    "quelques",
    "its",
    "his",
    "as",
    "always",
    "perhaps",
    "sometimes",
    "afterwards",
    "towards",
    "besides",
    "whereas",
}
_TITLE_AFTER_ORDINAL = re.compile(
    r"\s+(?:ministre|dame|secrétaire|minister|lady|secretary)\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_ELISION = re.compile(r"^[dl]['’](?=[^\W\d_])", re.I)
_ELIDED_FUNCTION = re.compile(r"^(?:qu|c|j|n|s|m|t|jusqu|lorsqu|puisqu|quoiqu)['’]", re.I)
"""A function word elided before the next ("qu'en", "c'est", "n'ont", "s'y"): no noun."""
_CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
_CURRENCY_BEFORE = re.compile(r"(?:^|(?<=[^\w$€£¥]))(?:[A-Z]{1,2})?([$€£¥])\s?$")
_CURRENCY_AFTER = re.compile(rf"{_SPACE}?([$€£¥])")
_RANGE_JOIN = re.compile(r"\s*(?:et|and|à|to|-|–)\s*$", re.I)
_RANGE_OPEN = re.compile(r"\b(?:entre|between|de|from)\s*$", re.I)
# "rose 9% to 3.8 billion", "fell from 8% to 6%", "est passé de 10 à 12 %": a verb of change
# before the figures makes them where a quantity went from and to, not the bounds of a range
_CHANGE_BEFORE = re.compile(
    r"\b(?:r[io]s(?:e|en|es|ing)|f[ae]ll(?:en|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?"
    r"|drop(?:ped|s|ping)?|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|gr[eo]wn?|grows?"
    r"|declin(?:e|ed|es|ing)|slip(?:ped|s)?|sl[iu]d(?:es)?|gain(?:ed|s)?|surg(?:e|ed|es)"
    r"|soar(?:ed|s)?|plung(?:e|ed|es)|tumbl(?:e|ed|es)|rais(?:e|ed|es)|lower(?:ed|s)?|cut"
    r"|boost(?:ed|s)?|reduc(?:e|ed|es)|revis(?:e|ed|es)|trimm(?:ed)?|narrow(?:ed|s)?"
    r"|widen(?:ed|s)?|went|go(?:es)?|going|move[ds]?|moving"
    # French verbs of change in any tense: "est passé de", "passerait de", "augmentera de"
    r"|(?:pass|augment|baiss|recul|progress|chut|grimp|diminu|relev|abaiss|ramen|remont|gliss"
    r"|évolu|bondi)(?:e|es|ent|ait|aient|a|ai|ons|ez|era|erait|eront|eraient|ra|rait|ront"
    r"|raient|é|ée|és|ées|er|ant|r|t|ssent|ssait)?)"
    r"(?:\s+(?:by|from|de|d['’]un|d['’]une|about|some|nearly|around|roughly|almost|environ"
    r"|quelque|près|to|ainsi|donc|encore|alors|then|also|further|[^\W\d_]+(?:ment|ly)))*\s*$",
    re.I,
)
_BOUND_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+)?\s*[»”\"]?\s*(?:,\s*)?\b(?:au moins|au minimum|at least|at a minimum|ou plus|or more)\b",
    re.I,
)
_HALF = {
    "fr": re.compile(
        r"\b(?P<n>une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,3})\s+"
        r"(?P<unit>heures?|ans?|années?|jours?|mois|semaines?|minutes?|siècles?|kilos?|litres?"
        r"|millions?|milliards?)\s+et\s+demie?\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
        r"(?P<unit>hours?|years?|days?|months?|weeks?|minutes?|centuries|century)\s+and\s+a\s+"
        r"half|(?P<n2>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+and\s+"
        r"a\s+half\s+(?P<unit2>hours|years|days|months|weeks|minutes|centuries|million|billion))\b",
        re.I,
    ),
}
_HALF_COUNTS = {"a": 1, "an": 1, "un": 1, "une": 1, "one": 1}

# "half a million", "a quarter of a million", "three-quarters of a billion", "half a dozen",
# "un demi-million", "un quart de million", "une demi-douzaine": a fraction of a scale word is
# one figure, that share of it (500,000), not the fraction and the scale apart; "half of the
# 300 residents" is a share of a count, left to the fraction rule (no scale word follows)
_FRACTION_OF_SCALE = {
    "fr": re.compile(
        r"\b(?P<f>une?[- ]demie?|un[- ]quart|trois[- ]quarts|un[- ]tiers|deux[- ]tiers)"
        r"(?:-|\s+d['’]\s*|\s+de\s+|\s+)(?P<s>douzaine|centaine|millier|million|milliard)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(?P<f>(?:(?:a|one)[- ])?half|(?:a|one)[- ]quarter|three[- ]quarters|(?:a|one)[- ]third"
        r"|two[- ]thirds)(?:[- ]of)?[- ](?:an?[- ])?(?P<s>dozen|hundred|thousand|million|billion"
        r"|trillion)\b",
        re.I,
    ),
}
_FRACTION_SHARES = {"demi": 0.5, "demie": 0.5, "half": 0.5, "quart": 0.25, "quarts": 0.75}
_FRACTION_SHARES |= {"quarter": 0.25, "quarters": 0.75, "tiers": 1 / 3, "third": 1 / 3}
_FRACTION_SHARES |= {"thirds": 2 / 3}
_SCALE_WORDS = {"douzaine": 12, "centaine": 100, "millier": 1e3, "dozen": 12, "hundred": 100}
_ROUND_SCALES = frozenset({"douzaine", "centaine", "millier", "dozen"})
"""Collective words: "une demi-douzaine" is about six, as "une douzaine" is about twelve."""


def _fraction_of_scale(match: re.Match) -> float:
    """The value "half a million" or "deux tiers de million" says."""
    words = re.split(r"[- ]", match["f"].lower())
    share = _FRACTION_SHARES[words[-1]]
    if words[0] == "deux":  # "deux tiers": the plural carries two
        share = 2 / 3
    scale = match["s"].lower()
    return share * _SCALE_WORDS.get(scale, _SCALES.get(scale, 1.0))


# "chaque dixième de croissance", "un dixième de point", "deux dixièmes", "each tenth of a
# percentage point", "three tenths", "a fifth of the budget": an ordinal after a count or
# "chaque"/"each", before "de"/"of" or nothing, is a fraction (0.1), not a rank; before its
# noun it ranks ("le dixième anniversaire", "every tenth voter", "un cinquième mandat": 10, 5)
_ORDINAL_FRACTION = {
    "fr": re.compile(
        r"\b(?P<n>une?|chaque|deux|trois|quatre|cinq|six|sept|huit|neuf)[ \u00a0]+"
        r"(?P<d>[^\W\d_]+ièmes?)(?=[ \u00a0]*(?:(?:de|du|des)\b|d['’]|[,;.:)»]|$))",
        re.I,
    ),
    "en": re.compile(
        r"\b(?P<n>an?|one|each|two|three|four|five|six|seven|eight|nine)[ \u00a0-]+"
        r"(?P<d>[a-z]+ths?)(?=[ \u00a0]*(?:of\b|[,;.:)”\"]|$))",
        re.I,
    ),
}
_SMALLEST_DENOMINATOR = {"fr": 5, "en": 4}
"""French says "tiers" and "quart" ("un troisième" ranks), English may say "a fourth"."""
_ONE = frozenset({"un", "une", "chaque", "a", "an", "one", "each"})


def _ordinal_fraction(match: re.Match, language: str) -> tuple[int, float] | None:
    """Where the fraction "un dixième", "three tenths" starts (at the count, not at "chaque"
    or "each") and its value; None when the ordinal is no fraction's."""
    word = match["d"].lower()
    singular = word[:-1] if word.endswith("s") else word
    denominator = _ordinal_value(singular, language)
    if denominator is None or denominator < _SMALLEST_DENOMINATOR[language]:
        return None
    count = match["n"].lower()
    numerator = 1.0 if count in _ONE else _words_value(count, language)
    if numerator is None or (numerator > 1) != (word != singular):
        return None  # "deux dixièmes", "a tenth": the count and the plural agree
    start = match.start("d") if count in ("chaque", "each") else match.start()
    return start, numerator / denominator


# "half a percentage point", "a tenth of a second", "a quarter of an hour": a fraction of a
# unit measures in that unit (0.5 point), it is no share of anything; "basis" and the like
# qualify the unit ("half a basis point": a hundredth of a point)
_OF_A_UNIT = re.compile(r"(?:[ \u00a0]+of)?[ \u00a0]+an?[ \u00a0]+([a-z]+)(?:[ \u00a0]+([a-z]+))?")
_UNIT_QUALIFIERS = frozenset(
    "percentage basis square cubic metric nautical full whole single calendar working".split()
)
_DEMI_UNIT = re.compile(
    r"\b(?:une?[ \u00a0]+)?demie?-(point|heure|journée|siècle|seconde|minute|litre|kilo|mètre"
    r"|tonne|kilomètre)s?\b",
    re.I,
)
"""French "un demi-point", "une demi-heure": half of a measure (not "une demi-finale")."""


def _of_a_unit(text: str, end: int) -> tuple[int, str, float] | None:
    """The unit a fraction ending at `end` is of ("half a percentage point": its end, "point"
    and 1; "of a basis point": 0.01 of a point), or None."""
    found = _OF_A_UNIT.match(text, end)
    if found is None:
        return None
    head, second = found.group(1).lower(), found.group(2)
    if head in _UNIT_QUALIFIERS and second:
        unit, stop, factor = second, found.end(2), 0.01 if head == "basis" else 1.0
    else:
        unit, stop, factor = head, found.end(1), 1.0
    if unit in _SCALES or unit in _SCALE_WORDS or unit in _CHAIN_STOPS or _ADVERB.fullmatch(unit):
        return None
    return stop, unit, factor


# "3 basis points", "71 bps", "15 points de base": a hundredth of a percentage point, said in
# points so as to be compared with "0.3 percentage points" and "0,3 point" (3 basis points are
# 0.03 points, not 3)
_BASIS_POINTS = re.compile(
    r"[ \u00a0]?(?:basis[ \u00a0-]points?|bps?\b|points?[ \u00a0]de[ \u00a0]base)\b", re.I
)

_RANKING_AFTER = {
    # "la première femme élue", "le premier pays à signer", "la première de l'histoire"
    "fr": re.compile(
        r"(?:\s+[^\W\d_]+){0,2}?\s+(?:(?:élu|nommé|désigné|choisi|classé|sacré|couronné|investi"
        r"|qualifié|admis|reçu)e?s?\b|à\s+[^\W\d_]+(?:er|ir|re)\b|de\s+l['’]histoire\b"
        r"|au\s+monde\b)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:\s+[^\W\d_]+){0,2}?\s+(?:elected|appointed|named|chosen|ranked|crowned)\b"
        r"|(?:\s+[^\W\d_]+){0,2}?\s+(?:to\s+[a-z]+|in\s+history|ever|in\s+the\s+world)\b"
        r"|-(?:largest|biggest|highest|ever)\b",
        re.IGNORECASE,
    ),
}
_NOT_RANKING_NOUNS = re.compile(r"\s+(?:fois|time|times|temps|abord|instance)\b", re.I)


def _ranks(text: str, end: int, language: str) -> bool:
    """Whether "premier"/"first" at `end` ranks (a figure) rather than means "initial": it ranks
    when a participle, an infinitive or "in history" says among whom ("la première femme élue",
    "the first woman to lead"); "pour la première fois", "sa première visite" do not."""
    if _NOT_RANKING_NOUNS.match(text, end):
        return False
    window = text[end : end + 60]
    return bool(_RANKING_AFTER[language].match(window))


# Words that open a sentence before a figure ("Some 300 people", "Les 27 pays", "Environ
# 300"): capitalised there because they open it, not because they name something.
_OPENERS = frozenset(
    """
    a an the some about around nearly almost over under only just all these those its his her
    their our my your in on at by for from since after before with of to and but more less
    fewer than up roughly approximately exactly barely fully another each every during within
    until between among another also still already now then today yesterday last next
    le la les l un une des ces ses leurs nos vos mes ce cet cette son sa leur notre votre de du
    en à au aux dans sur sous pour par avec depuis après avant vers environ près plus moins
    presque quelque quelques seulement seuls seules tous toutes et mais ou pendant durant dès
    entre parmi chaque aujourd hier encore déjà
    """.split()
)
# Currencies written before their amount ("EUR 5 million", "KSh 1,000", "Rs 500").
_CURRENCY_CODES = frozenset(
    "usd eur gbp chf jpy cny cad aud cfa fcfa xof xaf kes ksh sh ngn zar inr rs egp mad tnd"
    " dzd ghs etb ugx tzs rwf cdf".split()
)
# The steps of a graded scale, capitalised as names are ("a Level 4 alert", "Category 5
# hurricane", "Phase 6", "alerte de Niveau 3"): the number is the step reached, a figure.
_GRADES = frozenset("level phase category stage grade tier niveau catégorie stade échelon".split())
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’.&-]*)[ \u00a0]$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;«»\"“”(—–]|\s[-–—])[\s'’\"«“]*$")


_SCORE_AFTER = re.compile(r"[-–]\d")
# "l'article 49.3 de la Constitution", "the bill's section 230", "les articles 12 et 13",
# "alinéa 2": the number says which part of a text is meant, as a name would ("Article
# 49.3" is one already); it counts nothing
_REFERENCE_BEFORE = re.compile(
    r"\b(?:articles?|art\.|alinéas?|paragraphes?|paragraphs?|chapitres?|chapters?|sections?"
    r"|clauses?|amendements?|amendments?|annexes?|décrets?|n°|nº)[ \u00a0]"
    r"(?:\d+(?:[.,-]\d+)*[ \u00a0]*(?:,|et|à|and|to|or|ou)[ \u00a0]*)?$",
    re.IGNORECASE,
)


def _in_name(text: str, start: int, end: int) -> bool:
    """A number that belongs to the name before it ("France 2", "Boeing 737", "Windows 11",
    "Channel 4"): the word before is capitalised, or mixed-case ("iPhone 15"), and is neither
    a word that opens the sentence ("Some 300") nor a currency ("EUR 5 million"); a plural
    noun after it says it counts ("gives Smith 45 days", "told Reuters 30 people died")."""
    if _counts_plural(text, end) or _SCORE_AFTER.match(text, end):
        return False  # "beat Italy 3-1": a score after a team's name
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if not (word[0].isupper() or any(c.isupper() for c in word[1:])):
        return False
    lower = word.lower().strip(".")
    if lower in _CURRENCY_CODES or lower in ("no", "n°", "nº", "nr"):
        return False  # "EUR 5 million"; "ranked No. 1" ranks
    if _SENTENCE_OPENS.search(text, max(0, before.start() - 6), before.start()) or (
        before.start() == 0
    ):
        return lower not in _OPENERS and not _title_case(text)
    return not _title_case(text)


_IRREGULAR_PLURALS = frozenset(
    "people men women children police staff personnel cattle feet teeth mice geese".split()
)


_PAIRED_YEAR = re.compile(r"\s*(?:et|and|ou|or|à|to|-|–)\s*(?:1[89]\d\d|20\d\d)\b", re.I)
"""A second figure in year range joined to the first: "1900 et 2000", "1900 to 2000"."""


_YEAR_SHAPED = re.compile(r"1[89]\d\d|20\d\d")
_MODIFIER_BEFORE = {
    # "the likely 2027 deficit", "its expected 2026 surplus" (right after the determiner,
    # "a 2024 inspection", dates.py already reads a year)
    "en": re.compile(
        r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|whose|[^\W\d_]+['’]s)"
        r"[ \u00a0]+(?P<words>(?:[a-z][a-z-]*[ \u00a0]+){1,2})$",
        re.I,
    ),
    # "le budget 2027 prévoit", "du déficit 2027", "l'exercice 2026"
    "fr": re.compile(
        r"\b(?i:le|la|les|l['’]|du|des|au|aux|ce|cet|cette|son|sa|ses|leur|leurs|notre|votre)"
        r"[ \u00a0]*(?P<words>[a-zà-ÿ][a-zà-ÿ-]*[ \u00a0]+)$"
    ),
}
_PEOPLE_ADJECTIVES = frozenset({"dead", "missing", "homeless", "wounded", "injured", "poor"})


def year_modifier(text: str, start: int, end: int, language: str) -> bool:
    """Whether the figure in year range at `[start, end)` is a year qualifying a noun: after
    a determiner and words qualifying the noun in English ("the likely 2027 deficit") or
    after a determiner and its noun in French ("le budget 2027"), and not before the plural
    noun a count would take ("the remaining 2000 troops", "les 2000 habitants") nor, in
    English, before a verb or a word standing for people ("the estimated 2000 dead")."""
    if not _YEAR_SHAPED.fullmatch(text[start:end]):
        return False
    before = _MODIFIER_BEFORE.get(language, _MODIFIER_BEFORE["en"]).search(
        text, max(0, start - 60), start
    )
    if before is None or any(
        word in _OPENERS or word in _CHAIN_STOPS for word in before["words"].lower().split()
    ):
        return False
    if counted_noun(text, end) is not None:
        return False
    if language == "fr":
        return True
    after = _WORD.match(text, end + 1) if text[end : end + 1] in (" ", "\u00a0") else None
    if after is None:
        return False
    noun = after.group(0)
    return (
        noun.islower()
        and noun not in _CHAIN_STOPS
        and noun not in _PEOPLE_ADJECTIVES
        and not noun.endswith("ed")
        and not _ADVERB.fullmatch(noun)
    )


def counted_noun(text: str, end: int) -> str | None:
    """The plural noun in lower case that says what the figure ending at `end` counts, right
    after it, past the words qualifying it ("2000 local residents") or past a second figure
    joined to it ("entre 1900 et 2000 manifestants"); None when there is none (dates.py
    reads a figure in year range so counted as a count, not a year)."""
    if pair := _PAIRED_YEAR.match(text, end):
        end = pair.end()
    return _noun_after_adjectives(text, end)


def _counts_plural(text: str, end: int) -> bool:
    """Is the word right after the figure a plural noun (a count), not a verb ("says")?"""
    after = _WORD.match(text, end + 1) if text[end : end + 1] in (" ", "\u00a0") else None
    return after is not None and _plural(after.group(0).lower())


def _title_case(text: str) -> bool:
    """A headline in title case ("Quake Kills 150 in Central Italy"): capitals say nothing."""
    words = [w for w in _LETTERS.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _digits_value(raw: str, language: str) -> float:
    cleaned = re.sub(_SPACE, "", raw)
    if language == "fr":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", cleaned):
            cleaned = cleaned.replace(".", "")
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    return float(cleaned)


def _clean(value: float) -> float:
    """Whole numbers as ints so 6 prints as 6, not 6.0; others rounded to cancel float noise,
    to 12 significant digits, so a scale cannot carry it ("4.1 billion" is 4,100,000,000)."""
    rounded = float(f"{value:.12g}")
    return int(rounded) if rounded == int(rounded) else rounded


@lru_cache(maxsize=4096)
def _words_value(phrase: str, language: str) -> float | None:
    try:
        return float(text2num(phrase.lower(), language))
    except (ValueError, IndexError):
        return None


_ORDINAL_FR = re.compile(r"[a-zé-]+ièmes?")
_ORDINAL_ENDING_FR = re.compile(r"ièmes?$")


def _ordinal_value(word: str, language: str) -> float | None:
    lower = word.lower()
    if lower in _ORDINALS[language]:
        return _ORDINALS[language][lower]
    if language == "fr" and lower.endswith(("ième", "ièmes")) and _ORDINAL_FR.fullmatch(lower):
        stem = _ORDINAL_ENDING_FR.sub("", lower)
        stem = _ORDINAL_STEMS.get(stem, stem)
        for candidate in (stem, stem + "e"):
            value = _words_value(candidate, language)
            if value is not None:
                return value
    if language == "en":
        if lower.endswith("ieth"):
            return _words_value(lower[:-4] + "y", language)
        if lower.endswith("th"):
            return _words_value(lower[:-2], language)
    return None


# after "of"/"de" an article or a possessive stands before the noun counted ("14 of its jets")
_ARTICLES_AFTER_OF = {
    *("la", "le", "les", "l", "the", "its", "their", "his", "her", "our", "my", "your"),
    *("ses", "son", "sa", "leurs", "leur", "nos", "notre", "vos", "votre", "ces", "these"),
}
_UNIT_PREFIXES = {"square", "cubic"}  # "12 square kilometres"
_UNIT_SUFFIX = re.compile(r"\s+(carrée?s?|cubes?)\b", re.I)  # "12 000 mètres carrés"
_SCALE_NAMES = r"(?P<name>Celsius|centigrades?|Fahrenheit|Kelvin)\b"
_TEMPERATURE = re.compile(rf"{_SPACE}?(?:°{_SPACE}?(?P<sign>(?-i:[CFK]))\b|{_SCALE_NAMES})", re.I)
"""A temperature scale right after the figure ("111 Fahrenheit", "44°C", "40 °C"),
capitalised as a name is, is its unit."""
_DEGREES = frozenset({"degree", "degrees", "degré", "degrés", "degre", "degres"})
_DEGREES_SCALE = re.compile(rf"{_SPACE}+(?:°?(?P<sign>(?-i:[CFK]))\b|{_SCALE_NAMES})", re.I)
"""The scale after "degrees"/"degrés" ("44 degrees Celsius", "44 degrés Celsius", "104
degrees F") makes the unit that scale; bare "degrés" says none."""
_HEAT_FR = re.compile(
    r"\b(?:températures?|thermomètres?|mercure|chaleur|canicules?|froid|gel|fièvre)\b", re.I
)
"""Words that make a bare French "degrés" a temperature, which the French-language press
gives in Celsius ("un virage à 90 degrés", "un vin de 12 degrés" stay degrees)."""
_TEMPERATURE_UNITS = {"c": "°C", "f": "°F", "k": "K", "fahrenheit": "°F", "kelvin": "K"}


def _temperature_unit(scale: re.Match) -> str:
    """One unit string per scale whatever the language or the spelling ("degrés Celsius",
    "degrees Celsius", "°C", "centigrade" → "°C"; "Fahrenheit", "°F" → "°F"), so that 44
    degrees Celsius and 111 Fahrenheit are never one quantity, and 44 °C in French and in
    English always are."""
    written = (scale["sign"] or scale["name"]).lower()
    return _TEMPERATURE_UNITS.get(written, "°C")


_POSSESSIVE = re.compile(r"[^\W\d_]['’]s$")
_HYPHENATED = re.compile(r"(?:-[^\W\d_]+)+")
_AGE_SUFFIX = re.compile(r"-olds?$", re.I)
_PER = re.compile(r"/[^\W\d_]{1,3}\b")


def _unit_after(text: str, end: int) -> str | None:
    """The noun right after a figure that names what it counts: a function word ("de", "du",
    "of the") is skipped, never taken; a hyphenated noun is one word ("sapeurs-pompiers"); a
    compound unit keeps its qualifier ("mètres carrés", "square kilometres"); a figure joined
    by a hyphen to its noun counts that noun ("71-year-old" -> "year", "10-day" -> "day"), not
    to a scale or a superlative ("2.5-million", "second-largest")."""
    position = end
    if text[end : end + 1] == "-" and (attached := _WORD.match(text, end + 1)):
        chain = _HYPHENATED.match(text, attached.end())
        word = attached.group(0) + (chain.group(0) if chain else "")
        word = _AGE_SUFFIX.sub("", word)
        head = word.split("-")[0].lower()
        if not word or word[0].isupper() or head in _SCALES or head.endswith("est"):
            return None  # "2.5-million": a scale, left to the scale rules
        return word
    if scale := _TEMPERATURE.match(text, end):
        return _temperature_unit(scale)  # "111 Fahrenheit", "44°C": the scale names the unit
    after_of = False
    reach = 3
    while reach > 0:
        reach -= 1
        match = _WORD.search(text, position, min(len(text), position + 40))
        if not match or text[position : match.start()].strip(" \u00a0\u202f'’") != "":
            return None
        if _ELIDED_FUNCTION.match(match.group(0)):
            return None  # "8 milliards de plus qu'en 2026": a conjunction, never a unit
        word = _ELISION.sub("", match.group(0))  # "d'euros": the unit is "euros"
        lower = word.lower()
        if position > end and _POSSESSIVE.search(lower) and lower not in _NOT_UNITS:
            # "a quarter of the country's forests": whose, not what; the noun comes after
            position, reach = match.end(), reach + 1
            continue
        if lower in _SKIP_BEFORE_UNIT or (after_of and lower in _ARTICLES_AFTER_OF):
            position = match.end()
            after_of = lower in _OF_WORDS
            continue
        if lower in _NOT_UNITS:
            return None
        if lower in _UNIT_PREFIXES and (nxt := _WORD.match(text, match.end() + 1)):
            return f"{word} {nxt.group(0)}"
        if not (after_of or _plural(lower)) and (noun := _noun_after_adjectives(text, match.end())):
            return noun  # "12 new small hydropower stations", "four Central Asian countries"
        if (
            after_of
            and lower.endswith("ed")
            and (noun := _noun_after_adjectives(text, match.end()))
        ):
            return noun  # "hundreds of scheduled operations": the participle qualifies the noun
        if word[0].isupper() or _ADVERB.fullmatch(lower):
            return None  # "dont quatre grièvement", "two seriously": how, not what
        if lower in _DEGREES and (scale := _DEGREES_SCALE.match(text, match.end())):
            return _temperature_unit(scale)  # "44 degrés Celsius"
        if lower in ("degré", "degrés") and _HEAT_FR.search(text, max(0, end - 120), end + 80):
            return "°C"  # "Les températures ont atteint 44 degrés": French writes Celsius
        if per := _PER.match(text, match.end()):
            word += per.group(0)  # "90 km/h"
        elif chain := _HYPHENATED.match(text, match.end()):
            word += chain.group(0)
        elif suffix := _UNIT_SUFFIX.match(text, match.end()):
            word += " " + suffix.group(1)
        return word
    return None


_ADVERB = re.compile(r"[^\W\d_]{2,}(?:ment|ly)")
"""A word of manner after a figure, which no count takes as its noun (a singular noun after
a figure above one would not stand there: "quatre grièvement", "four seriously")."""

_MAX_ADJECTIVES = 3
_CLAUSE_WORDS = frozenset(
    """
    while but because as when where which who whom whose if than so although whereas since
    after before until unless though yet nor not also then there it they we he she you
    mais car quand lorsque puis dont où si que qu ni ne pas il ils elle elles nous vous on
    moins aux des
    """.split()
)
"""Words that end a noun phrase: what follows them is another clause, not the noun."""
_CHAIN_STOPS = _CLAUSE_WORDS | _NOT_UNITS | _SKIP_BEFORE_UNIT


def _plural(word: str) -> bool:
    """A word that looks like a plural noun ("stations", "people", "chevaux"), not a verb of
    saying ("says") nor a singular in -s ("bus", "gas", "process")."""
    if word in _IRREGULAR_PLURALS:
        return True
    if len(word) < 3 or word in _NOT_UNITS or not word.endswith(("s", "x")):
        return False
    if word.endswith(("ss", "us", "is", "ous", "ex", "ax")) or (
        word.endswith("ix") and not word.endswith(("oix", "prix"))
    ):
        return False  # "index", "tax", "appendix" are singular; "voix", "prix" may count
    stem = word[:-2] if word.endswith("es") else word[:-1]
    return not ({word[:-1], stem} & REPORTING_VERBS_EN)


def _noun_after_adjectives(text: str, position: int) -> str | None:
    """The plural noun a figure counts when words that qualify it stand between them ("seven
    missing people", "12 new small hydropower stations", "four Central Asian countries"):
    the first plural word within a few words joined by single spaces, none of them a
    function word; None when there is none (the word after the figure is then its unit)."""
    for _ in range(_MAX_ADJECTIVES):
        if text[position : position + 1] not in (" ", "\u00a0"):
            return None
        match = _WORD.match(text, position + 1)
        if match is None:
            return None
        word = match.group(0)
        lower = word.lower()
        if len(lower) < 3 or lower in _CHAIN_STOPS:
            return None
        if _plural(lower) and not word[0].isupper():
            return word
        position = match.end()
    return None


_NUMBER_WORDS = {
    language: frozenset(_WORDS[language] + _BIG_WORDS[language]) for language in _WORDS
}
_LETTERS = re.compile(r"[^\W\d_]+")


def _spelled_value(phrase: str, language: str) -> float | None:
    """The value of a run of number words, None when the words make no one number."""
    return _words_value(phrase.replace("-", " ") if language == "en" else phrase, language)


def _word_runs(text: str, language: str):
    """Maximal runs of number words, joined by spaces, hyphens or "et"/"and". The joiner joins
    only the parts of one compound ("one hundred and five", "vingt et un"): "between two and
    six years", "entre deux et six ans" are two figures, the ends of a range."""
    vocabulary = _NUMBER_WORDS[language]
    joiner = _JOINERS[language]
    words = [(m.start(), m.end(), m.group(0)) for m in _LETTERS.finditer(text)]
    i = 0
    while i < len(words):
        if words[i][2].lower() not in vocabulary:
            i += 1
            continue
        j = i
        while j + 1 < len(words):
            gap = text[words[j][1] : words[j + 1][0]]
            following = words[j + 1][2].lower()
            if gap in (" ", "-", "\u00a0") and following in vocabulary:
                j += 1
            elif (
                following == joiner
                and j + 2 < len(words)
                and words[j + 2][2].lower() in vocabulary
                and gap == " "
                and _spelled_value(text[words[i][0] : words[j + 2][1]], language) is not None
            ):
                j += 2
            else:
                break
        yield words[i][0], words[j][1]
        i = j + 1


_RATIO_TERM = r"\d{1,3}(?:,\d{3})*|[^\W\d_]+(?:-[^\W\d_]+)*"
_RATIOS = {
    # "un Ehpad sur trois", "deux sur cinq", "one in three homes", "two out of five adults":
    # a share of a whole, not a count of its second figure
    "fr": re.compile(
        rf"\b(?P<a>{_RATIO_TERM})(?:[ \u00a0](?P<noun>[^\W\d_]+))?[ \u00a0]sur[ \u00a0]"
        rf"(?P<b>{_RATIO_TERM})\b",
        re.I,
    ),
    "en": re.compile(
        rf"\b(?P<a>{_RATIO_TERM})(?:[ \u00a0](?P<noun>[^\W\d_]+))?[ \u00a0](?:in|out[ \u00a0]of)"
        rf"[ \u00a0](?P<b>{_RATIO_TERM})\b",
        re.I,
    ),
}
_SPAN_AFTER = re.compile(
    r"[ \u00a0](?:secondes?|seconds?|minutes?|heures?|hours?|jours?|days?|semaines?|weeks?|mois"
    r"|months?|ans|années?|years?|matchs?|matches|games?|rounds?|km|kilomètres|kilometres"
    r"|miles?|tours?|laps?|sets?|innings)\b",
    re.I,
)
"""What the second figure counts when it is a stretch of time or a contest ("12 in 24 hours",
"deux sur trois matchs", "3 in 10 minutes"): a rate or a tally, not a share."""


def _share(match: re.Match, language: str) -> tuple[float, bool] | None:
    """The share "one in three" says, in percent (33.3, rounded to a tenth and then
    approximate), or None when it is no share: a part not smaller than its whole ("24 heures
    sur 24"), a part in digits out of anything but 10, 100 or 1,000 ("40 élèves sur 120
    inscrits": two counts), a whole that is a year or a stretch of time or play ("3 in 2024",
    "12 in 24 hours"), a function word between them ("two of them in three"), a French
    whole followed by its own plural noun ("un débat sur trois propositions")."""
    part, whole = (_ratio_term(match[name], language) for name in ("a", "b"))
    if part is None or whole is None or not 0 < part < whole:
        return None
    if match["a"][0].isdigit() and whole not in (10, 100, 1000):
        return None  # "40 élèves sur 120 inscrits": two counts; "6 in 10", "deux sur cinq"
    if re.fullmatch(r"1[89]\d\d|20\d\d", match["b"]) or _SPAN_AFTER.match(
        match.string, match.end()
    ):
        return None
    noun = match["noun"]
    if noun is not None and noun.lower() in _NOT_UNITS | _CLAUSE_WORDS:
        return None
    if language == "fr" and _counts_plural(match.string, match.end()):
        return None  # "un débat sur trois propositions": "sur" is "about" (French puts the
        # noun of a share before "sur": "un Ehpad sur trois")
    share = 100 * part / whole
    rounded = round(share, 1)
    return _clean(rounded), rounded != share


def _ratio_term(term: str, language: str) -> float | None:
    if term[0].isdigit():
        return _digits_value(term, "en" if "," in term else language)
    lower = term.lower()
    if lower not in ("un", "une", "one") and not all(
        word in _NUMBER_WORDS[language] for word in lower.split("-")
    ):
        return None
    return _words_value(lower.replace("-", " ") if language == "en" else lower, language)


_FRENCH_SCALE_NOUN = re.compile(r"(?:millions?|milliards?|milliers?|[^\W\d_]+aines?)$", re.I)
_DE_AFTER = re.compile(rf"{_SPACE}*(?:de\b|d['’]|des\b|du\b)", re.I)
"""A French scale or collective noun ("millions", "milliers", "centaines", "trentaine") takes
what it counts after "de" ("780 millions d'euros"); a word right after it qualifies the
elided noun ("contre 780 millions prévus"), and counts nothing."""


_MINUS_BEFORE = re.compile(
    r"(?:(?:^|(?<=[\s(\[«“\"'’:=;]))[-\u2212]"
    r"|(?:^|(?<=[\s(\[«“\"]))(?P<word>(?i:moins|minus))[ \u00a0\u202f]+)$"
)
"""A minus sign touching a figure after a space or an opening mark ("-5 °C", "−5 °C", "(-0,3 %)"),
or the word said before it ("moins 5 degrés", "minus 5 degrees")."""
_FIGURE_BEFORE = re.compile(r"\d[ \u00a0\u202f]*$")
"""A figure before the sign makes it a hyphen between two figures, a range or a score ("5-6
ans", "2017-2018", "5 - 6", "3-1"), or a difference ("10 moins 5"): no minus."""
_COMPARING_BEFORE = re.compile(
    r"(?<![\w-])(?i:au|du|le|la|les|pour|ou|or|pas|heures?|h|midi|minuit)[ \u00a0\u202f]+$"
)
"""A word that makes "moins" a comparison or the time, not a sign ("au moins 5", "pas moins",
"plus ou moins 3", "cinq heures moins 10")."""


def _minus(text: str, start: int) -> int | None:
    """Where the minus sign of the figure starting at `start` begins, or None when it has none
    (`_MINUS_BEFORE`, `_FIGURE_BEFORE`, `_COMPARING_BEFORE`)."""
    sign = _MINUS_BEFORE.search(text, max(0, start - 10), start)
    if sign is None:
        return None
    before = text[max(0, sign.start() - 10) : sign.start()]
    if _FIGURE_BEFORE.search(before) or (sign["word"] and _COMPARING_BEFORE.search(before)):
        return None
    return sign.start()


def find_numbers(
    text: str, language: str = "fr", carried: str | None = None
) -> list[NumberMention]:
    """Every figure in `text`, in order, with offsets into `text`. `carried`: what the
    sentence before counted (`counted`), which a figure opening this one as its subject with
    its noun left unsaid counts ("Onze prévenus ont été condamnés. Quatre
    ont été relaxés.")."""
    language = language if language in _DIGITS else "en"
    found: list[NumberMention] = []
    taken: list[tuple[int, int]] = []

    def add(
        start: int,
        end: int,
        value: float,
        unit: str | None = None,
        approximate: bool = False,
        counts: bool = True,
    ) -> None:
        """`counts` False: a rank ("deuxième étage", "3rd floor"), which counts nothing. A
        figure with a minus sign (`_minus`) is negative, the sign part of its text."""
        if counts and (sign := _minus(text, start)) is not None:
            start, value = sign, -value
        if any(s < end and start < e for s, e in taken):
            return
        approximate = approximate or bool(APPROXIMATE.search(text[max(0, start - 25) : start]))
        if unit is None and counts:
            currency = _CURRENCY_BEFORE.search(text, max(0, start - 3), start) or (
                _CURRENCY_AFTER.match(text, end)
            )
            unit = _CURRENCIES[currency.group(1)] if currency else _unit_after(text, end)
            if unit and language == "fr" and _FRENCH_SCALE_NOUN.search(text, start, end):
                # "780 millions prévus": what a French scale noun counts follows "de"
                unit = unit if _DE_AFTER.match(text, end) else None
            if unit is None and language == "en" and text[end : end + 1] != "-":
                verb = _COUNTED_BY_VERB.search(text, max(0, start - 40), start)
                unit = _participle(verb["verb"]) if verb else None
        found.append(NumberMention(text[start:end], _clean(value), start, end, unit, approximate))
        taken.append((start, end))

    for match in _HALF[language].finditer(text):
        raw = (match["n"] or match["n2"]).lower()
        unit = (match["unit"] or match["unit2"]).lower()
        count = _HALF_COUNTS.get(raw) or _words_value(raw, language) or 0
        value = count + 0.5
        if unit.startswith(("million", "milliard", "billion")):
            value, unit = value * _SCALES[unit.rstrip("s") if unit.endswith("s") else unit], None
        add(match.start(), match.end(), value, unit)

    for match in _COLLECTIVE_OF_SCALE.finditer(text) if language == "fr" else ():
        if (collective := _COLLECTIVES["fr"].get(match["c"].lower())) is not None:
            times = _PLURAL_SCALES["fr"][match["s"].lower()]
            add(match.start(), match.end(), collective * times, approximate=True)

    for match in _PLURAL_SCALE[language].finditer(text):
        word = (match["w"] or "").lower()
        if word == "tens" and not match["s"]:
            continue  # "tens" alone counts nothing ("tens of thousands" does)
        if word == "scores" and not re.match(r"\s+of\b", text[match.end() :]):
            continue  # "the scores were level": a game's, not a count
        start = match.start() if match.groupdict().get("one") else match.start("w")
        if (bound := order_of_size_bound(text[start : match.end()], language)) is not None:
            add(start, match.end(), bound, approximate=True)

    for match in _FRACTION_OF_SCALE[language].finditer(text):
        round_scale = match["s"].lower() in _ROUND_SCALES
        add(match.start(), match.end(), _fraction_of_scale(match), approximate=round_scale)

    position = 0
    while ratio := _RATIOS[language].search(text, position):
        share = _share(ratio, language)
        if share is None or _COUNTED_BY_VERB.search(
            text, max(0, ratio.start() - 40), ratio.start()
        ):
            position = ratio.start() + 1  # "that one in three": try again from the next word
            continue
        add(ratio.start(), ratio.end(), share[0], "%", share[1])
        position = ratio.end()

    for match in _DEMI_UNIT.finditer(text):
        add(match.start(), match.end(), 0.5, match.group(1).lower())

    fractions: list[tuple[int, int, float]] = []
    for match in _FRACTIONS[language].finditer(text):
        key = re.sub(r"[- ]", " ", match.group(0).lower())
        if key == "a third" and _ORDINAL_NOUN_AFTER.match(text, match.end()):
            continue  # "a third body was found": the third one, left to the ordinals
        fractions.append((match.start(), match.end(), _FRACTION_VALUES.get(key, 0.5)))
    for match in _ORDINAL_FRACTION[language].finditer(text):
        if (fraction := _ordinal_fraction(match, language)) is not None:
            fractions.append((fraction[0], match.end(), fraction[1]))
    for start, end, value in sorted(fractions):
        if language == "en" and (measure := _of_a_unit(text, end)):
            add(start, measure[0], _clean(value * measure[2]), measure[1])
        else:
            add(start, end, value)

    matches = list(_DIGITS[language].finditer(text))
    if language == "en":
        # "3 180 residents": a space between groups of three is a thousands separator in
        # English text too, unless the first figure is a day ("on May 15 200 people")
        spaced = [
            m
            for m in _SPACED_THOUSANDS.finditer(text)
            if not _DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ]
        matches = spaced + matches
    for match in matches:
        start, end = match.span()
        value = _digits_value(match.group(0), language)
        unit = None
        if percent := _PERCENT_AFTER.match(text, end):
            end, unit = percent.end(), "%"
        elif basis := _BASIS_POINTS.match(text, end):
            end, unit, value = basis.end(), "points", value / 100
        elif scale := _SCALE_AFTER.match(text, end):
            word = scale.group(1) or scale.group(2)
            following = text[scale.end() : scale.end() + 1]
            if len(word) > 1 or not (following.isalpha() or following == "/"):  # "12 m/s"
                value *= _SCALES[word.lower()]
                end = scale.end()
        if (
            unit is None
            and _YEAR_SHAPED.fullmatch(text[start:end])
            and (
                _unit_after(text, pair.end() if (pair := _PAIRED_YEAR.match(text, end)) else end)
                is None
                or year_modifier(text, start, end, language)
            )
        ):
            continue  # a year, left to the date rules ("1900 and 2000 people": a count)
        grade = _NAME_BEFORE.search(text, max(0, start - 40), start)
        if grade and grade.group(1).lower() in _GRADES and unit is None:
            unit = grade.group(1).lower()  # "Level 4 alert": the step of a scale, not a name
        elif end == match.end() and _in_name(text, start, end):
            continue  # "France 2", "Boeing 737": part of a name, not a quantity
        elif unit is None and _REFERENCE_BEFORE.search(text, max(0, start - 40), start):
            continue  # "l'article 49.3 de la Constitution": which article, not a quantity
        add(start, end, value, unit)

    for match in _SUFFIX_ORDINAL.finditer(text):
        add(match.start(), match.end(), float(re.sub(r"\D", "", match.group(1))), counts=False)

    for start, end in _word_runs(text, language):
        phrase = text[start:end]
        lower = phrase.lower()
        if phrase[0].isupper() and re.match(r"-[A-ZÀ-Ý]", text[end : end + 2]):
            continue  # "Deux-Sèvres", "Trois-Rivières", "Seven-Oaks": a place's name
        compound = re.match(r"-[^\W\d_]", text[end : end + 2])  # "one-hour", "one-year"
        if (lower in _LONE_NOT_FIGURES and not compound) or (
            lower == "neuf" and not _unit_after(text, end)
        ):
            continue
        spelled = _spelled_value(phrase, language)
        if spelled is None:
            continue
        unit = None
        if percent := _PERCENT_AFTER.match(text, end):
            end, unit = percent.end(), "%"
        elif basis := _BASIS_POINTS.match(text, end):
            end, unit, spelled = basis.end(), "points", spelled / 100
        add(start, end, spelled, unit)

    for match in _WORD.finditer(text):
        word = match.group(0)
        lower = word.lower()
        if lower in _COLLECTIVES[language]:
            before = text[max(0, match.start() - 4) : match.start()].lower()
            if lower in _HOMONYMS and not re.match(r"\s+d(?:e\s|['’])", text[match.end() :]):
                continue  # "une quarantaine stricte": a quarantine, no count
            if re.search(r"\b(une?|a) $", before):
                add(match.start(), match.end(), _COLLECTIVES[language][lower], approximate=True)
            continue
        rank = _ordinal_value(word, language)
        if rank is None or re.search(r"\d\s+$", text[max(0, match.start() - 3) : match.start()]):
            continue
        if _TITLE_AFTER_ORDINAL.match(text, match.end()):
            continue  # "Premier ministre", "First Lady": a title, not a rank
        if rank == 1 and not _ranks(text, match.end(), language):
            continue  # "pour la première fois", "sa première visite": initial, not a rank
        if lower in ("second", "seconde"):
            after = text[match.end() : match.end() + 1]
            before = text[max(0, match.start() - 6) : match.start()].lower()
            if after != "-" and not re.search(r"(the|la|le|a|its|his|her|their|'s) $", before):
                continue
        add(match.start(), match.end(), rank, counts=False)

    found.sort(key=lambda n: n.start)
    return _ranges(text, _shared_bounds(text, _elided_units(text, found, language, carried)))


# "au moins 12 morts et 37 disparus", "more than 300 homes, 40 schools and 12 bridges": a
# bound stands before a list of counts, each a figure and its noun, and holds for all of
# them; not over a clause of its own ("At least 14 people were killed and 30 are missing"),
# and an estimate only for its own figure ("some 450 rescuers and eight helicopters")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?:et|and|ou|or)\s+)?|\s+(?:et|and|ou|or)\s+)$")
_BOUND = re.compile(
    r"\b(?:au moins|plus de|moins de|pas moins de|jusqu'à|at least|more than|less than"
    r"|fewer than|no fewer than|no less than|up to|as many as)\s*$",
    re.IGNORECASE,
)


_LISTED = [
    re.compile(
        r"(?:^|\s)(?P<figure>\S+)\s+(?:d['’]|de\s+|of\s+)?"
        + r"\s+".join([r"[^\W\d][\w'’-]*"] * words)
        + _LIST_JOINT.pattern
    )
    for words in (1, 2)
]


def listed_bound(text: str, start: int) -> str:
    """The words of the bound a figure at `start` shares with the counts listed before it
    ("au moins" for 37 in "au moins 12 morts et 37 disparus"), as written; "" if none."""
    at = start
    for _ in range(6):
        found = [
            m
            for m in (p.search(text, max(0, at - 80), at) for p in _LISTED)
            if m
            and (
                any(c.isdigit() for c in m["figure"])
                or any(_words_value(m["figure"].lower(), lang) for lang in ("fr", "en"))
            )
        ]
        if not found:
            return ""
        figure = max(m.start("figure") for m in found)
        bound = _BOUND.search(text, max(0, figure - 25), figure)
        if bound:
            return bound.group(0).strip()
        at = figure
    return ""


def _shared_bounds(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A figure listed right after a bound figure and its noun is bounded with it."""
    result = list(found)
    bounded = [bool(_BOUND.search(text, max(0, n.start - 25), n.start)) for n in found]
    for index in range(1, len(result)):
        figure, before = result[index], result[index - 1]
        if figure.approximate or not bounded[index - 1] or before.unit is None:
            continue
        between = text[before.end : figure.start]
        noun = re.match(r"\s+(?:d['’]|de\s+|of\s+)?", between)
        at = noun.end() if noun else 0
        if not between.lower().startswith(before.unit.lower(), at):
            continue
        if figure.unit is not None and _LIST_JOINT.fullmatch(between, at + len(before.unit)):
            result[index] = replace(figure, approximate=True)
            bounded[index] = True
    return result


# "At least 14 people were killed and 30 are missing", "trois personnes sont mortes et deux
# sont blessées": a figure standing alone as the subject of the next clause counts what the
# figure before it counted, its noun left unsaid
_ELIDED_AFTER = {
    "en": re.compile(
        r"\s+(?:(?:are|were|is|was|have|had|remain|remained|still|also|others?|more)\b)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\s+(?:(?:sont|ont|étaient|avaient|restent|restaient|demeurent|seraient|auraient"
        r"|autres|ne|n['’]|se|s['’]|y)(?:\b|(?<=['’])))",
        re.IGNORECASE,
    ),
}
_ELIDED_BEFORE = re.compile(
    r"(?:,|\b(?:and|while|but|whereas|et|mais|tandis que|alors que|dont))\s+"
    r"(?:(?:at least|more than|nearly|about|some|another|almost|around|over|au moins|plus de"
    r"|près de|environ|quelque)\s+)?$",
    re.IGNORECASE,
)


_OTHERS = frozenset({"others", "other", "more", "autres"})

# "23 personnes ont été blessées, dont quatre grièvement", "23 people were hurt, four of them
# seriously", "dont trois d'entre eux", "including two.": a part of the head count before,
# told by a word of manner, "of them", or nothing after "dont"/"including"
_PART_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|whom)\b|d['’]entre\s+(?:eux|elles)\b|[^\W\d_]{2,}(?:ment|ly)\b)",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    r"\b(?:dont|including|among\s+them|parmi\s+(?:eux|elles|lesquels|lesquelles)|soit)\s+"
    r"(?:(?:at least|more than|nearly|about|some|almost|around|over|au moins|plus de"
    r"|près de|environ|quelque)\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[,;.:)]|$)")
_MORE_OR_LESS = re.compile(r"\s+(?:de\s+(?:plus|moins)|more|less|fewer)\b", re.IGNORECASE)
"""A part or a restatement told as a difference ("soit 8 milliards de plus qu'en 2026")."""
_PART_WHERE = re.compile(
    r"\s+(?:dans|en|à|au|aux|sur|sous|chez|par|in|at|on|under|with|from)\b", re.IGNORECASE
)
"""A part placed or described by a preposition after it ("dont trois dans un état grave",
"dont deux en réanimation", "including two in critical condition"): still a part of the
count, the preposition tells where or how, not what."""


_GAPPED_BEFORE = re.compile(
    r"\b(?:and|et)\s+(?:(?:at least|more than|nearly|about|some|almost|around|over|au moins"
    r"|plus de|près de|environ|quelque)\s+)?$",
    re.IGNORECASE,
)
_VERB_FORMS = re.compile(
    r"(?<![\w'’-])(?:(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|may"
    r"|might|must|shall|should|do|does|did|remain|remains|remained|hurt|left|lost|held|taken"
    r"|shot|slain|struck|est|sont|était|étaient|ont|avait|avaient|sera|seront|serait|seraient"
    r"|reste|restent|demeurent|se|ne|morts?|mortes?|atteintes?|atteints?|prises?|pris)"
    r"|(?!(?:morning|evening|building|hundred)\b)[a-z]{3,}(?:ed|ing)"
    r"|[a-zà-ÿ]{2,}(?:é|ée|és|ées)|[a-zà-ÿ]{3,}(?:us|ues))(?![\w'’-])|(?<![\w-])[sn]['’]"
)
_CLAUSE_REST = re.compile(r"[^,;.:!?()«»“”\"]*")
_NEXT_COORDINATOR = re.compile(r"\b(?:and|et|but|mais|or|ou|while|tandis)\b", re.IGNORECASE)


def clause_rest(text: str, at: int) -> str:
    """The words from `at` to the end of their clause: the next punctuation or coordinator."""
    rest = _CLAUSE_REST.match(text, at)
    stretch = rest.group(0) if rest else ""
    coordinator = _NEXT_COORDINATOR.search(stretch)
    return stretch[: coordinator.start()] if coordinator else stretch


def verbless(stretch: str) -> bool:
    """No verb of its own in a stretch of a clause: no auxiliary, no lower-case word formed as
    a participle ("killed", "missing", "contaminées", "disparus"). A conjunct so bare ("and
    two (people) in Odesa", "et deux à Odessa") shares the verb of the clause before it (a
    gapped verb): its figure counts what the one before counted, as the same fate befell."""
    return _VERB_FORMS.search(stretch) is None


_VERSUS = re.compile(r",?[ \u00a0]+(?:contre|to|against|versus|vs\.?)[ \u00a0]+$", re.IGNORECASE)
"""Between a count and the figure it is set against ("289 voix contre 262", "by 289 votes
to 263", "610 millions d'euros, contre 780 millions"): the second counts the same, its noun
left unsaid."""


def _set_against(text: str, before: NumberMention, figure: NumberMention) -> bool:
    """Whether `figure` is set against `before` and its noun ("289 voix contre 262", "53 %
    contre 47")."""
    if _CHANGE_BEFORE.search(text, max(0, before.start - 40), before.start):
        return False  # "rose 5 percent to 10": where it went, which may be another quantity
    between = text[before.end : figure.start]
    noun = re.match(r"[ \u00a0]+(?:d['’]|de[ \u00a0]+|of[ \u00a0]+)?", between)
    at = noun.end() if noun else 0
    if between.lower().startswith(str(before.unit).lower(), at):
        between = between[at + len(str(before.unit)) :]
    return bool(_VERSUS.fullmatch(between))


_QUALIFIER = (
    r"(?:(?:at least|more than|nearly|about|some|almost|around|over|au moins|plus de"
    r"|près de|environ|quelque)\s+)?"
)
_PARTITIVE = {
    "fr": re.compile(
        r"(?:^|[,;:.]\s*)(?i:parmi)\s+(?:les|ces|leurs|nos|vos)\s+(?P<noun>[^\W\d_][\w'’-]*)"
        r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s*,\s*" + _QUALIFIER + "$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:^|[,;:.]\s*)(?i:among|of)\s+(?:the|those|these|its|their)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}?"
        r"(?P<noun>[^\W\d_][\w'’-]*)\s*,\s*" + _QUALIFIER + "$",
        re.IGNORECASE,
    ),
}
"""A partitive opening the clause names what the figure after it counts: "Parmi les
blessés, six sont dans un état grave", "Among the injured, six were ...", "Of the
passengers, 12 were rescued": French puts the noun first, English last. Only one opening
the clause ("In the first half of the year, 12 were killed" counts no years)."""


def _partitive_unit(text: str, figure: NumberMention, language: str) -> NumberMention:
    """`figure` counting the noun of the partitive before it, when it names none itself and
    stands as the subject of its clause or a part ("six sont", "six, dont deux pompiers")."""
    if figure.unit is not None:
        return figure
    partitive = _PARTITIVE[language].search(text, max(0, figure.start - 80), figure.start)
    if partitive is None or not (
        _ELIDED_AFTER[language].match(text, figure.end)
        or _PART_AFTER.match(text, figure.end)
        or _CLAUSE_END.match(text, figure.end)
    ):
        return figure
    noun = partitive["noun"]
    if language == "fr" and not _plural(noun.lower()):
        return figure  # "parmi les plus touchés": no noun to count
    return replace(figure, unit=noun)


_MEASURES = frozenset(MEASURE_WORDS)


def _measure(unit: str) -> bool:
    """A unit that says how much (a duration, a size, a sum of money), not how many things."""
    first = unicodedata.normalize("NFKD", unit.lower()).encode("ascii", "ignore").decode()
    return unit in _CURRENCIES.values() or first.split(" ")[0] in _MEASURES


def _countable(text: str, figure: NumberMention) -> bool:
    """`figure` counts things a figure left without its noun may stand for: a plural noun (one
    in "-us" after a count above one is a plural by agreement, "onze prévenus", not "bus"),
    not a measure ("sentences of between two and six years", "euros") nor "others", and not a
    part of another count set in an apposition ("including three executives", "dont trois
    dirigeants"), which refines that count."""
    unit = (figure.unit or "").lower()
    if not unit or unit in _OTHERS or _measure(unit):
        return False
    if not (_plural(unit) or (figure.value >= 2 and unit.endswith("us"))):
        return False
    return _PART_BEFORE.search(text, max(0, figure.start - 40), figure.start) is None


def counted(text: str, found: list[NumberMention]) -> str | None:
    """What the last countable figure of `text` counts (`_countable`): carried to the next
    sentence, whose opening figure standing alone as the subject counts the same ("Onze
    autres prévenus ... ont été condamnés ... . Quatre ont été relaxés.")."""
    units = [figure.unit for figure in found if _countable(text, figure)]
    return units[-1] if units else None


def _elided_head(
    text: str, before: list[NumberMention], figure: NumberMention, language: str
) -> NumberMention | None:
    """The count an elided head stands for: a figure without its noun, standing alone as the
    subject of a clause ("..., while four were acquitted", "et deux sont blessées") counts
    what the nearest countable figure before it in the sentence counted, past measures and
    parts in an apposition ("Eleven co-defendants, including three construction executives,
    received sentences of between two and six years, ..., while four were acquitted": four
    co-defendants); None when there is none or the figure is no elided head."""
    if figure.unit is not None or not (
        _ELIDED_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        and _ELIDED_AFTER.get(language, _ELIDED_AFTER["en"]).match(text, figure.end)
    ):
        return None
    for head in reversed(before):
        if re.search(r"[.;:!?]", text[head.end : figure.start]):
            return None
        if _countable(text, head):
            return head
    return None


def _elided_units(
    text: str, found: list[NumberMention], language: str, carried: str | None = None
) -> list[NumberMention]:
    """Each figure without a unit that stands for the noun of the figure before it, read from
    the few words around it: the subject of the next clause (a count, not money: the nearest
    countable figure, `_elided_head`; opening the sentence, what the sentence before counted,
    `carried`), a part of that count or sum ("dont quatre grièvement", "four of them
    seriously", "31,5 milliards d'euros, dont 9,2 milliards sur ...", "soit 8 milliards de
    plus"), or the figure it is set against ("289 voix contre 262")."""
    result = [_partitive_unit(text, figure, language) for figure in found]
    if (
        carried is not None
        and result
        and result[0].unit is None
        and re.fullmatch(r"\s*" + _QUALIFIER, text[: result[0].start], re.IGNORECASE)
        and _ELIDED_AFTER.get(language, _ELIDED_AFTER["en"]).match(text, result[0].end)
    ):
        result[0] = replace(result[0], unit=carried)  # "Quatre ont été relaxés."
    parts: set[int] = set()
    for index in range(1, len(result)):
        figure, before = result[index], result[index - 1]
        head = _elided_head(text, result[:index], figure, language)
        if head is not None:
            result[index] = replace(figure, unit=head.unit)
            continue
        if before.unit is None:
            continue
        if figure.unit is None and _set_against(text, before, figure):
            result[index] = replace(figure, unit=before.unit)
            continue
        money = before.unit in _CURRENCIES.values()
        if not (money or _plural(before.unit.lower())):
            continue
        if figure.unit is not None and figure.unit.lower() in _OTHERS:
            if not re.search(r"[.;:!?]", text[before.end : figure.start]):
                # "four miners were killed and two others are missing": others of them
                result[index] = replace(figure, unit=before.unit)
            continue
        if figure.unit is not None:
            continue
        if re.search(r"[.;:!?]", text[before.end : figure.start]):
            continue
        pattern = _ELIDED_AFTER.get(language, _ELIDED_AFTER["en"])
        window = max(0, figure.start - 40)
        elided = _ELIDED_BEFORE.search(text, window, figure.start) and (
            (not money and pattern.match(text, figure.end)) or _PART_AFTER.match(text, figure.end)
        )
        part = (
            _PART_BEFORE.search(text, window, figure.start)
            or (index - 1 in parts and _ELIDED_BEFORE.search(text, window, figure.start))
        ) and (
            _CLAUSE_END.match(text, figure.end)
            or _PART_WHERE.match(text, figure.end)
            or _MORE_OR_LESS.match(text, figure.end)
        )
        gapped = (
            _GAPPED_BEFORE.search(text, window, figure.start)
            and _PART_WHERE.match(text, figure.end)
            and verbless(clause_rest(text, figure.end))
        )  # "Four people were killed in Kharkiv and two in Odesa": two people (killed)
        if part:
            parts.add(index)  # "dont 12 à Naples et 3 à Rome": the next part, in the same list
        if elided or part or gapped:
            result[index] = NumberMention(
                figure.text, figure.value, figure.start, figure.end, before.unit, figure.approximate
            )
    return result


_TALLY_WORDS = re.compile(
    r"\b(?:won|wins?|winning|beat|beats|beaten|defeated|defeats?|lost|loses|losing|draw|drew"
    r"|drawn|victory|score|scored|led|leads|trailed|tied|voted|vote|votes|match|game|final"
    r"|victoire|défaite|battue?s?|bat|gagné|perdu|imposée?s?|emporté|nul|vaincue?s?)\b",
    re.IGNORECASE,
)


def _tally(text: str, low: NumberMention, high: NumberMention, joint: str) -> bool:
    """ "won 3-1", "a 2-2 draw", "the committee voted 10-5": two whole numbers joined by a
    bare dash, the first not below the second or with a word of winning, losing or voting
    near them, are a score or a tally, not a range (a range runs upwards: "5-6 years")."""
    if joint not in ("-", "–") or high.unit == "%" or low.unit == "%":
        return False
    if not (low.text.isdigit() and high.text.isdigit()):
        return False
    if low.value >= high.value:
        return True
    window = text[max(0, low.start - 40) : high.end + 30]
    return bool(_TALLY_WORDS.search(window))


def _scaled(low: NumberMention, high: NumberMention) -> float:
    """The first figure of a pair with the scale written once after the second ("entre 12 et
    14 millions": 12,000,000)."""
    scale = _SCALE_AFTER.search(high.text)
    if scale and not _SCALE_AFTER.search(low.text) and high.unit != "%":
        return _clean(low.value * _SCALES[(scale.group(1) or scale.group(2)).lower()])
    return low.value


def _ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """ "entre 12 et 14 millions de visiteurs", "5 to 6 years": both ends are bounds of one
    range, and the first takes the scale and unit written once after the second; a bound
    written after it ("« cinq à six ans » au moins") holds for both."""
    result = list(found)
    for index in range(len(result) - 1):
        low, high = result[index], result[index + 1]
        joint = text[low.end : high.start]
        if not _RANGE_JOIN.fullmatch(" " + joint) or len(joint) > 5:
            continue
        if high.text.lower() in _SCALES:
            continue  # "2.5-million": one figure and its scale, not a range
        if joint.strip().lower() in ("et", "and") and not _RANGE_OPEN.search(text[: low.start]):
            continue  # "12 et 14": two figures unless "entre"/"between" opens a range
        if (
            low.unit and high.unit and low.unit != high.unit and low.unit not in _NOT_UNITS
        ) or _CHANGE_BEFORE.search(text, max(0, low.start - 40), low.start):
            if low.unit is None and high.unit is not None:
                # "est passé de 10 à 12 euros", "from 8 to 6 million": written once, after
                result[index] = NumberMention(
                    low.text, _scaled(low, high), low.start, low.end, high.unit, low.approximate
                )
            continue  # "rose 9% to 3.8 billion pounds": a change from one figure to another
        if _tally(text, low, high, joint):
            unit = high.unit if high.unit and high.unit.endswith("s") else None
            for place, mention in ((index, low), (index + 1, high)):
                result[place] = NumberMention(
                    mention.text, mention.value, mention.start, mention.end, unit, False
                )
            continue  # "won 3-1", "a 2-2 draw", "voted 10-5": a score, two exact figures
        unit = low.unit if low.unit not in (None, *_NOT_UNITS) else high.unit
        result[index] = NumberMention(low.text, _scaled(low, high), low.start, low.end, unit, True)
        result[index + 1] = NumberMention(
            high.text, high.value, high.start, high.end, high.unit, True
        )
    return [
        n
        if n.approximate or not _BOUND_AFTER.match(text, n.end)
        else NumberMention(n.text, n.value, n.start, n.end, n.unit, True)
        for n in result
    ]
