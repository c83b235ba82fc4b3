"""The inverted reporting frame that closes a French sentence: "..., a assuré la ministre de la
culture, Claire Vautrin.", "..., ont annoncé les sapeurs-pompiers de Paris.", "..., a fait
savoir Matignon.", "« ... », a déclaré mercredi le chef de l'Etat, qui s'était rendu sur place".

One reader of the shape for both of its users: `clauses` drops the frame from the claim's span,
`attribution_fr` takes its subject as the sentence's speaker. The small model parses these
subjects every which way (object, oblique, apposition of the verb), so the frame is read from
the words' order and parts of speech: a reporting verb right after a comma or a closing quote,
with no subject of its own before it, then the subject noun phrase, then nothing but adjuncts
("dans un communiqué"), a time ("mardi soir") or a relative clause on the subject to the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workbench.extract.dates import MONTHS, WEEKDAYS
from workbench.extract.lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_ENDINGS_FR,
    PERSON_NOUNS,
    REPORTING_VERBS_FR,
    ROLE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

_OPENERS = {",", "»", "”", '"'}
_ELIDED = {"l'", "l’"}
_ARTICLES = _ELIDED | {"le", "la", "les"}
_RELATIVES = {"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "lesquels", "où"}
_RELATIVES |= {"lesquelles"}
TIME_WORDS = set(WEEKDAYS["fr"]) | set(MONTHS["fr"])
TIME_WORDS |= {"hier", "aujourd'hui", "aujourd’hui", "soir", "matin", "après-midi", "midi"}
TIME_WORDS |= {"nuit", "veille", "lendemain", "dernier", "dernière", "prochain", "prochaine"}
"""Words that say when ("mardi soir", "hier"), which the small model may take for a verb's
complement ("a-t-il déclaré jeudi", "s'est déclaré lundi")."""
_ADJUNCTS = {"sur", "dans", "lors", "devant", "en", "auprès", "par", "via", "depuis", "pendant"}
_ADJUNCTS |= {"après", "avant", "au", "aux", "à", "face", "pour", "sous", "chez"}
_LINKING = {"de", "d'", "d’", "du", "des"}
_AUDIENCES = {"presse", "journaliste", "journalistes", "média", "médias", "radio", "télévision"}
_AUDIENCES |= {"micro", "reporter", "reporters", "chaîne", "agence", "quotidien", "journal"}
_AUXILIARIES = {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut"}
_AUXILIARIES |= {"est", "sont", "était", "étaient", "s'", "s’", "se", "fait"}


@dataclass(frozen=True)
class EndFrame:
    """Token indices of an inverted frame: `opener` is the comma or closing quote before it,
    `subject` the first and past-the-last token of the speaker's noun phrase, `end` where the
    frame stops (past its relative clause and adjuncts; the final full stop excluded)."""

    opener: int
    verb: int
    subject: tuple[int, int]
    end: int
    narrated: bool = False
    """The frame stops before an adjunct and the relative on it ("lors de la lecture du
    verdict, qui a duré près de quatre heures"): a fact the reporter states, nobody's words."""


def reporting_word(token: Token) -> bool:
    """A reporting verb as the words say it, whatever part of speech the small model gave it
    ("a réagi" tagged as an adjective, "indique" left unlemmatised)."""
    word = token.lower_
    forms = {token.lemma_.lower(), word, word + "r", word[:-1] + "er", word[:-2] + "er"}
    forms |= {word[:-1] + "re", word[:-1] + "ir", word + "re"}
    if word.endswith("ant"):  # "estimant" tagged an adjective, its lemma left as it is
        forms |= {word[:-3] + "er", word[:-3] + "ir", word[:-3] + "re"}
    return bool(forms & REPORTING_VERBS_FR)


def _is_reporting(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if token.lower_ == "savoir" and index > 0 and tokens[index - 1].lower_ == "fait":
        return True  # "a fait savoir X"
    if token.lower_.endswith("ant") or "Inf" in token.morph.get("VerbForm", []):
        return False  # "signant un décret", "dire": no inverted subject follows those
    if token.pos_ == "PROPN" and index > 0 and tokens[index - 1].lower_ in _AUXILIARIES:
        return reporting_word(token)  # "a réagi Karine Moreau": the verb tagged as a name
    return token.pos_ in {"VERB", "AUX", "ADJ", "NOUN"} and reporting_word(token)


def end_frame(tokens: list[Token], outside: list[bool]) -> EndFrame | None:
    """The inverted frame closing the sentence, if there is one."""
    last = len(tokens)
    while last > 0 and tokens[last - 1].is_punct and tokens[last - 1].text not in _OPENERS:
        last -= 1
    for index in range(2, last):
        if not outside[index] or not _is_reporting(tokens, index):
            continue
        opener = index - 1
        while opener > 0 and (
            tokens[opener].lower_ in _AUXILIARIES or tokens[opener].pos_ in {"ADV", "AUX"}
        ):
            opener -= 1
        if opener < 1 or tokens[opener].text not in _OPENERS:
            continue
        if not _statement_before(tokens, opener, outside):
            continue
        if any(
            c.dep_ in {"nsubj", "nsubj:pass"}
            and c.i < index
            and outside[c.i]
            and not _relative(c)
            and not _own_verb(tokens, c.i, opener)
            and not _clause(c)
            for c in tokens[index].children
        ):
            continue
        frame = _subject_and_end(tokens, index, last, outside)
        if frame is not None:
            narrated = frame[1] < last and tokens[frame[1]].lower_ in _ADJUNCTS
            return EndFrame(opener, index, frame[0], frame[1], narrated)
    return None


def middle_frame(tokens: list[Token], outside: list[bool]) -> EndFrame | None:
    """A frame set between the subject opening the sentence and its verb ("Le pont, a
    indiqué mardi le préfet, a été fermé", "Son gérant, a précisé le tribunal, avait reçu"):
    `end` is the comma that closes it, a verb with a tense right after."""
    opener = next((t.i for t in tokens[1:13] if t.text == "," and outside[t.i]), None)
    if opener is None or any(
        t.pos_ in {"VERB", "AUX"}
        and "Fin" in t.morph.get("VerbForm", [])
        or t.lower_ in _RELATIVES
        or not outside[t.i]
        for t in tokens[:opener]
    ):
        return None
    verb = opener + 1
    while verb < len(tokens) and tokens[verb].lower_ in _AUXILIARIES - {"fait"}:
        verb += 1
    if verb >= len(tokens) - 2 or not _is_reporting(tokens, verb):
        return None
    if bare_participle(tokens, opener, verb):
        return None  # "L'affaire, révélée en mars par X, a ...": a participle on the subject
    end = next((t.i for t in tokens[verb + 1 : verb + 14] if t.text == "," and outside[t.i]), None)
    if end is None or end + 1 >= len(tokens):
        return None
    following = tokens[end + 1 : end + 4]
    if not any(
        t.pos_ in {"VERB", "AUX"}
        and "Fin" in t.morph.get("VerbForm", [])
        or t.lower_ in _AUXILIARIES
        for t in following
    ):
        return None  # no verb of the sentence's own after it
    frame = _subject_and_end(tokens, verb, end, outside)
    if frame is None:
        return None
    return EndFrame(opener, verb, frame[0], end)


def bare_participle(tokens: list[Token], comma: int, verb: int) -> bool:
    """ "L'affaire, révélée en mars par l'hebdomadaire X, avait provoqué": a past participle
    right after a comma, with no auxiliary, describes the noun before it (its agent made
    that thing known); a frame's verb has a tense ("a précisé", "précise"), its auxiliary
    sometimes before an aside ("L'Ukraine a, de son côté, confirmé")."""
    token = tokens[verb]
    return (
        verb == comma + 1
        and tokens[comma].text == ","
        and "Part" in token.morph.get("VerbForm", [])
        and not token.lower_.endswith("ant")  # ", estimant que": a clause of its own
        and not any(child.dep_.startswith("aux") for child in token.children)
    )


_STRESSED = {"lui", "elle", "eux", "elles"}


def opinion_frame(tokens: list[Token], outside: list[bool]) -> int | None:
    """ "Pour l'association écologiste Verdir, « ... »", "Pour lui, « ... »": "pour" opening
    the sentence, someone who can speak, then a comma and a quotation at once: whose view the
    quotation is, as "Selon X," says. Returns the comma's index. Not "Pour la première fois,
    « ... »" (no one who speaks), nor a clause of the writer's after the comma ("Pour les
    sinistrés, l'État a débloqué")."""
    if len(tokens) < 4 or tokens[0].lower_ != "pour":
        return None
    comma = next((t.i for t in tokens[1:12] if t.text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or outside[comma + 1]:
        return None
    for token in tokens[1:comma]:
        lemma = token.lemma_.lower()
        if (
            token.ent_type_ in ("PER", "ORG")
            or token.pos_ == "PROPN"
            or token.lower_ in _STRESSED
            or token.pos_ == "NOUN"
            and (
                lemma in ROLE_NOUNS | ORGANISATION_NOUNS | GROUP_NOUNS | PERSON_NOUNS
                or lemma.endswith(PERSON_ENDINGS_FR)
            )
        ):
            return comma
    return None


def _relative(subject: Token) -> bool:
    """ "240 postes, dont 85 intérimaires, a annoncé la direction": a noun phrase opened by a
    relative pronoun belongs to the relative clause, whatever the parse hangs it on; it is not
    the reporting verb's subject."""
    return any(
        t.lower_ in _RELATIVES and t.pos_ == "PRON" for t in subject.subtree if t.i < subject.i
    )


def _clause(subject: Token) -> bool:
    """ "Au moins 34 personnes ont péri mardi ..., a annoncé un responsable": the parse may
    make the statement before the comma the reporting verb's subject; a word with a subject or
    a tense auxiliary of its own heads a clause, not a noun phrase that speaks."""
    return any(
        c.dep_ in {"nsubj", "nsubj:pass", "aux:tense", "aux:pass"} and c.i < subject.i
        for c in subject.children
    )


def _own_verb(tokens: list[Token], subject: int, opener: int) -> bool:
    """ "Seul un TGV sur trois circulait jeudi ..., a indiqué la direction": a finite verb
    between the parse's subject and the frame, outside any relative clause, is that subject's
    own; the reporting verb after the comma has its subject after it."""
    for token in tokens[subject + 1 : opener]:
        if token.pos_ not in {"VERB", "AUX"} or "Fin" not in token.morph.get("VerbForm", []):
            continue
        clause = token.head if token.dep_.startswith("aux") else token
        if not any(c.lower_ in _RELATIVES for c in clause.children):
            return True
    return False


def _statement_before(tokens: list[Token], opener: int, outside: list[bool]) -> bool:
    """What precedes the frame states something: a quotation, or a finite verb of its own."""
    before = tokens[:opener]
    if any(not outside[t.i] for t in before):
        return True
    return any(
        t.pos_ in {"VERB", "AUX"}
        and "Fin" in t.morph.get("VerbForm", [])
        or "Part" in t.morph.get("VerbForm", [])
        for t in before
    )


def _skip_adjuncts(tokens: list[Token], start: int, last: int) -> int:
    """Past the adverbs, times and prepositional phrases between the verb and its subject
    ("a déclaré mardi soir à l'AFP le porte-parole", "a réagi sur Twitter la maire")."""
    index = start
    while index < last:
        token = tokens[index]
        word = token.lower_
        if token.pos_ == "ADV" or word in TIME_WORDS or word == ",":
            index += 1
        elif word in _ADJUNCTS or (word == "lors" and index + 1 < last):
            index += 1
            seen_noun = False
            while index < last:
                word = tokens[index].lower_
                if (
                    seen_noun
                    and tokens[index].pos_ == "DET"
                    and tokens[index - 1].lower_ not in _LINKING
                ) or (seen_noun and _recipient_then_person(tokens, index)):
                    break
                named = tokens[index].ent_type_ != "" or tokens[index].text[:1].isupper()
                if tokens[index].pos_ in {"NOUN", "PROPN"} or named:
                    seen_noun = True
                if (
                    tokens[index].pos_ not in {"DET", "ADP", "NOUN", "PROPN", "ADJ", "NUM"}
                    and word not in _LINKING
                    and not named
                ):
                    break
                index += 1
            if not seen_noun:
                return start
        else:
            break
    return index


def _recipient_then_person(tokens: list[Token], index: int) -> bool:
    """ "a expliqué à l'AFP Claire Vasseur", "a déclaré au Monde Jean Dupont": a person's name
    right after the name of whom it was said to (or after "la presse") opens the subject; the
    recipient is never the speaker, and two names abutting are two phrases."""
    token, previous = tokens[index], tokens[index - 1]
    if token.ent_type_ != "PER" or token.ent_iob_ != "B" or previous.lower_ in _LINKING:
        return False
    named = previous.ent_type_ not in {"", "PER"} or previous.pos_ == "PROPN"
    return named or previous.lemma_.lower() in _AUDIENCES


def _name_after_recipient(tokens: list[Token], verb: int, start: int) -> int:
    """ "a expliqué à l'AFP Lucie Marchal, sociologue à ...": when the model reads the
    recipient and the name after it as one organisation, the adjuncts run on to the comma and
    the subject would open on the bare description after it, which never stands alone as a
    subject. The run of capitalised words after the preposition is then the recipient's one
    word and a person's first name and surname: the subject opens on the last two."""
    comma = start - 1
    if (
        comma <= verb
        or start >= len(tokens)
        or tokens[comma].text != ","
        or tokens[start].pos_ == "DET"
    ):
        return start
    run = comma
    while run > verb + 1 and tokens[run - 1].text[:1].isupper():
        run -= 1
    if comma - run < 3 or tokens[run - 1].lower_ not in _ADJUNCTS | {"l'", "l’", "la", "le"}:
        return start
    return comma - 2


def _subject_and_end(
    tokens: list[Token], verb: int, last: int, outside: list[bool]
) -> tuple[tuple[int, int], int] | None:
    start = _skip_adjuncts(tokens, verb + 1, last)
    start = _name_after_recipient(tokens, verb, start)
    if start >= last or not outside[start]:
        return None
    first = tokens[start]
    article = article_noun(tokens, start + 1)
    if first.text.startswith("-") or first.lower_ in _RELATIVES:
        return None  # "a-t-il dit", "a dit que"
    if first.pos_ not in {"DET", "NOUN", "PROPN", "ADJ", "NUM"} and not article:
        return None  # "a dit attendre", "a dit l'avoir vu"
    end = start
    while end < last:
        token = tokens[end]
        word = token.lower_
        if token.text == ",":
            following = tokens[end + 1] if end + 1 < last else None
            if following is not None and (
                following.pos_ == "PROPN"
                or following.ent_type_ == "PER"
                or _titled_name(tokens, end + 1, last)
            ):
                end += 1  # "la ministre de la culture, Claire Vautrin", ", la juge X"
                continue
            break
        if word in _RELATIVES and token.pos_ == "PRON":
            break
        if word in TIME_WORDS and end > start:
            break
        if word in _ADJUNCTS - {"à", "au", "aux"} and end > start:
            break
        if word in {"à", "au", "aux"} and not _inside_phrase(tokens, end, start):
            break
        if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm", []):
            return None  # another clause follows: not a frame
        end += 1
    if end == start or not _speaks(tokens[start:end]):
        return None
    return (start, end), _frame_end(tokens, end, last)


def article_noun(tokens: Sequence[Token], index: int) -> bool:
    """ "..., a précisé l'exploitant", "a indiqué le représentant": after the verb, the
    article and the word after it are a noun phrase, though the small model may read a clitic
    and a participle ("exploitant" of "exploiter", "l'élu" of "élire"); a clitic comes before
    its verb, and an infinitive after it ("a dit l'avoir vu") is the verb's own."""
    if index < 1 or index >= len(tokens) or tokens[index - 1].lower_ not in _ARTICLES:
        return False
    word = tokens[index]
    if tokens[index - 1].pos_ not in {"PRON", "DET"} or not word.is_alpha or not word.is_lower:
        return False
    return word.pos_ in {"NOUN", "ADJ"} or (
        word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm", [])
    )


def _titled_name(tokens: list[Token], start: int, last: int) -> bool:
    """ "la présidente du tribunal, la juge Helena Marques": an apposition that gives the
    subject a second title, then the name (a determiner, lower-case words, a person's name,
    nothing after it but the comma or the end): it names who the subject is, as a bare name
    after the comma does."""
    if tokens[start].pos_ != "DET":
        return False
    index = start + 1
    while (
        index < min(last, start + 4)
        and tokens[index].pos_ in {"NOUN", "ADJ"}
        and tokens[index].text.islower()
    ):
        index += 1
    if index == start + 1 or index >= last or tokens[index].ent_type_ != "PER":
        return False
    while index < last and tokens[index].ent_type_ == "PER":
        index += 1
    return index == last or tokens[index].text == ","


def _inside_phrase(tokens: list[Token], preposition: int, start: int) -> bool:
    """ "le secrétaire d'Etat à l'intérieur": the parse hangs the noun after "à" inside the
    phrase; "le ministre à la presse", "à l'AFP" say whom it was said to."""
    noun = next(
        (t for t in tokens[preposition + 1 : preposition + 4] if t.pos_ in {"NOUN", "PROPN"}),
        None,
    )
    if noun is None or noun.ent_type_ == "ORG" or noun.lemma_.lower() in _AUDIENCES:
        return False  # "à la presse", "à l'AFP": whom it was said to
    return start <= noun.head.i < preposition


def _frame_end(tokens: list[Token], end: int, last: int) -> int:
    """The frame runs on over a relative clause on its subject and over adjuncts, to the end
    of the sentence; a participial clause after a comma ("ajoutant que") is a statement, and
    so is a clause with a tense of its own (", alors que les flammes ont parcouru 18 000
    hectares", ", tandis que 4 000 foyers sont privés d'électricité", ", et les secours
    sont arrivés"): what the reporter wrote after the source is no part of its frame."""
    index = end
    while index < last:
        token = tokens[index]
        if token.text == "," and index + 1 < last:
            following = tokens[index + 1]
            if following.lower_ in _RELATIVES:
                return _adjunct_with_fact(tokens, end, index, last) or last
            if following.lower_.endswith("ant") and following.pos_ in {"VERB", "AUX"}:
                return index
            if own_clause(tokens[index + 1 : last]):
                return index
        index += 1
    return last


def _adjunct_with_fact(tokens: list[Token], end: int, comma: int, last: int) -> int | None:
    """Where the adjunct opens when the relative after `comma` hangs on an adjunct of the
    frame, not on its speaker, and states a figure or a day of its own ("a déclaré la juge X,
    lors de la lecture du verdict, qui a duré près de quatre heures"): the adjunct and its
    relative are a fact of the reporter's, no part of the frame. A relative hanging on the
    speaker describes the source ("a déclaré le maire, qui dirige la ville depuis 2014") and
    stays in the frame, as does one stating nothing checkable; None then."""
    opens = max([end, *(t.i + 1 for t in tokens[end:comma] if t.text == ",")])
    if opens >= comma or tokens[opens].lower_ not in _ADJUNCTS:
        return None
    fact = any(
        (t.like_num or t.pos_ == "NUM") and t.lower_ not in {"un", "une"}
        for t in tokens[comma + 1 : last]
    ) or any(
        t.lower_ in WEEKDAYS["fr"] or t.lower_ in MONTHS["fr"] for t in tokens[comma + 1 : last]
    )
    return opens if fact else None


def own_clause(stretch: list[Token]) -> bool:
    """A stretch after the frame's comma holds a verb with a tense that no relative pronoun
    hangs on the frame's words ("lors d'une réunion où il a ..." stays an adjunct)."""
    for token in stretch:
        if token.text == ",":
            return False  # the next comma is read on its own
        if token.pos_ not in {"VERB", "AUX"} or "Fin" not in token.morph.get("VerbForm", []):
            continue
        clause = token.head if token.dep_.startswith(("aux", "cop")) else token
        if not any(
            c.lower_ in _RELATIVES and "Rel" in c.morph.get("PronType", []) for c in clause.children
        ):
            return True
    return False


def _speaks(phrase: list[Token]) -> bool:
    """A noun phrase that can be a source: a name, an organisation or a place standing for its
    institution (Matignon, le Quai d'Orsay), a role, a group, a possessed noun ("son recteur"),
    people in the plural ("les sapeurs-pompiers"), a noun behind the definite article ("a
    précisé l'inspection du travail": one the story's reader knows; an office, unnamed)."""
    definite = phrase[0].pos_ == "DET" and "Def" in phrase[0].morph.get("Definite", [])
    definite = definite or phrase[0].lower_ in _ARTICLES
    for token in phrase:
        lemma = token.lemma_.lower()
        if token.ent_type_ or token.pos_ == "PROPN":
            return True
        noun = token.pos_ == "NOUN"
        if not noun and article_noun(phrase, token.i - phrase[0].i):
            noun, lemma = True, token.lower_  # "l'exploitant": the noun its form spells
        if noun and (
            lemma in ROLE_NOUNS | ORGANISATION_NOUNS | GROUP_NOUNS
            or token.lower_ in ORGANISATION_NOUNS | GROUP_NOUNS
            or "Plur" in token.morph.get("Number", [])
            or any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in token.children)
            or definite
            and lemma not in DOCUMENT_NOUNS
            or lemma in PERSON_NOUNS
            or lemma.endswith(PERSON_ENDINGS_FR)
        ):
            return True
    return False


def absolute_participle(token: Token) -> int | None:
    """Where the clause opens when `token` is a present participle with a subject of its own
    right after a comma (", l'Insee anticipant une croissance de 0,7 %", ", la direction
    estimant que ...", ", la région étant en proie à ..."): a clause of its own, whose subject,
    not the main clause's, says whose statement it is. Read from word order (a determiner, the
    noun or name and its adjectives, the participle), as the small model hangs such a
    participle anywhere (a relative on the noun before, an adjective of its subject). One
    reader for `clauses` (where to cut) and `attribution_fr` (who speaks there)."""
    if not token.lower_.endswith("ant") or not (
        token.pos_ in {"VERB", "AUX"} or token.pos_ == "ADJ" and reporting_word(token)
    ):
        return None  # "important", "suivant": adjectives; "estimant" tagged one is a verb
    doc = token.doc
    index = token.i - 1
    while index > 0 and doc[index].pos_ == "ADJ" and token.i - index < 4:
        index -= 1
    if doc[index].pos_ not in {"NOUN", "PROPN"}:
        return None
    while index > 0 and doc[index - 1].pos_ in {"NOUN", "PROPN", "ADJ"} and token.i - index < 4:
        index -= 1
    if index > 0 and doc[index - 1].pos_ == "DET":
        index -= 1
    if index == 0 or doc[index - 1].text != ",":
        return None
    return index
