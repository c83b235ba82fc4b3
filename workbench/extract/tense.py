"""Which way a relative date points: the tense of the verb it depends on, not the sentence's.

"Le ministre a déclaré vendredi que 40 écoles rouvriront" speaks of last Friday (the date
hangs on "a déclaré"), "réunira mercredi ..., a fait savoir Matignon" of next Wednesday (on
"réunira"). A date's direction is True (ahead of publication), False (behind it) or None (a
present tense, or no verb found: the caller decides). French reads the dependency parse and
spaCy's morphology, checked against the verb's form (the small model tags some futures,
"réunira", as present); English, which runs without a parser, reads the verb group nearest
to the date inside its clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Direction = Callable[[int, int], bool | None]
"""The direction of the date written at `[start, end)` of the sentence."""

# Future and conditional stems that are not the infinitive ("sera", "pourrait", "viendront").
_IRREGULAR_STEMS_FR = {
    "être": "ser",
    "avoir": "aur",
    "faire": "fer",
    "aller": "ir",
    "pouvoir": "pourr",
    "devoir": "devr",
    "voir": "verr",
    "vouloir": "voudr",
    "savoir": "saur",
    "falloir": "faudr",
    "envoyer": "enverr",
    "mourir": "mourr",
    "courir": "courr",
    "recevoir": "recevr",
    "valoir": "vaudr",
    "pleuvoir": "pleuvr",
}
_FUTURE_ENDINGS_FR = ("ai", "as", "a", "ons", "ez", "ont")
_CONDITIONAL_ENDINGS_FR = ("ais", "ait", "ions", "iez", "aient")
_PERFECT = {"aux:tense"}
_AUXILIARIES = {"aux", "aux:tense", "aux:pass", "cop"}
_LOOKS_AHEAD_FR = {"aller", "devoir"}
"""Before an infinitive in the present, these announce what is to come ("va se rendre
jeudi", "doit être voté mardi")."""
_LOOKS_AHEAD_FORMS_FR = frozenset(
    """va vont doit doivent devrait devraient devra devront prévoit prévoient prévoirait
    envisage envisagent compte comptent projette projettent apprête apprêtent entend entendent
    espère espèrent veut veulent souhaite souhaitent promet promettent""".split()
)
"""The same read from the word itself, in the present or conditional, for when the small
model parses it as something else ("Le gouvernement prévoit de présenter le texte vendredi":
"prévoit" tagged an adjective of "gouvernement")."""
_SCHEDULED_FR = frozenset("prévu programmé planifié attendu fixé".split())
"""Participles that, in a present passive, say something is planned for a day ("une marche
est prévue samedi", "les résultats sont attendus vendredi"), as English "is scheduled",
"is expected", "is due" do: the day lies ahead."""
_APPEALS_FR = frozenset(
    """appeler exhorter inviter inciter encourager pousser enjoindre sommer demander exiger
    ordonner promettre engager menacer presser réclamer conseiller recommander jurer supplier
    prier convier proposer""".split()
)
"""Verbs of appeal, demand or promise: what they ask or promise is still to come, whatever
their own tense ("a appelé mardi les partenaires sociaux à reprendre le dialogue lundi", "a
demandé aux syndicats de lever les piquets lundi", "exige que le travail reprenne lundi")."""
_APPEAL_NOUNS_FR = frozenset("appel demande exigence promesse engagement ultimatum".split())
"""The same said by a noun ("a lancé un appel à reprendre le travail lundi")."""
_QUOTE_MARKS = frozenset('«»"“”')
_CLAUSE_WORDS_FR = frozenset("que qu' qu’ qui dont où . ; : ? !".split())
_BEFORE_INFINITIVE_FR = frozenset(
    "de d' d’ se s' s’ ne n' n’ pas plus y en le la les l' l’ lui leur bientôt encore "
    "également aussi désormais".split()
)


def _stem_fr(lemma: str) -> str | None:
    """The stem French futures and conditionals are built on ("réunir" → "réunir",
    "prendre" → "prendr", "devenir" → "deviendr")."""
    lemma = lemma.lower()
    if lemma in _IRREGULAR_STEMS_FR:
        return _IRREGULAR_STEMS_FR[lemma]
    for ending, stem in (("venir", "viendr"), ("tenir", "tiendr")):
        if lemma.endswith(ending):
            return lemma[: -len(ending)] + stem
    if lemma.endswith(("er", "ir")):
        return lemma
    if lemma.endswith("re"):
        return lemma[:-1]
    return None


def _form_is(token: Token, endings: tuple[str, ...]) -> bool:
    stem = _stem_fr(token.lemma_)
    form = token.text.lower()
    return stem is not None and any(form == stem + ending for ending in endings)


def _future_fr(token: Token) -> bool:
    return "Fut" in token.morph.get("Tense", []) or _form_is(token, _FUTURE_ENDINGS_FR)


def _conditional_fr(token: Token) -> bool:
    return "Cnd" in token.morph.get("Mood", []) or _form_is(token, _CONDITIONAL_ENDINGS_FR)


def _predicate_fr(token: Token) -> Token | None:
    """The verb (or adjective with its copula, "seraient construits") the date hangs on."""
    for _ in range(12):
        if token.pos_ in {"VERB", "AUX"} or any(c.dep_ in _AUXILIARIES for c in token.children):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _verb_direction_fr(verb: Token) -> bool | None:
    auxiliaries = [c for c in verb.children if c.dep_ in _AUXILIARIES]
    if any(_future_fr(t) for t in [verb, *auxiliaries]):
        return True  # "réunira", "sera construit", "aura été voté"
    perfect = [a for a in auxiliaries if a.dep_ in _PERFECT]
    if any(_conditional_fr(a) for a in perfect):
        return False  # "aurait été tué mardi": a reported past
    if any(_conditional_fr(t) for t in [verb, *auxiliaries]):
        return True  # "seraient construits en mars": the future of a past report
    if "Inf" in verb.morph.get("VerbForm", []) or any(
        "Inf" in a.morph.get("VerbForm", []) for a in auxiliaries
    ):  # "se rendre jeudi", "être voté vendredi": the verb it completes says when
        head = verb.head
        if head.i != verb.i and head.lemma_.lower() in _LOOKS_AHEAD_FR:
            tense = head.morph.get("Tense", [])
            if _conditional_fr(head) or "Pres" in tense or not tense:
                return True
        return True if _announced_fr(verb) or _urged_fr(verb) else None
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _APPEALS_FR
        and not any(a.dep_ in _PERFECT for a in auxiliaries)
        and not {"Past", "Imp"} & set(verb.morph.get("Tense", []))
    ):
        return True  # "exige que le travail reprenne lundi": what is demanded is to come
    if _scheduled_fr(verb, auxiliaries):
        return True  # "est prévue samedi", "sont attendus vendredi"
    if (
        not auxiliaries
        and "Part" in verb.morph.get("VerbForm", [])
        and verb.dep_ == "xcomp"
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        # "restera interrompue jusqu'à vendredi": the participle completes the verb that
        # carries the tense
        return _verb_direction_fr(verb.head)
    if perfect or "Past" in verb.morph.get("Tense", []) or "Imp" in verb.morph.get("Tense", []):
        return False  # "a déclaré vendredi", "annonçait lundi", "réunis mardi"
    return None


def _scheduled_fr(verb: Token, auxiliaries: list[Token]) -> bool:
    """A planning participle after a present "être" and no other auxiliary ("est prévue",
    "sont programmés"; not "a été prévu", "était prévu": a plan made or a plan that was)."""
    form = re.sub(r"e?s?$", "", verb.text.lower())
    if form not in _SCHEDULED_FR or len(auxiliaries) != 1:
        return False
    (auxiliary,) = auxiliaries
    return auxiliary.lower_ in {"est", "sont"} and auxiliary.dep_ in {"aux:pass", "cop"}


def _announced_fr(infinitive: Token) -> bool:
    """The word before the infinitive (past "de", clitics and a few adverbs) is a verb that
    looks ahead, whatever the parse made of it: "prévoit de présenter", "compte manifester"."""
    index = infinitive.i - 1
    while index >= 0 and infinitive.doc[index].lower_ in _BEFORE_INFINITIVE_FR:
        index -= 1
    return index >= 0 and infinitive.doc[index].lower_ in _LOOKS_AHEAD_FORMS_FR


def _urged_fr(infinitive: Token) -> bool:
    """The infinitive is what a verb or noun of appeal, demand or promise asks for, read from
    word order as the small model hangs it anywhere ("a appelé mardi les partenaires sociaux
    à « reprendre le dialogue dès lundi »": "reprendre" parsed as a relative of
    "partenaires"): its "à" or "de", then, back past the object and the verb's own date, the
    nearest verb (or a noun of appeal) before any clause word."""
    doc = infinitive.doc
    index = infinitive.i - 1
    markers = {"à", "de", "d'", "d’"}
    while index >= 0 and (
        doc[index].lower_ in _BEFORE_INFINITIVE_FR - markers or doc[index].text in _QUOTE_MARKS
    ):
        index -= 1
    if index < 0 or doc[index].lower_ not in markers:
        return False
    from workbench.extract.dates import WEEKDAYS  # dates reads this module's directions

    for token in reversed(doc[max(0, index - 12) : index]):
        if token.lower_ in _CLAUSE_WORDS_FR:
            return False
        if token.lower_ in WEEKDAYS["fr"]:
            continue  # the appeal's own day, which the small model may tag a verb ("jeudi")
        if token.pos_ == "NOUN" and token.lemma_.lower() in _APPEAL_NOUNS_FR:
            return True
        if token.pos_ == "VERB":
            return token.lemma_.lower() in _APPEALS_FR
    return False


def french_direction(doc: Doc) -> Direction:
    """Directions read from the parse of one sentence (offsets are the doc's)."""

    def direction(start: int, end: int) -> bool | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        predicate = _predicate_fr(span.root)
        found = None if predicate is None else _verb_direction_fr(predicate)
        if found is None and any(t.lower_ in _LOOKS_AHEAD_FORMS_FR for t in doc[: span.start]):
            # "Le syndicat prévoit une nouvelle journée de mobilisation vendredi": the parse
            # found no verb (it took "prévoit" for an adjective), the word still plans ahead
            return True
        return found

    return direction


_WORD_EN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|[,;:()\"“”—–]")
_BOUNDARIES_EN = {
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "because",
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "if",
    "unless",
}
_FUTURE_EN = {"will", "shall", "would", "won't", "wouldn't", "'ll", "’ll"}
_PAST_AUX_EN = {"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"}
_PRESENT_AUX_EN = {"is", "are", "am", "has", "have", "does", "do", "isn't", "aren't"}
_PERFECT_EN = {"has", "have", "hasn't", "haven't"}
_BE_EN = {"be", "been", "being", "not", "also", "still", "already", "just", "never", "reportedly"}
# a copula after a modal keeps the participle in its group: "would remain closed until Monday"
_BE_EN |= {"remain", "stay", "become", "get", "keep"}
_AHEAD_EN = {"due", "set", "expected", "scheduled", "planned", "going", "about", "slated"}
# a present that announces what is to come before its "to": "plans to visit on Friday"
_INTENDS_EN = {"plan", "plans", "intend", "intends", "aim", "aims", "hope", "hopes", "expect"}
_INTENDS_EN |= {"expects", "want", "wants", "prepares", "prepare", "vows", "vow", "pledges"}
_INTENDS_EN |= {"promises", "threatens", "threaten", "seeks", "seek"}
_INTENDED_EN = {"threatened", "vowed", "pledged", "promised"}
_APPEALS_EN = frozenset(
    """urge urges urged urging call calls called calling ask asks asked asking demand demands
    demanded demanding order orders ordered ordering tell tells told telling press presses
    pressed pressing push pushes pushed pushing encourage encourages encouraged encouraging
    invite invites invited inviting implore implores implored imploring beg begs begged
    begging appeal appeals appealed appealing instruct instructs instructed instructing
    promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing
    threaten threatens threatened threatening""".split()
)
"""Verbs of appeal, demand or promise before their object and "to": what they ask or promise
is still to come, whatever their own tense ("urged unions and employers to return to talks
on Monday", "called on the government to act by Friday")."""
_DEMANDS_EN = frozenset(
    """demand demands demanded demanding insist insists insisted insisting ask asks asked
    asking request requests requested requesting require requires required requiring propose
    proposes proposed proposing recommend recommends recommended recommending urge urges
    urged urging order orders ordered ordering""".split()
)
"""Verbs of demand before a "that" clause, whose subjunctive is still to come."""
_IRREGULAR_PAST_EN = set(
    """said told went came took gave made met held left began became saw found got won lost fell
    rose sent spoke wrote led paid sold brought thought kept ran struck fled fought broke chose
    drove flew grew knew shot stood threw withdrew built spent felt heard meant sought
    swore""".split()
)
_NOT_PAST_EN = {"need", "speed", "red", "bed", "feed", "seed", "hundred", "indeed", "proceed"}
_NOT_PAST_EN |= {"succeed", "exceed", "embed", "shed", "breed", "greed", "bred", "united"}


def _past_form_en(word: str) -> bool:
    return word in _IRREGULAR_PAST_EN or (
        len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_EN
    )


def _groups_en(words: list[str]) -> list[tuple[int, int, bool | None]]:
    """Verb groups ("will be held", "has been postponed", "said") as word ranges, each with
    its direction."""
    groups: list[tuple[int, int, bool | None]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.endswith(("'ll", "’ll")):
            word = words[i] = "will"  # "they'll meet": the pronoun says nothing of the tense
        if (
            word in _INTENDED_EN
            and i + 1 < len(words)
            and words[i + 1] == "to"
            and (i == 0 or words[i - 1] != "had")
        ):
            # "have threatened to strike in August", "vowed to reopen by Friday": what was
            # threatened or vowed is still to come (not after "had": it may have passed)
            groups.append((i, i + 1, True))
            i += 1
            continue
        if word in _INTENDS_EN and i + 1 < len(words) and words[i + 1] == "to":
            groups.append((i, i + 1, True))  # "plans to", "hopes to", "vows to"
            i += 1
            continue
        if word == "compared" and words[i + 1 : i + 2] in (["with"], ["to"]):
            i += 1  # "higher in December compared with October": a preposition, not a verb
            continue
        if not (
            word in _FUTURE_EN
            or word in _PAST_AUX_EN
            or word in _PRESENT_AUX_EN
            or _past_form_en(word)
        ):
            i += 1
            continue
        j = i + 1
        while j < len(words) and (
            words[j] in _BE_EN or _past_form_en(words[j]) or words[j] in _AHEAD_EN
        ):
            j += 1
        group = words[i:j]
        first = group[0]
        if (
            first in _FUTURE_EN
            or (
                first in _PRESENT_AUX_EN | _PAST_AUX_EN
                and any(w in _AHEAD_EN for w in group[1:])
                and j < len(words)
                and words[j] == "to"
            )
            # "the result is expected by Thursday", "the verdict is due on Monday"
            or (first in {"is", "are"} and group[1:2] and group[1] in _AHEAD_EN - {"going"})
            # "have threatened to strike in August": what was threatened is still to come
            or (first != "had" and group[-1] in _INTENDED_EN and words[j : j + 1] == ["to"])
        ):
            direction: bool | None = True  # "will meet", "is due to", "was set to"
        elif first in _PAST_AUX_EN or first in _PERFECT_EN or _past_form_en(first):
            direction = False  # "was held", "has been postponed", "said"
        else:
            direction = None  # "is held", "are": the present says nothing
        groups.append((i, j, direction))
        i = j
    return groups


_SAYING_EN = frozenset(
    """said says say told tells added adds stated states explained explains noted notes
    stressed insisted wrote""".split()
)
"""Verbs of saying whose day is the day of the statement ("officials said on Thursday",
"she told reporters on Friday"), not of the fact said; "announced", "declared",
"confirmed", "reported" are left out: what they take is often the fact ("declared a state
of emergency on Tuesday", "confirmed the re-election ... in this month's poll")."""


_STRETCH_EN = re.compile(
    r"(?:since|until|till|through|throughout|during|over|from|by|for|in)\b", re.IGNORECASE
)
"""Words opening a date that is a stretch of time or a deadline ("Since the beginning of the
year, it reported ..."): what happened over it, not the day of the statement after it."""


def _verb_like_en(word: str) -> bool:
    """A word that may be the verb of a reported clause ("died", "won", "was", "will")."""
    return (
        word in _FUTURE_EN
        or word in _PAST_AUX_EN
        or word in _PRESENT_AUX_EN
        or word in _IRREGULAR_PAST_EN
        or (len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST_EN)
    )


class EnglishVerbs:
    """The verb groups of one English sentence and, for a date at given offsets, the group
    it depends on: the nearest one inside its clause (cut at punctuation and at "that",
    "which", "who", "but"...); a date opening the sentence before a comma ("On Friday, the
    minister said") takes the clause after it. Read once, on the first date asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._read: list = []

    def _parse(self) -> tuple[list[tuple[int, int, str]], list[str], list[int], list]:
        if not self._read:
            tokens = [
                (m.start(), m.end(), m.group(0).lower()) for m in _WORD_EN.finditer(self.text)
            ]
            words = [t[2] for t in tokens]
            cuts = [i for i, w in enumerate(words) if w in _BOUNDARIES_EN or not w[0].isalpha()]
            self._read.extend((tokens, words, cuts, _groups_en(words)))
        return self._read[0], self._read[1], self._read[2], self._read[3]

    def _clause(self, at: int) -> tuple[int, int]:
        _, words, cuts, _ = self._parse()
        left = max((c for c in cuts if c < at), default=-1)
        right = min((c for c in cuts if c > at), default=len(words))
        return left, right

    def _group(
        self, start: int, end: int, after_comma: bool = True
    ) -> tuple[int, int, bool | None] | None:
        """`after_comma` False: a date whose clause has no verb group does not take the one
        of the clause after the comma."""
        tokens, words, _, groups = self._parse()
        inside = [i for i, t in enumerate(tokens) if t[0] < end and start < t[1]]
        if not inside:
            return None
        first, last = inside[0], inside[-1]
        left, right = self._clause(first)
        # "plans to" speaks of what follows it, never of a date before it ("declared a state
        # of emergency on Tuesday and plans to visit on Friday")
        groups = [g for g in groups if not (g[0] > last and words[g[0]] in _INTENDS_EN)]
        candidates = [g for g in groups if left < g[0] and g[1] - 1 < right]
        if (
            not candidates
            and left == -1
            and after_comma
            and right < len(words)
            and words[right] == ","
        ):
            left, right = right, self._clause(right + 1)[1]  # "On Friday, the minister said"
            candidates = [g for g in groups if left < g[0] and g[1] - 1 < right]
        if not candidates:
            return None

        def distance(group: tuple[int, int, bool | None]) -> tuple[int, int]:
            if group[1] <= first:
                return first - group[1] + 1, 0
            return group[0] - last, 1

        return min(candidates, key=distance)

    def direction(self, start: int, end: int) -> bool | None:
        """Which way the date at `[start, end)` points: its verb group's tense, or ahead when
        it stands in what a verb of appeal, demand or promise asks for (`_urged`)."""
        group = self._group(start, end)
        if (group is None or group[2] is not True) and (
            self._urged(start, end) or self._demanded(start, end, group)
        ):
            return True
        return None if group is None else group[2]

    def _demanded(self, start: int, end: int, group: tuple[int, int, bool | None] | None) -> bool:
        """Whether the date at `[start, end)` lies in the "that" clause of a verb of demand
        ("demanded that talks resume on Monday", "asked that 800 nurses be hired by Monday")
        whose verb is a subjunctive: a bare verb no group reads, or "be" and a participle; not
        a verb with a tense of its own ("insisted that talks had resumed on Monday")."""
        tokens, words, _, _ = self._parse()
        inside = [i for i, t in enumerate(tokens) if t[0] < end and start < t[1]]
        if not inside:
            return False
        left, _ = self._clause(inside[0])
        if left < 1 or words[left] != "that" or words[left - 1] not in _DEMANDS_EN:
            return False
        return group is None or (group[0] > left and words[group[0] - 1] == "be")

    def _urged(self, start: int, end: int) -> bool:
        """Whether the date at `[start, end)` lies in the "to" clause of a verb of appeal,
        demand or promise ("urged unions and employers to "return to talks by Monday"",
        "called on residents to leave on Friday"): back from the date, past quotation marks
        but no other punctuation, no clause word and no verb group, to a "to" that up to six
        words of object ("on"/"upon" after "call", "appeal") set after such a verb; not after
        "had" (what had been asked may be past)."""
        tokens, words, _, groups = self._parse()
        inside = [i for i, t in enumerate(tokens) if t[0] < end and start < t[1]]
        if not inside:
            return False
        starts = {g[0] for g in groups}
        index = inside[0] - 1
        while index >= 0 and self._open(words[index]) and index not in starts:
            if words[index] == "to":
                for verb in range(index - 1, max(-1, index - 8), -1):
                    if not self._open(words[verb]):
                        break
                    if words[verb] in _APPEALS_EN:
                        return verb == 0 or words[verb - 1] != "had"
            index -= 1
        return False

    @staticmethod
    def _open(word: str) -> bool:
        """A word the "to" clause and the object may hold: not a clause word nor punctuation
        other than quotation marks."""
        return word not in _BOUNDARIES_EN and (word[0].isalpha() or word in '"“”')

    def said(self, start: int, end: int) -> bool:
        """Whether the date at `[start, end)` is the day something was said: its verb group
        is a verb of saying ("authorities said on Thursday, after ...", "said during a visit
        on Wednesday", "On Friday, the minister said")."""
        # only a day opening the sentence takes the verb after its comma ("The dam burst on
        # Tuesday, the agency said": "burst" is not read as a verb, "said" is not the date's)
        opens = not self.text[:start].strip(" \"'“‘") and not _STRETCH_EN.match(self.text, start)
        group = self._group(start, end, after_comma=opens)
        if group is None:
            return False
        tokens, words, _, _ = self._parse()
        if not any(word in _SAYING_EN for word in words[group[0] : group[1]]):
            return False
        if words[group[1] : group[1] + 1] == ["to"]:
            return False  # "elections in 2003 said to be marred": a passive, no statement
        inside = [i for i, t in enumerate(tokens) if t[0] < end and start < t[1]]
        if group[0] > inside[-1]:
            # "Police on Thursday said": the verb right after the date, or after its comma
            between = words[inside[-1] + 1 : group[0]]
            return not between or "," in between
        # "said during a visit on Wednesday", not "said Mr. Bongo died Monday": no verb of
        # the reported clause between the verb of saying and the date
        return not any(_verb_like_en(word) for word in words[group[1] : inside[0]])
