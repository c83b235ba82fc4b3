"""One claim per fact: a sentence cut into the clauses that state its facts.

A sentence such as "Le ministère a assuré que A, estimant que B" holds two facts wrapped in a
reporting frame. The frame ("Le ministère a assuré que", ", a-t-il précisé", "X said") is
dropped from the spans (the speaker carries it) and the sentence is cut where an independent
fact begins: a coordinated clause with its own finite verb, a reported clause introduced by a
participle ("estimant que", "adding that"), a contrastive subordinate ("alors que", "while"),
a non-restrictive relative clause ("dont ...", ", where ..."), or a new sentence inside a
quotation. French cuts come from spaCy's dependency parse, English ones from word rules (no
vetted English parser is available).

Pieces are `Piece`s with offsets relative to the sentence. A *dependent* piece (relative or
participial clause) stands alone only when it holds a figure, a date or a quote of its own; the
pipeline merges it back otherwise (`merge_dependent`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.extract.frames_en import PARTICIPLE_ASIDE, inverts, named_subject
from workbench.extract.frames_en import end_frame as end_frame_en
from workbench.extract.frames_fr import (
    absolute_participle,
    bare_participle,
    end_frame,
    middle_frame,
    opinion_frame,
    own_clause,
)
from workbench.extract.lexicon import (
    DENYING_VERBS_FR,
    REPORTING_VERBS_FR,
    SELON_FR,
    english_lemma,
    is_denying_en,
    is_reporting_en,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Piece:
    """A clause of a sentence: `[start, end)` relative to the sentence text."""

    start: int
    end: int
    dependent: bool = False


_OPENING = '«“"„'
_CLOSING = '»”"'
_TRIM = " \t\n\r,;:—–-."
_DOTTED_END = re.compile(r"(?<![\w.])(?:[^\W\d_]\.)+[^\W\d_]\.$")
"""A piece ending on a dotted abbreviation ("9 p.m.", "the U.S."): its last dot is the
abbreviation's (it also ends the sentence), kept as the rest of it is."""
_LEADING_CONNECTORS = re.compile(
    r"^(?:(?:(?:et|mais|puis|ou|or|donc|alors que|tandis que|bien que|même si|que|dont|and|but|"
    r"so|then|while|whereas|although|though|even though|that)\s+)|(?:alors|tandis|bien)?\s*qu['’])+",
    re.IGNORECASE,
)
_QUOTE_SENTENCE_END = re.compile(r"(?<=[.!?])[»”\"'’]?\s+(?=[«“\"]?[A-ZÀ-Ý])")
_MIN_WORDS = 3
_LABEL = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}[A-ZÀ-Ý][\w'’.-]*\s*:\s+")
"""A transcript's speaker label: "Paul Ronga : ...", "KEIJI FUKUDA: ..."."""


class _Cutter:
    """Collects dropped ranges and cut points over one sentence, then yields the pieces."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.dropped: list[tuple[int, int]] = []
        self.cuts: dict[int, bool] = {}
        """Cut position -> True when the piece starting there is dependent."""

    def drop(self, start: int, end: int) -> None:
        if 0 <= start < end <= len(self.text):
            self.dropped.append((start, end))

    def cut(self, position: int, dependent: bool = False) -> None:
        if 0 < position < len(self.text):
            self.cuts[position] = self.cuts.get(position, True) and dependent

    def kept(self, position: int) -> bool:
        return not any(s <= position < e for s, e in self.dropped)

    def pieces(self) -> list[Piece]:
        marks = sorted({0, len(self.text), *self.cuts, *(p for r in self.dropped for p in r)})
        result: list[Piece] = []
        for start, end in zip(marks, marks[1:], strict=False):
            if not self.kept(start):
                continue
            piece = _trim(self.text, start, end, self.cuts.get(start, False))
            if piece is not None:
                result.append(piece)
        return result


def _trim(text: str, start: int, end: int, dependent: bool) -> Piece | None:
    """Strip punctuation, connectors and unbalanced quotation marks from a piece's edges."""
    while True:
        before = (start, end)
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM and not _DOTTED_END.search(text, 0, end):
            end -= 1
        match = _LEADING_CONNECTORS.match(text[start:end])
        if match and match.end() < end - start:
            start += match.end()
        body = text[start:end]
        if body and body[0] in _OPENING and not any(c in body[1:] for c in _CLOSING):
            start += 1
        body = text[start:end]
        if body and body[-1] in _CLOSING and not any(c in body[:-1] for c in _OPENING):
            end -= 1
        if (start, end) == before:
            break
    if len(text[start:end].split()) < _MIN_WORDS:
        return None
    return Piece(start, end, dependent)


def _label(cutter: _Cutter) -> None:
    match = _LABEL.match(cutter.text)
    if match:
        cutter.drop(0, match.end())


def _quote_sentences(cutter: _Cutter, quotes: list[tuple[int, int]]) -> None:
    """A quotation of several sentences states several facts: cut between them."""
    for start, end in quotes:
        for match in _QUOTE_SENTENCE_END.finditer(cutter.text, start, end):
            cutter.cut(match.end())


def merge_dependent(pieces: list[Piece], stands_alone: list[bool]) -> list[Piece]:
    """Fold each dependent piece that holds no fact of its own into the piece before it
    (or after it, when it comes first)."""
    result: list[Piece] = []
    pending: Piece | None = None
    for piece, alone in zip(pieces, stands_alone, strict=True):
        if piece.dependent and not alone:
            if result:
                last = result.pop()
                result.append(Piece(last.start, piece.end, last.dependent))
            else:
                pending = piece if pending is None else Piece(pending.start, piece.end)
            continue
        if pending is not None:
            piece = Piece(pending.start, piece.end, piece.dependent)
            pending = None
        result.append(piece)
    if pending is not None:
        result.append(pending)
    return result


_RELATIVE_OPENING = re.compile(r",\s*(?:qui|où|who|which|where)\b", re.IGNORECASE)
_DETERMINER_EN = re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|our)$", re.I)
_NOUNS_FR = {"NOUN", "PROPN"}
_GOVERNING_EN = re.compile(r"^(?:of|in|at|on|for|from|to|by|with|and|or)$")


def _relative_comma(text: str, piece: Piece) -> int | None:
    """Where the comma before a piece that opens on a relative pronoun (", qui", ", which")
    stands, None when the piece does not open so."""
    comma = text.rfind(",", 0, piece.start)
    if (
        comma < 0
        or not _RELATIVE_OPENING.match(text, comma)
        or text[comma : piece.start].strip(", ")
    ):
        return None
    return comma


def on_a_list(text: str, piece: Piece, doc: Doc | None) -> bool:
    """A relative clause whose antecedent is a list ("exported to Switzerland and Belgium,
    which together account for 12% of its output", "vendu en France et en Belgique, qui
    ..."): it speaks of the whole list, which ends the clause before; standing alone it would
    either lose its head ("Belgium, which together ...") or repeat the list in a second claim
    overlapping the first, so it stays in its clause."""
    comma = _relative_comma(text, piece)
    if comma is None:
        return False
    if doc is not None:
        last = next((t for t in reversed(doc) if t.idx < comma), None)
        if last is None or last.pos_ not in _NOUNS_FR:
            return False
        while True:
            if last.dep_ == "conj" and last.head.pos_ in _NOUNS_FR:
                return True
            if not (last.head.i < last.i and last.head.pos_ in _NOUNS_FR):
                return False
            last = last.head
    joined = list(re.finditer(r"\s(?:and|or)\s", text[max(0, comma - 50) : comma]))
    if not joined:
        return False
    before = text[: max(0, comma - 50) + joined[-1].start()]
    after = _words(text[max(0, comma - 50) + joined[-1].end() : comma])
    previous = _words(before)[-1:] if before else []
    return (
        1 <= len(after) <= 4
        and bool(previous)
        and not any(
            _GOVERNING_EN.match(w.group(0).lower())
            or _FINITE_EN.fullmatch(w.group(0))
            or re.fullmatch(r"\w{3,}ed|\d[\d,.]*", w.group(0))
            for w in [*previous, *after]
        )
    )


def with_antecedent(text: str, piece: Piece, doc: Doc | None) -> Piece:
    """A relative clause that stands alone, its own figure or date in it, opens on what it
    is about: "le suspect, qui avait tué 3 personnes en 2019", "the bridge, which cost $2
    million", not "qui avait tué ..." alone. The antecedent stays in the clause before too
    (the two claims overlap on it). Unchanged when it cannot be told ("dont l'une" has its own
    subject)."""
    comma = _relative_comma(text, piece)
    if comma is None:
        return piece
    if doc is not None:
        # the noun phrase that ends at the comma (the parse often hangs the relative on the
        # verb): from its last word up through the nouns it depends on
        last = next((t for t in reversed(doc) if t.idx < comma), None)
        while last is not None and last.pos_ == "ADJ" and last.head.pos_ in _NOUNS_FR:
            last = last.head if last.head.i < last.i else None
        if last is None or last.pos_ not in _NOUNS_FR:
            return piece
        while last.head.i < last.i and last.head.pos_ in _NOUNS_FR:
            last = last.head
        begin = last.left_edge.idx
        return Piece(begin, piece.end, piece.dependent) if begin < comma else piece
    words = list(_WORD.finditer(text, max(0, comma - 80), comma))
    if not words or words[-1].end() != comma:
        return piece
    start: int | None = None
    for word in reversed(words[-6:]):
        token = word.group(0)
        if _DETERMINER_EN.match(token):
            start = word.start()
            break
        if _GOVERNING_EN.match(token) or token[0].isdigit():
            break
        if token[0].isupper():
            start = word.start()  # a name: "Jean Ping", "Bank of England" stops at "of"
        elif start is not None:
            break
    return Piece(start, piece.end, piece.dependent) if start is not None else piece


# --- French, from the dependency parse -------------------------------------------------------

_CONTRASTIVE_FR = {"alors", "tandis", "bien", "quoique"}
_RELATIVE_SPLIT_FR = {"dont", "lequel", "laquelle", "lesquels", "lesquelles"}


def _infinitives_fr(token: Token) -> set[str]:
    """The infinitives a French verb form may have: its lemma, and those its form spells when
    the small model left it unlemmatised ("indique", "démenti")."""
    word = token.lower_
    return {token.lemma_.lower(), word, word + "r", word[:-1] + "er", word[:-2] + "er"}


def _is_reporting_fr(token: Token) -> bool:
    """In the lexicon, also when the small model left the verb unlemmatised ("indique")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.lemma_ == "savoir" and any(c.lemma_ == "faire" for c in token.children):
        return True  # "a fait savoir que": made it known
    return bool(_infinitives_fr(token) & REPORTING_VERBS_FR)


def _is_denying_fr(token: Token) -> bool:
    """A verb of denying (`DENYING_VERBS_FR`), also when the small model left it
    unlemmatised: its clause is the claim's content, the verb with it."""
    return bool(_infinitives_fr(token) & DENYING_VERBS_FR)


_FINITE_ENDINGS = ("ent", "ait", "aient", "ont", "era", "ra", "ons", "ez", "ira")


def _finite(token: Token) -> bool:
    """A verb with its own tense: finite, a participle with its own auxiliary, or a verb the
    small model tagged as a noun ("envisagent") that takes a verb's dependents."""
    if "Fin" in token.morph.get("VerbForm", []):
        return True
    children = {child.dep_ for child in token.children}
    if children & {"aux", "aux:tense", "aux:pass", "cop"}:
        return True
    if children & {"nsubj", "nsubj:pass"}:
        # a noun given a subject by a misparse ("six Canadair et deux hélicoptères
        # bombardiers d'eau") is no verb unless its form is one's
        return token.pos_ not in {"NOUN", "ADJ"} or token.lower_.endswith(_FINITE_ENDINGS)
    return (
        token.pos_ == "NOUN"
        and bool(children & {"obj", "xcomp", "ccomp"})
        and token.lower_.endswith(_FINITE_ENDINGS)
    )


def _shared_auxiliary(tokens: list[Token], token: Token) -> bool:
    """A past participle right after "et" without an auxiliary of its own, sharing that of a
    compound tense before it ("a ordonné la fermeture de 4 écoles et annoncé ..."): the second
    of two coordinated predicates of one subject."""
    if token.i < 3 or tokens[token.i - 1].lower_ != "et" or token.pos_ != "VERB":
        return False
    if "Part" not in token.morph.get("VerbForm", []) or token.lower_.endswith("ant"):
        return False
    if any(c.dep_ in _AUXILIARIES_FR for c in token.children):
        return False
    auxiliaries = [
        t.i for t in tokens[: token.i - 1] if t.dep_ == "aux:tense" and t.lemma_ == "avoir"
    ]
    return bool(auxiliaries) and not any(
        t.lower_ in _QUE | {"qui", "dont", "où"} or t.text in {";", ":"}
        for t in tokens[auxiliaries[-1] : token.i]
    )


_CLAUSE_COORDINATORS_FR = frozenset({"et", "mais", "ou", "puis"})


def _conjunct_start(tokens: list[Token], verb: Token) -> int:
    """Where a clause coordinated after another begins: its first word, unless the parse
    hung its subject on a noun of the first clause as a second conjunct ("s'est déclaré peu
    après 21 heures et 40 maisons ont été détruites": "heures et maisons", so the clause
    took the time, or lost its subject). The coordinator before the verb, with no verb of
    its own between, then opens the clause, when the first conjunct cannot be the verb's
    subject: a noun of the first clause, or one after a preposition ("après 21 heures")."""
    left = _left(verb)
    if any(child.dep_ == "cc" for child in verb.children):
        return left
    for index in range(verb.i - 1, verb.head.i, -1):
        word = tokens[index]
        if (word.pos_ == "VERB" and not _qualifying_participle(word)) or word.text in {
            ",",
            ";",
            ":",
        }:
            return left
        if word.dep_ != "cc" or word.lower_ not in _CLAUSE_COORDINATORS_FR:
            continue
        second = word.head
        first = second.head
        if second.dep_ != "conj" or second.pos_ not in _NOUNS_FR | {"NUM", "PRON"}:
            return left
        if (
            first.head.i == verb.i
            and not any(c.dep_ == "case" for c in first.children)
            and tokens[index - 1].text != ","
        ):
            # "le préfet et ses adjoints ont été limogés": the verb's own subject; after a
            # comma, "et" opens a clause ("a paralysé les routes, et des dizaines de vols ont
            # été annulés": "routes" is the first clause's object, whatever the parse says)
            return left
        between = tokens[index + 1 : verb.i]
        if all(t.i in {s.i for s in second.subtree} or t.head.i == verb.i for t in between):
            return word.idx
        return left
    return left


def _qualifying_participle(token: Token) -> bool:
    """A past participle qualifying a noun as an adjective does ("des centaines d'opérations
    programmées ont été reportées"): no verb of a clause, it has no auxiliary of its own."""
    return (
        token.dep_ in {"amod", "acl"}
        and "Part" in token.morph.get("VerbForm", [])
        and not token.lower_.endswith("ant")
        and not any(c.dep_ in _AUXILIARIES_FR for c in token.children)
    )


def _participial(token: Token) -> bool:
    """ "estimant que", "signant un décret", "leur région étant en proie": a present participle
    (or one as copula) that adds a statement of its own."""
    heads = [token, *(c for c in token.children if c.dep_ in {"cop", "aux", "aux:pass"})]
    return any("Part" in t.morph.get("VerbForm", []) and t.lower_.endswith("ant") for t in heads)


def _clause_start(doc: Doc, token: Token) -> int:
    """Where a clause begins: its first word, or just after a comma a few words before it
    (", leur région étant": the participle's subject belongs to its clause)."""
    first = token.left_edge.i
    for index in range(first - 1, max(first - 4, 0), -1):
        if doc[index].text in {",", ";"}:
            return doc[index + 1].idx
        if doc[index].pos_ in {"VERB", "AUX"}:
            break
    return doc[first].idx


def _reported_clause(verb: Token) -> Token | None:
    """The clause a reporting verb introduces with "que" ("a assuré que ...")."""
    for child in verb.children:
        if child.dep_ in {"ccomp", "obj", "xcomp"} and child.i > verb.i:
            marks = [
                t for t in child.subtree if t.i < child.i and t.lower_ in {"que", "qu'", "qu’"}
            ]
            if marks and child.pos_ in {"VERB", "AUX", "ADJ", "NOUN", "PRON"}:
                return child
        if (
            child.dep_ == "xcomp"
            and child.left_edge.i == verb.i + 1
            and "Inf" in child.left_edge.morph.get("VerbForm", [])
            and not any(c.dep_ == "mark" for c in child.children)
        ):
            return child
    return None


def _followed_by_que(doc: Doc, token: Token) -> bool:
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in {"que", "qu'", "qu’"}


def _left(token: Token) -> int:
    return token.left_edge.idx


def _right(token: Token) -> int:
    last = token.right_edge
    return last.idx + len(last.text)


def _comma_before(doc: Doc, index: int) -> bool:
    return index > 0 and doc[index - 1].text in {",", ";", ":", "—", "–", "(", "»", "”", '"'}


def french_pieces(doc: Doc, quotes: list[tuple[int, int]]) -> list[Piece]:
    """The clauses of one parsed French sentence, its reporting frames left out."""
    text = doc.text
    tokens = list(doc)  # one pass builds the token objects the loops below read
    cutter = _Cutter(text)
    _selon_frame(tokens, cutter)
    opinion = opinion_frame(tokens, [not any(s <= t.idx < e for s, e in quotes) for t in tokens])
    if opinion is not None:
        cutter.drop(0, tokens[opinion + 1].idx)  # "Pour l'association X, « ... »": its frame
    _frame_after_fr(doc, tokens, text, cutter, quotes)
    for token in tokens:
        if token.pos_ not in {"VERB", "AUX"} and token.dep_ not in {"ROOT", "conj", "advcl"}:
            continue
        if not cutter.kept(token.idx) or any(s <= _left(token) < e for s, e in quotes):
            continue
        if _is_reporting_fr(token) and _is_denying_fr(token):
            continue  # "a démenti avoir procédé à un lâcher d'eau": the denial is the claim
        clause = _reported_clause(token) if _is_reporting_fr(token) else None
        if clause is None and _is_reporting_fr(token):
            clause = _que_after_adjunct(doc, token)
        if clause is not None:
            _frame_before(doc, cutter, token, clause)
            continue
        if token.dep_ == "conj" and _finite(token) and token.i > token.head.i:
            if (
                not _after_incise(doc, token)
                and not _verb_of_described_subject(tokens, cutter, token)
                and not _verb_after_relative(tokens, token)
            ):
                cutter.cut(_conjunct_start(tokens, token))
        elif _shared_auxiliary(tokens, token):
            # "a décrété trois jours de deuil et promis une aide de 1,5 million": a second
            # predicate of the same subject, its own claim when it holds its own figure,
            # date or quote (else it folds back: "a visité l'usine et salué les ouvriers")
            cutter.cut(_left(token), dependent=True)
        elif token.dep_ == "parataxis" and _finite(token) and token.i > token.head.i:
            if _clause_start(doc, token) != _left(token):
                cutter.cut(_clause_start(doc, token))
        elif token.dep_ == "advcl" and token.i > token.head.i:
            marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
            if marks & _CONTRASTIVE_FR:
                cutter.cut(_left(token))
            elif _participial(token) and _is_reporting_fr(token) and _followed_by_que(doc, token):
                _frame_before(doc, cutter, token, doc[token.i + 1])
            elif marks & {"après", "avant"} and _comma_before(doc, token.left_edge.i):
                cutter.cut(_left(token), dependent=True)
            elif _participial(token) and _clause_start(doc, token) != _left(token):
                cutter.cut(_clause_start(doc, token), dependent=True)
            elif _participial(token) and _comma_before(doc, token.left_edge.i):
                cutter.cut(_left(token), dependent=True)
    for token in tokens:
        if quotes and any(s <= token.idx < e for s, e in quotes):
            continue
        opens = absolute_participle(token)
        if opens is not None and cutter.kept(tokens[opens].idx):
            # "a jugé cette prévision « optimiste », l'Insee anticipant une croissance de
            # 0,7 %": a participle with its own subject, whatever the parse hangs it on
            cutter.cut(tokens[opens].idx, dependent=True)
        if token.lower_ in _CONTRASTIVE_FR and token.i > 2 and _followed_by_que(doc, token):
            cutter.cut(token.idx)
        if token.pos_ != "PRON":
            continue
        relative = (token.lower_ in _RELATIVE_SPLIT_FR and not _verbless(tokens, token)) or (
            token.lower_ in {"qui", "où"} and _comma_before(doc, token.i)
        )
        if relative and not _inside_subject_fr(tokens, cutter, token):
            cutter.cut(token.idx, dependent=True)
            if token.idx in cutter.cuts:
                # "a fermé le site, qui emploie 85 salariés": the parse may make the relative's
                # verb a clause coordinated with the main one, cut there as independent; the
                # pronoun opening the piece says it is a relative all the same
                cutter.cuts[token.idx] = True
    _and_que(tokens, cutter, quotes)
    _comma_et_clause(tokens, cutter, quotes)
    _keep_middle_frame(tokens, cutter, quotes)
    _label(cutter)
    _quote_sentences(cutter, quotes)
    return cutter.pieces()


_SUBJECT_WORDS_FR = frozenset({"DET", "NUM", "NOUN", "PROPN", "ADJ", "ADP", "ADV", "PRON"})
_NOT_SUBJECTS_FR = frozenset(
    "qui que qu' qu’ dont où lequel laquelle lesquels lesquelles se s' s’ y en".split()
)


def _comma_et_clause(tokens: list[Token], cutter: _Cutter, quotes: list[tuple[int, int]]) -> None:
    """ ", et des dizaines de maisons isolées ont été évacuées": after the main verb, a comma,
    "et", a subject and a verb with a tense open a clause of its own, read from word order
    as the small model hangs such a verb anywhere (a relative of the first clause's object,
    an adverbial clause) and the two facts stayed one claim. Not a list of subjects before
    the sentence's verb ("Le maire, son adjoint, et trois conseillers ont été blessés")."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in {"VERB", "AUX"}:
        return
    for token in tokens[root.i + 1 :]:
        if token.lower_ != "et" or tokens[token.i - 1].text != ",":
            continue
        if not cutter.kept(token.idx) or any(s <= token.idx < e for s, e in quotes):
            continue
        subject = False
        for word in tokens[token.i + 1 : token.i + 14]:
            if word.pos_ in {"VERB", "AUX"} and "Fin" in word.morph.get("VerbForm", []):
                if subject:
                    cutter.cut(token.idx)
                break
            if word.pos_ == "VERB" and _qualifying_participle(word):
                continue
            if word.pos_ not in _SUBJECT_WORDS_FR or word.lower_ in _NOT_SUBJECTS_FR:
                break
            subject = subject or word.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}


def _keep_middle_frame(tokens: list[Token], cutter: _Cutter, quotes: list[tuple[int, int]]) -> None:
    """ "Les 40 salariés, a annoncé la direction, seront reclassés": a frame set between the
    subject and its verb stays in the one claim, which keeps its subject (the parse makes the
    verb after it the frame's clause or a second one: no cut, nothing dropped before it)."""
    outside = [not any(s <= t.idx < e for s, e in quotes) for t in tokens]
    frame = middle_frame(tokens, outside)
    if frame is None:
        return
    verb = tokens[frame.end + 1].idx
    cutter.cuts = {p: dependent for p, dependent in cutter.cuts.items() if p > verb}
    cutter.dropped = [(s, e) for s, e in cutter.dropped if s >= verb]


def _and_que(tokens: list[Token], cutter: _Cutter, quotes: list[tuple[int, int]]) -> None:
    """ "a déclaré que A et qu'« B »": a second reported fact of the frame just dropped, its
    own claim; "et que" in neither. The parse usually makes B a clause coordinated with A (cut
    above); not when a quotation opens right after "qu'", which the tokenizer splits apart."""
    text = cutter.text
    for token in tokens[1:-2]:
        after = tokens[token.i + 1]
        if token.lower_ != "et" or after.lower_ not in {"que", "qu'", "qu’", "qu"}:
            continue
        if any(s <= token.idx < e for s, e in quotes):
            continue
        content = token.i + 2
        while content < len(tokens) and tokens[content].text in {"'", "’"}:
            content += 1
        if content >= len(tokens) - 1:
            continue
        start = tokens[content].idx
        if any(token.idx <= p <= start for p in cutter.cuts):
            continue  # already cut there
        left = max([0, *(p for p in cutter.cuts if p < token.idx)])
        frame = [s for s, e in cutter.dropped if e == left]
        if frame and re.search(r"\bqu(?:e|['’])\s*$", text[frame[0] : left]):
            cutter.drop(token.idx, start)
            cutter.cut(start)


_AUXILIARIES_FR = frozenset({"aux", "aux:tense", "aux:pass"})
_QUE = frozenset({"que", "qu'", "qu’"})
_TIME_WORDS_FR = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui soir "
    "matin après-midi dernier dernière".split()
)


def _que_after_adjunct(doc: Doc, verb: Token) -> Token | None:
    """ "a indiqué dans un communiqué que", "a affirmé jeudi à la presse que": when or where it
    was said stands between the verb and its "que", and the small model often hangs that
    "que" on the adjunct's noun as a relative ("un communiqué que ..."), losing the frame. Read
    from word order: only adverbs, time words and prepositional phrases before the "que" (not
    an object: "a annoncé des mesures que personne n'attendait" keeps its relative)."""
    stretch = []
    for token in doc[verb.i + 1 : verb.i + 12]:
        if token.lower_ in _QUE:
            break
        if token.pos_ in {"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"} or token.text in _OPENING:
            return None
        stretch.append(token)
    else:
        return None
    if not stretch or stretch[-1].i + 1 >= len(doc) - 1:
        return None
    first = stretch[0]
    if not (first.pos_ in {"ADP", "ADV"} or first.lower_ in _TIME_WORDS_FR):
        return None
    return doc[stretch[-1].i + 1]


def _verb_of_described_subject(tokens: list[Token], cutter: _Cutter, verb: Token) -> bool:
    """ "que le barrage, construit en 1962, devait être renforcé": the parse makes the verb
    after a participle set between commas a second clause (of the participle or of the
    frame); it is the clause's own verb, its subject the noun the participle describes. Seen
    when the verb has no subject nor conjunction of its own and no verb with a tense stands
    between the clause's start (the sentence's, a cut's, a dropped frame's end) and it."""
    if any(c.dep_ in {"cc", "nsubj", "nsubj:pass"} for c in verb.children):
        return False
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in _AUXILIARIES_FR)])
    if start < 2 or tokens[start - 1].text != ",":
        return False
    position = tokens[start].idx
    left = max(
        [
            0,
            *(p for p in cutter.cuts if p < position),
            *(e for s, e in cutter.dropped if e <= position),
        ]
    )
    before = [t for t in tokens[:start] if left <= t.idx]
    return (
        sum(1 for t in before if t.text == ",") == 2
        and any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in before)
        and not any(
            t.pos_ in {"VERB", "AUX"} and ("Fin" in t.morph.get("VerbForm", []) or _finite(t))
            for t in before
        )
    )


def _verb_after_relative(tokens: list[Token], verb: Token) -> bool:
    """ "L'incendie qui ravage depuis lundi le centre du pays a fait cinq morts": the parse
    makes the sentence's verb a second verb of the relative clause in its subject. Two
    clauses are joined by a conjunction or a punctuation mark; with neither between the
    relative's words and the verb, the verb is the antecedent's, and the subject stays in
    its claim (cut there, it stood alone as a fragment)."""
    relative = verb.head
    if relative.dep_ != "acl:relcl" or any(c.dep_ == "cc" for c in verb.children):
        return False
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in _AUXILIARIES_FR)])
    return start > 0 and not (
        tokens[start - 1].is_punct or tokens[start - 1].pos_ in {"CCONJ", "SCONJ"}
    )


def _after_incise(doc: Doc, verb: Token) -> bool:
    """ "Le barrage, a indiqué mardi la préfecture, a cédé": the parse makes the verb after a
    frame set between commas inside the sentence a second clause of the frame's reporting
    verb; it is the sentence's own verb, whose subject stands before the frame (not cut, so
    the clause keeps its subject; the frame stays inside the span, as in English)."""
    frame = verb.head
    if not _is_reporting_fr(frame) or any(c.dep_ == "cc" for c in verb.children):
        return False
    start = min([frame.i, *(c.i for c in frame.children if c.dep_ in _AUXILIARIES_FR)])
    first = next((t.i for t in verb.subtree if not t.is_punct), verb.i)
    return (
        start > 1
        and doc[start - 1].text == ","
        and doc[first - 1].text == ","
        and not any(t.text == "," for t in doc[frame.i : first - 1])
    )


def _selon_frame(tokens: list[Token], cutter: _Cutter) -> None:
    """ "Selon la Maison blanche, ...", "D'après des médias locaux, ...": the source opening the
    sentence is the speaker's, not the claim's; dropped up to its comma (no verb before it).
    Likewise ", selon X" closing the sentence."""
    for index, token in enumerate(tokens[2:], start=2):
        # "..., selon des médias russes.", "..., d'après les premiers éléments de l'enquête
        # confiée à la gendarmerie.": a source closing the sentence, no clause after it
        opens = token.lower_ in SELON_FR or (
            token.lower_ in ("d'", "d’")
            and index + 1 < len(tokens)
            and tokens[index + 1].lower_ == "après"
        )
        if opens and tokens[index - 1].text == ",":
            rest = tokens[index + 1 :]
            if rest and not any(_clause_verb(t) or t.text in '«»“”"' for t in rest):
                cutter.drop(tokens[index - 1].idx, len(cutter.text))
    first = 1 if tokens and tokens[0].text in _OPENING else 0
    if len(tokens) <= first + 1:
        return
    word = tokens[first].lower_
    if not (
        word in ("selon",)
        or (word in ("d'", "d’") and tokens[first + 1].lower_ == "après")
        or word in ("d'après", "d’après")
    ):
        return
    for token in tokens[first + 1 : first + 16]:
        if _clause_verb(token) or token.text in _CLOSING:
            return
        if token.text == ",":
            end = token.i + 1
            # "Selon le président de la CEI, Youssouf Bakayoko, ...": the name in apposition
            name = end
            while name < len(tokens) and tokens[name].pos_ == "PROPN" and name - end < 5:
                name += 1
            if end < name < len(tokens) and tokens[name].text == ",":
                end = name + 1
            end = _past_relative(tokens, end)
            if end < len(tokens):
                cutter.drop(tokens[first].idx, tokens[end].idx)
                cutter.cut(tokens[end].idx)
            return


def _past_relative(tokens: list[Token], start: int) -> int:
    """ "Selon le directeur, qui a refusé de donner son nom, la production a chuté": the
    relative clause describes the source and belongs to the frame; past it and its comma."""
    if start >= len(tokens) or tokens[start].lower_ not in {"qui", "dont", "où"}:
        return start
    # to the next comma (the parse often hangs the main clause on the relative's verb)
    for token in tokens[start + 1 : start + 30]:
        if token.text in _CLOSING or token.text in {";", ":", "«", "»"}:
            return start
        if token.text == ",":
            verb = any(t.pos_ in {"VERB", "AUX"} for t in tokens[start + 1 : token.i])
            return token.i + 1 if verb and token.i + 2 < len(tokens) else start
    return start


def _verbless(tokens: list[Token], relative: Token) -> bool:
    """ "240 postes, dont 85 intérimaires": a relative with no verb of its own before the next
    comma is a part of the phrase before it (and its figure that phrase's share), no clause."""
    for token in tokens[relative.i + 1 :]:
        if token.is_punct:
            return True
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return True


def _clause_verb(token: Token) -> bool:
    """A verb that makes a clause, not a participle qualifying a noun ("l'enquête confiée à
    la gendarmerie", nor a word the parse hangs on a noun as its adjective: "l'Institut
    portugais de la mer", "portugais" tagged a verb) nor one the small model tags a verb after
    its determiner or adjective ("les premiers relevés")."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in ("acl", "amod"):
        return False
    return not (token.i and token.doc[token.i - 1].pos_ in {"DET", "ADJ"})


def _inside_subject_fr(tokens: list[Token], cutter: _Cutter, relative: Token) -> bool:
    """ "Les électrices, qui s'étaient inscrites en janvier, n'ont pas pu voter": the relative
    hangs on a subject whose verb comes after it; cut there, the clause would lose its subject
    (and the subject, too short to stand, would be lost). Seen when no verb stands between
    the clause's start (the sentence's, a cut's, a dropped frame's end) and the relative."""
    position = relative.idx
    left = max(
        [
            0,
            # not a cut at the relative itself (the parse may cut a coordinated clause there)
            *(p for p in cutter.cuts if p < position),
            *(e for s, e in cutter.dropped if e <= position),
        ]
    )
    return not any(
        t.pos_ in {"VERB", "AUX"} for t in tokens[: relative.i] if left <= t.idx < position
    )


# a sentence opening on the question put to the one who answers in its frame
_ASKED = re.compile(
    r"\s*(?:[«“\"]\s*)?(?:[ÀàA] la question\b|(?:Interrog|Question|Interpell|Sollicit)ée?s?\s)",
)


def _frame_before(doc: Doc, cutter: _Cutter, verb: Token, clause: Token) -> None:
    """Drop "X a assuré que" (or ", estimant que"): from the frame's first word to the clause."""
    start = verb.left_edge.i
    if verb.dep_ in {"advcl", "conj"} and verb.i > verb.head.i:
        start = verb.left_edge.i
    else:
        start = min(t.i for t in verb.subtree if t.i < clause.left_edge.i)
        if 0 < start <= 8 and not any(
            t.pos_ in {"VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"} for t in doc[:start]
        ):
            start = 0  # the parse cut the frame's subject off ("Le Secrétaire ... estime que")
    if start > 0 and "," in (doc[start - 1].text, doc[start].text) and _ASKED.match(doc.text):
        # "Interrogé sur ..., M. X a répondu que", "À la question de savoir ..., X a fait
        # savoir que": the question put to the speaker opens the frame; it states nothing
        start = 0
    first = clause.left_edge
    # the clause's own subtree starts with "que": drop it with the frame
    content = first.i
    while content < len(doc) and doc[content].lower_ in {"que", "qu'", "qu’"}:
        content += 1
    if content >= len(doc):
        return
    cutter.drop(doc[start].idx, doc[content].idx)
    cutter.cut(doc[content].idx)
    last = clause.right_edge.i
    if (
        last + 1 < len(doc)
        and doc[last + 1].text in {",", ";", ":"}
        # "que le pont, bâti en 1930, devait ...": a clause whose verb has not come yet (the
        # parse ended it on its subject or a participle) goes on after the comma
        and any(t.pos_ in {"VERB", "AUX"} and _finite(t) for t in doc[content : last + 1])
    ):
        cutter.cut(_right(clause))  # what follows, set off by a comma, is another statement


def _bare_verb_ends(doc: Doc, verb: Token) -> bool:
    """Nothing but punctuation follows the verb to the end of the sentence, or only when, to
    whom or where it was said ("a-t-elle indiqué mercredi soir", "a-t-il déclaré aux
    journalistes", "a-t-elle ajouté devant la presse"): times and adverbs, then a short phrase
    opened by a preposition, without a comma or a verb."""
    rest = [t for t in doc[verb.i + 1 :] if not (t.is_punct and t.text not in {",", ";", ":"})]
    while rest and (rest[0].lower_ in _TIME_WORDS_FR or rest[0].pos_ == "ADV"):
        rest = rest[1:]  # when it was said: "a-t-elle indiqué mercredi soir", "jeudi matin"
    if not rest:
        return True
    if rest[0].pos_ != "ADP" or any(t.text in {",", ";", ":"} for t in rest):
        return False
    if len(rest) > 1 and rest[1].text[:1].isupper():
        # to a newspaper or a channel, whose title may hold lower-case words and a participle
        # ("au Dauphiné libéré", "à La Voix du Nord", "au Journal du dimanche")
        return len(rest) <= 6 and not any(
            t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm", []) for t in rest
        )
    return len(rest) <= 4 and not any(t.pos_ in {"VERB", "AUX"} for t in rest)


def _read_by_all(token: Token) -> bool:
    """ "..., peut-on lire sur son site", "lit-on dans le communiqué", "a-t-on appris
    mardi", "apprend-on de source policière": the press's frame for what it read or learned,
    its subject the impersonal "on"."""
    reads = token.lemma_ in ("lire", "apprendre") or token.lower_ in (
        "lit",
        "lisait",
        "lira",
        "lit-on",
    )
    return reads and any(
        t.lower_ in ("-on", "on", "lit-on") for t in token.doc[max(0, token.i - 2) : token.i + 2]
    )


def _frame_after_fr(
    doc: Doc, tokens: list[Token], text: str, cutter: _Cutter, quotes: list[tuple[int, int]]
) -> None:
    """Drop a frame that follows its statement: '..., a expliqué M. Dukure' or
    '"...", a-t-il déclaré lors d'une interview'."""
    outside = [not any(s <= t.idx < e for s, e in quotes) for t in tokens]
    frame = end_frame(tokens, outside)
    if frame is not None:
        # "..., a déclaré mardi le chef de l'Etat, qui s'était rendu sur place": the verb, its
        # subject and what hangs on that subject up to the end of the sentence
        opener = tokens[frame.opener]
        start = opener.idx + (1 if opener.text != "," else 0)
        end = _right(tokens[frame.end - 1])
        if frame.end < len(tokens):
            # the parse may hang what follows the frame on its subject ("le maire lors d'une
            # réunion, qui a rassemblé 300 habitants"): the frame ends where its reader says
            end = min(end, tokens[frame.end].idx)
        cutter.drop(start, end)
        cutter.cut(end)
        return
    for token in tokens:
        if not (_is_reporting_fr(token) or _read_by_all(token)):
            continue
        if token.i < 3 or _reported_clause(token) is not None:
            continue
        if any(
            # "ont-elles déclaré": the inverted clitic is the frame's own subject
            # "a-t-elle rappelé." goes; an inverted frame saying more ("a-t-elle déclaré à
            # la presse aujourd'hui, après ses entretiens avec X") is a statement of its own
            (
                c.dep_.startswith("nsubj")
                and c.i < token.i
                and not (c.text.startswith("-") and _bare_verb_ends(doc, token))
                and not (_bare_verb_ends(doc, token) and any(s <= c.idx < e for s, e in quotes))
            )
            # a day the small model takes for a complement ("a-t-il déclaré jeudi") is none
            or (c.dep_ in {"ccomp", "xcomp"} and c.i > token.i and c.lower_ not in _TIME_WORDS_FR)
            for c in token.children
        ):
            continue
        if any(s <= token.idx < e for s, e in quotes):
            continue
        # walk left over the verb's auxiliaries and inverted clitics to the comma
        index = token.i - 1
        while index >= 0 and index > token.i - 4 and doc[index].text not in {",", "»", "”", '"'}:
            word = doc[index]
            clitic_or_auxiliary = word.pos_ in {"AUX", "PRON", "ADV", "PART"} or "-" in word.text
            if not clitic_or_auxiliary and word.lemma_ != "pouvoir":  # "peut-on lire"
                break
            index -= 1
        if index < 1 or doc[index].text not in {",", "»", "”", '"'}:
            continue
        if bare_participle(tokens, index, token.i):
            continue  # ", révélée en mars par X,": a participle on the noun, no frame
        end = max(_right(t) for t in token.subtree if t.i >= token.i)
        if _read_by_all(token):  # the parse hangs "dans le communiqué" anywhere
            end = len(text.rstrip(' .»”"!?'))
        # ", a-t-il précisé, alors que 300 personnes sont portées disparues": the parse hangs
        # the clause after the frame on its verb; it is the reporter's, not the frame's
        end = next(
            (
                doc[t.i - 1].idx + len(doc[t.i - 1])
                for t in tokens[token.i + 1 :]
                if t.text == "," and t.idx < end and own_clause(tokens[t.i + 1 :])
            ),
            end,
        )
        tail = text[end:].strip(' .»”"!?')
        if tail and not tail.startswith(","):
            continue
        start = doc[index].idx + (1 if doc[index].text != "," else 0)
        cutter.drop(start, end)
        cutter.cut(end)
        return


# --- English, from words ---------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][\w'’.-]*[\w]|[A-Za-z]|\d[\d,.]*")
_SUBJECT_WORDS = (
    r"(?:(?i:he|she|they|it|we|i|you|there|this|these|those|officials|the|a|an|his|her|"
    r"their|its|our|some|many|most|at least|more than|nearly|almost|about|around|roughly"
    r"|up to|as many as|fewer than|less than)\b|[A-Z]|\d)"
)
_FINITE_EN = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|do|"
    r"does|did|says|said|say|'re|’re|'ve|’ve|'d|’d|'ll|’ll)\b"
    # the irregular past tenses a news story tells events with ("Four hikers died and two
    # were rescued", "one broke a leg"), which no "-ed" shows
    r"|\b(?:died|fled|fell|rose|sank|struck|broke|burst|grew|began|fought|caught|sought|froze"
    r"|swept|spread|shook|slid|went|came|took|lost|won)\b"
    # "'s" is a verb after a pronoun ("it's"), a possessive after a noun ("this month's poll")
    r"|\b(?:it|he|she|that|there|what|who|here|where)['’]s\b",
    re.IGNORECASE,
)
_AND_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?="
    + _SUBJECT_WORDS
    + r"|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens"
    r"|hundreds|thousands|scores|many|most|others)\b)"
)
_AND_THAT = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+that\s+")
_HARD_EN = re.compile(r";\s+|,\s+(?:while|whereas|but)\s+|\s+while\s+(?=[a-z])", re.IGNORECASE)
_RELATIVE_EN = re.compile(r",\s+(?=(?:where|which|who|whose)\b)")
_AND_VERB = re.compile(
    r",\s+(?:and|but)\s+(?=(?:(?:still|also|then|later)\s+)?(?:was|were|is|are|has|have|had"
    r"|will|would|could|[a-z]{3,}ed)\b)"
)
_PARTICIPLE_EN = re.compile(
    r",\s+(?=(?!including|according|regarding|concerning|following)\w+ing\b)"
)
_SAYING = re.compile(r"(?P<verb>[a-z]+ing)\s+(?:that\s+)?")
_OPENING_SUBORDINATE = re.compile(r"^(?:Although|Though|While|Whereas|Even though)\b[^,]{8,},\s+")
_ACCORDING = re.compile(
    r"^\s*According to\s+(?:[^,]{0,80},\s*|(?:the\s+)?(?:(?:[A-Z][\w.'’&-]*|of|and|for|\([^)]*\))\s*)+)"
    # "According to the manager, who declined to be named, ...": the relative is the frame's
    r"(?:(?:who|whose)\b[^,]{0,80},\s*)?"
)
# "..., according to the prefecture.", "..., according to figures from the ministry.": a source
# closing the sentence, nothing after it but its own description
_ACCORDING_AFTER = re.compile(r",\s*according to\s+[^;:\"“”«»()]{2,120}$", re.IGNORECASE)
_INFLECTED = re.compile(r"(?:s|ed|d)$|^(?:said|told|wrote|thought|shown|showed)$", re.IGNORECASE)
# "declared three days of mourning and said the government would pay ...", "was costing ...
# and warned that production could move": a second reporting verb of the same subject opens a
# second reported fact; "and said (that)" belongs to neither claim
_AND_SAID = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?:(?:also|then|later)\s+)?(?P<verb>[a-z]+)\b(?:\s+that\b)?\s*"
)
_AUXILIARY = re.compile(r"^(?:has|have|had|will|would|did|does|do|is|are|was|were)$", re.IGNORECASE)
_NUMBER_WORDS = re.compile(r"\d|\b(?:thousand|hundred|million|billion|dozens?)\b", re.IGNORECASE)


# "A researcher at the university, Jane Doe, says", "Tom Okafor, a police spokesman, said":
# a subject with its name in apposition, set off by two commas
# "Marsh, who took over as chief executive in January,", "A spokesman for the governor, who
# has no role in the talks,": a short subject and the relative clause that describes it
_RELATIVE_SUBJECT = re.compile(
    r"^\s*(?P<head>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:A|An|The)\s+[^,]{2,50}))"
    r",\s*(?:who|whose)\b[^,;\"“”]{2,120},\s*$"
)
# "The report, published on Tuesday by the agency,": a subject and the participle describing it
_PARTICIPLE_SUBJECT = re.compile(
    r"^\s*(?P<head>(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:A|An|The)\s+[^,]{2,50}))"
    + PARTICIPLE_ASIDE
)
_APPOSITION_SUBJECT = re.compile(
    r"^\s*(?:[^,]{2,60},\s*(?:[A-Z][\w'’.-]*\s*){1,4},"
    r"|[A-Z][^,]{1,60},\s*(?:a|an|the)\s+[^,]{2,60},)\s*$"
)


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def english_pieces(text: str, quotes: list[tuple[int, int]]) -> list[Piece]:
    """The clauses of one English sentence, its reporting frames left out."""
    cutter = _Cutter(text)
    inside = [False] * (len(text) + 1)
    for start, end in quotes:
        for i in range(start, end):
            inside[i] = True
    match = _ACCORDING.match(text)
    if match:
        cutter.drop(0, match.end())
    match = _OPENING_SUBORDINATE.match(text)
    if match:
        cutter.cut(match.end())
    named = named_subject(text)
    for pattern, dependent in ((_HARD_EN, False), (_RELATIVE_EN, True), (_PARTICIPLE_EN, True)):
        for match in pattern.finditer(text):
            if inside[match.start()]:
                continue
            if named and match.start() < named[1] and _verb_next(text[named[1] :]):
                # "X, president of Nigeria, but also the chair of ECOWAS, has called": the
                # descriptions of the name opening the sentence are its subject, no clause
                continue
            if pattern is _RELATIVE_EN and _inside_subject(text, cutter, match.start()):
                continue
            cutter.cut(match.start() if not dependent else match.end(), dependent)
    for match in _PARTICIPLE_EN.finditer(text):
        # ", adding that she would not declare victory", ", saying the state was ready": a
        # participle of saying reports a fact of its own, a claim even without a figure;
        # "adding that" belongs to no claim
        said = _SAYING.match(text, match.end())
        if (
            said
            and not inside[match.start()]
            and is_reporting_en(said["verb"])
            and _starts_clause(text[said.end() :], 8)
        ):
            cutter.drop(match.end(), said.end())
            cutter.cut(said.end())
    for match in _RELATIVE_EN.finditer(text):
        # "it had recovered six plots, which are back in public hands, and was still pursuing
        # the rest": the relative ends at its comma; "and" + a verb without a subject goes on
        # with the main clause, not the relative
        if match.end() in cutter.cuts and (
            verb := _AND_VERB.search(text, match.end(), match.end() + 150)
        ):
            cutter.cut(verb.start())
    for match in _AND_THAT.finditer(text):
        # "She added that 30 homes were flooded and that 8 schools would close": two reported
        # facts, each its own claim; "and that" belongs to neither
        if inside[match.start()] or not _starts_clause(text[match.end() :], 6):
            continue
        left = max([0, *(p for p in cutter.cuts if p <= match.start())])
        before = text[left : match.start()]
        # "said that A and that B", also "said A and that B" (the first "that" left out)
        if re.search(r"\bthat\b", before) or any(
            is_reporting_en(w.group(0)) and _INFLECTED.search(w.group(0)) for w in _words(before)
        ):
            cutter.drop(match.start(), match.end())
            cutter.cut(match.end())
    for match in _AND_SAID.finditer(text):
        coordinated = match["verb"]
        if (
            inside[match.start()]
            or not is_reporting_en(coordinated)
            or not (_INFLECTED.search(coordinated) or english_lemma(coordinated) == "say")
            or coordinated.lower().endswith("ing")
        ):
            continue
        said_that = match.group(0).rstrip().endswith("that")
        if not said_that and not _starts_clause(text[match.end() :], 10):
            continue  # "and praised the rescuers": the verb takes a noun phrase
        left = max([0, *(p for p in cutter.cuts if p <= match.start())])
        if _speaking_inner_subject(text[left : match.start()]):
            continue
        if _FINITE_EN.search(text[left : match.start()]) or re.search(
            r"\b\w{3,}ed\b", text[left : match.start()]
        ):
            cutter.drop(match.start(), match.end())
            cutter.cut(match.end())
    for match in _AND_CLAUSE.finditer(text):
        if inside[match.start()] or not _starts_clause(text[match.end() :]):
            continue
        left = max([0, *(p for p in cutter.cuts if p <= match.start())])
        if _verb_besides_saying(text[left : match.start()]):
            cutter.cut(match.start())
    _frames_en(text, cutter, quotes, inside)
    _label(cutter)
    _quote_sentences(cutter, quotes)
    return cutter.pieces()


_AUXILIARIES_EN = re.compile(
    r"\b(?:has|have|had|was|were|is|are|will|would|also|then|later|again|already)\b",
    re.IGNORECASE,
)


def _described_name(subject: str) -> bool:
    """ "Goodluck Jonathan, President of Nigeria, but also the chair of ECOWAS, " before a
    reporting verb: a name and its descriptions, up to the verb."""
    named = named_subject(subject)
    return named is not None and not _AUXILIARIES_EN.sub("", subject[named[1] :]).strip()


def _verb_next(rest: str) -> bool:
    """Does a verb (or its auxiliary) seem to open `rest`: a lower-case word that is no
    function word ("has called", "said"; not "the", "and", "in")?"""
    first = re.match(r"[a-z][\w'’-]*", rest)
    return first is not None and first.group(0) not in _NOT_A_VERB_EN - {"said"}


def _frame_after_quote(stretch: str) -> bool:
    """ " he told reporters outside the union hall on Sunday night.", " chief executive Ann
    Lowe told analysts on a call, ": at most five words of subject, an inflected reporting
    verb, then at most ten words saying when, where or to whom, and no clause of their own."""
    words = _words(stretch)
    for index, word in enumerate(words[:6]):
        if index == 0 or not is_reporting_en(word.group(0)) or not _INFLECTED.search(word.group(0)):
            continue
        subject, rest = stretch[: word.start()], stretch[word.end() :]
        return (
            len(words) - index - 1 <= 10
            and not re.search(r"[\"“”«»;:]", stretch)
            and not _FINITE_EN.search(subject + " " + rest)
            and not re.search(r"\b(?:that|which|who|because|after|before|while|if|and|but)\b", rest)
            and re.fullmatch(r"[^,]*(?:,[^,]*)?[,.!?]?\s*", rest) is not None
        )
    return False


def _speaking_inner_subject(before: str) -> bool:
    """ "X said they had analysed a sample and confirmed that ...": the reported clause's own
    subject is someone who may be the one confirming, so the second verb may be theirs, inside
    X's report; only a subject that cannot speak ("said the strike was costing ... and warned
    that") leaves the second verb to X."""
    said = [
        w for w in _words(before) if is_reporting_en(w.group(0)) and _INFLECTED.search(w.group(0))
    ]
    if not said:
        return False
    inner = re.match(r"\s*(?:that\s+)?(\w+)", before[said[-1].end() :])
    return inner is not None and inner.group(1).lower() in {"they", "he", "she", "we", "i"}


def _inside_subject(text: str, cutter: _Cutter, position: int) -> bool:
    """ "The statement, which was read on television, also called for...": the relative
    clause hangs on a subject whose verb comes after it; cut there, the main clause would lose
    its subject. Seen when nothing before the relative, back to the last cut, is a verb."""
    left = max([0, *(p for p in cutter.cuts if p < position)])
    before = text[left:position]
    said = [
        w for w in _words(before) if is_reporting_en(w.group(0)) and _INFLECTED.search(w.group(0))
    ]
    if said:
        # "The company said the plant, which supplies 40 percent of the power, had been
        # offline": the relative hangs on the subject of the reported clause
        before = re.sub(r"^\s*(?:that\s+)?", "", before[said[-1].end() :])
    # "ruled that the ordinance, which barred ..., violated state law": the subject of the
    # clause "that" opens
    that = list(re.finditer(r"\bthat\s+", before))
    if that:
        before = before[that[-1].end() :]
    if _FINITE_EN.search(before) or re.search(r"\b[a-z]{3,}ed\b", before):
        return False
    if len(_words(before)) > 6:
        return False
    # the relative ends at the next comma, and the main clause's verb follows it
    after = re.search(r",\s+([a-z]+)\b", text[position + 1 :])
    if after is not None and after.group(1) == "said":
        # "Marsh, who took over in January, said the airline ...": the subject's own verb;
        # after a longer stretch, ", said the mayor" closes the sentence instead
        return bool(_RELATIVE_SUBJECT.match(text[left : position + 1 + after.start() + 1]))
    return after is not None and after.group(1) not in _NOT_A_VERB_EN


_NOT_A_VERB_EN = {"and", "but", "or", "while", "which", "who", "whose", "where", "when", "he"}
_NOT_A_VERB_EN |= {"she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "that"}
_NOT_A_VERB_EN |= {"his", "her", "its", "their", "according", "including", "as", "in", "on"}
_NOT_A_VERB_EN |= {"of", "for", "with", "at", "by", "from", "to", "after", "before", "said"}


_LEADING_BOUND = re.compile(
    r"\s*(?:(?:at\s+least|more\s+than|fewer\s+than|less\s+than|about|nearly|almost|some|over"
    r"|up\s+to|as\s+many\s+as|around)\s+)?(?:[\d.,]+|(?:[a-z]+-)?(?:one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?"
    r"|dozens?|several|many))\s+",
    re.IGNORECASE,
)


def _verb_besides_saying(stretch: str) -> bool:
    """Has the stretch a finite verb of its own, not only the frame's ("The council said two
    schools and three clinics would close": the list is the subject of one clause)?"""
    verbs = [m.group(0) for m in _FINITE_EN.finditer(stretch)]
    verbs += re.findall(r"\b\w{3,}ed\b", stretch)
    return any(not (is_reporting_en(v) and _INFLECTED.search(v)) for v in verbs)


def _starts_clause(rest: str, reach: int = 4) -> bool:
    """A subject then, within `reach` words, a finite verb of its own (not a relative
    clause's): "and officials say", "and I'd like", "and Phoenix had"."""
    if re.match(r"\s*(?:to|,)\b", rest):
        return False
    # "and at least three people have died": a bound and a figure open the subject
    bound = _LEADING_BOUND.match(rest)
    if bound:
        rest = rest[bound.end() :]
    words = _words(rest)[:reach]
    window = " ".join(w.group(0) for w in words)
    verb = _FINITE_EN.search(window)
    if verb is None:
        return False
    before = window[: verb.start()]
    if re.search(r"\b(?:and|but|or)\s*$", before, re.IGNORECASE):
        return False  # "three days of mourning and said": the verb is coordinated, not a clause
    if rest[: words[len(before.split())].start() if before else 0].count(",") % 2:
        # "Two co-accused, a registrar and a businessman, were acquitted": the comma closes
        # an apposition opened before "and" ("and its owner, Jane Doe, was" opens its own)
        return False
    return not re.search(r"\b(?:that|which|who|to)\b", before, re.IGNORECASE)


_QUANTIFIER = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|thousands"
    r"|no|all|both|each|every|few)\b",
    re.IGNORECASE,
)


def _audience(rest: str) -> re.Match[str] | None:
    """ "told reporters the system was ...", "told the ABC that ...": the shortest phrase after
    "told" that a clause of its own (a subject, then a finite verb) follows."""
    words = _words(rest[:80])
    for count in range(1, min(7, len(words))):
        if count > 3 and not re.match(r"\s+that\b", rest[words[count - 1].end() :]):
            continue  # "told reporters outside the court that ...": a place, then "that"
        first = words[0].group(0).lower()
        if count == 1 and first in ("the", "a", "an", "his", "her", "their", "its"):
            continue
        end = words[count - 1].end()
        after = re.match(r"\s+(?:that\s+)?", rest[end:])
        if after is None or not re.match(r"[\w\"“]", rest[end + after.end() :]):
            return None
        following = rest[end + after.end() :]
        subject = re.match(_SUBJECT_WORDS, following) or _QUANTIFIER.match(following)
        if (after.group(0).strip() or subject) and _starts_clause(following):
            return re.match(r"[\s\S]*", rest[: end + after.end()])
    return None


# "said on Tuesday the plant ...", "said late on Friday it ...": the day of saying, then a clause
_DAY_BEFORE_CLAUSE = re.compile(
    r"\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+night)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?!that\b)"
)
# what may stand between a reporting verb and its "that": when, where or how it was said
_FRAME_ADVERBIAL = (
    r"(?:(?:in|on|at|during|via|through|late|early|earlier|later|last|this|yesterday|today"
    r"|tonight|overnight|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    r"[^,;:.\"“”«»]{0,50}?)"
)


def _frames_en(
    text: str, cutter: _Cutter, quotes: list[tuple[int, int]], inside: list[bool]
) -> None:
    """Drop "X said (that)" before a statement and ", he said" / '," he added' after it."""
    for clause_start in [0, *sorted(cutter.cuts)]:
        words = _words(text[clause_start:])
        for index, word in enumerate(words[:24]):
            position = clause_start + word.start()
            if (
                inside[position]
                or (position in cutter.cuts and position != clause_start)
                or not cutter.kept(position)  # "and said": dropped with its own clause's cut
            ):
                break
            if index == 0 or not is_reporting_en(word.group(0)):
                continue
            aside = re.match(r"[^,;\"“”()]{0,140},\s*", text[position:])
            if aside and _PARTICIPLE_SUBJECT.match(text[clause_start : position + aside.end()]):
                continue  # "The report, published by the agency, shows": no frame's verb
            if index >= 12 and not (
                _RELATIVE_SUBJECT.match(text[clause_start:position])
                or _PARTICIPLE_SUBJECT.match(text[clause_start:position])
                or _described_name(text[clause_start:position])
            ):
                # only a subject described by a relative, a participle or appositions runs
                # this long
                break
            verb = word.group(0)
            if is_denying_en(verb):
                break  # "denied that police had fired": the denial is the claim, its frame kept
            if index + 1 < len(words) and english_lemma(words[index + 1].group(0)) == "say":
                continue  # "Media reports said": a noun before the verb
            inflected = _INFLECTED.search(verb) or english_lemma(verb) == "say"
            # "Figures from X show that": a bare plural verb, known by the "that" it takes
            # (not "the claim that": a noun after its determiner)
            bare_that = re.match(r"\s+that\b", text[clause_start + word.end() :]) and not (
                _DETERMINER_EN.match(words[index - 1].group(0))
            )
            if not (inflected or _AUXILIARY.match(words[index - 1].group(0)) or bare_that):
                continue
            if verb.lower().endswith("ing"):
                break
            subject = text[clause_start:position]
            described = _RELATIVE_SUBJECT.match(subject) or _PARTICIPLE_SUBJECT.match(subject)
            named = named_subject(subject) if _described_name(subject) else None
            # the relative describing the speaker may hold a figure of its own ("who has run
            # it since 2011"), and an apposition the speaker's age ("Ruth Odhiambo, 54,"),
            # the speaker does not
            head = described["head"] if described else named[0] if named else subject
            if _NUMBER_WORDS.search(head) or any(c in subject for c in _OPENING):
                break
            if "," in subject and not (described or named or _APPOSITION_SUBJECT.match(subject)):
                break
            rest = text[clause_start + word.end() :]
            # "said in a statement that", "said on Tuesday that": the adverbial is the frame's
            skip = re.match(r"\s*(?:(?:" + _FRAME_ADVERBIAL + r")\s+)?(?:that\s+|:\s*)", rest)
            day = None if skip else _DAY_BEFORE_CLAUSE.match(rest)
            if day and re.match(_SUBJECT_WORDS, rest[day.end() :]):
                # "said on Tuesday the plant would close": the day is when it was said
                skip = day if _starts_clause(rest[day.end() :], 8) else None
            skip = skip or re.match(r"\s*(?:that\s+|:\s*)?", rest)
            if english_lemma(verb) == "tell" and (audience := _audience(rest)):
                skip = audience  # "told reporters (that) ...": the audience is in the frame
            content = clause_start + word.end() + (skip.end() if skip else 0)
            said_that = skip is not None and skip.group(0).strip() != ""
            plain_say = english_lemma(verb) == "say" and not re.match(r"\s*(?:to|,)\b", rest)
            if not said_that and not plain_say and not _starts_clause(text[content:], 10):
                break
            cutter.drop(clause_start, content)
            cutter.cut(content)
            break
    frame = end_frame_en(text, quotes)
    if frame is not None:
        # "..., said the culture secretary, Jane Doe.", "..., said Mr Smith, who runs ..."
        cutter.drop(frame.start, len(text))
    according = _ACCORDING_AFTER.search(text)
    if according and not inside[according.start()] and len(_words(text[: according.start()])) >= 3:
        # "..., according to the prefecture.": the source closing the sentence is the speaker's
        cutter.drop(according.start(), len(text))
    tail = re.search(r"(?:,\s*[\"”]?|[\"”]\s*)((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s*[.!?]?\s*$", text)
    if tail:
        tail_words = [w.rstrip(".!?") for w in tail.group(1).split()]  # '..., he said.'
        verbs = [
            i
            for i, w in enumerate(tail_words[:4])
            if is_reporting_en(w)
            and not w.lower().endswith("ing")
            # a bare form has a plural subject before it (", they say", ", experts warn"), not
            # a noun it qualifies (", violated state law")
            and (
                _INFLECTED.search(w)
                or (i > 0 and re.fullmatch(r"they|we|i|you|\w+[^s]s", tail_words[i - 1].lower()))
            )
        ]
        # ", he said", ", said Ron Redmond", ", the mayor told reporters": the verb ends the
        # stretch or is followed by a name or an audience, never by the statement itself
        if (
            len(tail_words) <= 7
            and verbs
            # ", welcomed the decision": a verb opening the stretch has its subject after it
            # only if it is one that inverts (", said the mayor")
            and (verbs[0] > 0 or inverts(tail_words[0]))
            and len(tail_words) - verbs[0] - 1 <= 3
            and not re.search(r"\d", tail.group(1))
            and not inside[tail.start(1)]
        ):
            cutter.drop(tail.start(), len(text))
    for _, end in quotes:
        # '"...," he told reporters outside the union hall on Sunday night.', '"...," chief
        # executive Ann Lowe told analysts on a call, adding that ...': after a quotation
        # closed on a comma, a subject and a reporting verb with when, where and to whom it
        # was said are the frame, up to the end or the next cut
        if not re.search(r"[,!?][\"”»]\s*$", text[max(0, end - 3) : end]):
            continue
        stop = min([p for p in cutter.cuts if p > end] + [len(text)])
        if _frame_after_quote(text[end:stop]):
            cutter.drop(end, stop)
    for start, _ in quotes:
        before = text[:start].rstrip()
        if before.endswith((",", ":")):
            last = _words(before)
            if last and is_reporting_en(last[-1].group(0)):
                cutter.cut(start)
                frame_start = max([0, *[p for p in cutter.cuts if p < start]])
                if len(_words(text[frame_start:start])) <= 25:
                    cutter.drop(frame_start, start)
