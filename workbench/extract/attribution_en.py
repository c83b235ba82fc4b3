"""Who says or does what in an English sentence, by rules over the words (no parser needed).

No official English spaCy model is on PyPI, so English works out of the box with these rules:
"according to X", "X said/says/reported/told...", "X, a spokesman, said", "he said" after a
quote, and the subject of the sentence when it is a named actor.
"""

from __future__ import annotations

import re

from workbench.extract.attribution_fr import Attribution
from workbench.extract.discourse import Discourse, Mention
from workbench.extract.frames_en import PARTICIPLE_ASIDE, end_frame, middle_frame, named_subject
from workbench.extract.lexicon import (
    ACCESS_VERBS,
    COMPANY_NOUNS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    MEDIA_WORDS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
    english_lemma,
    is_reporting_en,
    speaks_en,
)
from workbench.extract.quotes import inside
from workbench.extract.speakers import (
    definite_source,
    names_media,
    people_group,
    person_noun,
    plausible_speaker,
    tied_names,
)

_WORD = re.compile(r"[A-Za-z][\w'’.-]*[\w]|[A-Za-z]")
_AUXILIARIES = re.compile(
    r"(?:\s+(?:had|has|have|was|were|is|are|will|would|did|does|do|also|previously|reportedly|"
    r"not|already|further|then|later|again|repeatedly|publicly|recently|earlier|has been|"
    r"have been|had been|could|can|may|might|should|must|once|first|officially))+\s*$",
    re.IGNORECASE,
)
_TIME_TAIL = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?)+\s*$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(
    r"[,;:()«»“”\"]|\b(?:that|and|but|while|whereas|although|though|because|which|who|as"
    r"|after|before|when|if|where|since|until|unless)\b",
    re.IGNORECASE,
)
_NOT_VERB_BEFORE = {
    "the",
    "a",
    "an",
    "earlier",
    "latest",
    "his",
    "her",
    "its",
    "their",
    "new",
    "initial",
    "these",
    "those",
    "this",
    "first",
    "recent",
    "early",
    "media",
    "press",
    "news",
    "in",
    "of",
    "from",
    "to",
    "by",
    "for",
    "on",
}
_NAME_BEFORE_APPOSITION = re.compile(
    r"(?:^|[;:]\s*)\s*((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}),$"
)
# "Officials in Kano, the state capital, said": the subject before a described apposition
_SUBJECT_BEFORE_DESCRIPTION = re.compile(
    r"^\s*((?:[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,6}),\s*(?:a|an|the)\s+[^,]{2,60}$"
)
_RELATIVE_TAIL = re.compile(r",\s*(?:who|whose)\b[^,;\"“”()]{2,120},\s*$")
_PARTICIPLE_TAIL = re.compile(PARTICIPLE_ASIDE)
_BARE_NAME = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")
"""One capitalised word, a surname as written alone ("Marsh", "O'Neill", "Smith-Jones")."""
_OPENING_ADVERBIALS = {"during", "since", "until", "under", "despite", "following", "within"}
_OPENING_ADVERBIALS |= {"last", "earlier", "later", "meanwhile", "however", "yesterday", "today"}
_PAST = re.compile(r"(?:ed|^said|^told|^wrote)$", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")
_GOVERNING = {
    "to",
    "with",
    "in",
    "of",
    "for",
    "by",
    "from",
    "at",
    "on",
    "into",
    "about",
    "against",
    "told",
    "and",
    "or",
    "than",
    "like",
    "over",
    "across",
    "after",
    "before",
}
# "released a statement saying": the document's issuer, the clause's subject, speaks
_DOCUMENTS = {"statement", "statements", "communique", "release", "letter", "message"}
_DOCUMENTS |= {"declaration", "report", "announcement", "tweet", "post", "note"}
# "management put turnout at around 45 percent", "Police put the death toll at 12": putting a
# quantity at a figure is an estimate, a reporting frame like "estimated" (not "put 500 people
# at risk", "put the meeting at 3 p.m.")
_PUTS_AT_FIGURE = (
    r"put(?:s|ting)?(?=\s+(?:[\w'’%-]+\s+){1,6}?at\s+(?:(?:around|about|roughly|some|nearly"
    r"|almost|just|over|under|least|more|less|than|an|estimated|between)\s+)*(?:[$€£]\s?)?"
    r"(?:\d(?![\d:.]*\s*(?:[ap]\.?m\b|o['’]clock|GMT|UTC))|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?"
    r"|millions?|billions?|dozens?|several|a\s+few)\b))"
)
_PUTS_FIGURE = re.compile(rf"\b{_PUTS_AT_FIGURE}", re.IGNORECASE)
# "X said A, and Francis says B", "..., but police said B", "..., but the army chief of staff
# said B": a second clause with its own source, a name or a common noun that speaks
_LATER_SOURCE = re.compile(
    r"(?:,\s*|\s+)(?:and|but)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|(?:the\s+)?[a-z][\w'’-]*(?:\s+(?:of\s+)?[a-z][\w'’-]*){0,4})\s+"
    rf"(?:says|said|told|added|argues|argued|believes|believed|thinks|warned|warns|{_PUTS_AT_FIGURE})"
    r"\b"
)


def _later_source(match: re.Match[str]) -> bool:
    """A later clause's subject that names a source: a name, or a common noun that speaks
    ("police", "officials", "the army chief of staff"), not "and then said", "but it said",
    nor the end of a name joined by "and" ("The Food and Drug Safety Board said")."""
    name = match["name"]
    before = match.string[: match.start()].split()
    if not match.group(0).startswith(",") and (not before or before[-1][:1].isupper()):
        return False
    if name[0].isupper():
        return True
    if definite_source(name) is not None:
        return True
    head = name.split()[-1]
    return not name.startswith("the ") and (
        head in GROUP_NOUNS or _singular(head) in ROLE_NOUNS | ORGANISATION_NOUNS
    )


# "Figures from the Insurance Council of Australia show": an organisation's name goes on over
# "of"/"for"/"and" + a capitalised word
_SOURCE_INSIDE = re.compile(
    r"\b(?:from|by)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?"
    r"[A-Z][\w'’.-]*)*)"
)
# "Residents interviewed by the paper said": the interviewer is not the one who speaks
_INTERVIEWED_BY = re.compile(
    r"^(?P<subject>.+?)\s+(?:interviewed|questioned|polled|surveyed|contacted|reached|asked|"
    r"quoted|cited|approached)\s+by\b",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|is (?:due|set|scheduled|expected) to|next)\b", re.IGNORECASE
)
_PERSON = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+(?:dos|da|de|van|von|al|bin)?\s*[A-Z][a-z'’]+)+"
)


def _singular(word: str) -> str:
    lower = word.lower()
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def _strip_determiners(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in DETERMINERS | {"both"} - {"both"}:
        words = words[1:]
    return " ".join(words).strip(" ,.'’")


def _named_after_title(phrase: str) -> str | None:
    """The name in "Fed Chair Jerome Powell": the capitalised words after the last role word."""
    words = phrase.split()
    roles = [i for i, w in enumerate(words) if w.lower() in ROLE_NOUNS]
    if not roles or roles[-1] >= len(words) - 1:
        return None
    rest = words[roles[-1] + 1 :]
    if len(rest) >= 2 and all(w[0].isupper() for w in rest):
        return " ".join(rest)
    return None


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")


def _inside_name(prefix: str, boundary: re.Match[str]) -> bool:
    """ "The Ethics and Anti-Corruption Commission said": an "and" between capitalised words
    that run on to an institution's noun is part of its name, not a break between clauses."""
    if boundary.group(0).lower() != "and":
        return False
    after = _CAPITALISED_AFTER.match(prefix, boundary.end())
    return bool(
        _CAPITALISED_BEFORE.search(prefix, 0, boundary.start())
        and after
        and _singular(prefix.split()[-1].lower()) in ORGANISATION_NOUNS
    )


_THE_OPENING = re.compile(r"\s*[Tt]he\s+((?:[a-z][\w'’-]*\s+){1,4})")


def _described_role(clause: str) -> str | None:
    """The role a definite description opening the clause names ("The country's president",
    "The interior minister"): its words up to the role noun, the verb after it."""
    opening = _THE_OPENING.match(clause)
    if opening is None:
        return None
    words = opening.group(1).split()
    for index, word in enumerate(words[:3]):
        if _singular(word) in ROLE_NOUNS and _singular(word) == word.lower():
            return " ".join(words[: index + 1]) if index + 1 < len(words) else None
    return None


# a subordinate clause of contrast or concession set after the main one: "A, while X said
# B", "A, whereas X argues B", "A, although X said B"
_SUBORDINATE_OPENER = re.compile(
    r",\s+(?:while|whereas|although|though|even though)\s+(?=\S)", re.IGNORECASE
)


_RELATIVES = {"which", "who", "whom", "whose", "where"}


def _relative_opener(text: str, verb: int, quotes: list[tuple[int, int]]) -> int | None:
    """Where the relative clause holding the verb at `verb` begins, if the verb has a named
    subject of its own there (", which unions rejected", ", where officials said"): that
    subject speaks for the relative clause, never for the main one it hangs on."""
    prefix = text[:verb]
    breaks = [
        m
        for m in _BOUNDARY.finditer(prefix)
        if not inside(m.start(), quotes) and not _inside_name(prefix, m)
    ]
    if not breaks or breaks[-1].group(0).lower() not in _RELATIVES:
        return None
    subject = _AUXILIARIES.sub("", prefix[breaks[-1].end() :].rstrip()).strip()
    if not subject or subject.lower() in SUBJECT_PRONOUNS:
        # "which said": the antecedent is the subject; "which it said": a pronoun, most often
        # the main clause's own subject, is resolved as the main clause's source
        return None
    return breaks[-1].start()


# a subordinate clause of time, cause or condition: "A, days after the weekly X revealed B",
# "A because the agency announced B", "When the minister announced B, A"
_ADVERBIAL_OPENER = re.compile(
    r"\b(?:after|before|when|whenever|because|since|until|unless|if)\s+(?=\S)", re.IGNORECASE
)


def _adverbial_opener(text: str, verb: int, quotes: list[tuple[int, int]]) -> int | None:
    """Where the subordinate clause of time, cause or condition holding the verb at `verb`
    begins, if the verb's subject opens it ("days after the weekly X revealed the
    investigation"): what its subject says or reveals is no source of the main clause."""
    found = None
    for match in _ADVERBIAL_OPENER.finditer(text, 0, verb):
        if not inside(match.start(), quotes):
            found = match
    if found is None:
        return None
    between = text[found.end() : verb]
    if _BOUNDARY.search(between) or len(between.split()) > 8:
        return None  # "after the talks, the union said": the verb's subject is past a comma
    return found.start()


def _subordinate_opener(text: str, verb: int, quotes: list[tuple[int, int]]) -> int | None:
    """Where the subordinate clause holding the verb at `verb` begins (its subject's first
    word), if the verb stands in one set after the main clause."""
    found = None
    for match in _SUBORDINATE_OPENER.finditer(text, 0, verb):
        if not inside(match.start(), quotes):
            found = match.end()
    return found


# "the OFCE think tank,", "a report card.": an article, up to three words of a name or an
# adjective, the bare word, a noun, then the phrase ends
_NOUN_MODIFIER = re.compile(
    r"\b(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*['’]s)\s+(?:[\w'’.-]+\s+){0,3}$"
)
_PHRASE_END = re.compile(
    r"\s+[a-z][a-z-]+(?:\s*[,.;:)]|\s+(?:said|says|told|tells|in|at|of|for|based)\b|\s*$)"
)


def _modifies_noun(text: str, verb: re.Match[str]) -> bool:
    """ "an economist at the OFCE think tank, said": a reporting word in its bare form inside
    a phrase opened by an article, a noun after it ending the phrase, is a noun modifier
    ("think tank", "report card"), not the verb; a finite verb agrees with a singular subject
    ("thinks") and no phrase ends on its object this way."""
    word = verb.group(0)
    if english_lemma(word) != word.lower():
        return False  # "said", "thinks": inflected, a verb
    before = text[max(0, verb.start() - 80) : verb.start()]
    if re.search(r"(?<!s)s\s+$", before):
        return False  # "the analysts think growth in Asia": a plural subject and its verb
    if not _NOUN_MODIFIER.search(before) or re.search(
        r"\b(?:to|will|would|can|could|may|might|must|should|do|did|does|not)\s+$",
        before,
        re.IGNORECASE,
    ):
        return False
    return bool(_PHRASE_END.match(text, verb.end()))


# "National statistics agency INSEE expects", "Budget airline SkyLark Air plans", "Local
# farmer Jean Morel lost": a description (a capitalised first word, lower-case words ending
# in a noun) then a name, the sentence's subject, then its verb
_DESCRIBED_NAME = re.compile(
    r"\s*(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+[a-z]"
)


# "president Boni Yayi has been confirmed as the winner": what is done to the subject, no act
_PASSIVE = re.compile(
    r"\s+(?:(?:has|have|had|will|would)\s+(?:not\s+)?be(?:en)?|was|were|is|are)\s+"
    r"(?:(?:also|not|now)\s+)?(?:[a-z]+ed|[a-z]+en|made|held|hit|put|set|cut|told|found|kept)\b"
)


def _progressive(text: str, verb: re.Match[str]) -> bool:
    """ "Strikers are demanding a 5% raise", "the union is calling for": after a form of "be",
    a reporting verb in "-ing" with its complement after it is the present progressive, its
    subject the source; "are reported to", "is said to" are passives that name nobody, and
    an "-ing" word ending its clause ("the job is demanding.") is an adjective."""
    return verb.group(0).lower().endswith("ing") and bool(
        re.match(r"\s+[\w$€£\"“'‘]", text[verb.end() :])
    )


# what a document or a set of figures does as much as people ("Records show", "Numbers
# suggest"): a bare plural before it is no group that speaks
_THING_VERBS = {"show", "indicate", "suggest", "reveal", "confirm", "report", "estimate"}
_THING_VERBS |= {"forecast", "project", "predict", "describe", "note", "publish", "post"}
_THING_VERBS |= {"register", "write", "state"}


def _says(text: str, subject_end: int) -> bool:
    """Is the verb after the subject ending at `subject_end` one of saying ("Matonga
    countered", "has reiterated", "Nigerian president X has appealed")? The subject may run
    on past where it was cut (a role, a name): the first three lower-case words after it,
    auxiliaries and adverbs aside, are looked at."""
    seen = 0
    for word in _WORD.finditer(text, subject_end):
        lower = word.group(0).lower()
        if word.group(0)[0].isupper() or lower in _VERB_LEAD_INS:
            continue
        if speaks_en(lower):
            return True
        seen += 1
        if seen == 3:
            break
    return False


_VERB_LEAD_INS = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "also"}
_VERB_LEAD_INS |= {"then", "later", "again", "once", "already", "never", "not", "has", "did"}


def _kind_noun(noun: str) -> bool | None:
    """Whether the noun before a name says a person (True: "farmer", "lawmaker") or a body
    (False: "agency", "airline"); None when it says neither."""
    word = _singular(noun)
    if word in ROLE_NOUNS or word in GROUP_NOUNS or person_noun(word):
        return True
    if word in ORGANISATION_NOUNS or word in COMPANY_NOUNS:
        return False
    return None


class EnglishAttributor:
    """Attributes the sentences of one English article in reading order."""

    def __init__(self, article: str) -> None:
        self.discourse = Discourse()
        self._text = article
        self._folded = article.lower().replace("’", "'")
        self._proper = {m.group(0) for m in re.finditer(r"(?<=[a-z,;] )[A-Z][\w'’-]+", article)}
        self._people: set[str] = set()

    def attribute(
        self, text: str, quotes: list[tuple[int, int]], sentence: int, paragraph: int
    ) -> Attribution:
        result = Attribution(future=bool(_FUTURE.search(text)))
        self._pronoun: str | None = None
        self._common: bool | None = None
        for person in _PERSON.finditer(text):
            if not inside(person.start(), quotes) and person.start() > 0:
                name = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", person.group(0))
                if not any(w.lower() in ORGANISATION_NOUNS for w in name.split()):
                    self._people.add(name)
                    self.discourse.add(Mention(name, sentence, paragraph, False))

        according = _ACCORDING.search(text)
        if according and not inside(according.start(), quotes):
            tail = text[according.end() :]
            # "according to X the ..." ends X; "a statement from the port authority", "the
            # report attached to the bill" do not: an article after a preposition goes on
            cut = re.search(
                r"[,(;:]|(?<!\bfrom)(?<!\bof)(?<!\bby)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bfor)"
                r"(?<!\bwith)(?<!\bat)\s+(?:a|an|the)\s+[a-z]",
                tail,
            )
            written = (tail[: cut.start()] if cut else tail[:60]).strip(" .!?")
            phrase = _strip_determiners(written)
            if phrase:
                result.speaker, result.reported = phrase, True
                # "according to the prefecture": a definite common noun is a source as much
                # as after "the prefecture said", whether the lexicon lists it or not
                common = definite_source(written)
                if common is not None and not plausible_speaker(phrase, "en"):
                    result.common, result.speaker_person = True, common

        if result.speaker is None:
            frame = end_frame(text, quotes)
            common = definite_source(frame.subject) if frame and frame.subject else None
            if (
                frame is not None
                and frame.speaker
                and (common is not None or plausible_speaker(frame.speaker, "en"))
            ):
                # "..., said the culture secretary, Jane Doe.": the closing frame names the
                # sentence's own source, whoever spoke before.
                result.speaker, result.reported, result.framed = frame.speaker, True, True
                if common is not None and frame.speaker == _strip_determiners(frame.subject or ""):
                    result.common, result.speaker_person = True, common

        later = [
            m
            for m in _LATER_SOURCE.finditer(text)
            if not inside(m.start(), quotes) and _later_source(m)
        ]
        main_found = result.speaker is not None
        if not main_found or _SUBORDINATE_OPENER.search(text):
            for match in _WORD.finditer(text):
                word = match.group(0)
                if (
                    inside(match.start(), quotes)
                    or word[0].isupper()
                    or not (is_reporting_en(word) or _PUTS_FIGURE.match(text, match.start()))
                ):
                    continue
                if any(m.start("name") < match.start() < m.end() for m in later):
                    continue  # "..., but police said B": B's source, not the clause before
                relative = _relative_opener(text, match.start(), quotes)
                if relative is not None:
                    # ", which unions rejected as insufficient": the relative's subject speaks
                    # for the relative clause only (when it stands as a claim of its own)
                    speaker = self._subject_before(text, match.start(), quotes, sentence, paragraph)
                    if speaker and (self._common is not None or plausible_speaker(speaker, "en")):
                        result.later = [*(result.later or []), (relative, speaker)]
                    continue
                opener = _subordinate_opener(text, match.start(), quotes)
                adverbial = _adverbial_opener(text, match.start(), quotes)
                if adverbial is not None and (opener is None or adverbial > opener):
                    if not text[:adverbial].strip():
                        # "When the minister announced the cuts, unions protested": a
                        # subordinate opening the sentence is no source of the main clause
                        continue
                    opener = adverbial
                if main_found and opener is None:
                    continue  # the main clause's source is known: only a later clause's now
                before = text[: match.start()].rstrip()
                previous = before.split()[-1].lower() if before.split() else ""
                if not before or (
                    previous in _NOT_VERB_BEFORE
                    # "media reports said": a noun; "local media reported": its verb
                    and not (previous in MEDIA_WORDS and _PAST.search(word))
                ):
                    continue
                if _modifies_noun(text, match):
                    continue  # "an economist at the OFCE think tank, said": no verb
                if previous in ("is", "are", "was", "were", "been", "be") and not _progressive(
                    text, match
                ):
                    result.reported = True  # "are reported to": a source, unnamed
                    continue
                if word.lower().endswith("ing") and (
                    before.endswith(",")
                    or (_TIME_TAIL.sub("", before).split() or [""])[-1].lower() in _DOCUMENTS
                ):
                    # ", saying ...", "released a statement saying": the participle's subject
                    # is the main clause's.
                    speaker = self._lead_subject(before, quotes)
                elif previous in ("and", "but") or (
                    previous in ("also", "then", "later")
                    and (before.split()[-2:-1] or [""])[0].lower() in ("and", "but")
                ):
                    # "Mayor Tom Reyes closed 12 schools and said ...": the coordinated verb's
                    # subject is the clause's
                    first = self._lead_subject(before, quotes)
                    speaker = first and (_named_after_title(first) or first)
                    role = None if first else _described_role(before)
                    if role:
                        # "The country's president visited X and promised that B": the role
                        # speaks for what it promised; the visit is the writer's narration
                        result.later = [*(result.later or []), (match.start(), role)]
                        continue
                else:
                    speaker = self._subject_before(text, match.start(), quotes, sentence, paragraph)
                if speaker and opener is not None:
                    # "A, while several mayors criticised B": the verb's subject speaks for
                    # its own clause, not for the main one before it
                    if self._common is not None or plausible_speaker(speaker, "en"):
                        result.later = [*(result.later or []), (opener, speaker)]
                    continue
                if main_found:
                    continue
                result.reported = True
                if self._common is not None and speaker:
                    result.common, result.speaker_person = True, self._common
                elif speaker and not plausible_speaker(speaker, "en"):
                    continue
                if speaker or self._pronoun:
                    result.speaker, result.via_pronoun = speaker, self._pronoun
                    main_found = True

        described = _DESCRIBED_NAME.match(text)
        if result.speaker is None and self._pronoun is None and described:
            # "National statistics agency INSEE expects": the name the description names
            kind = _kind_noun(described["noun"])
            if kind is not None and not _PASSIVE.match(text, described.end("name")):
                result.speaker, result.speaker_person = described["name"], kind
                result.acted = not _says(text, described.end("name"))
        if result.speaker is None and self._pronoun is None:
            lead = re.match(
                r"\s*((?:[A-Z][\w'’-]*(?:'s)?\s+)*(?:of\s+)?(?:[A-Z][\w'’-]*))\s+[a-z]", text
            )
            if lead and lead.group(1).split()[0] in self._proper:
                result.speaker = _strip_determiners(lead.group(1))
                result.acted = not _says(text, lead.end(1))
        result.incise = middle_frame(text, quotes)
        if result.speaker:
            self.discourse.add(Mention(result.speaker, sentence, paragraph, True))
        for match in later:
            name = _strip_determiners(match["name"])
            # not the speaker's own name again ("The Ethics and Anti-Corruption
            # Commission said": no second source)
            if not (result.speaker or "").endswith(name):
                result.later = [*(result.later or []), (match.start("name"), name)]
        if result.later:
            result.later.sort(key=lambda later_source: later_source[0])  # the clauses in order
        return result

    def _lead_subject(self, clause: str, quotes: list[tuple[int, int]]) -> str | None:
        """The main clause's subject as the first name in it that no preposition governs:
        "William Ruto, secretary general, spoke with ..., saying" -> "William Ruto"."""
        pronoun = re.match(r"\s*(?:[A-Z][\w ]{0,30},\s*)?(he|she|it|they)\b", clause, re.I)
        if pronoun and pronoun.group(1).lower() in SUBJECT_PRONOUNS:
            self._pronoun = pronoun.group(1).lower()
            return None
        for name in _CAPITALISED.finditer(clause):
            if inside(name.start(), quotes):
                continue
            words = name.group(0).split()
            before = clause[: name.start()].split()
            while before and before[-1].lower() in ("the", "a", "an"):
                before.pop()
            if before and before[-1].lower() in _GOVERNING or words[0].lower() in _GOVERNING:
                continue
            if before and not before[-1].endswith(","):
                # Only a name opening the clause (or its part after a comma) is its subject:
                # "the country's March 13 election" holds no subject.
                continue
            if not before and len(words) == 1 and words[0] not in self._proper:
                continue
            return _strip_determiners(name.group(0))
        return None

    def _subject_before(
        self,
        text: str,
        verb_start: int,
        quotes: list[tuple[int, int]],
        sentence: int,
        paragraph: int,
    ) -> str | None:
        """The noun phrase right before a reporting verb, back to the nearest clause break."""
        self._common = None
        prefix = _AUXILIARIES.sub("", text[:verb_start].rstrip())
        # "X, Monday promised", "X Tuesday announced": the day says when, not who
        prefix = _AUXILIARIES.sub("", _TIME_TAIL.sub("", prefix))
        # "Human Rights Watch (HRW) said": the acronym in brackets is the name again
        prefix = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)$", "", prefix)
        # "Marsh, who took over in January, said": the relative describes the subject before it
        relative = _RELATIVE_TAIL.search(prefix)
        relative_on_subject = bool(
            relative and relative.start() > 0 and not inside(relative.start(), quotes)
        )
        if relative and relative_on_subject:
            prefix = prefix[: relative.start()]
        participle = _PARTICIPLE_TAIL.search(prefix)
        if participle and participle.start() > 0 and not inside(participle.start(), quotes):
            # the participle's agent made the subject known, it does not speak for the clause
            # (as French "L'affaire, révélée par l'hebdomadaire X, a provoqué"); a document
            # keeps it, whose agent is its author unless it only read it, as in "Figures
            # released by the ministry show" (`speakers.document_author`)
            prefix = prefix[: participle.start()]
            opened = [m.end() for m in _BOUNDARY.finditer(prefix) if not _inside_name(prefix, m)]
            subject = prefix[opened[-1] if opened else 0 :].split()
            if subject and len(subject) <= 4 and _singular(subject[-1]) in DOCUMENT_NOUNS:
                return _strip_determiners(f"{' '.join(subject)} {participle['participle']}")
        after_quote = prefix.rstrip().endswith(tuple('”"»,')) and bool(quotes)
        closed = prefix.rstrip().endswith(",")  # "X, the state capital, said"
        chain = named_subject(prefix) if closed else None
        if chain and not prefix[chain[1] :].strip() and plausible_speaker(chain[0], "en"):
            # "Goodluck Jonathan, president of Nigeria, but also the chair of ECOWAS, has
            # called": the name the descriptions follow acts, not the last description
            return chain[0]
        prefix = prefix.rstrip().rstrip(",").rstrip()
        breaks = [m.end() for m in _BOUNDARY.finditer(prefix) if not _inside_name(prefix, m)]
        phrase = prefix[breaks[-1] :] if breaks else prefix
        phrase = phrase.strip()
        if (
            not phrase
            or len(phrase.split()) > 8
            and not (closed and _SUBJECT_BEFORE_DESCRIPTION.match(prefix))
        ):
            return None  # a clause, unless a name's description ("X, a fellow at ...,")
        word = phrase.lower()
        if word in SUBJECT_PRONOUNS:
            self._pronoun = word
            gender, plural = SUBJECT_PRONOUNS[word]
            attribution = after_quote or inside(max(0, verb_start - 3), quotes)
            found = self.discourse.resolve_pronoun(
                sentence, paragraph, gender, plural, attribution or after_quote
            )
            return found.name if found else None
        interviewed = _INTERVIEWED_BY.match(phrase)
        if interviewed:
            phrase = interviewed["subject"]
        source = _SOURCE_INSIDE.search(phrase)
        if (
            source
            # "Documents seen by Reuters show": who read a document did not write it
            and (phrase[: source.start()].split() or [""])[-1].lower() not in ACCESS_VERBS
            and _singular(phrase.split()[-1]) not in ORGANISATION_NOUNS
            and phrase.split()[0].lower() not in ROLE_NOUNS
        ):
            return source.group(1)
        cleaned = _strip_determiners(phrase)
        if not cleaned:
            return None
        if _singular(cleaned.split()[-1]) in ROLE_NOUNS:
            # "Tom Okafor, a police spokesman, said": the name the role is set beside
            before = prefix[: len(prefix) - len(phrase.lstrip())].rstrip()
            name = _NAME_BEFORE_APPOSITION.search(before)
            if name and plausible_speaker(name.group(1), "en"):
                return name.group(1)
        described = _SUBJECT_BEFORE_DESCRIPTION.match(prefix)
        if (
            described
            and closed
            and not _BOUNDARY.search(described.group(1))
            and described.group(1).split()[0].lower() not in _GOVERNING | _OPENING_ADVERBIALS
        ):
            phrase = described.group(1)
            cleaned = _strip_determiners(phrase)
        named = _named_after_title(cleaned)
        if named:
            return named
        head = _singular(cleaned.split()[-1])
        if re.match(r"(?:a|an|another)\s", phrase, re.IGNORECASE) and head in ROLE_NOUNS:
            return cleaned  # "a police spokesman said": someone not named before
        plural = _singular(cleaned.split()[-1]) != cleaned.split()[-1].lower()
        if (
            head in ROLE_NOUNS
            and not plural  # "several mayors": a group, no one person a role stands for
            and not any(w[0].isupper() for w in cleaned.split()[1:])
        ):
            if tied_names(self._text, self._folded, cleaned):
                # "the minister" after "Health Minister Ann Lowe": the name the article ties
                # to the role, resolved with the whole text (`speakers`), not the latest person
                return cleaned
            # not a person the sentence names only after the verb, the subject of another
            # ("The mayor said A, but Inspector John Hale said B")
            named_after = {
                p for p in self._people if p in text[verb_start:] and p not in text[:verb_start]
            }
            person = self.discourse.resolve_role(
                cleaned.lower(), sentence, self._people - named_after
            )
            if person:
                return person
        if len(cleaned.split()) <= 3 and cleaned == cleaned.lower():
            for mention in self.discourse.before(sentence):
                if mention.name.lower().endswith(cleaned.lower()) and mention.name != cleaned:
                    return mention.name
        is_actor = (
            any(
                w[0].isupper()
                and (
                    i > 0
                    or w in self._proper
                    or prefix.strip() != phrase
                    or any(c.isupper() for c in w[1:])
                )
                for i, w in enumerate(cleaned.split())
            )
            or head in ORGANISATION_NOUNS
            or head in ROLE_NOUNS
            or head in GROUP_NOUNS
            # "Firefighters said" opening the sentence: a group, capitalised as it opens it
            or cleaned.split()[-1].lower() in GROUP_NOUNS
            or cleaned.lower().startswith("both ")
            or names_media(cleaned)
        )
        if is_actor:
            return cleaned
        verb = _WORD.match(text, verb_start)
        if verb and english_lemma(verb.group(0)) not in _THING_VERBS and people_group(cleaned):
            # "Strikers are demanding", "Striking nurses say": a group speaks, as "the
            # strikers" does and French "les grévistes réclament"
            self._common = False
            return cleaned
        if relative_on_subject and _BARE_NAME.fullmatch(cleaned):
            # "Marsh, who took over in January, said": "who" tells someone, and a common noun
            # for one would take a determiner ("The mayor, who"); the bare capitalised word is
            # a name, known to the article or not, as in "Marsh, the mayor, said"
            return cleaned
        # "The regulator said": a definite common noun speaking is a source the reader knows
        self._common = definite_source(phrase)
        return cleaned if self._common is not None else None
