"""Who says or does what in a French sentence, from spaCy's dependency parse.

The speaker is found, in order of strength, from "selon X" / "d'après X", from the subject of a
reporting verb (inherited by gerunds and coordinated verbs: "estimant que", "et a appelé"), and
from the subject of the main verb when it is an actor (a person, an organisation, a country).
Pronouns, possessives and role descriptions resolve through the article's `Discourse`.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from workbench.extract.discourse import Discourse, Mention, nationality_of
from workbench.extract.frames_fr import (
    TIME_WORDS,
    EndFrame,
    absolute_participle,
    bare_participle,
    end_frame,
    middle_frame,
    opinion_frame,
    reporting_word,
)
from workbench.extract.lexicon import (
    ACCESS_VERBS,
    APPEARANCE_VERBS,
    COMPANY_NOUNS,
    COURTESY_TITLES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MENTAL_VERBS,
    ORGANISATION_NOUNS,
    PERSON_ENDINGS_FR,
    PERSON_NOUNS,
    POLITY_NOUNS,
    PROFESSION_NOUNS,
    REPORTING_VERBS_FR,
    ROLE_NOUNS,
    SELON_FR,
    SPEECH_ACTS,
    SUBJECT_PRONOUNS,
)
from workbench.extract.quotes import inside

if TYPE_CHECKING:  # spaCy loads with the model, not with the command line
    from spacy.tokens import Doc, Span, Token

_STRESSED_PRONOUNS = {"lui", "elle", "eux", "elles"}
_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
_INHERITING_DEPS = {"advcl", "conj", "xcomp", "acl"}
_DROPPED_DEPS = {"acl", "acl:relcl", "advcl", "punct", "appos", "parataxis", "dep", "conj", "cc"}


@lru_cache(maxsize=65536)
def _guessed_infinitive(word: str) -> str:
    """The -er infinitive a present or past form would come from ("dénonce" -> "dénoncer");
    the small model leaves some verbs unlemmatised when it tags them as nouns."""
    for ending, replacement in (
        ("ent", "er"),
        ("ées", "er"),
        ("és", "er"),
        ("ée", "er"),
        ("é", "er"),
        ("es", "er"),
        ("e", "er"),
    ):
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    return word


_INVERTED = re.compile(
    r"(?<![\w-])(?P<verb>[^\W\d_]+)-(?:t-)?(?P<pronoun>il|elle|ils|elles)\b(?:\s+(?P<participle>[^\W\d_]+))?",
    re.IGNORECASE,
)
_IRREGULAR_FR = {
    "dit": "dire",
    "écrit": "écrire",
    "conclut": "conclure",
    "reconnaît": "reconnaître",
    "reconnait": "reconnaître",
    "admet": "admettre",
    "promet": "promettre",
    "prévient": "prévenir",
    "soutient": "soutenir",
    "répond": "répondre",
    "répondu": "répondre",
    "poursuit": "poursuivre",
    "poursuivi": "poursuivre",
    "craint": "craindre",
}
_AUXILIARIES_FR = {"a", "avait", "aura", "ont", "avaient", "auront", "aurait"}


def _inverted_source(text: str, quotes: list[tuple[int, int]]) -> str | None:
    """The pronoun of an inverted attribution outside quotes ("a-t-il précisé", "dit-elle",
    "ajoute-t-il"), when its verb reports speech."""
    for match in _INVERTED.finditer(text):
        if inside(match.start(), quotes):
            continue
        verb = match["verb"].lower()
        if verb in _AUXILIARIES_FR:
            verb = (match["participle"] or "").lower()
        infinitive = _IRREGULAR_FR.get(verb) or _guessed_infinitive(verb)
        if infinitive in REPORTING_VERBS_FR or infinitive == "poursuivre":
            return match["pronoun"].lower()
    return None


_FINITE_AND_FUTURE: dict[int, tuple[bool, bool]] = {}


def _finite_and_future(token: Token) -> tuple[bool, bool]:
    """Whether the token's features say finite verb, and future tense; read once per distinct
    analysis (spaCy parses the features again on every `morph.get`)."""
    morph = token.morph
    key = morph.key  # type: ignore[attr-defined]
    found = _FINITE_AND_FUTURE.get(key)
    if found is None:
        found = ("Fin" in morph.get("VerbForm", []), "Fut" in morph.get("Tense", []))
        _FINITE_AND_FUTURE[key] = found
    return found


def _agent_of(document: Token) -> Token | None:
    """The agent of a participle on the document ("publiés par le ministère", "consultés par
    l'AFP"), if it has one."""
    for token in document.subtree:
        by = any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
        if token.i > document.i and (token.dep_ == "obl:agent" or token.dep_ == "obl:mod" and by):
            return token
    return None


def _accessed_by(agent: Token) -> bool:
    """ "des documents consultés par l'AFP", "obtenus par Le Monde": the agent read or obtained
    the document; it did not write it."""
    return agent.head.lower_ in ACCESS_VERBS


def _author_of(document: Token) -> Token | None:
    """Who wrote or issued a document the sentence cites: the agent of its participle ("publiés
    par le ministère"), else a complement that names an institution or a person ("de la Cour
    des comptes"), not a topic ("les chiffres du chômage"), nor who only consulted it."""
    agent = _agent_of(document)
    if agent is not None:
        return None if _accessed_by(agent) else agent
    children = list(document.children)
    for child in list(children):
        if child.lower_ == "presse" and child.dep_ == "nmod":
            # "un communiqué de presse du Premier ministre": "de presse" names the document
            children.remove(child)
            children.extend(child.children)
    for child in children:
        if child.dep_ != "nmod" or child.i < document.i:
            continue
        if (
            child.ent_type_ in ("ORG", "PER")
            or child.pos_ == "PROPN"
            or child.lemma_.lower() in ORGANISATION_NOUNS | ROLE_NOUNS
        ):
            return child
    return None


def _is_name(ent) -> bool:
    """A person the small model found, unless it is a stray word ("n'") it took for one, or a
    thing's name ("la bactérie Listeria", `_named_thing`)."""
    return (
        ent.label_ == "PER"
        and ent.text[:1].isupper()
        and len(ent.text.strip(".'’")) > 2
        and not (len(ent) == 1 and ent.start > 0 and _named_thing(ent.doc[ent.start - 1]))
        and not (len(ent) == 1 and _institution_named(ent.doc, ent.start))
        # "Maître Paul Girard", "Me X": the model may make the title a name of its own
        and not (len(ent) == 1 and (ent.text.lower() in COURTESY_TITLES or ent.text == "Me"))
    )


def _institution_named(doc: Doc, name: int) -> bool:
    """ "l'association écologiste Verdir", "l'ONG Solidarités": a one-word name right after
    a word for an institution (its adjectives between) is the institution's name, not a
    person's, whatever the small model tags it."""
    index = name - 1
    while index > 0 and doc[index].pos_ == "ADJ" and doc[index].is_lower:
        index -= 1
    word = doc[index]
    return (
        index < name
        and word.pos_ == "NOUN"
        and word.is_lower
        and (
            word.lemma_.lower() in ORGANISATION_NOUNS | COMPANY_NOUNS
            or word.lower_ in ORGANISATION_NOUNS
        )
        and word.lemma_.lower() not in ROLE_NOUNS | PROFESSION_NOUNS
    )


def _named_thing(noun: Token) -> bool:
    """ "la bactérie Listeria", "le typhon Haiyan", "le virus Ebola", "l'autoroute A7": a
    common noun for a thing with a one-word name right after it, which the small model often
    tags a person or a place. People are introduced by a first name and a surname or by a word
    for a person ("le pyromane Jean Morel", "le chanteur Stromae"), institutions by a word for
    one ("le groupe Danone"): a thing is no actor, and no person a role ("le directeur") could
    stand for."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.i + 1 >= len(doc):
        return False
    name = doc[noun.i + 1]
    if name.pos_ not in ("PROPN", "NOUN", "X") or not name.text[:1].isupper():
        return False  # "l'autoroute A7", "le vol AF447": a code, tagged a noun, names too
    if noun.i + 2 < len(doc) and doc[noun.i + 2].text[:1].isupper():
        return False  # "Jean Morel", "Val d'Arly": a name of several words
    lemma = noun.lemma_.lower()
    institution = ORGANISATION_NOUNS | GROUP_NOUNS | COMPANY_NOUNS | DOCUMENT_NOUNS
    return not (_person_word(noun) or lemma in institution or noun.lower_ in institution)


def _located_thing(noun: Token) -> bool:
    """ "Le barrage de Montcalvier", "le pont de Saint-Aubin": the small model tags the common
    noun a place for the name after it, but a dam or a bridge in a place is no actor, and does
    not speak for that place's government as "la France" or "la ville de Lyon" do; a word for
    a body ("la mairie de X", "l'usine de X" when it announces) or a person stays one."""
    lemma = noun.lemma_.lower()
    return (
        noun.ent_type_ == "LOC"
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and not _person_word(noun)
        and lemma not in POLITY_NOUNS | ORGANISATION_NOUNS | GROUP_NOUNS | COMPANY_NOUNS
        and noun.lower_ not in POLITY_NOUNS | ORGANISATION_NOUNS | GROUP_NOUNS
    )


# prepositions that open where a thing or a body is: "dans le sud du Cantal", "près de Dole"
_PLACE_PREPOSITIONS = {"dans", "près", "en", "à", "au", "aux", "sur", "sous", "entre", "vers"}
_PLACE_PREPOSITIONS |= {"non", "outre", "chez", "face"}


def _place_aside(child: Token, head: Token) -> bool:
    """ "Le tribunal de Créteil, dans le Val-de-Marne,": a place set off by a comma after the
    noun says where the body is, no part of its name."""
    first = child.left_edge
    return (
        child.i > head.i
        and first.i > 0
        and first.doc[first.i - 1].text == ","
        and first.lower_ in _PLACE_PREPOSITIONS
    )


def _indefinite(noun: Token) -> bool:
    """ "Un comité de suivi se réunira vendredi", "Des experts ont inspecté le site": a common
    noun behind an indefinite article is someone or something the story brings in, not a
    source the reader knows; acting, it vouches for nothing (speaking, it still speaks: "un
    responsable a déclaré")."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) and c.i < noun.i
        for c in noun.children
    )


def _in_clause_of(token: Token, subject: Token) -> bool:
    """Does `token` hang on `subject` through a verb, inside a participle or relative clause
    describing it ("Quelque 41 tonnes de fromage, vendues dans les enseignes X, Y et Z", "un
    lot acheté par Paul Girard")? Who appears there is someone the subject met, not who it
    is."""
    node = token
    while node.i != subject.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") or node.dep_ in ("acl", "acl:relcl"):
            return True
        node = node.head
    return False


@dataclass
class Attribution:
    """What the parse says about one sentence's source and actor."""

    speaker: str | None = None
    reported: bool = False
    """True when a reporting verb or "selon" ties the sentence to its source."""
    has_verb: bool = False
    """A finite statement rather than a title or a fragment."""
    appearance: bool = False
    """The main verb only says how something looks or feels ("apparaît inquiet")."""
    agentless_feeling: bool = False
    """A fear or hope with nobody holding it ("une escalade est crainte")."""
    future: bool = False
    via_pronoun: str | None = None
    """The source was a pronoun ("il", "he", "it", "lui" after "selon"); `speaker` is the
    attributor's own guess, which the article-wide `SpeakerReader` may overrule."""
    speaker_gender: str | None = None
    speaker_person: bool | None = None
    """True for a person, False for an organisation, place or group; None when unsure."""
    speaker_plural: bool | None = None
    speaker_place: bool = False
    later: list[tuple[int, str | None]] | None = None
    """Sources of later clauses of the sentence, by offset: "X said A, and Y says B"; None
    for a clause the writer narrates ("..., avant que les pompiers n'arrivent")."""
    common: bool = False
    """The speaker is a common noun that a reporting verb makes speak ("The regulator said",
    "L'inspection du travail a indiqué"): a source, whichever word it is."""
    framed: bool = False
    """The sentence names its own source in a frame ("..., a déclaré le ministre"): whoever
    spoke before does not carry over to it, even when that source cannot be resolved."""
    acted: bool = False
    """The speaker is only the actor of the sentence's act, not a source ("Cardoso a
    démissionné", "Cardoso resigned"): said by no verb of saying."""
    incise: tuple[int, int] | None = None
    """Where a frame set between the subject and its verb lies in the sentence ("Le pont, a
    indiqué mardi le préfet, a été fermé"): it stays in the claim's span, which would lose its
    subject without it, but a day in it is the day of saying."""


def _definite(noun: Token) -> bool:
    """A noun behind a definite article ("l'inspection du travail", "le régulateur"): one the
    reader knows from the story; speaking without a name, an institution or a role."""
    return any(
        c.dep_ == "det" and "Def" in c.morph.get("Definite", []) and c.lower_ != "ces"
        for c in noun.children
        if c.i < noun.i
    )


def _company_name_beside(subject: Token, doc: Doc) -> str | None:
    """ "Le transporteur Geodis Nord a annoncé": the parse may make the name after a word for a
    business a second subject of the verb; the source is the business under its name."""
    if subject.lemma_.lower() not in COMPANY_NOUNS and subject.lower_ not in COMPANY_NOUNS:
        return None
    for sibling in subject.head.children:
        if sibling.dep_ == "nsubj" and sibling.pos_ == "PROPN" and sibling.i == subject.i + 1:
            last = max([sibling.i, *(c.i for c in sibling.children if c.dep_ == "flat:name")])
            return doc[subject.i : last + 1].text
    return None


def _verb_as_adjective(noun: Token, child: Token) -> bool:
    """A plural noun's "adjective" in -ent (not -ents), right after it: no adjective agrees so
    with a plural; it is the verb ("Les hôpitaux commencent"), which the small model tags so."""
    plural = "Plur" in noun.morph.get("Number", []) or noun.lower_.endswith(("s", "x"))
    return (
        plural
        and child.dep_ == "amod"
        and child.i == noun.i + 1
        and child.lower_.endswith("ent")
        and len(child.text) > 5
    )


_POSSESSIVES = frozenset("mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split())


def _possessive(determiner: Token) -> bool:
    """ "son avocat", "leur porte-parole": a possessive determiner, as the small model tags it
    and as it is written ("Quelque 40 bus" is tagged one, and named nobody's buses)."""
    return "Yes" in determiner.morph.get("Poss", []) and determiner.lower_ in _POSSESSIVES


def _person_word(noun: Token) -> bool:
    """Is this common noun a word for a person ("la victime", "le directeur")?"""
    lemma = noun.lemma_.lower()
    if lemma in COMPANY_NOUNS or noun.lower_ in COMPANY_NOUNS:
        return False  # "le constructeur", "l'assureur": a business, whatever its ending
    return lemma in ROLE_NOUNS | PROFESSION_NOUNS | PERSON_NOUNS or lemma.endswith(
        PERSON_ENDINGS_FR
    )


def _described_as_person(doc: Doc, end: int) -> bool:
    """A bare apposition after the name, a word for a person's trade or role ("X, économiste
    à l'OFCE", "X, directrice de l'agence"), describes the speaker: a person."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    word = doc[end + 1]
    return word.pos_ in {"NOUN", "ADJ"} and word.is_lower and _person_word(word)


_SUBORDINATORS = {"avant", "après", "jusqu'à", "jusqu’à", "pendant", "sans"}


def _verb_before_infinitive(token: Token) -> bool:
    """A word the parse made an adjective of its subject but that takes an infinitive or an
    object, so a verb ("Le gouvernement prévoit de présenter": "prévoit" is no part of the
    name)."""
    if token.dep_ != "amod" or token.i <= token.head.i:
        return False
    after = token.doc[token.i + 1 : token.i + 3]
    if len(after) and after[0].pos_ == "DET":
        return True  # "Le syndicat prévoit une nouvelle journée": no adjective takes an object
    if len(after) and after[0].lower_ in ("de", "d'", "d’"):
        after = after[1:]
    return bool(len(after)) and "Inf" in after[0].morph.get("VerbForm", [])


def _selon_phrase(selon: Token) -> Token:
    """The head of the phrase "selon"/"d'après" introduces. The parse may hang "d'après" on
    the main verb, and the noun after it under "d'" ("D'après le communiqué diffusé par la
    SNCF, 40 trains ...": "communiqué" is fixed to "d'"): then the phrase's head is its first
    noun before the comma, not the main verb."""
    doc = selon.doc
    head = selon.head
    comma = next((t.i for t in doc[selon.i :] if t.text == ","), len(doc))
    if selon.i < head.i < comma:
        return head
    for token in doc[selon.i + 1 : comma]:
        if token.pos_ in ("NOUN", "PROPN", "PRON") and not selon.i < token.head.i < comma:
            return token
    return head


class FrenchAttributor:
    """Attributes the sentences of one article in reading order, remembering who was named."""

    def __init__(self) -> None:
        self.discourse = Discourse()
        self._people: set[str] = set()
        """Every person named so far: the candidates for a role ("le président russe")."""
        self._named: deque[tuple[int, str]] = deque(maxlen=50)
        """Organisations and works named lately, for "peut-on lire sur le site"."""

    def attribute(
        self, doc: Doc, quotes: list[tuple[int, int]], sentence: int, paragraph: int
    ) -> Attribution:
        tokens = list(doc)  # one pass builds the token objects every loop below reads
        if quotes:
            outside = [not inside(token.idx, quotes) for token in tokens]
        else:
            outside = [True] * len(tokens)
        ents = doc.ents
        people = {ent.text for ent in ents if _is_name(ent)}
        self._people |= people
        result = Attribution()
        # The parse of a long sentence can fall apart into several roots; a finite verb anywhere
        # outside the quotes still makes it a statement.
        result.has_verb = any(outside[t.i] and _finite_and_future(t)[0] for t in tokens) or (
            len(doc) >= 5 and doc[-1].text in '.!»”"'
        )
        result.future = any(_finite_and_future(t)[1] for t in tokens if outside[t.i])

        actor = None
        brought_in = False  # the actor is a noun behind an indefinite article
        closing = end_frame(tokens, outside)
        middle = None if closing else middle_frame(tokens, outside)
        if middle is not None:
            # "Son gérant, a précisé le tribunal, avait reçu": the frame between the subject
            # and its verb names the source, as a closing one does
            closing = middle
            result.incise = (tokens[middle.opener].idx, tokens[middle.end].idx)
        main_verb = self._main_verb(tokens, outside)
        if main_verb is not None:
            self._classify(main_verb, result)
            subject = self._subject(main_verb, outside)
            if self._is_passive(main_verb) and self._is_reporting(main_verb):
                subject = None  # what was announced is no actor
            if subject is not None and closing and subject.i in range(*closing.subject):
                subject = None  # the closing frame's own speaker: read below, as a frame
            if subject is not None and not self._is_inverted(subject):
                brought_in = _indefinite(subject)
                actor = self._describe(subject, doc, outside, sentence, paragraph, None, main_verb)
                if actor:
                    actor.subject = True
                    self.discourse.add(actor)

        for token in tokens:
            if outside[token.i] and self._is_selon(token) and token.head.i != token.i:
                source = self._source_after_selon(_selon_phrase(token), doc, outside, token.i)
                if source:
                    result.speaker, result.reported = source, True
                    break
        opinion = opinion_frame(tokens, outside)
        if result.speaker is None and opinion is not None:
            # "Pour l'association X, « ... »": the view quoted is the one named before
            source = self._source_after_selon(_selon_phrase(tokens[0]), doc, outside, 0)
            if source:
                result.speaker, result.reported = source, True

        inverted = _inverted_source(doc.text, quotes)
        if result.speaker is None and inverted:
            # "X, a-t-il dit, ...", "..., a-t-elle précisé": the clitic is the source, whatever
            # the parse made the subject of the sentence.
            gender, plural = SUBJECT_PRONOUNS[inverted]
            found = self.discourse.resolve_pronoun(sentence, paragraph, gender, plural, True)
            result.speaker = found.name if found else None
            result.via_pronoun, result.reported = inverted, True
            if found:
                result.speaker_gender, result.speaker_place = found.gender, found.place
                result.speaker_person = found.person
                if actor is None:
                    self.discourse.add(
                        Mention(
                            found.name,
                            sentence,
                            paragraph,
                            True,
                            found.gender,
                            found.plural,
                            found.actor,
                            inverted,
                            found.person,
                            found.place,
                        )
                    )

        if result.speaker is None and not result.via_pronoun:
            frame = closing
            if frame is not None:
                # "..., a assuré la ministre de la culture, Claire Vautrin.": the frame closing
                # the sentence names its source, whatever the parse made of that noun phrase.
                result.framed = result.reported = True
                described = self._frame_speaker(frame, doc, outside, sentence, paragraph)
                if described:
                    result.speaker = described.name
                    self._describe_speaker(result, described)
                    if actor is None:
                        described.subject = True
                        self.discourse.add(described)

        coordinated = self._coordinated_sources(tokens, doc, outside, sentence, paragraph)
        if result.speaker is None and not result.via_pronoun and not result.framed:
            for verb in tokens:
                if not outside[verb.i] or not self._is_reporting(verb):
                    continue
                if any(verb.idx >= at for at, _ in coordinated):
                    break  # "..., mais la police a affirmé que B": B's source, not A's
                if (
                    verb.dep_ == "acl"
                    and self._is_passive(verb)
                    or bare_participle(tokens, verb.i - 1, verb.i)
                ):
                    # "L'affaire, révélée en mars par l'hebdomadaire X, avait provoqué": a
                    # participle describing a noun says who made that thing known, not who
                    # vouches for what the clause states of it (a document's author is read
                    # from the document, below)
                    continue
                if self._is_passive(verb):
                    # "Sa victoire a été annoncée par la commission": the agent announced it;
                    # the passive subject is what was announced, never who.
                    candidates = [next((c for c in verb.children if c.dep_ == "obl:agent"), None)]
                else:
                    candidates = [
                        self._subject(verb, outside),
                        self._after_quote(verb, outside),
                        self._name_before(verb, outside),
                        self._role_opening(verb, outside),
                    ]
                described = None
                for subject in candidates:
                    if subject is None:
                        continue
                    described = self._describe(
                        subject, doc, outside, sentence, paragraph, actor, verb
                    )
                    if described and described.actor:
                        break
                if described and described.actor:
                    result.speaker, result.reported = described.name, True
                    self._describe_speaker(result, described)
                    if actor is None:
                        described.subject = True
                        self.discourse.add(described)
                    break

        if result.speaker is None:
            read = self._read_on(tokens, outside, sentence)
            if read:
                result.speaker, result.reported = read, True
        if (
            result.speaker is None
            and actor is not None
            and actor.actor
            and not brought_in
            and not result.via_pronoun
        ):
            # not when an inverted pronoun names the source and agrees with nobody ("Le
            # gouvernement a débloqué ..., a-t-elle indiqué"): someone else spoke, unnamed
            result.speaker = actor.name
            result.acted = main_verb is None or not (
                self._is_reporting(main_verb) or main_verb.lemma_.lower() in SPEECH_ACTS
            )
            self._describe_speaker(result, actor)
        if result.speaker and result.speaker.lower() in _STRESSED_PRONOUNS:
            # "Selon lui": the person just spoken of.
            result.via_pronoun = result.speaker.lower()
            found = self.discourse.recent(
                sentence, None, result.speaker.lower() in ("eux", "elles")
            )
            result.speaker = found.name if found else None
        later = (self._subordinate_sources(tokens, doc, outside, sentence, paragraph) or []) + [
            (at, name) for at, name in coordinated if name
        ]
        if closing is not None and closing.narrated:
            later.append((tokens[closing.end].idx, None))  # "..., lors de X, qui a duré ..."
        result.later = sorted(later, key=lambda source: source[0]) or None
        self._remember_entities(doc, ents, outside, sentence, paragraph)
        return result

    def _coordinated_sources(
        self, tokens: list[Token], doc: Doc, outside: list[bool], sentence: int, paragraph: int
    ) -> list[tuple[int, str | None]]:
        """ "Le maire a déclaré que A, mais la police a affirmé que B": a reporting verb
        coordinated after another clause ("mais", "et") with a subject of its own names the
        source of its clause, from the coordinator on, and of nothing before it (the parse
        may hang it inside the first reported clause: it is no part of what the mayor said)."""
        found: list[tuple[int, str | None]] = []
        for verb in tokens:
            if not (
                verb.dep_ == "conj"
                and verb.i > verb.head.i
                and outside[verb.i]
                and self._is_reporting(verb)
                and not self._is_passive(verb)
            ):
                continue
            joint = next(
                (c for c in verb.children if c.dep_ == "cc" and c.lower_ in ("mais", "et")), None
            )
            subject = self._subject(verb, outside)
            if joint is None or subject is None or subject.pos_ == "PRON" or subject.i < joint.i:
                continue
            described = self._describe(subject, doc, outside, sentence, paragraph, None, verb)
            found.append((joint.idx, described.name if described and described.actor else None))
        return found

    def _subordinate_sources(
        self, tokens: list[Token], doc: Doc, outside: list[bool], sentence: int, paragraph: int
    ) -> list[tuple[int, str | None]] | None:
        """ "X a annoncé A, avant que les syndicats ne promettent B": a subordinate clause
        hanging on the main verb with a subject of its own is not X's: a reporting verb there
        names its own source ("les syndicats"), another verb is the writer's narration (no
        source). One inside X's reported clause ("a dit que A avant que B") stays X's."""
        found: list[tuple[int, str | None]] = []
        for token in tokens:
            opens = absolute_participle(token) if outside[token.i] else None
            if opens is not None:
                # ", l'Insee anticipant pour sa part une croissance de 0,7 %": the Insee's, as
                # its own clause would be ("L'Insee anticipe"): its subject when it reports,
                # or when a name acts; else the writer's narration ("leur région étant en
                # proie à des violences", "le gouvernement ayant renoncé à ...")
                noun = next(t for t in tokens[opens : token.i] if t.pos_ in {"NOUN", "PROPN"})
                name = None
                if reporting_word(token) or noun.pos_ == "PROPN" or noun.ent_type_:
                    described = self._describe(noun, doc, outside, sentence, paragraph, None, token)
                    name = described.name if described and described.actor else None
                found.append((tokens[opens].idx, name))
                continue
            if not (
                token.dep_ == "mark"
                and token.lower_ in _SUBORDINATORS
                and token.i + 1 < len(tokens)
                and tokens[token.i + 1].lower_ in ("que", "qu'", "qu’")
                and outside[token.i]
            ):
                continue
            verb = token.head
            if verb.dep_ not in ("advcl", "conj") or verb.head.dep_ != "ROOT":
                continue
            subject = self._subject(verb, outside)
            if subject is None or subject.pos_ == "PRON" or subject.i < token.i:
                continue
            name = None
            if self._is_reporting(verb) and not self._is_passive(verb):
                described = self._describe(subject, doc, outside, sentence, paragraph, None, verb)
                name = described.name if described and described.actor else None
            found.append((token.idx, name))
        return found or None

    def _frame_speaker(
        self, frame: EndFrame, doc: Doc, outside: list[bool], sentence: int, paragraph: int
    ) -> Mention | None:
        """Who the subject of a closing frame is: the person it names ("le procureur de la
        République, Rémy Heitz" is Rémy Heitz), a role already tied to a name, else the noun
        phrase itself ("les sapeurs-pompiers de Paris", "Matignon": a place or a building
        that speaks stands for its institution)."""
        start, end = frame.subject
        words = doc[start:end]
        head = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), words[0])
        gender = self._gender(head)
        plural = "Plur" in head.morph.get("Number", []) and head.ent_type_ != "PER"
        role_key = self._role_key(head)
        for ent in doc.ents:
            if _is_name(ent) and start <= ent.start < end:
                if role_key:
                    self.discourse.bind_role(role_key, ent.text)
                if head.lemma_.lower() not in ROLE_NOUNS:
                    gender = None
                return Mention(
                    ent.text, sentence, paragraph, False, gender, False, True, None, True
                )
        named = self._apposed_name(words) if head.lemma_.lower() in ROLE_NOUNS else None
        if named:
            # "la ministre de la Défense, Margarita Robles" whatever label NER gave the name
            if role_key:
                self.discourse.bind_role(role_key, named)
            return Mention(named, sentence, paragraph, False, gender, False, True, None, True)
        # "..., a déclaré le ministre" after "le ministre de la Santé, X": the person bound to
        # the role, or to a fuller form of it
        name = role_key and (
            self.discourse.roles.get(role_key) or self.discourse.fuller_role(role_key, sentence)
        )
        if name:
            return Mention(name, sentence, paragraph, False, gender, False, True, None, True)
        kept = [t for t in words if outside[t.i]]
        while kept and (kept[0].lower_ in DETERMINERS or kept[0].is_punct):
            kept = kept[1:]
        if not kept:
            return None
        phrase = doc[kept[0].i : kept[-1].i + 1].text
        possessive = any(c.dep_ == "det" and _possessive(c) for c in head.children) or (
            start < head.i and _possessive(doc[start])
        )
        if possessive:
            owner = self.discourse.previous_subject(sentence, None, None)
            if owner and owner.actor:
                phrase = f"{phrase} de {owner.name}"
        lemma = head.lemma_.lower()
        if lemma in ROLE_NOUNS or (lemma in PROFESSION_NOUNS and not plural):
            person: bool | None = True
        elif head.ent_type_ or head.pos_ == "PROPN" or lemma in ORGANISATION_NOUNS or plural:
            person = False
        elif head.pos_ == "NOUN" and head.is_lower and (_definite(head) or _person_word(head)):
            person = _person_word(head)  # ", a indiqué l'inspection du travail": an office
        else:
            person = None
        if not plural and _described_as_person(doc, end):
            person = True  # "Lucie Marchal, sociologue à l'INED": the apposition says who
        return Mention(phrase, sentence, paragraph, False, gender, plural, True, None, person)

    @staticmethod
    def _apposed_name(words: Span) -> str | None:
        """The capitalised words set off by a comma after a role: "le ministre, Jean Roy"."""
        tokens = list(words)
        for index, token in enumerate(tokens[:-1]):
            if token.text != ",":
                continue
            name = []
            for following in tokens[index + 1 :]:
                if following.pos_ != "PROPN" and not following.text[:1].isupper():
                    break
                name.append(following)
            if name:
                return words.doc[name[0].i : name[-1].i + 1].text
        return None

    @staticmethod
    def _describe_speaker(result: Attribution, mention: Mention) -> None:
        result.via_pronoun = mention.pronoun
        result.speaker_gender = mention.gender
        result.speaker_plural = mention.plural
        result.speaker_person = mention.person
        result.speaker_place = mention.place

    def _main_verb(self, tokens: list[Token], outside: list[bool]) -> Token | None:
        """The sentence's main verb outside quotes; a quote as root hands over to its verb."""
        for token in tokens:
            if token.dep_ == "ROOT" and outside[token.i]:
                if token.pos_ in ("NOUN", "PROPN"):
                    # The small model sometimes makes the subject the root and hangs the verb
                    # under it ("L'ambassade [root] ... craint [acl]").
                    verb = next(
                        (
                            c
                            for c in token.children
                            if c.pos_ == "VERB"
                            and c.i > token.i
                            and c.dep_ in ("acl", "conj", "dep", "parataxis")
                        ),
                        None,
                    )
                    if verb is not None:
                        return verb
                if bare_participle(tokens, token.i - 1, token.i):
                    # "Le scandale, révélé en mai par X, a entraîné": the parse may make the
                    # participle on the subject the root; the clause's verb comes after it
                    verb = next((c for c in token.children if c.dep_ == "conj"), None)
                    if verb is not None:
                        return verb
                if token.pos_ in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):
                    return token
        candidates = [
            t
            for t in tokens
            if outside[t.i]
            and t.pos_ == "VERB"
            and any(c.dep_ in _SUBJECT_DEPS for c in t.children)
        ]
        return candidates[0] if candidates else None

    def _read_on(self, tokens: list[Token], outside: list[bool], sentence: int) -> str | None:
        """« ... », peut-on lire sur le site / dans le communiqué: the words come from the
        place named, or, for a bare "le site", from the organisation or work just named."""
        for verb in tokens:
            if verb.lemma_ != "lire" or not outside[verb.i]:
                continue
            subjects = [
                c for t in (verb, verb.head) for c in t.children if c.dep_.startswith("nsubj")
            ]
            if not any(c.lower_.lstrip("-") == "on" for c in subjects):
                continue
            for place in verb.children:
                if place.dep_.startswith("obl") and any(
                    c.lower_ in ("sur", "dans") for c in place.children
                ):
                    if place.pos_ == "PROPN" or place.ent_type_:
                        return self._noun_phrase(place, outside)
                    named = [name for when, name in self._named if sentence - when <= 3]
                    return named[-1] if named else self._noun_phrase(place, outside)
        return None

    @staticmethod
    def _is_selon(token: Token) -> bool:
        """ "selon", "d'après" (one token or "d'" + "après")."""
        if token.lower_ in SELON_FR:
            return True
        return (
            token.lower_ in ("d'", "d’")
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "après"
        )

    def _source_after_selon(
        self, head: Token, doc: Doc, outside: list[bool], selon: int
    ) -> str | None:
        """Who "selon X" (its word at `selon`) points to; "selon un bilan communiqué par les
        secours" is the secours: an agent beats the document that carries its words. Only
        words after "selon" name the source: a closing "..., deux fois plus qu'à la
        mi-mars, d'après la direction" may have the comparison parsed under it."""
        # "Selon des médias locaux, au moins 30 personnes ...": the source ends at its comma,
        # whatever the parse hung under it ("Selon le Sdis, 650 pompiers, appuyés par six
        # avions, ...": the planes support, they do not speak)
        comma = next((t.i for t in doc[head.i :] if t.text == ","), len(doc))
        agent = next(
            (t for t in head.subtree if t.dep_ == "obl:agent" and head.i < t.i < comma), None
        )
        if agent is not None and _accessed_by(agent):
            # "selon des documents consultés par l'AFP": the documents are the source, as
            # written; the agency only read them
            return _document_as_written(head, agent)
        if agent is not None:
            return self._person_in(agent, doc) or self._noun_phrase(agent, outside)
        name = comma + 1
        while name < len(doc) and doc[name].pos_ == "PROPN" and name - comma <= 5:
            name += 1
        if comma + 1 < name < len(doc) and doc[name].text == ",":
            return doc[comma + 1 : name].text  # "selon le préfet, Marc Lefèvre, ..."
        within = [selon < i < comma for i in range(len(doc))]
        bounded = [a and b for a, b in zip(outside, within, strict=True)]
        person = self._person_in(head, doc)
        if person and person not in doc[:comma].text:
            # "Selon la chambre de commerce, Rivéa est ...": the parse may hang the whole
            # sentence under the source; a name past its comma is what the source speaks of
            person = None
        return person or _name_after_selon(head, comma) or self._noun_phrase(head, bounded)

    @staticmethod
    def _classify(verb: Token, result: Attribution) -> None:
        """Set what kind of statement the main verb makes."""
        copula = next((c for c in verb.children if c.dep_ == "cop"), None)
        lemma = (copula or verb).lemma_.lower()
        result.has_verb = result.has_verb or verb.pos_ in ("VERB", "AUX") or copula is not None
        result.appearance = lemma in APPEARANCE_VERBS
        result.agentless_feeling = (
            verb.lemma_.lower() in MENTAL_VERBS
            and any(c.dep_ == "nsubj:pass" for c in verb.children)
            and not any(c.dep_ == "obl:agent" for c in verb.children)
        )

    @staticmethod
    def _is_reporting(token: Token) -> bool:
        lemma = token.lemma_.lower()
        if lemma in ("déclarer", "dire") and _reflexive_without_report(token):
            return False  # "Le feu s'est déclaré lundi": it broke out; "cela se dit": is said
        if lemma in REPORTING_VERBS_FR or _guessed_infinitive(token.lower_) in REPORTING_VERBS_FR:
            return True
        if lemma == "savoir" and any(c.lemma_ == "faire" for c in token.children):
            return True  # "a fait savoir que": made it known
        return lemma == "mettre" and any(c.lower_ == "garde" for c in token.children)

    @staticmethod
    def _is_passive(verb: Token) -> bool:
        # not "aux:pass" alone: the parse gives it to reflexives too ("il s'est dit"); nor an
        # agent beside an active subject ("X s'est félicité de l'adoption par le Sénat")
        deps = {c.dep_ for c in verb.children}
        if any(c.dep_ == "aux:pass" and c.lower_ == "été" for c in verb.children):
            # "a été signalé": only a passive has "été" (a reflexive has "s'est"), whatever the
            # small model tags the participle (an adverb, once)
            return True
        return verb.pos_ == "VERB" and (
            "nsubj:pass" in deps or ("obl:agent" in deps and "nsubj" not in deps)
        )

    @staticmethod
    def _role_opening(verb: Token, outside: list[bool]) -> Token | None:
        """A role noun opening the sentence when the parse cut it off from its verb ("Le
        Secrétaire général des Nations unies estime que"): the words before the verb hold no
        verb or punctuation, so that role is the subject a reader sees."""
        doc = verb.doc
        start = 0
        while start < verb.i and doc[start].pos_ == "DET":
            start += 1
        if start >= verb.i or doc[start].lemma_.lower() not in ROLE_NOUNS or not outside[start]:
            return None
        if any(t.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ") for t in doc[start : verb.i]):
            return None
        return doc[start]

    @staticmethod
    def _is_inverted(token: Token) -> bool:
        return token.text.startswith("-") or token.i > token.head.i and token.pos_ == "PRON"

    @staticmethod
    def _after_quote(verb: Token, outside: list[bool]) -> Token | None:
        """In « ... », a déclaré X (or "Le projet est lancé, a expliqué X"), the parser often
        takes X for an object: after a quote or a comma, the first noun phrase following the
        reporting verb is its speaker."""
        before = verb.i - 1
        while before >= 0 and verb.doc[before].dep_.startswith("aux"):
            before -= 1
        incise = before >= 0 and verb.doc[before].text == ","
        if verb.i == 0 or (all(outside[: verb.i]) and not incise):
            return None
        for child in verb.children:
            if (
                child.i > verb.i
                and outside[child.i]
                and child.pos_ in ("NOUN", "PROPN")
                and child.dep_ in ("obj", "nsubj", "obl:arg", "appos", "dep")
            ):
                return child
        return None

    @staticmethod
    def _name_before(verb: Token, outside: list[bool]) -> Token | None:
        """A name right before the verb when the parse broke the sentence into several roots
        ("Madame X Y souhaite ..."): the name is the subject a reader sees."""
        before = verb.i - 1
        while before >= 0 and verb.doc[before].pos_ in ("ADV", "AUX"):
            before -= 1
        if before >= 0 and outside[before] and verb.doc[before].pos_ == "PROPN":
            return verb.doc[before]
        return None

    def _subject(self, verb: Token, outside: list[bool], depth: int = 0) -> Token | None:
        # the auxiliaries, and a causative "faire" before the infinitive ("M. X a fait savoir
        # que": the parse may hang the subject on "fait")
        auxiliaries = [
            c
            for c in verb.children
            if c.dep_.startswith("aux") or c.pos_ == "AUX" or c.lemma_ == "faire" and c.i < verb.i
        ]
        for child in [*verb.children, *(g for a in auxiliaries for g in a.children)]:
            if child.dep_ in _SUBJECT_DEPS and outside[child.i] and child.lower_ not in ("-t", "t"):
                return child
        if (
            verb.dep_ in ("acl", "nmod", "amod", "appos")
            and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.dep_ == "ROOT"
            and verb.head.i < verb.i
        ):
            # A misparse that hangs the verb under its subject.
            return verb.head
        if (
            verb.dep_ == "acl"
            and "Part" in verb.morph.get("VerbForm", [])
            and "Pres" in verb.morph.get("Tense", [])
            and verb.head.pos_ in ("NOUN", "PROPN")
            and outside[verb.head.i]
        ):
            return verb.head  # "le ministre ..., disant que": the participle's noun speaks
        if depth < 3 and verb.dep_ in _INHERITING_DEPS and verb.head.i != verb.i:
            return self._subject(verb.head, outside, depth + 1)
        return None

    def _noun_phrase(
        self, head: Token, outside: list[bool], stop_at: int | None = None
    ) -> str | None:
        """The words of the noun phrase headed by `head`, without clauses or leading determiners
        (and never reaching the verb at `stop_at`, which a misparse can hang under its subject)."""
        dropped: set[int] = set()
        for child in head.children:
            if (
                child.dep_ in _DROPPED_DEPS
                or _verb_before_infinitive(child)
                or _place_aside(child, head)
            ):
                dropped.update(t.i for t in child.subtree)
            if _verb_as_adjective(head, child):
                # "Les hôpitaux commencent à ressentir": the verb tagged as their adjective
                stop_at = child.i if stop_at is None else min(stop_at, child.i)
        tokens = [
            t
            for t in head.subtree
            if t.i not in dropped
            and outside[t.i]
            and (stop_at is None or stop_at <= head.i or t.i < stop_at)
        ]
        tokens = [t for t in tokens if tokens[0].i <= t.i <= max(head.i, tokens[-1].i)]
        while tokens and (
            tokens[0].lower_ in DETERMINERS
            or tokens[0].is_punct
            or tokens[0].dep_ in ("case", "fixed")
        ):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in DETERMINERS):
            tokens = tokens[:-1]
        if not tokens:
            return None
        doc, end = tokens[0].doc, tokens[-1].i + 1
        while (
            end + 1 < len(doc)
            and doc[end - 1].whitespace_ == ""
            and doc[end].text in {"-", "–"}
            and doc[end].whitespace_ == ""
            and doc[end + 1].is_alpha
        ):
            end += 2  # "les sapeurs-pompiers", which the tokenizer cuts at the hyphen
        words = doc[tokens[0].i : end]
        if (
            end < len(doc)
            and doc[end].text == ")"
            and words.text.count("(") > words.text.count(")")
        ):
            end += 1  # "Service départemental d'incendie et de secours (SDIS)": its bracket
        return doc[tokens[0].i : end].text

    def _describe(
        self,
        subject: Token,
        doc: Doc,
        outside: list[bool],
        sentence: int,
        paragraph: int,
        in_sentence: Mention | None,
        verb: Token | None = None,
    ) -> Mention | None:
        """Turn a subject token into a mention: resolve pronouns, possessives and roles."""
        gender = self._gender(subject)
        plural = "Plur" in subject.morph.get("Number", [])
        word = subject.lower_.lstrip("-")
        if subject.pos_ == "PRON" or word in SUBJECT_PRONOUNS:
            if word not in SUBJECT_PRONOUNS:
                return None
            reporting = verb is not None and self._is_reporting(verb)
            if subject.dep_ == "expl:subj" and not subject.text.startswith("-") and not reporting:
                return None  # impersonal: "il est tombé", "il faut" (but "il s'est dit" speaks)
            gender, plural = SUBJECT_PRONOUNS[word]
            attribution = self._is_inverted(subject)
            found = self.discourse.resolve_pronoun(
                sentence, paragraph, gender, plural, attribution, in_sentence
            )
            if found is None:
                return Mention(word, sentence, paragraph, False, gender, plural, True, word)
            return Mention(
                found.name,
                sentence,
                paragraph,
                False,
                found.gender,
                found.plural,
                found.actor,
                word,
                found.person,
                found.place,
            )

        if "Ord" in subject.morph.get("NumType", []) and subject.pos_ in ("ADJ", "NUM"):
            # "Le premier a été signalé", "La seconde a expliqué": an ordinal standing for a
            # noun said before (a case, a witness) names nobody; it is not the role "premier"
            return None
        named_thing = _named_thing(subject) or (subject.i > 0 and _named_thing(doc[subject.i - 1]))
        if named_thing and not (verb is not None and self._is_reporting(verb)):
            return None  # "Le virus Ebola a tué 12 personnes": what a thing did, nobody's word
        if subject.lemma_.lower() in DOCUMENT_NOUNS or subject.lower_ in DOCUMENT_NOUNS:
            # "Les chiffres publiés par le ministère indiquent", "Un rapport de la Cour des
            # comptes estime": the author speaks; a document of nobody's names no speaker
            author = _author_of(subject)
            accessed = _agent_of(subject)
            if author is None and accessed is not None and _accessed_by(accessed):
                # "Des documents obtenus par Le Monde révèlent": the documents speak, as
                # written; the newspaper only obtained them
                written = _document_as_written(subject, accessed)
                return Mention(written, sentence, paragraph, False, None, plural, True, None, None)
            if author is None:
                return None
            mention = self._describe(author, doc, outside, sentence, paragraph, in_sentence)
            entity = next((e for e in doc.ents if e.start <= author.i < e.end), None)
            if mention and entity is not None and mention.name in entity.text:
                mention.name = entity.text  # "l'Institut Pasteur", which the parse cut in two
            return mention
        whole = _split_name(subject, doc)
        if whole is not None:
            label = whole[1]
            is_person = True if label == "PER" else False if label in ("ORG", "LOC") else None
            return Mention(
                whole[0], sentence, paragraph, False, None, plural, True, None, is_person
            )
        person = self._person_in(subject, doc)
        role_key = self._role_key(subject)
        nationality = nationality_of(t.lower_ for t in subject.subtree if t.pos_ == "ADJ")
        if person:
            if role_key:
                self.discourse.bind_role(role_key, person, nationality)
            if subject.ent_type_ != "PER" and subject.lemma_.lower() not in ROLE_NOUNS:
                gender = None  # the name hangs under another noun ("à la télévision ... X")
            return Mention(person, sentence, paragraph, False, gender, False, True, None, True)
        held_for = any(_complement_of(c, subject) for c in subject.children if c.ent_type_)
        if (
            role_key
            and not held_for  # "le porte-parole de X" is not X, nor whoever held the role before
            and subject.lemma_.lower() in ROLE_NOUNS
            and subject.ent_type_ in ("", "ORG")
        ):
            name = self.discourse.resolve_role(role_key, sentence, self._people, nationality)
            if name:
                return Mention(name, sentence, paragraph, False, gender, False, True, None, True)

        phrase = self._noun_phrase(subject, outside, stop_at=verb.i if verb else None)
        named = _company_name_beside(subject, doc)
        if named:
            phrase = named
        if subject.lemma_.lower() in ROLE_NOUNS:
            # A role says who by its words up to the verb ("secrétaire d'Etat américain"),
            # whatever the parse hung under it.
            end = subject.i + 1
            while (
                end < len(doc)
                and end - subject.i < 8
                and outside[end]
                and doc[end].pos_ not in ("VERB", "AUX", "PUNCT", "SCONJ", "PRON", "CCONJ")
            ):
                end += 1
            phrase = doc[subject.i : end].text
        if not phrase:
            return None
        possessive = next((c for c in subject.children if c.dep_ == "det" and _possessive(c)), None)
        if possessive is not None:
            owner = self.discourse.previous_subject(sentence, None, None) or self.discourse.recent(
                sentence - 1, None, None
            )
            if owner:
                phrase = f"{phrase} de {owner.name}"
        if subject.lower_ in DETERMINERS:
            # "l’agence France Presse" parsed with the article as head: its noun tells
            subject = next(
                (c for c in subject.children if c.pos_ in ("NOUN", "PROPN") and c.i > subject.i),
                subject,
            )
        # "L'ARS a assuré", "la SNCF indique": an acronym the small model tagged as a common
        # noun is an institution's name
        acronym = subject.is_upper and subject.is_alpha and len(subject.text) >= 2
        located = _located_thing(subject)
        # "M. Dupont, qui dirige l'usine, a affirmé": the parse heads the subject by the title
        # of courtesy, its name hung under it; the title says a person, who speaks
        titled = (subject.lower_ in COURTESY_TITLES or subject.text == "Me") and any(
            c.dep_ == "flat:name" and c.i > subject.i for c in subject.children
        )
        is_actor = bool(
            titled
            or subject.ent_type_ in ("PER", "ORG")
            or subject.ent_type_ == "LOC"
            and not located
            # a word in lower case is no name, whatever the tag ("L'effondrement du viaduc")
            or subject.pos_ == "PROPN"
            and not subject.is_lower
            or acronym
            or subject.lemma_.lower() in ORGANISATION_NOUNS | ROLE_NOUNS
            or subject.lower_ in ORGANISATION_NOUNS | GROUP_NOUNS
            # "L'exploitant du barrage a démenti": a word for a business names a body that
            # speaks, whatever the small model tags it (a participle of "exploiter")
            or subject.lower_ in COMPANY_NOUNS
            or possessive is not None
            and subject.lemma_.lower() not in ("pays",)
            or verb is not None
            and self._speaks(subject, verb)
        )
        kind = None
        if titled or subject.lemma_.lower() in ROLE_NOUNS | PROFESSION_NOUNS and not plural:
            kind = True  # "l'avocat de X": one person, whose trade ORGANISATION_NOUNS also lists
        elif (
            subject.ent_type_ in ("ORG", "LOC")
            or subject.lemma_.lower() in ORGANISATION_NOUNS
            or acronym
        ):
            kind = False
        elif subject.ent_type_ == "PER" or subject.lemma_.lower() in ROLE_NOUNS:
            kind = True
        elif (
            subject.pos_ == "NOUN"
            and subject.is_lower
            and (_definite(subject) or _person_word(subject))
        ):
            kind = _person_word(subject) and not plural  # "l'inspection du travail": an office
        place = (
            subject.ent_type_ == "LOC"
            and subject.lemma_.lower() not in ORGANISATION_NOUNS
            and not located
        )
        return Mention(
            phrase, sentence, paragraph, False, gender, plural, is_actor, None, kind, place
        )

    def _speaks(self, subject: Token, verb: Token) -> bool:
        """A common noun saying something ("Les deux sœurs ont expliqué que", "Les enquêteurs
        estiment que", "La victime a raconté que"): the subject of an active reporting verb
        that is a group (plural) or names a person (an agent noun, a kinship word)."""
        if subject.pos_ != "NOUN" or not self._is_reporting(verb) or self._is_passive(verb):
            return False
        if _reflexive_without_report(verb):
            return False  # "Les habitants s'inquiètent": a feeling; no words are reported
        if not subject.is_lower or any(c.dep_ == "case" for c in subject.children):
            return False  # a piece of a name ("Nations Unis"), a complement ("de Paris")
        lemma = subject.lemma_.lower()
        return (
            "Plur" in subject.morph.get("Number", [])
            or lemma.endswith(PERSON_ENDINGS_FR)
            or lemma in PERSON_NOUNS
            or _definite(subject)
            and lemma not in DOCUMENT_NOUNS
        )

    @staticmethod
    def _gender(token: Token) -> str | None:
        """Grammatical gender from the word, else its determiner ("la ministre"); None if unsure.

        Names carry no reliable gender in the small model, so a bare name stays unknown.
        """
        if token.ent_type_ == "PER" or token.pos_ == "PROPN" and token.ent_type_ != "LOC":
            return None
        for source in (*[c for c in token.children if c.dep_ == "det"], token):
            gender = source.morph.get("Gender", [])
            if gender:
                return gender[0]
        return None

    @staticmethod
    def _person_in(subject: Token, doc: Doc) -> str | None:
        """A person named in the subject itself or in its apposition ("le ministre, X, a dit")."""
        span = range(subject.left_edge.i, subject.right_edge.i + 1)
        for ent in doc.ents:
            if (
                _is_name(ent)
                and ent.start in span
                and not _complement_of(ent.root, subject)
                and not _in_clause_of(ent.root, subject)
            ):
                return ent.text
        if subject.lemma_.lower() in ROLE_NOUNS:
            # "la ministre de la Défense, Margarita Robles": a name beside a role is a person,
            # whatever label the small model gave it.
            for child in subject.children:
                if child.dep_ in ("appos", "conj") and child.pos_ == "PROPN":
                    names = [child, *[c for c in child.children if c.dep_ == "flat:name"]]
                    return " ".join(t.text for t in sorted(names, key=lambda t: t.i))
            # "Le directeur du site, Marc Roy, a estimé": the parse may make the apposed name a
            # second subject of the verb; the sentence's own subject still names its person.
            for sibling in subject.head.children:
                if (
                    sibling.dep_ == "nsubj"
                    and sibling.pos_ == "PROPN"
                    and sibling.i > subject.right_edge.i
                    and doc[sibling.i - 1].text == ","
                ):
                    names = [sibling, *[c for c in sibling.children if c.dep_ == "flat:name"]]
                    return " ".join(t.text for t in sorted(names, key=lambda t: t.i))
        return None

    @staticmethod
    def _role_key(subject: Token) -> str | None:
        if subject.lemma_.lower() not in ROLE_NOUNS and subject.lower_ not in ROLE_NOUNS:
            return None
        modifiers = [
            c.lemma_.lower()
            for c in subject.children
            if c.dep_ in ("amod", "nmod") and c.i > subject.i
        ]
        return " ".join([subject.lemma_.lower(), *modifiers])

    def _remember_entities(
        self, doc: Doc, ents: Sequence[Span], outside: list[bool], sentence: int, paragraph: int
    ) -> None:
        self._named.extend(
            (sentence, ent.text)
            for ent in ents
            if ent.label_ in ("ORG", "MISC") and outside[ent.start]
        )
        for ent in ents:
            # "Charles Taylor, l'ancien président libérien": the apposition tells who he is.
            if _is_name(ent) and ent.end < len(doc) and doc[ent.end].text == ",":
                following = doc[ent.end + 1 : ent.end + 9]
                if any(t.lemma_.lower() in ROLE_NOUNS for t in following):
                    adjectives = (t.lower_ for t in following if t.pos_ == "ADJ")
                    self.discourse.bind_nationality(ent.text, nationality_of(adjectives))
        known = {m.name for m in self.discourse.before(sentence, 0)}
        for ent in ents:
            if len(ent) == 1 and ent.start > 0 and _named_thing(doc[ent.start - 1]):
                continue  # "la bactérie Listeria": a thing's name, no one to speak or be "il"
            if ent.label_ in ("PER", "ORG") and outside[ent.start] and ent.text not in known:
                person = ent.label_ == "PER"
                self.discourse.add(
                    Mention(ent.text, sentence, paragraph, False, None, False, True, None, person)
                )


def _split_name(subject: Token, doc: Doc) -> tuple[str, str] | None:
    """The whole name a capitalised subject ends when the parse cut it: "Météo-France" (the
    subject "France", the entity the whole name), "Santé publique France" (two subjects of one
    verb side by side: a verb has one subject). The name and the entity label of its last
    word ("" without one); None when the subject is its own name."""
    if subject.pos_ != "PROPN":
        return None
    start, end = subject.left_edge.i, subject.right_edge.i + 1
    entity = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    if entity is not None and entity.start < start:
        start, end = entity.start, max(end, entity.end)
    for sibling in subject.head.children:
        if (
            sibling.dep_ in _SUBJECT_DEPS
            and sibling.i < subject.i
            and sibling.right_edge.i + 1 == start
            and sibling.pos_ in ("NOUN", "PROPN")
            and sibling.text[:1].isupper()
        ):
            start = sibling.left_edge.i
    if start == subject.left_edge.i:
        return None
    while start < subject.i and doc[start].lower_ in DETERMINERS:
        start += 1
    return doc[start:end].text, entity.label_ if entity is not None else ""


_RELATIVE_PRONOUNS = {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"}


def _document_as_written(document: Token, agent: Token) -> str:
    """The document and its participle up to who consulted it ("documents consultés par
    l'AFP"), as English keeps "documents seen by Reuters": without its determiners."""
    doc = document.doc
    start = document.left_edge.i
    while start < document.i and (
        doc[start].lower_ in DETERMINERS or doc[start].dep_ == "case" or doc[start].is_punct
    ):
        start += 1  # "selon des", "d'après les"
    return doc[start : agent.right_edge.i + 1].text


def _name_after_selon(head: Token, comma: int) -> str | None:
    """ "selon l'Institut national de la statistique et des études économiques (Insee)": a
    source named by a proper name runs on to the end of the "selon" phrase (its comma or the
    sentence's end), whatever the parse made of the name's words (the small model tags a
    nationality, "portugais", a verb, and the noun phrase lost it); it stops before a clause
    describing the source (a verb with a tense, a relative, a participle with its agent:
    "interrogé par l'AFP")."""
    doc = head.doc
    if not head.text[:1].isupper() or head.pos_ not in ("PROPN", "NOUN"):
        return None
    end = head.i + 1
    while end < comma:
        token = doc[end]
        if (
            token.lower_ in _RELATIVE_PRONOUNS
            or token.pos_ in ("VERB", "AUX")
            and _finite_and_future(token)[0]
            or end + 1 < comma
            and doc[end + 1].lower_ == "par"
        ):
            break
        end += 1
    while end > head.i + 1 and doc[end - 1].is_punct and doc[end - 1].text != ")":
        end -= 1
    phrase = doc[head.i : end].text
    return phrase if phrase.count("(") == phrase.count(")") else None


def _reflexive_without_report(verb: Token) -> bool:
    """A reflexive verb with neither a clause nor an attribute after it ("Le feu s'est déclaré
    lundi près du village", "s'était déclaré au rez-de-chaussée"): "se déclarer" alone breaks
    out, it says nothing ("s'est déclaré favorable", "s'est dit prêt à", "s'est dit que" do). A
    day the small model takes for the attribute ("lundi" as xcomp) is when, not what."""
    return any(c.lemma_ == "se" for c in verb.children) and not any(
        c.dep_ == "ccomp" or c.dep_ == "xcomp" and c.lower_ not in TIME_WORDS for c in verb.children
    )


def _complement_of(token: Token, subject: Token) -> bool:
    """Is the name the complement of the subject's noun ("l'avocat de Paul Girard", "le
    porte-parole de X"), whose holder speaks, rather than the subject or its apposition?"""
    return (
        token.head == subject
        and token.dep_ == "nmod"
        and subject.ent_type_ != "PER"
        and any(
            c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'", "d’") for c in token.children
        )
    )
