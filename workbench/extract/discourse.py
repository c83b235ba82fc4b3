"""Who the article is talking about: mentions of people and organisations, sentence by sentence,
so that pronouns ("a-t-il déclaré"), possessives ("son avocat") and roles ("le président russe")
resolve to the name the article gave."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Mention:
    """One mention of an actor: its name as the article gives it and what agreement needs."""

    name: str
    sentence: int
    paragraph: int
    subject: bool
    gender: str | None = None
    plural: bool | None = None
    actor: bool = True
    """True for people, organisations and named places acting; False for things ("les tensions")."""
    pronoun: str | None = None
    """The pronoun this mention was resolved from, if any."""
    person: bool | None = None
    """True for a named person, False for an organisation or place; None when unsure."""
    place: bool = False
    """A country or a city: it hosts statements more than it makes them."""


# heads of a role that may describe whoever holds another one ("le chef de l'Etat" is the
# président named before)
_GENERIC_ROLES = frozenset("chef head leader dirigeant dirigeante patron patronne".split())


def _agrees(mention: Mention, gender: str | None, plural: bool | None) -> bool:
    if gender and mention.gender and mention.gender != gender:
        return False
    return not (plural is not None and mention.plural is not None and mention.plural != plural)


@dataclass
class Discourse:
    """The running memory of one article, fed in reading order."""

    mentions: list[Mention] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    """Role descriptions ("président russe") bound to the person they describe."""

    by_paragraph: dict[int, list[Mention]] = field(default_factory=dict)
    nationalities: dict[str, str] = field(default_factory=dict)
    """A person's surname to the nationality a role gave them ("présidente libérienne")."""

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.by_paragraph.setdefault(mention.paragraph, []).append(mention)

    def before(self, sentence: int, window: int = 12):
        """Mentions from the latest back, stopping `window` sentences before `sentence`."""
        for mention in reversed(self.mentions):
            if sentence - mention.sentence > window:
                return
            yield mention

    def subject_of(self, sentence: int) -> Mention | None:
        for mention in reversed(self.mentions):
            if mention.sentence == sentence and mention.subject:
                return mention
            if mention.sentence < sentence:
                break
        return None

    def previous_subject(
        self, sentence: int, gender: str | None, plural: bool | None
    ) -> Mention | None:
        """The subject of the sentence before, if it agrees: a subject pronoun continues it."""
        previous = self.subject_of(sentence - 1)
        if previous and _agrees(previous, gender, plural):
            return previous
        return None

    def topic(
        self, sentence: int, paragraph: int, gender: str | None, plural: bool | None
    ) -> Mention | None:
        """The actor the paragraph is about so far: subjects weigh double; ties go to the latest."""
        scores: dict[str, float] = {}
        latest: dict[str, tuple[int, Mention]] = {}
        for position, mention in enumerate(self.by_paragraph.get(paragraph, [])):
            if mention.sentence > sentence or not mention.actor:
                continue
            if not _agrees(mention, gender, plural):
                continue
            scores[mention.name] = scores.get(mention.name, 0) + (2 if mention.subject else 1)
            latest[mention.name] = (position, mention)
        if not scores:
            return None
        best = max(scores, key=lambda name: (scores[name], latest[name][0]))
        return latest[best][1]

    def recent(
        self, sentence: int, gender: str | None, plural: bool | None, window: int = 4
    ) -> Mention | None:
        """The latest agreeing actor within `window` sentences."""
        for mention in self.before(sentence, window):
            if mention.sentence <= sentence and mention.actor and _agrees(mention, gender, plural):
                return mention
        return None

    def resolve_pronoun(
        self,
        sentence: int,
        paragraph: int,
        gender: str | None,
        plural: bool | None,
        attribution: bool,
        in_sentence: Mention | None = None,
    ) -> Mention | None:
        """Resolve a third-person subject pronoun.

        A plain subject pronoun continues the previous sentence's subject. An attribution after a
        quote ("a-t-il ajouté", "he said") names the sentence's own subject if it has one, else
        the paragraph's protagonist: news paragraphs introduce a speaker, then quote them.
        """
        if attribution:
            if in_sentence and _agrees(in_sentence, gender, plural):
                return in_sentence
            return (
                self.topic(sentence, paragraph, gender, plural)
                or self.previous_subject(sentence, gender, plural)
                or self.recent(sentence, gender, plural)
            )
        previous = self.previous_subject(sentence, gender, plural)
        if previous and previous.actor:
            return previous
        return self.recent(sentence, gender, plural) or previous

    def resolve_role(
        self, role: str, sentence: int, people: set[str], nationality: str | None = None
    ) -> str | None:
        """The person a role description refers to: bound before, or the latest person named who
        is not already bound to another role of the same kind nor of another nationality
        ("le chef de l'exécutif américain" is not the "présidente libérienne")."""
        if role in self.roles:
            return self.roles[role]
        found = self.fuller_role(role, sentence)
        if found:
            return found
        head = role.split()[0]
        taken = {name for key, name in self.roles.items() if key.split()[0] == head}
        if head not in _GENERIC_ROLES:
            # a person named with another role ("secrétaire général", "the WHO representative")
            # is not the one this role describes ("chef", "head" may stand for any of them)
            taken |= {
                name for key, name in self.roles.items() if key.split()[0] not in _GENERIC_ROLES
            }
        for mention in self.before(sentence, 10):
            if mention.name in people and mention.name not in taken:
                known = self.nationalities.get(mention.name.split()[-1])
                if nationality and known and known != nationality:
                    continue
                self.bind_role(role, mention.name, nationality)
                return mention.name
        return None

    def fuller_role(self, role: str, sentence: int) -> str | None:
        """ "le ministre" after "le ministre des Transports, X": the person holding a fuller
        form of the same role, the latest named first."""
        fuller = {name for key, name in self.roles.items() if key.startswith(role + " ")}
        if not fuller:
            return None
        for mention in self.before(sentence, 10):
            if mention.name in fuller:
                return mention.name
        return None

    def bind_role(self, role: str, name: str, nationality: str | None = None) -> None:
        self.roles.setdefault(role, name)
        self.bind_nationality(name, nationality)

    def bind_nationality(self, name: str, nationality: str | None) -> None:
        if nationality:
            self.nationalities.setdefault(name.split()[-1], nationality)


_NATIONALITY = re.compile(r"(?:ain|ien|ais|ois|and|ol|in)$")
_NOT_NATIONALITIES = {
    "ancien",
    "prochain",
    "certain",
    "lointain",
    "quotidien",
    "humain",
    "plein",
    "voisin",
    "fin",
    "moyen",
    "chrétien",
    "mauvais",
    "main",
    "sain",
    "vain",
    "urbain",
    "souverain",
}


def nationality_of(adjectives: Iterable[str]) -> str | None:
    """The nationality among a role's adjectives ("libérienne" -> "libérien"), by the common
    French endings; masculine and feminine forms fold together."""
    for word in adjectives:
        base = word.lower()
        for feminine, masculine in (
            ("ienne", "ien"),
            ("aine", "ain"),
            ("aise", "ais"),
            ("oise", "ois"),
            ("ande", "and"),
            ("ole", "ol"),
            ("ine", "in"),
        ):
            if base.endswith(feminine):
                base = base[: -len(feminine)] + masculine
                break
        if _NATIONALITY.search(base) and base not in _NOT_NATIONALITIES:
            return base
    return None
