"""Content words of a claim in French or English: folded (lower case, no accents), function
words left out, and stemmed with the Snowball stemmer (PyStemmer) of the claim's language, so that
"arrêtés" and "arrêter", or "elections" and "election", are one word."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from workbench.matching.wordnet import base_form

_STEMMERS = {"fr": Stemmer.Stemmer("french"), "en": Stemmer.Stemmer("english")}

# General function words of each language, the reporting verbs every news claim uses ("said",
# "a déclaré"), and the words that make a figure an estimate ("près de", "nearly"): they say
# nothing about which fact a claim states ("près" met "closed" through its sense "close").
_FUNCTION_WORDS = {
    "fr": """
a à afin ai aie aient ainsi alors après as au aucun aucune auprès aussi autre autres aux
avaient avais avait avant avec avoir ayant c ça car ce ceci cela celle celles celui cependant
ces cet cette ceux chaque chez ci comme comment d dans de des depuis donc dont du duquel elle
elles en encore entre es est et étaient était été être eu eux fait faire fois font hors i il
ils j je jusqu jusque l la là laquelle le lequel les lesquels leur leurs lors lorsqu lorsque
lui m ma mais me même mêmes mes moi mon n ne ni non nos notre nous on ont or ou où par parce
pas pendant peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui quoi s sa
sans se selon ses si sien soi soit son sont sous suis sur t ta tandis te tes toi ton tous tout
toute toutes très tu un une unes uns vers via voici voilà vos votre vous y
déclaré déclare déclarer dit dire affirmé affirme estimé indiqué indique annoncé annonce
ajouté expliqué précisé souligné assuré rapporté selon cours
près environ presque quasi quasiment autour
""",
    "en": """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up upon very was we were what when
where which while who whom why will with would you your yours
said says say saying told tells added announced reported stated according
nearly almost around roughly approximately
""",
}
_WORD = re.compile(r"[^\W\d_]+")


def _strip(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_LATIN = str.maketrans({chr(i): _strip(chr(i)) for i in range(0xC0, 0x250)})


def fold(text: str) -> str:
    """Lower case without accents: "Élysée" -> "elysee". Plain ASCII is only lowered (the
    table's lookups cost ten times more): the store folds every claim of an article this way
    at each keystroke of the table's search."""
    if text.isascii():
        return text.lower()
    folded = text.lower().translate(_LATIN)
    return folded if folded.isascii() else _strip(folded)


STOPWORDS = {lang: frozenset(map(fold, words.split())) for lang, words in _FUNCTION_WORDS.items()}


def words_of(text: str) -> list[str]:
    """The words of a text as written; elisions and hyphens cut ("l'armée" -> "l", "armée")."""
    return _WORD.findall(text)


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    """The folded stem of a word in its language ("arrêtés" -> "arret"); accents are kept
    for the stemmer, which reads them."""
    stemmer = _STEMMERS.get(language, _STEMMERS["en"])
    return fold(stemmer.stemWord(word.lower()))


def is_stopword(folded: str, language: str) -> bool:
    return folded in STOPWORDS.get(language, STOPWORDS["en"]) or len(folded) < 2


@lru_cache(maxsize=200_000)
def is_function_word(word: str, language: str) -> bool:
    """Whether a word as written is a function word (or too short) of its language:
    `is_stopword` of its folded form, remembered by word (a claim's signature asks it of each
    of its words, and of the words around each figure)."""
    return is_stopword(fold(word), language)


@lru_cache(maxsize=200_000)
def content_stem(word: str, language: str) -> str | None:
    """The stem of a word as written, None for a function word; an irregular English form is
    stemmed from its base form ("won" -> "win"). Remembered by word."""
    if is_function_word(word, language):
        return None
    return stem(base_form(word) if language == "en" else word, language)


def content_stems(text: str, language: str) -> list[str]:
    """The stems of the content words of a text, in order, each once (see `content_stem`)."""
    seen: dict[str, None] = {}
    for word in words_of(text):
        found = content_stem(word, language)
        if found is not None:
            seen.setdefault(found, None)
    return list(seen)
