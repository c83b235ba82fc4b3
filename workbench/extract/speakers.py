"""Who is speaking, sentence after sentence: one reader of the whole article, both languages.

The attributors (`attribution_fr`, `attribution_en`) say what each sentence tells on its own:
a source named by a reporting verb, a pronoun ("he said", "a-t-il ajouté", "Selon lui"), or
nothing. This reader keeps the thread a news reader keeps:

- a transcript label ("Jane Roe : ...", "JOHN DOE:") makes its paragraph that person's words;
- a sentence that opens inside a quotation and names nobody continues the quotation's speaker
  (named later in the same paragraph, else the one who spoke last): bare follow-on quotes and
  paragraphs that open with a quote;
- a pronoun source continues the latest agreeing speaker ("he" a person, "it" an organisation,
  "il"/"elle" by gender);
- an interviewer ("dans un entretien avec X", "told VOA's X", "asked by host X") asks, never
  answers: such a name is never a speaker;
- a role ("le secrétaire d'Etat américain") stands for the person the article names with that
  role, even when the name comes later;
- what is no person, organisation or group ("provided by", "Middle East") is no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.extract.attribution_fr import Attribution
from workbench.extract.dates import MONTHS, WEEKDAYS
from workbench.extract.lexicon import (
    ACCESS_VERBS,
    COMPANY_NOUNS,
    COURTESY_TITLES,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INSTITUTION_HEADS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PROFESSION_NOUNS,
    ROLE_NOUNS,
    is_reporting_en,
)
from workbench.extract.quotes import inside
from workbench.extract.segment import Sentence

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_LABEL = re.compile(rf"\s*(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD}){{1,3}})\s?:\s")
_PERSON_NAME = (
    rf"(?:(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,3}}"
)
_INTERVIEWERS = re.compile(
    rf"(?:\b(?:entretien|interview|entrevue)\s+(?:\w+\s+){{0,3}}?(?:avec|à|accordée?\s+à)"
    rf"|\b(?:réalisée?|menée?|conduite?|recueillis)\s+par"
    rf"|\binterrogée?s?\s+par|\bau\s+micro\s+de"
    rf"|\b(?:told|to|with|by)\s+(?:[A-Z][\w.]*(?:'s|’s)\s+)?(?:[\w-]+\s+){{0,5}}?"
    rf"(?:reporter|correspondent|host|interviewer|journalist|anchor)"
    rf"|\b(?:told|asked by|interviewed by|speaking to|spoke to|talking to)\s+[A-Z][\w.]*(?:'s|’s)"
    rf"|\b(?:reporter|correspondent|host|interviewer|journaliste|animateur|animatrice))"
    rf"\s+(?P<name>{_PERSON_NAME})"
)
_NAME_AFTER = re.compile(rf",?\s+(?P<name>{_PERSON_NAME})")
_NAME_BEFORE = re.compile(rf"(?<![\w'’])(?P<name>{_PERSON_NAME}),\s+(?:the\s+|l[ea]\s+|l['’])?$")
_GENDERED_NAME = re.compile(
    rf"\b(?P<title>M\.|Mme|Madame|madame|Monsieur|Mr\.?|Mrs\.?|Ms\.?"
    rf"|(?P<determiner>[Ll][ea])\s+(?P<role>[^\W\d_]+)(?:\s+[a-zé][^\W\d_]+)?)"
    rf"\s+(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,3}})"
)
_TITLES = {"m.": "Masc", "mr": "Masc", "mr.": "Masc", "monsieur": "Masc", "mme": "Fem"}
_TITLES |= {"madame": "Fem", "mrs": "Fem", "mrs.": "Fem", "ms": "Fem", "ms.": "Fem"}
_TITLED = r"(?<![\w.])(?:M\.|Mme|Mlle|Me|Maître|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+{}\b"
# "Marsh, who took over in January,": "who" after the surname says a person's, as a title
# does (not French "qui", which a company takes as well: "Renault, qui emploie")
_WHO_AFTER = r"(?<![\w'’.-]){},\s*(?:who|whose)\b"
# "The carrier expects", "The ministry has": a definite subject opening the sentence, its verb
_OPENING_SUBJECT = re.compile(
    r"\s*(?P<np>[Tt]he(?:\s+[a-z][\w-]*){1,3}?)\s+(?:has|had|was|is|will|would|could|may"
    r"|might|[a-z]{3,}(?:s|ed))\b"
)
# "Ashdown, a former councillor, had requested", "Tom Reyes filed": a name opening the
# sentence (an apposition after it), then its verb
_OPENING_NAME = re.compile(
    rf"\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?:,\s*(?:a|an|the)\s+[^,]{{2,60}},)?"
    r"\s+(?:has|had|was|is|will|would|could|[a-z]{3,}(?:s|ed))\b"
)
_PLURAL_WORD = re.compile(r"(?<![su])[sx]$")
_PERSON_PRONOUNS = {"he": "Masc", "she": "Fem", "il": "Masc", "elle": "Fem", "lui": "Masc"}
_PLURAL_PRONOUNS = {"they", "ils", "elles", "eux"}
_COMPASS = {"middle", "east", "west", "north", "south", "central", "northern", "southern"}
_COMPASS |= {"eastern", "western", "far", "near"}
_PREPOSITIONS = {"de", "du", "des", "d'", "d’", "of", "from", "to", "by", "with", "à", "au", "aux"}
_FUNCTION_WORDS = {"of", "the", "for", "and", "de", "du", "des", "la", "le", "les", "d'", "l'"}
_FUNCTION_WORDS |= {"et", "d’", "l’", "à", "au", "aux", "in", "on"}
_NAME_ARTICLES = ("Le", "La", "Les", "L'", "L’", "The")
_ONE_PERSON_NOUNS = ROLE_NOUNS | PROFESSION_NOUNS
_DETERMINERS = {"the", "a", "an", "le", "la", "l'", "l’", "un", "une", "son", "sa", "his", "her"}
# A date word names a time, never a source ("the March 13 election", "Monday promised").
TIME_WORDS = frozenset(
    word for table in (MONTHS, WEEKDAYS) for names in table.values() for word in names
) | {"today", "yesterday", "tonight", "aujourd'hui", "hier"}


def _fold(name: str) -> str:
    return name.casefold().replace("’", "'")


@dataclass
class _Speaker:
    name: str
    person: bool | None
    gender: str | None
    plural: bool
    paragraph: int


@dataclass
class SpeakerReader:
    """Reads one article's attributions in order and settles each sentence's speaker."""

    text: str
    language: str
    interviewers: set[str] = field(default_factory=set)
    genders: dict[str, str] = field(default_factory=dict)
    """A name's last word, folded, to the gender a title or a pronoun gave it."""
    current: _Speaker | None = None
    """The latest source of a reported statement or quotation."""
    previous: _Speaker | None = None
    """The previous sentence's speaker or actor: a plain pronoun usually continues it."""
    quoted: str | None = None
    """The speaker of the previous sentence when it held a quotation."""
    last_person: _Speaker | None = None
    """The latest person who spoke: "he said" after an organisation spoke still means them."""
    articles: dict[str, str] = field(default_factory=dict)
    """A name to the same name with the capitalised article the text gives it, if any."""
    people: set[str] = field(default_factory=set)
    """Last words, folded, of the people who spoke: "Francis" after "James Clinton Francis"."""
    kinds: dict[str, bool] = field(default_factory=dict)
    written_with_article: dict[str, bool] = field(default_factory=dict)
    has_first_name: dict[str, bool] = field(default_factory=dict)
    """What a search of the whole text found for a name: asked once per name, not per sentence."""
    """A speaker's name, folded, to whether the article showed it to be a person."""

    body_names: dict[str, bool] = field(default_factory=dict)
    """A name to whether the article speaks of it as a body, not a person (searched once)."""
    surnames_alone: dict[str, bool] = field(default_factory=dict)
    """A name to whether its last word stands alone somewhere in the text (searched once)."""

    full_names: dict[str, str | None] = field(default_factory=dict)
    """A person's surname, folded, to the full name they spoke under (None when two share it)."""

    surname_names: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    """A surname to the full names the text writes with it, by offset (searched once)."""

    named: list[tuple[int, str, str]] = field(default_factory=list)
    """(offset, name, gender) of each name a title or a gendered role introduces."""

    def __post_init__(self) -> None:
        for match in _INTERVIEWERS.finditer(self.text):
            self.interviewers.add(_fold(match["name"]).split()[-1])
        for match in _GENDERED_NAME.finditer(self.text):
            title = match["title"].lower()
            if title in _TITLES:
                gender = _TITLES[title]
            elif match["role"] and match["role"].lower() in ROLE_NOUNS:
                gender = "Fem" if match["determiner"].lower() == "la" else "Masc"
            else:
                continue
            name = match["name"]
            self.genders.setdefault(_fold(name.split()[-1]), gender)
            self.named.append((match.start("name"), name, gender))

    def read(
        self,
        spans: list[Sentence],
        quotes: list[list[tuple[int, int]]],
        attributions: list[Attribution],
    ) -> None:
        """Settle `attributions[i].speaker` for every sentence, in reading order (in place)."""
        labels = self._labels(spans)
        for index, (span, attribution) in enumerate(zip(spans, attributions, strict=True)):
            label = labels.get(span.paragraph)
            if label:
                attribution.speaker = label
                self._remember(label, attribution, span.paragraph, spoke=True)
                self.quoted = label if quotes[index] else None
                continue
            speaker = attribution.speaker
            opens_quoted = self._opens_quoted(span, quotes[index])
            own = self._own_subject(span, attribution) if self.language == "en" else None
            if own:
                speaker = own  # "The carrier expects ..., it said": "it" is the carrier
            elif attribution.via_pronoun:
                speaker = self._pronoun(
                    attribution, speaker, span.paragraph, span.start, opens_quoted
                )
            if speaker:
                speaker = document_author(speaker)
            if speaker and (
                self._is_interviewer(speaker)
                or not (
                    attribution.common
                    and speaker == attribution.speaker
                    or plausible_speaker(speaker, self.language)
                )
            ):
                speaker = None
            if (
                opens_quoted
                and not attribution.framed
                and (speaker is None or not attribution.reported)
            ):
                speaker = self._quotation(index, spans, quotes, attributions)
                attribution.reported = attribution.reported or speaker is not None
            if speaker:
                speaker = self._full_name(
                    self._with_article(self._role_name(self._untitled(speaker, attribution))),
                    span.start,
                    span.end,
                )
            if speaker and attribution.acted and self._is_person(speaker, attribution):
                # "Cardoso resigned in March", "Le ministre a démissionné": an act the writer
                # reports of a person is no statement of theirs (an institution's act, "the
                # court ordered", is its word); the person stays the sentence's actor, whom a
                # pronoun after it continues
                self._remember(speaker, attribution, span.paragraph, spoke=False)
                speaker = None
            elif speaker:
                self._remember(speaker, attribution, span.paragraph, spoke=attribution.reported)
            else:
                self.previous = self._named_actor(span) if self.language == "en" else None
            attribution.speaker = speaker
            later = [
                (at, name)
                for at, name in attribution.later or []
                if name is None
                or plausible_speaker(name, self.language)
                and not self._is_interviewer(name)
            ]
            attribution.later = later or None
            if speaker and later and later[-1][1]:
                self._remember(later[-1][1], Attribution(), span.paragraph, spoke=True)
            self.quoted = speaker if quotes[index] else None

    # -- the pieces ---------------------------------------------------------------------------

    def _is_person(self, speaker: str, attribution: Attribution) -> bool:
        """Do the article's words show the speaker to be a person ("Cardoso" after "Rui
        Almeida Cardoso", "le ministre", "Ann Lowe")?"""
        words = speaker.split()
        person = self._kind(speaker, attribution)[0]
        if person and len(words) >= 2 and all(w[:1].isupper() for w in words):
            # two capitalised words are a person's name by their shape only ("Northwind
            # Logistics cut 400 jobs"): a title, a pronoun, the model or a surname standing
            # alone must say so
            return bool(
                attribution.speaker_person
                or _fold(words[-1]) in self.genders
                or any(self._honorific(w) for w in words)
                or self._stands_alone(words)
            )
        if person is not None:
            return person
        return len(words) == 1 and words[0][:1].isupper() and self._has_first_name(words[0])

    def _own_subject(self, span: Sentence, attribution: Attribution) -> str | None:
        """ "The carrier expects a profit of ..., it said": "it" framing the sentence stands
        for the sentence's own subject when that is an institution ("the carrier", "the
        ministry"), not for the latest organisation that spoke."""
        if (attribution.via_pronoun or "").lower() != "it":
            return None
        match = _OPENING_SUBJECT.match(self.text, span.start, span.end)
        if match is None or definite_source(match["np"]) is not False:
            return None
        head = _singular(match["np"].split()[-1].lower())
        if head not in ORGANISATION_NOUNS | COMPANY_NOUNS or head in ROLE_NOUNS:
            return None
        return match["np"].split(None, 1)[1]

    def _named_actor(self, span: Sentence) -> _Speaker | None:
        """The person a narrating sentence opens on ("Ashdown, a former city councillor, had
        requested the recount"), whom a following '"...," he said' continues: a name the
        article shows to be a person's, under the one full name it gave it before."""
        match = _OPENING_NAME.match(self.text, span.start, span.end)
        if match is None:
            return None
        name = match["name"]
        if len(name.split()) == 1:
            if not self._has_first_name(name):
                return None
            name = self.full_names.get(_fold(name)) or self._named_earlier(name, span.start) or name
        elif self._kind(name, None)[0] is not True:
            return None
        gender = self.genders.get(_fold(name.split()[-1]))
        return _Speaker(name, True, gender, False, span.paragraph)

    def _labels(self, spans: list[Sentence]) -> dict[int, str]:
        """Transcript labels: a paragraph opening with "Name Surname :" is that person's."""
        labels: dict[int, str] = {}
        seen: set[int] = set()
        for span in spans:
            if span.paragraph in seen:
                continue
            seen.add(span.paragraph)
            match = _LABEL.match(self.text, span.start)
            if not match:
                continue
            name = match["name"]
            words = name.replace("-", " ").split()
            if any(w.lower() in ORGANISATION_NOUNS | ROLE_NOUNS for w in words):
                continue
            labels[span.paragraph] = name.title() if name.isupper() else name
        return labels

    def _with_article(self, speaker: str) -> str:
        """A name whose article the article capitalises mid-sentence ("l'hebdomadaire Le
        Point", "reported by The Times") keeps it: "Point" alone is not the paper's name."""
        if not speaker[:1].isupper() or speaker.split()[0] in _NAME_ARTICLES:
            return speaker
        found = self.articles.get(speaker)
        if found is None:
            pattern = rf"(?<=[a-zà-ÿ,] )(?:{'|'.join(_NAME_ARTICLES)}) ?{re.escape(speaker)}\b"
            match = re.search(pattern, self.text)
            found = self.articles[speaker] = match.group(0) if match else speaker
        return found

    def _honorific(self, word: str) -> bool:
        """A title of courtesy ("M.", "Mme", "Mr.", "Dr", "Maître", French "Me")."""
        return word.lower() in COURTESY_TITLES or (self.language == "fr" and word == "Me")

    def _untitled(self, speaker: str, attribution: Attribution) -> str:
        """ "Me Tiago Rebelo", "Mme Ana Lopes", "Dr. Helene Garnier": a title of courtesy before
        a first name and a surname says a person and is no part of the name, as a title of
        office before a name is not ("Transport Minister Jean-Marc Lecuyer"); before a surname
        alone ("M. Misime") it stays, the one full name the article gives it found later."""
        words = speaker.split()
        if not words or not self._honorific(words[0]):
            return speaker
        attribution.speaker_person = True
        if len(words) >= 3 and all(w[:1].isupper() for w in words[1:]):
            return " ".join(words[1:])
        return speaker

    def _full_name(self, speaker: str, before: int, end: int) -> str:
        """A surname alone ("Whitaker told the paper") or behind a title ("M. Whitaker", "Ms
        Whitaker") after the article gave the full name of one person who spoke with it ("the
        mayor, Glen Whitaker,") is that person, under one name; behind a title, also the one
        full name the text wrote with it before. `before`: where the sentence starts (a full
        name met only later does not count), `end` where it ends."""
        words = speaker.split()
        titled = len(words) == 2 and self._honorific(words[0])
        if titled:
            words = words[1:]
        elif len(words) == 1:
            # the parse may leave the title out of the name: "M. Moreau a affirmé"
            titled = any(
                re.search(pattern.format(re.escape(words[0])), self.text[before:end])
                for pattern in (_TITLED, _WHO_AFTER)
            )
        if len(words) == 1 and words[0][:1].isupper():
            surname = _fold(words[0])
            full = self.full_names.get(surname)
            if full is None and titled and surname not in self.full_names:
                # "M. Moreau" after "Julien Moreau" was only written, not heard: a title says
                # the surname is a person's, so the one full name written with it is theirs
                full = self._named_earlier(words[0], before)
            if full:
                return full
        return speaker

    def _named_earlier(self, surname: str, before: int) -> str | None:
        """The one full name ("David Misime") the text gives a surname before `before`, if
        only one: a first name is a capitalised word inside a sentence, not a title. The text
        is searched once per surname (an article of 5 MB has as many surnames as a short one)."""
        found = self.surname_names.get(surname)
        if found is None:
            found = self.surname_names[surname] = self._search_full_names(surname)
        names = {name for at, name in found if at < before}
        return names.pop() if len(names) == 1 else None

    def _search_full_names(self, surname: str) -> list[tuple[int, str]]:
        # a second word is an initial or ends without a dot ("run by Ann Marsh. Marsh, who":
        # a word closing its sentence is no part of the name after it)
        second = r"[A-ZÀ-ÖØ-Þ](?:\.|[\w'’.-]*[\w'’-])"
        pattern = rf"(?<![\w'’.-])({_NAME_WORD}(?:[ -]{second})?)\s+{re.escape(surname)}\b"
        found = []
        for match in re.finditer(pattern, self.text):
            name = match[1]
            if name.split()[0].endswith(("'s", "’s")) and " " in name:
                name = name.split()[1]  # "the Green Party's Tom Ashdown": after the possessive
            first = name.split()[0]
            begin = at = match.end(1) - len(name)
            while at and self.text[at - 1] in " \t":
                at -= 1
            if (
                first.lower() in _TITLES
                or first.lower().rstrip(".") in _TITLES
                or first.endswith((".", "'s", "’s"))
                or first.lower() in _FUNCTION_WORDS | TIME_WORDS | _COMPASS
                or first in _NAME_ARTICLES
                or not at
                or self.text[at - 1] in '.!?:«"“\n'
            ):
                continue
            found.append((begin, f"{name} {surname}"))
        return found

    def _is_interviewer(self, speaker: str) -> bool:
        words = _fold(speaker).split()
        return bool(words) and words[-1] in self.interviewers

    def _opens_quoted(self, span: Sentence, quotes: list[tuple[int, int]]) -> bool:
        """The sentence starts inside a quotation (or with one)."""
        text = self.text[span.start : span.end]
        first = len(text) - len(text.lstrip())
        return inside(first, quotes)

    def _quotation(
        self,
        index: int,
        spans: list[Sentence],
        quotes: list[list[tuple[int, int]]],
        attributions: list[Attribution],
    ) -> str | None:
        """Who speaks a quotation that names nobody: the source named further on in the same
        quotation run of the paragraph ('"A. B," Rossi said.'), else the latest speaker."""
        paragraph = spans[index].paragraph
        for later in range(index + 1, len(spans)):
            if spans[later].paragraph != paragraph or not quotes[later]:
                break
            attribution = attributions[later]
            if (
                attribution.reported
                and attribution.speaker
                and not attribution.via_pronoun
                and not self._is_interviewer(attribution.speaker)
            ):
                return attribution.speaker
            if attribution.reported:
                pronoun = (attribution.via_pronoun or "").lower()
                person = self._person_for(pronoun, paragraph)
                if person is not None and not (
                    self.current and self._agrees(self.current, pronoun)
                ):
                    # '..., he said.' closing the quote: "he" is the latest person who spoke.
                    return person.name
                break
        if self.current and paragraph - self.current.paragraph <= 3:
            return self.current.name
        return None

    def _kind(self, name: str, attribution: Attribution | None) -> tuple[bool | None, str | None]:
        """Is the speaker a person, and of which gender, as far as the words tell."""
        words = name.split()
        gender = attribution.speaker_gender if attribution else None
        if words and self._honorific(words[0]):
            return True, _TITLES.get(words[0].lower())
        gender = gender or self.genders.get(_fold(words[-1])) if words else gender
        if len(words) >= 2 and all(w[:1].isupper() for w in words) and self._named_as_body(name):
            # "Global Witness said in its report": shaped like a person's name, spoken of as a
            # body's (its last word a trade, "witness", or the model's guess, a person)
            return False, gender
        if attribution and attribution.speaker_person is not None:
            return attribution.speaker_person, gender
        lowered = [_singular(w.lower().strip(".,")) for w in words]
        if (
            len(words) >= 2
            and words[1].islower()
            and _document_noun(words[0])
            and not re.match(_INSTITUTION_AFTER, name[len(words[0]) :], re.IGNORECASE)
        ):
            # "documents obtenus par Le Monde", "Documents seen by Reuters": a document speaks,
            # neither a person nor an organisation, whatever names its words hold (not the
            # "statistics office", an institution)
            return None, gender
        if lowered and lowered[-1] in ROLE_NOUNS:
            # "several mayors", "les maires": holders of a role together are a group
            return lowered[-1] == _bare(words[-1]), gender
        if (
            words
            and _bare(words[-1]) in PROFESSION_NOUNS | PERSON_NOUNS
            and not (len(words) >= 2 and words[-2][:1].isupper() and words[-1][:1].isupper())
        ):
            # "a regional official": one person ("officials", a group); not a word of a name
            # ("the campaign group Global Witness")
            return True, gender
        if (
            len(words) >= 2
            and words[-1][0].isupper()
            and lowered[-2] in ROLE_NOUNS
            and lowered[-1] not in ORGANISATION_NOUNS
        ):
            return True, gender  # "Committee spokeswoman Davies": a role, then who holds it
        if _one_named_person(words):
            return True, gender
        if _described_company(words) or (lowered and lowered[-1] in COMPANY_NOUNS):
            return False, gender
        if any(w in ORGANISATION_NOUNS - ROLE_NOUNS for w in lowered) or any(
            re.fullmatch(r"(?:[A-Z]\.?){2,}", w) for w in words
        ):
            return False, gender
        if len(words) >= 2 and words[-1][:1].isupper() and _bare(words[-1]) in INSTITUTION_HEADS:
            return False, gender  # "Human Rights Watch", "Amnesty International"
        if lowered and (lowered[-1] in GROUP_NOUNS or _bare(words[-1]) in GROUP_NOUNS):
            return False, gender
        if _named_with_article(words) or self._written_with_article(name):
            return False, gender  # "the United States", "la Russie", "L'Elysée": no person
        named = _name_at_end(words)
        if _joined_name(named) or self._has_acronym(named):
            # "the charity Medecins Sans Frontieres (MSF)", "Friends of the Earth"
            return False, gender
        if len(words) == 1 and words[0].islower() and _PLURAL_WORD.search(words[0]):
            return False, gender  # "sapeurs-pompiers", "enquêteurs": a group speaks
        if _common_word_inside(words):
            return False, gender  # "Santé publique France": no person's name holds "publique"
        capitalised = [w for w in words if w[0].isupper()]
        if len(capitalised) >= 2 or _fold(words[-1]) in self.genders.keys() | self.people:
            return True, gender
        return None, gender

    def _named_as_body(self, name: str) -> bool:
        found = self.body_names.get(name)
        if found is None:
            found = self.body_names[name] = self._search_body(name)
        return found

    def _search_body(self, name: str) -> bool:
        """Does the article speak of a name shaped like a person's ("Global Witness", two
        capitalised words) as of a body: a description headed by a word for one (", a
        London-based campaign group,", ", une ONG basée à Berlin,"), "its" agreeing
        with it ("X said in its annual report"), "It" taking up its words in the next
        sentence ("X said A. It said B"), or "X said in a report"? Only when no title or
        pronoun gave it a gender and its last word never stands alone, as a surname does
        ("Lowe said" after "Ann Lowe")."""
        words = name.split()
        if _fold(words[-1]) in self.genders:
            return False
        text, body = self.text, False
        at = text.find(name)
        while at >= 0 and not body:
            end = at + len(name)
            if not (end < len(text) and (text[end].isalnum() or text[end] in "-'’")):
                after = text[end : end + 300]
                described = _DESCRIBED_AFTER.match(after)
                body = bool(
                    described
                    and _describes_body(described["description"], self.language)
                    or _its_agrees(after)
                    or _REPORT_AFTER.match(after)
                    or _taken_up_by_it(after)
                )
            at = text.find(name, end)
        return body and not self._stands_alone(words)

    def _stands_alone(self, words: list[str]) -> bool:
        """Does the name's last word stand somewhere without the words before it, as a
        surname does ("Lowe said" after "Ann Lowe")? The text is searched once per name."""
        name = " ".join(words)
        found = self.surnames_alone.get(name)
        if found is None:
            found = self.surnames_alone[name] = self._search_alone(words)
        return found

    def _search_alone(self, words: list[str]) -> bool:
        whole = " ".join(words[:-1])
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(words[-1])}(?![\w'’-])", self.text):
            before = self.text[max(0, match.start() - len(whole) - 8) : match.start()]
            if not before.rstrip().endswith(whole):
                return True
        return False

    def kind_of(self, name: str | None) -> str | None:
        """ "person" or "organisation" for a speaker of this article, once it has been read."""
        if not name:
            return None
        person = self.kinds.get(_fold(name))
        if person is None:
            person = self._kind(name, None)[0]
        if person is None and len(name.split()) == 1 and self._has_first_name(name):
            person = True  # "Tsvangirai" after "Morgan Tsvangirai" earlier in the article
        if person is None:
            return None
        return "person" if person else "organisation"

    def _has_acronym(self, words: list[str]) -> bool:
        """Does the article write the name's initials as one word ("Medecins Sans Frontieres
        (MSF)", "the National Electoral Commission, NEC,")? Institutions go by their acronym,
        people do not."""
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if len(initials) < 3:
            return False
        return re.search(rf"\b{initials}\b", self.text) is not None

    def _written_with_article(self, name: str) -> bool:
        """Does the article write the name behind a definite article ("the Red Cross said",
        "selon la Russie")? A person's name never takes one."""
        if not name[:1].isupper() or name.split()[0] in _NAME_ARTICLES:
            return False
        found = self.written_with_article.get(name)
        if found is None:
            named = re.escape(name)
            pattern = rf"\b(?:[Tt]he|[Ll][ae]|[Ll]es)\s+{named}(?![\w-])|\b[Ll]['’]{named}(?![\w-])"
            found = self.written_with_article[name] = re.search(pattern, self.text) is not None
        return found

    def _has_first_name(self, surname: str) -> bool:
        """Does the article write the name after a capitalised word inside a sentence (a
        first name), not only at a sentence's start ("Although Phoenix")?"""
        found = self.has_first_name.get(surname)
        if found is None:
            found = self.has_first_name[surname] = self._search_first_name(surname)
        return found

    def _search_first_name(self, surname: str) -> bool:
        pattern = rf"\b({_NAME_WORD})\s+{re.escape(surname)}\b"
        for match in re.finditer(pattern, self.text):
            at = match.start()
            while at and self.text[at - 1].isspace():
                at -= 1
            first = match[1].lower()
            if (
                first.endswith((".", "'s", "’s"))
                or not at
                or self.text[at - 1] in '.!?:«"“'
                or first in _FUNCTION_WORDS
            ):
                continue
            if first not in TIME_WORDS and first not in _COMPASS:
                return True
        return False

    def _remember(self, name: str, attribution: Attribution, paragraph: int, spoke: bool) -> None:
        person, gender = self._kind(name, attribution)
        if person is not None:
            self.kinds.setdefault(_fold(name), person)
        plural = bool(attribution.speaker_plural)
        if gender and person:
            self.genders[_fold(name.split()[-1])] = gender
        speaker = _Speaker(name, person, gender, plural, paragraph)
        self.previous = speaker
        if spoke:
            self.current = speaker
        if person and not plural:
            self.people.add(_fold(name.split()[-1]))
            words = name.split()
            if (
                len(words) >= 2
                and all(w[0].isupper() for w in words[-2:])
                and words[-2].lower() not in _TITLES
            ):
                surname = _fold(words[-1])
                known = self.full_names.get(surname, name)
                self.full_names[surname] = name if known == name else None
            if spoke:
                self.last_person = speaker

    def _person_for(self, pronoun: str, paragraph: int) -> _Speaker | None:
        """The latest person who spoke, if a personal pronoun can stand for them."""
        person = self.last_person
        if (
            pronoun not in _PERSON_PRONOUNS
            or pronoun == "lui"
            or person is None
            or paragraph - person.paragraph > 3
            or not self._agrees(person, pronoun)
        ):
            return None
        return person

    def _pronoun(
        self,
        attribution: Attribution,
        guess: str | None,
        paragraph: int,
        start: int,
        after_quote: bool = False,
    ) -> str | None:
        """A pronoun source continues the previous sentence's actor or the latest speaker,
        whichever agrees with it; else the attributor's own reading stands."""
        pronoun = (attribution.via_pronoun or "").lower()
        current = self.current
        if (
            after_quote
            and self.quoted
            and current is not None
            and current.name == self.quoted
            and current.person
            and self.previous is current
            and paragraph - current.paragraph <= 1
            and self._agrees(current, pronoun)
        ):
            # '« ... », a-t-il ajouté' right after a person's quote: that person goes on.
            return current.name
        if guess and self.language == "fr" and not attribution.speaker_place:
            # The parse has read the French pronoun against its own sentence and paragraph.
            person, gender = self._kind(guess, attribution)
            own = _Speaker(guess, person, gender, bool(attribution.speaker_plural), paragraph)
            known = {c.name for c in (self.previous, self.current) if c}
            if self._agrees(own, pronoun) and (person or guess in known):
                return guess
        for candidate in (self.previous, self.current):
            if candidate is None or paragraph - candidate.paragraph > 2:
                continue
            if self._agrees(candidate, pronoun):
                return candidate.name
        last = self._person_for(pronoun, paragraph)
        if last is not None:
            return last.name
        gender = _PERSON_PRONOUNS.get(pronoun)
        if gender and pronoun != "lui":
            # Nobody has spoken yet: the latest person the article named with that gender.
            # `named` is in text order: look back from the sentence, 600 characters at most.
            position = bisect_left(self.named, (start,))
            for at, name, named_gender in reversed(self.named[max(0, position - 20) : position]):
                if start - at >= 600:
                    break
                if named_gender == gender:
                    return name
        return guess

    def _agrees(self, candidate: _Speaker, pronoun: str) -> bool:
        if pronoun in _PLURAL_PRONOUNS:
            return candidate.plural or candidate.person is False
        if candidate.plural:
            return False
        if pronoun == "it":
            return candidate.person is False
        gender = _PERSON_PRONOUNS.get(pronoun)
        if self.language == "en" and candidate.person is False:
            return False
        if gender and candidate.gender and candidate.gender != gender and pronoun != "lui":
            return False
        return gender is not None

    def _role_name(self, speaker: str) -> str:
        """A role the article ties to a name anywhere ("le secrétaire d'Etat américain, John
        Kerry,"; "Doctor Fukuda, the agency's top flu expert") stands for that name."""
        words = speaker.split()
        if words and words[0][0].isupper():
            return titled_name(words) or speaker
        if not words:
            return speaker
        roles = [i for i, w in enumerate(words) if _singular(_bare(w)) in ROLE_NOUNS | GROUP_NOUNS]
        if not roles:
            return speaker
        named = words[roles[-1] + 1 :]
        if named and all(w[0].isupper() for w in named):
            return " ".join(named)  # "agency spokesman Tom Ellery": the name is given
        role = _bare(words[roles[-1]]).lower()
        if _singular(role) != role:
            return speaker  # "officials", "les enquêteurs": a group, no one name stands for it
        folded = self.text.lower().replace("’", "'")
        if len(folded) != len(self.text):
            return speaker
        for size in range(len(words), 1, -1):
            # The parse may have run the role on into the verb: try it word by word shorter,
            # never cutting inside a name ("porte-parole de Vladimir | Poutine") nor inside
            # the role's own complement ("président de la | République": the word after an
            # article or a preposition is the role's, no name set beside it)
            cut = words[size - 1], words[size] if size < len(words) else ""
            if (
                cut[0][:1].isupper()
                and cut[1][:1].isupper()
                or _bare(cut[0]) in _PREPOSITIONS | _DETERMINERS | {"les"}
            ):
                continue
            found = self._name_for(" ".join(words[:size]), folded)
            if found:
                return found
        if len(words) == 1:
            # "the minister": one word says which only when the article ties it to one name
            names = tied_names(self.text, folded, words[0], self._is_interviewer)
            if len(names) == 1:
                return names[0]
        return speaker

    def _name_for(self, role: str, folded: str) -> str | None:
        names = tied_names(self.text, folded, role, self._is_interviewer)
        return names[0] if names else None


# a description set after a name, up to its comma (", a London-based campaign group,")
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an|the|une?|la|le|l['’])\s*(?P<description>[^,.;:()\"“”«»]{1,80})[,.;)]"
)
# "X said in its report", "X published its": "its" agrees with the name (no noun between:
# "X said the company lost its" is the company's)
_ITS_AFTER = re.compile(r"\s+((?:[a-z]+\s+){1,3}?)its\b")
_REPORT_AFTER = re.compile(
    r"\s+said\s+(?:on\s+\w+\s+)?in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?report\b"
)
_IT_NEXT = re.compile(
    r"(?P<stretch>[^.!?]{0,200}?)[.!?][\"”’]?\s+It\s+(?:also\s+|has\s+|had\s+)?(?P<verb>[a-z]+)"
)
_DESCRIPTION_STOPS = {"of", "for", "at", "in", "on", "from", "with", "by", "de", "du", "des"}
_DESCRIPTION_STOPS |= {"d'", "d’", "à", "au", "aux", "pour", "chez", "who", "which", "qui"}


def _body_noun(word: str) -> bool:
    """A word for a body ("group", "ONG", "charity", "watch"), not for a person."""
    bare = _bare(word)
    single = _singular(bare)
    return (
        bool({bare, single} & (ORGANISATION_NOUNS | COMPANY_NOUNS | INSTITUTION_HEADS))
        and not person_noun(single)
        and single not in GROUP_NOUNS | {"source", "porte-parole", "official"}
    )


def _describes_body(description: str, language: str) -> bool:
    """ "a London-based campaign group", "une ONG basée à Londres": a word for a body heads
    the description (no word for a person before it: "a lawyer for the company"). In English
    a noun before another noun only qualifies it, and a possessive says whose: "a police
    spokesman", "the agency's director" are headed by the person's role, "a farmers' union"
    by the body."""
    words = description.split()
    if language == "en":
        words = [w for w in words if not w.lower().endswith(("'s", "’s", "s'", "s’"))]
    for at, word in enumerate(words):
        if word.lower() in _DESCRIPTION_STOPS:
            return False
        if person_noun(_singular(_bare(word))):
            return False
        if _body_noun(word) and not (language == "en" and _qualifies_a_person(words[at + 1 :])):
            return True
    return False


def _qualifies_a_person(after: list[str]) -> bool:
    """Do the words after an English word for a body go on to a word for a person in the
    same noun phrase ("police | union spokesman", "agency | official")? Then the body
    qualifies the person, who heads the phrase."""
    for word in after:
        if word.lower() in _DESCRIPTION_STOPS:
            return False
        if person_noun(_singular(_bare(word))):
            return True
        if not _body_noun(word):
            return False
    return False


def _its_agrees(after: str) -> bool:
    """ "X said in its report", "X published its": "its" right after the name's verb, with no
    determiner bringing in a noun it could stand for ("X said the company lost its")."""
    match = _ITS_AFTER.match(after)
    return bool(match and not set(match.group(1).split()) & _DETERMINERS)


def _taken_up_by_it(after: str) -> bool:
    """ "X said 200 activists were killed. It said ...": the next sentence's "It" speaks, and
    nothing a determiner brings in between could be what it stands for."""
    match = _IT_NEXT.match(after)
    return bool(
        match
        and is_reporting_en(match["verb"])
        and not set(match["stretch"].lower().split()) & (_DETERMINERS | {"this", "that", "its"})
    )


def titled_name(words: list[str]) -> str | None:
    """ "Far-right National Rally lawmaker Julien Ferrand", "Socialist parliamentary leader
    Helene Marchetti", "Transport Minister Jean-Marc Lecuyer": a title before a name describes
    the person, who speaks; the name is a first name and a surname at least, all capitalised,
    after the last word for one person (not "General Motors")."""
    titles = [
        i
        for i, w in enumerate(words)
        if (bare := _singular(_bare(w))) in ROLE_NOUNS
        or w.islower()
        and (bare in GROUP_NOUNS or person_noun(bare))
    ]
    if not titles:
        return None
    named = words[titles[-1] + 1 :]
    if len(named) < 2 or not all(w[:1].isupper() and w[1:2].islower() for w in named):
        return None
    return " ".join(named)


def tied_names(
    text: str, folded: str, role: str, excluded: Callable[[str], bool] = lambda _: False
) -> list[str]:
    """The names the article sets beside a role, anywhere in it, in reading order ("Health
    Minister Ann Lowe", "Ann Lowe, the minister"); `folded` is the text lower-cased."""
    if len(folded) != len(text):
        return []
    key = role.lower().replace("’", "'")
    names: list[str] = []
    start = folded.find(key)
    while start >= 0:
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start = folded.find(key, start + 1)
            continue
        after = _NAME_AFTER.match(text, start + len(key))
        before = _NAME_BEFORE.search(text[max(0, start - 80) : start])
        preceding = text[: max(0, start - 80) + before.start()].split() if before else []
        if after and not excluded(after["name"]):
            names.append(after["name"])
        elif (
            before
            and not excluded(before["name"])
            and _fold(before["name"]) not in TIME_WORDS  # "late on Friday, the mayor"
            and not (preceding and preceding[-1].lower() in _PREPOSITIONS)
        ):
            names.append(before["name"])
        start = folded.find(key, start + 1)
    return list(dict.fromkeys(names))


# "the statistics office", "the data protection authority", "the survey unit": a word for
# findings or documents that names what an institution deals in; the institution speaks
_INSTITUTION_AFTER = (
    r"(?:\s+[\w-]+)?\s+(?:office|bureau|agency|agencies|institute|authority|service|board"
    r"|department|ministry|commission|council|committee|unit|division|centre|center|team)\b"
)
# Findings and evidence are sources of information, not speakers (unless a capitalised name
# in them says whose: "les données de l'Insee", "figures from the Insurance Council")
_FINDINGS = re.compile(
    r"^(?:(?:les?|la|l['’]|des|une?|the|an?|initial|first|early|preliminary|latest|new|official"
    r"|provisional|premi[eè]re?s?|derni[eè]re?s?|nouvelles?|nouveaux|un|une)\s*)*"
    r"(?:éléments?|résultats?|constatations?|images?|données|indices|analyses?|chiffres"
    r"|estimations?|bilans?|relevés|calculs|prévisions|projections?|statistiques"
    r"|findings|results|images|data|evidence|footage|figures|estimates?|tallies|tally"
    r"|calculations|projections?|forecasts?|statistics)\b"
    rf"(?!{_INSTITUTION_AFTER})",
    re.IGNORECASE,
)


# words that qualify a document without saying whose it is
_QUALIFIERS = (
    r"the|a|an|its|their|new|latest|last|initial|preliminary|official|final|annual|weekly"
    r"|monthly|joint|press|news|first|second|provisional|updated|premiers?|premières?"
    r"|nouveaux|nouvelles?|nouvel|provisoires?|derniers?|dernières?"
)
_DOCUMENT_QUALIFIER = re.compile(_QUALIFIERS, re.IGNORECASE)
_DOCUMENT = re.compile(
    rf"^(?:(?:{_QUALIFIERS}|(?P<owner>[\w'’. -]+?)['’]s?)\s+)*(?P<document>[\w]+)\b"
    r"(?:\s+de\s+presse\b)?(?P<rest>.*)$",
    re.IGNORECASE,
)
_AUTHOR = re.compile(
    r"(?:\b(?:by|from|of|par|de|du|des)\s+|\bd['’])(?:(?:the|la|le|les)\s+|l['’])?"
    r"(?P<author>[^,]+)$",
    re.IGNORECASE,
)


# "Ifop poll", "an Ifop poll", "the Pew survey": a name before the document is its author
_NAMED_DOCUMENT = re.compile(
    r"^(?:(?:the|an?)\s+)?(?P<author>(?:[A-Z][\w&'’.-]*\s+){1,3})(?P<document>\w+)$"
)
# what only says when or that it was published: it does not tell which document
_PUBLISHED = re.compile(
    r"^(?:publiée?s?|parue?s?|diffusée?s?|rendue?s?|datée?s?|published|released|issued|dated"
    r"|public|on|le|du|en|in|last|this|ce|cette|dernière?s?|\d+)$",
    re.IGNORECASE,
)
# a set of figures or findings informs; unlike a document, it is no source on its own
_FINDING_NOUNS = {"chiffres", "chiffre", "données", "statistiques", "bilan", "résultats"}
_FINDING_NOUNS |= {"relevé", "figures", "data", "statistics", "results", "findings", "tally"}
_FINDING_NOUNS |= {"tallies", "count", "estimate", "estimates", "décompte", "estimation"}
_FINDING_NOUNS |= {"estimations"}
_DAYS = "|".join(
    sorted({day for names in WEEKDAYS.values() for day in names} | {"today", "yesterday", "hier"})
)
# what says when or how a document came out, after its author: "a tally from the Iris
# federation released on Thursday", "un bilan de la fédération publié jeudi", "figures by the
# ministry on Monday"
_RELEASED = re.compile(
    r"\s+(?:released|published|issued|compiled|dated|posted|updated|publiée?s?|diffusée?s?"
    rf"|rendue?s?|parue?s?|communiquée?s?|actualisée?s?|(?:(?:on|last|this|ce)\s+)?(?:{_DAYS}))"
    r"\b.*$",
    re.IGNORECASE,
)


def _document_noun(word: str) -> bool:
    """ "report", "reports", "documents", "figures": a word for what carries someone's words."""
    bare = _bare(word)
    return bare in DOCUMENT_NOUNS or _singular(bare) in DOCUMENT_NOUNS


def _identified(words: list[str]) -> bool:
    """Do these words, around a document noun, say which document it is ("annexé au projet
    de loi", "budgétaires", "budget"), not only when it was published ("publié mercredi")?"""
    return any(
        len(w) > 3
        and not _PUBLISHED.match(w)
        and _fold(w) not in TIME_WORDS
        and w.lower() not in _FUNCTION_WORDS
        for w in words
    )


def document_author(speaker: str) -> str | None:
    """A document or a set of figures speaks for its author ("Figures released by the labour
    ministry" -> "labour ministry", "the agency's report" -> "agency", "sondage Ifop", "an
    Ifop poll" -> "Ifop"); a document the words identify without an author is the source as
    written ("rapport annexé au projet de loi", "budget documents", "documents
    budgétaires"), as a fact-checker cites it; without either, nobody speaks ("The report",
    "un communiqué publié mercredi", "les chiffres du chômage": a topic, not an author).
    Anything else is returned as it is."""
    named = _NAMED_DOCUMENT.match(speaker)
    if (
        named
        and named["document"].islower()  # "the United States Geological Survey": a name
        and _document_noun(named["document"])
        and not names_media(speaker)
    ):
        author = named["author"].strip()
        if not any(
            _fold(w) in TIME_WORDS or _DOCUMENT_QUALIFIER.fullmatch(w) for w in author.split()
        ):
            return author  # not "Official figures", "Media reports", "The report"
    words = speaker.split()
    if (
        len(words) >= 2
        and _document_noun(words[-1])
        and words[-1].lower() not in _FINDING_NOUNS
        and all(w.islower() and not w.endswith(("'s", "’s")) for w in words)
        and _identified(words[:-1])
    ):
        return speaker  # "budget documents": the document is the source
    match = _DOCUMENT.match(speaker)
    if match is None or not _document_noun(match["document"]):
        return speaker
    if re.match(_INSTITUTION_AFTER, match["rest"], re.IGNORECASE):
        return speaker  # "statistics office": an institution, not its statistics
    author = _AUTHOR.search(match["rest"])
    between = match["rest"][: author.start()].split() if author else []
    if (
        len(between) > 1
        and not all(_PUBLISHED.match(w) or _fold(w) in TIME_WORDS for w in between)
        or between
        and between[0].lower() in ACCESS_VERBS
    ):
        # "annexé au projet de loi": "de loi" completes another noun; "documents seen by
        # Reuters": who saw a document did not write it ("published on Tuesday by the
        # agency" only says when it came out)
        author = None
    if author:
        # an institution or a person, not a topic ("les chiffres du chômage"), without what
        # says when its document came out ("the Iris federation released on Thursday")
        written = _RELEASED.sub("", author["author"]).strip()
        words = written.split()
        if any(w[0].isupper() for w in words) or any(
            _singular(_bare(w)) in ORGANISATION_NOUNS | ROLE_NOUNS | GROUP_NOUNS for w in words
        ):
            return written
        return None
    if match["owner"]:
        return re.sub(r"^(?:the|a|an)\s+", "", match["owner"].strip(), flags=re.IGNORECASE)
    rest = match["rest"].split()
    if rest and rest[0][:1].isupper() and _fold(rest[0]) not in TIME_WORDS:
        return rest[0]  # "sondage Ifop publié dimanche": the name after it is its author
    document = match["document"].lower()
    if document not in _FINDING_NOUNS and _identified(rest):
        return speaker  # "rapport annexé au projet de loi": the document is the source
    return None


# "the rest said", "the latter said": a word standing for others, not a source of its own
_STAND_INS = {"rest", "other", "others", "latter", "former", "same", "first", "second", "last"}
_STAND_INS |= {"majority", "minority", "remainder", "one", "ones", "two", "three", "both"}
# the head is a common noun; a place or a name may qualify it ("the Ardèche prefecture", "the
# Hydro-Sud operator", "the European Union's food safety alert system"): still the common noun
# speaking, not a name the reader would know
# a possessive determiner makes it as definite ("his brigade said", "their union said")
_DEFINITE_COMMON = re.compile(
    r"^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+((?:[^\W\d_][\w'’-]*\s+){0,5}[a-z][a-z-]+)$"
)
# words of a clause, not of a noun phrase ("the people who were there")
_CLAUSE_WORDS = {"who", "which", "that", "whose", "where", "was", "were", "is", "are", "has"}
_CLAUSE_WORDS |= {"have", "had", "said", "says", "will", "would", "not", "to", "by", "with"}


def person_noun(word: str) -> bool:
    """Is this common noun a word for one person ("official", "driver", "spokeswoman")?"""
    bare = _bare(word)
    return bare in ROLE_NOUNS | PROFESSION_NOUNS | PERSON_NOUNS or bare.endswith(
        ("man", "woman", "person", "ist")
    )


# an agent noun in the plural, people doing something ("strikers", "prosecutors", "politicians")
_AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ians)$")


def people_group(phrase: str) -> bool:
    """Does a bare plural name people ("Strikers", "Striking nurses", "Hospital workers",
    "Unions")? A word for a person or a body in the plural, or an agent noun: a group the
    story speaks of, as "the strikers" and French "les grévistes" are; not a document, a
    finding or a stand-in ("Figures", "Reports", "Others"). Up to two words qualify it, all
    lower-case but the first, which may open the sentence."""
    words = phrase.split()
    if not words or len(words) > 3 or not all(re.fullmatch(r"[A-Za-z][a-z-]*", w) for w in words):
        return False
    head = words[-1].lower()
    single = _singular(head)
    if single == head or _document_noun(head) or head in _FINDING_NOUNS | _STAND_INS:
        return False
    return bool(
        head in GROUP_NOUNS
        or person_noun(single)
        or single in ORGANISATION_NOUNS | COMPANY_NOUNS
        or _AGENT_PLURAL.search(head)
    )


def definite_source(phrase: str) -> bool | None:
    """ "The regulator said", "..., the inspectorate said in a statement", "..., his brigade
    said": a common noun after "the" or a possessive that a reporting verb makes speak is one
    the story's reader knows, whatever word it is; it speaks. Returns whether it is a person
    (a word for one, "the driver"; else, unnamed and definite, an institution: "the
    coastguard"), or None when the phrase is no such noun (a document or a finding, which
    speak for their author; a stand-in, "the latter")."""
    match = _DEFINITE_COMMON.match(phrase.strip())
    if match is None:
        return None
    words = match.group(1).split()
    if len(words) >= 3 and words[-2] == "of" and words[-1].islower():
        # "the chamber of commerce", "the department of agriculture": a bare noun after "of"
        # completes the name; the noun before it heads the phrase
        words = words[:-2]
    head = words[-1]
    if (
        _singular(head) in DOCUMENT_NOUNS
        or head in DOCUMENT_NOUNS
        or head in _STAND_INS
        or _FINDINGS.search(head)
        or _fold(head) in TIME_WORDS
        or any(w in _FUNCTION_WORDS | _CLAUSE_WORDS for w in words)
    ):
        return None
    plural = head.endswith("s") and not head.endswith("ss")
    return person_noun(head) and not plural


_ACRONYM = re.compile(r"\([A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,9}\)")
"""A name's acronym in brackets: "(IPMA)", "(Insee)"."""


def plausible_speaker(speaker: str, language: str) -> bool:
    """A person, an organisation or a group as the article names them: not a bare place
    ("Middle East"), not a piece of clause ("figures provided by", "n'")."""
    words = speaker.split()
    if not words or not any(len(re.sub(r"\W", "", w)) >= 2 for w in words):
        return False
    if len(words) > 8 and not (
        # an institution's name glossed by its acronym in brackets: its joining words do not
        # count ("Institut national de la statistique et des études économiques (Insee)")
        _ACRONYM.fullmatch(words[-1])
        and len([w for w in words[:-1] if _fold(w) not in _FUNCTION_WORDS]) <= 8
    ):
        return False  # a clause, not a name
    if all(w.lower() in _COMPASS for w in words):
        return False
    if len(words) == 1 and _fold(words[0]) in TIME_WORDS:
        return False
    if re.search(r"['’]s$", words[-1]):
        return False  # "Benin's", "Gabon's": a possessive names whose, not who
    if _FINDINGS.search(speaker) and not re.search(r"(?:^|[\s'’])[A-ZÀ-Ý]", speaker):
        return False  # "les premiers éléments de l'enquête": a finding informs, nobody speaks
    if language != "en":
        return True
    if names_media(speaker):
        return True  # "Media reports", "state television": the press speaks
    if any(_document_noun(w) and _bare(w) not in _FINDING_NOUNS for w in (words[0], words[-1])):
        return True  # "budget documents", "report attached to the bill": a document
    if words[-1][0].isupper():
        return sum(1 for w in words if w[0].islower() and w not in _FUNCTION_WORDS) <= 4
    if len(words) >= 3 and words[-2] == "of":
        words = words[:-2]  # "army chief of staff", "chamber of commerce": the noun before heads
    return _bare(words[-1]) in GROUP_NOUNS or _singular(_bare(words[-1])) in (
        ROLE_NOUNS | ORGANISATION_NOUNS | GROUP_NOUNS | COMPANY_NOUNS
    )


_MEDIA_PHRASE = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}?(?:media|press|newspapers?|tabloids|broadcasters|television|tv)"
    r"(?:\s+(?:reports?|outlets))?$",
    re.IGNORECASE,
)
_NOT_IN_MEDIA_NAME = {"was", "were", "is", "are", "been", "on", "in", "by", "at", "to", "had"}


def names_media(phrase: str) -> bool:
    """Does the phrase name the press as its source ("Media reports", "Local media", "state
    television", "Turkish media reports"), not a clause that mentions it ("was read on
    television")?"""
    return bool(_MEDIA_PHRASE.match(phrase.strip())) and not (
        {w.lower() for w in phrase.split()} & _NOT_IN_MEDIA_NAME
    )


_JOINING_WORDS = frozenset(
    "sans without for of and et pour contre against sur on in the les aux".split()
)
"""Words that join the parts of an institution's name ("Médecins sans frontières", "Doctors
Without Borders", "Friends of the Earth"); a person's name has particles ("de", "van", "dos",
"al"), never these."""


def _name_at_end(words: list[str]) -> list[str]:
    """The capitalised name closing a phrase, with the joining words inside it ("the charity
    Medecins Sans Frontieres", "campaigners at Human Rights Watch")."""
    start = len(words)
    while start > 0 and (
        words[start - 1][:1].isupper() or words[start - 1].lower() in _JOINING_WORDS
    ):
        start -= 1
    while start < len(words) and not words[start][:1].isupper():
        start += 1
    return words[start:]


_ADJECTIVE_ENDING = re.compile(
    r"(?:ique|ale|al|aux|elle|el|ienne|ien|aise|ais|oise|ois|ive|if|aire|ée|é|ère|er|eure"
    r"|eur)s?$"
)
"""French adjective endings ("publique", "nationale", "régional", "française", "sanitaire")."""


def _common_word_inside(words: list[str]) -> bool:
    """A capitalised name holding, after its first capitalised word, a lower-case adjective
    and closing on one capitalised word ("Santé publique France", "Sante publique France")
    names an institution: the French way of naming one, a person's name holding capitalised
    words and particles only. Not "Kremlin aide Ushakov" (a role before the name: a noun)."""
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    if len(capitals) < 2 or len(_name_at_end(words)) != 1 or capitals[-1] != len(words) - 1:
        return False
    inside = words[capitals[0] + 1 : capitals[-1]]
    return (
        bool(inside)
        and not any(w.endswith(",") for w in words[capitals[0] : capitals[-1]])
        and inside[0][:1].islower()
        and all(
            w[:1].islower() and (_ADJECTIVE_ENDING.search(w) or w in _JOINING_WORDS | {"de", "d'"})
            for w in inside
        )
    )


def _joined_name(words: list[str]) -> bool:
    """A capitalised name with a joining word inside it names an institution, not a person."""
    return (
        len(words) >= 3
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and any(w.lower() in _JOINING_WORDS for w in words[1:-1])
    )


def _described_company(words: list[str]) -> bool:
    """A word for a kind of business right before the name ("Budget airline SkyLark Air",
    "le constructeur de camping-cars Rivéa", "drugmaker Novo Nordisk"): an organisation."""
    named = _name_at_end(words)
    if named and len(named) == len(words) > 1:
        named = named[1:]  # "Drugmaker Halvex Pharma" opening the sentence
    if not named or len(named) == len(words):
        return False
    described = [_bare(w) for w in words[: len(words) - len(named)]]
    return any(
        _singular(w) in COMPANY_NOUNS or w.endswith("maker") for w in described[-3:]
    ) and not any(_singular(w) in ROLE_NOUNS | PROFESSION_NOUNS for w in described[-3:])


def _one_named_person(words: list[str]) -> bool:
    """A role or trade held by one person: followed by their name ("IMF chief economist
    Raghuram Rajan", "Doctor Fukuda") or heading the phrase ("avocat de X", "spokesman for
    the ministry")."""
    bare = [re.sub(r"^[ld]['’](?=\w)", "", _bare(w)) for w in words]
    for index, word in enumerate(bare):
        if word not in _ONE_PERSON_NOUNS:
            continue
        after = words[index + 1 :]
        if after and all(w[:1].isupper() for w in after):
            return True
        heads = index == 0 or (index == 1 and bare[0] in _DETERMINERS)
        if heads and len(bare) > index + 1 and bare[index + 1] in _PREPOSITIONS | {"for"}:
            return True
    return False


def _named_with_article(words: list[str]) -> bool:
    """A proper name behind a definite article: people's names do not take one, places and
    institutions do ("the White House", "le Kremlin", "L'Elysée")."""
    if not words:
        return False
    first = _fold(words[0])
    if first.startswith("l'") and len(first) > 2:
        rest = [words[0][2:], *words[1:]]
    elif first in {"the", "le", "la", "les", "l'"} and len(words) >= 2:
        rest = words[1:]
    else:
        return False
    named = [w for w in rest if w.lower() not in _FUNCTION_WORDS]
    return (
        bool(named)
        and all(w[:1].isupper() for w in named)
        and not any(w.lower() in _TITLES for w in named)
    )


def _bare(word: str) -> str:
    """A word without its possessive and punctuation: "agency's" -> "agency"."""
    word = word.lower().strip(".,;:")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
