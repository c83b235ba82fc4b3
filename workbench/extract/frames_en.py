"""The reporting frame that closes an English sentence: "..., said the culture secretary, Jane
Doe.", "..., said Mr Smith, who runs the bakery.", '"...," said Paul Kim, the team's coach.',
"..., the company's chief executive, Ann Lowe, told reporters.", "..., the ministry said in a
statement on Monday.".

One reader of the shape for both of its users: `clauses` drops the frame from the claim's
span, `attribution_en` takes its subject as the sentence's speaker (so the sentence never
takes whoever spoke before). Read from the words' order, English having no vetted parser
here: after a comma or a closing quote, either a reporting verb then its subject (inverted),
or a subject then its reporting verb; the subject may carry a name or a role in apposition
and a relative clause ("who ..."); nothing but adjuncts ("in a statement", "on Monday", "told
reporters") follows the verb to the end of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.extract.lexicon import (
    DOCUMENT_NOUNS,
    ENGLISH_MONTH,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
    english_lemma,
    is_reporting_en,
)

PARTICIPLE_ASIDE = (
    r",\s*(?P<participle>(?:[a-z]+-)?(?:[a-z]{2,}ed|written|taken|given|chosen|shown|seen|known|drawn"
    r"|driven|spoken|broken|stolen|hidden|made|held|hit|put|set|cut|told|found|kept|sent|led"
    r"|built|brought|bought|sold|paid|won|lost|left|met|begun|struck)\s[^,;\"“”()]{0,120}),\s*$"
)
"""A past participle set between commas after the subject, up to the verb's comma ("The
report, published on Tuesday by the agency, shows", "The mayor, elected in 2020, said"): it
describes the subject, and its agent made the thing known; it names no source of the clause."""

_OPENER = re.compile(r"(?:,\s*[”\"»’]?|[”\"»]\s*,?)\s+")
_WORD = re.compile(r"[A-Za-z][\w'’.&-]*[\w]|[A-Za-z]")
_INFLECTED = re.compile(r"(?:s|ed|d)$|^(?:said|told|wrote)$", re.IGNORECASE)
_ADVERBS = {"also", "later", "then", "again", "earlier", "further", "previously", "once"}
_AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are"}
# what may follow the verb to the end: an audience, a document, a time, a place
_ADJUNCT = re.compile(
    r"(?:\s*,?\s*(?:(?:in|on|at|during|to|via|by|from|after|before|late|early|last|this|"
    r"earlier|later|told|over|through|with|outside|inside|near|beside|behind)\b"
    r"(?:\s+[\w'’.&-]+){0,5}?"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?))*\s*[.!?]?[”\"»’]?\s*$",
    re.IGNORECASE,
)
_ADJUNCT_START = re.compile(
    r"\s+(?:in|on|at|during|to|via|after|before|late|early|last|this|over|through|when|while"
    r"|outside|inside|near|beside|behind)\b"
    r"|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b",
    re.IGNORECASE,
)
_NOT_IN_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|that|"
    r"and|but|if|because|while|whereas|when|not)\b|\d|[«“\"”»;:]",
    re.IGNORECASE,
)
_DETERMINERS = re.compile(r"^(?:the|a|an|his|her|its|their)\s+", re.IGNORECASE)
_DESCRIBED = re.compile(r"^(?:the|a|an|his|her|its|their|our|one|two|three|several|many|some)\s")
_PREPOSITIONS = {"in", "on", "at", "for", "from", "to", "by", "with", "of", "as", "into", "after"}
_PREPOSITIONS |= {"before", "during", "over", "under", "about", "against", "than", "like"}
_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Rev)\.?\s+)"
_NAME = re.compile(
    rf"^{_TITLE}?[A-Z][\w'’.-]*(?:\s+(?:de|da|dos|van|von|al|bin|el)?\s*[A-Z][\w'’.-]*){{0,3}}$"
)
_DESCRIPTION = re.compile(r"^(?:a|an|the|his|her|its|their|[A-Z][\w'’.-]*['’]s)\s+[^,]{2,70}$")
# a role without an article, as English sets it after a name: "national secretary of the CNE
# union", "head of the agency", "chief executive at Halvex", "spokeswoman for the ministry"
_BARE_ROLE = re.compile(
    r"^(?P<role>(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)(?:\s+(?:of|for|at|to|with)\s+[^,]{2,70})?$"
)
_ISSUER = re.compile(
    r"^(?:a|an|the)\s+(?:\w+\s+)?(?:statement|communiqu[eé]|release|report|letter|message)\s+"
    r"(?:from|by|of)\s+(.+)$",
    re.IGNORECASE,
)
# "Eurostat data show", "Insee figures showed", "official figures from the ministry show": a
# document or a set of figures speaks for the author it names (a name before it, or "from"/"by"
# + the author after it)
_AUTHOR_BEFORE = re.compile(r"^(?:the\s+)?(?P<author>(?:[A-Z][\w'’.&-]*\s+)+)(?P<document>\w+)$")
_AUTHOR_AFTER = re.compile(
    r"^(?:(?:the|a|an|new|latest|official|preliminary)\s+)*(?P<document>\w+)\s+"
    r"(?:(?:released|published|compiled|issued)\s+)?(?:from|by)\s+(?:the\s+)?(?P<author>.+)$",
    re.IGNORECASE,
)
# a person's age in apposition: "said Helen Brandt, 64, who ...", "a 64-year-old nurse"
_AGE = re.compile(r"(?:aged\s+)?\d{1,3}")
_AGE_WORD = re.compile(r"\b\d{1,3}-year-old\b")
_MONTH_DAY = re.compile(rf"\b{ENGLISH_MONTH}\s+\d{{1,2}}\b", re.I)


@dataclass(frozen=True)
class EndFrame:
    """`start`: where the frame begins (its comma or closing quote; the claim ends before);
    `speaker`: the source it names (the name beside a role, when there is one), or None when
    it is a pronoun (`pronoun`), which the attributor resolves."""

    start: int
    speaker: str | None
    pronoun: str | None = None
    subject: str | None = None
    """The subject as written, its article kept ("the inspectorate")."""


def end_frame(text: str, quotes: list[tuple[int, int]]) -> EndFrame | None:
    """The reporting frame closing the sentence, if there is one."""
    return _end_frame(text, tuple(quotes))


# `clauses` and `attribution_en` both ask about every sentence, one right after the other:
# the second asks a small cache (the answer is a frozen value)
@lru_cache(maxsize=64)
def _end_frame(text: str, quotes: tuple[tuple[int, int], ...]) -> EndFrame | None:
    for opener in _OPENER.finditer(text):
        if opener.start() < 12 or _inside(opener.start(), quotes, opener.group(0)):
            continue
        before = text[: opener.start()]
        if len(_WORD.findall(before)) < 3 or _bare_subject(before):
            continue
        rest = text[opener.end() :]
        if _MONTH_DAY.search(rest):
            rest = _MONTH_DAY.sub("date", rest)
        frame = _inverted(rest) or _plain(rest)
        if frame is not None:
            subject, appositions = frame
            speaker, pronoun = _speaker(subject, appositions)
            if speaker is None and pronoun is None:
                continue
            return EndFrame(opener.start(), speaker, pronoun, subject)
    return None


# "The bridge, officials said on Tuesday, was closed", "Its manager, the court said, had":
# a frame set between the subject opening the sentence and its verb
_MIDDLE = re.compile(
    r"(?P<subject>[^,;:\"“”«»]{2,80}?),\s+(?P<frame>[^,;:\"“”«»]{2,90}?),\s+(?=[a-z])"
)


def middle_frame(text: str, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a frame set between the sentence's subject and its verb starts and ends, if
    there is one. It stays in the claim's span (the claim would lose its subject), but it
    says who spoke and when: a day in it is the day of saying."""
    match = _MIDDLE.match(text)
    if match is None or any(s < match.end() and match.start() < e for s, e in quotes):
        return None
    if _VERB_SIGNS.search(match["subject"]):
        return None  # a statement before the comma: its frame, if any, closes it
    found = _inverted(match["frame"]) or _plain(match["frame"])
    if found is None or _speaker(*found) == (None, None):
        return None
    return match.start("frame"), match.end("frame")


_VERB_SIGNS = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|"
    r"did|not|[a-z]{2,}ed)\b|[«“\"”»]"
)


def _bare_subject(before: str) -> bool:
    """ "Doctor Fukuda, the agency's top flu expert, says ...": what precedes the comma is a
    subject and its apposition, not a statement, so the verb after it is no closing frame."""
    parts = [p.strip() for p in before.split(",")]
    if len(parts) != 2 or len(_WORD.findall(before)) > 12 or _VERB_SIGNS.search(before):
        return False
    return bool(
        (_NAME.match(parts[0]) or _DESCRIBED.match(parts[0].lower()))
        and (_NAME.match(parts[1]) or _DESCRIPTION.match(parts[1]))
    )


def _inside(position: int, quotes: tuple[tuple[int, int], ...], opener: str) -> bool:
    """A comma inside a quotation opens no frame, unless the quotation closes right there
    ('"We are ready," said ...')."""
    for start, end in quotes:
        if start < position < end - 1 and not re.match(r",\s*[”\"»’]", opener):
            return True
    return False


# verbs whose subject may follow them at the end of a sentence ("..., said Mr Smith"); not
# "called", "urged", "praised", which take an object there
_INVERTING = {"say", "add", "write", "explain", "note", "insist", "warn", "ask", "reply"}
_INVERTING |= {"continue", "conclude", "recall", "argue", "admit", "stress", "declare", "answer"}
_INVERTING |= {"observe", "remark", "comment", "agree", "confirm", "announce", "report", "state"}
_INVERTING |= {"acknowledge", "respond", "predict", "estimate", "tell", "claim"}


def inverts(word: str) -> bool:
    """May this reporting verb come before its subject ("..., said the mayor")?"""
    return english_lemma(word) in _INVERTING


def _verb_at(words: list[re.Match[str]], index: int, inverted: bool = False) -> bool:
    if index >= len(words):
        return False
    word = words[index].group(0)
    if inverted and english_lemma(word) not in _INVERTING:
        return False
    return (
        is_reporting_en(word)
        and not word.lower().endswith("ing")
        and bool(_INFLECTED.search(word) or english_lemma(word) == "say")
    )


def _inverted(rest: str) -> tuple[str, list[str]] | None:
    """ "said the culture secretary, Jane Doe", "added Mr Smith, who runs the bakery"."""
    words = list(_WORD.finditer(rest))
    index = 0
    while index < len(words) and words[index].group(0).lower() in _ADVERBS:
        index += 1
    if not _verb_at(words, index, inverted=True) or index + 1 >= len(words):
        return None
    if words[index + 1].group(0).lower() in ("to", "that", "it", "by"):
        return None  # "said to be", "said that", "said it": no inverted subject
    tail = rest[words[index].end() :]
    return _subject_and_rest(tail)


def _plain(rest: str) -> tuple[str, list[str]] | None:
    """ "the ministry said in a statement", "the chief executive, Ann Lowe, told reporters"."""
    words = list(_WORD.finditer(rest))
    for index in range(1, min(len(words), 16)):
        if not _verb_at(words, index) and not _plural_agreement(words, index):
            continue
        start = index
        while start > 0 and words[start - 1].group(0).lower() in _ADVERBS | _AUXILIARIES:
            start -= 1
        head = rest[: words[start].start()].strip().rstrip(",").strip()
        after = rest[words[index].end() :]
        comment = _COMMENT.search(after)
        if comment and not _NOT_IN_SUBJECT.search(comment.group(0)):
            after = after[: comment.start()]  # ", a blow to the town's tourism": no clause
        limit = 6
        if english_lemma(words[index].group(0)) == "tell":
            after = " told" + after  # "told reporters", "told the AFP news agency by telephone"
            limit = 8
        if (
            not _ADJUNCT.fullmatch(after)
            or len(_WORD.findall(after)) > limit
            or _NOT_IN_SUBJECT.search(re.sub(r"[.!?]?[”\"»’]?\s*$", "", after))
        ):
            return None
        parts = [p.strip() for p in head.split(",")]
        if not parts[0] or not all(parts):
            return None
        if (
            len(parts) >= 2
            and _COMMENT_BEFORE.match(parts[0])
            and not _role(parts[0])  # "a spokesman, John Reyes, said": the role's name
            and _SOURCE_AFTER.match(parts[-1])
        ):
            # "..., a record for August, the weather institute said": the writer's comment on
            # the statement, not a subject in apposition; the frame opens at the next comma
            return None
        return parts[0], parts[1:]
    return None


# an indefinite noun phrase set after a statement comments on it ("a record for August", "one
# of its worst seasons in a decade"); a definite one or a name after it is who speaks
_COMMENT_BEFORE = re.compile(r"(?:a|an|one of|another)\s", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"(?:the|his|her|its|their)\s|[A-Z]")


def _plural_agreement(words: list[re.Match[str]], index: int) -> bool:
    """ "Eurostat data show", "figures from the ministry show", "residents fear": a reporting
    verb in its bare form agreeing with a plural subject right before it or a word for data
    heading it."""
    word = words[index].group(0)
    previous = words[index - 1].group(0)
    return (
        is_reporting_en(word)
        and english_lemma(word) == word.lower()
        and previous.isalpha()
        and (
            any(w.group(0).lower() in DOCUMENT_NOUNS for w in words[:index])
            or previous.islower()
            and previous.endswith("s")
            and not previous.endswith("ss")
        )
    )


# the writer's comment on the whole statement, set after its frame: "..., the chamber of
# commerce said, a blow to an economy dependent on tourism."
_COMMENT = re.compile(r",\s+(?:a|an)\s+[^,]{2,80}?[.!?]?[”\"»’]?\s*$", re.IGNORECASE)


def _subject_and_rest(tail: str) -> tuple[str, list[str]] | None:
    """The subject after an inverted verb, then its appositions, to the end of the sentence."""
    body = re.sub(r"\s*[.!?]?[”\"»’]?\s*$", "", tail).strip()
    relative = re.search(r",\s*(?:who|which|whose)\b", body)
    if relative:
        body = body[: relative.start()]
    parts = [p.strip() for p in body.split(",")]
    if not parts or not parts[0]:
        return None
    for index, part in enumerate(parts[1:], start=1):
        # "said Ann Lowe, a 40-year-old nurse from Leeds who was hurt in the blast": a
        # relative inside the apposition describes the speaker, whatever its verbs
        described = _RESTRICTIVE.search(part)
        if described and _DESCRIPTION.match(part[: described.start()]):
            parts = [*parts[:index], part[: described.start()]]
            break
    subject = parts[0]
    adjunct = _ADJUNCT_START.search(" " + subject)
    if adjunct and adjunct.start() > 0:
        if not _ADJUNCT.fullmatch(subject[adjunct.start() - 1 :]):
            return None
        subject = subject[: adjunct.start() - 1].strip()
    appositions = []
    for part in parts[1:]:
        if _ADJUNCT.fullmatch(" " + part) and not _NAME.match(part):
            continue
        appositions.append(part)
    return subject, appositions


_RESTRICTIVE = re.compile(r"\s+(?:who|whose|whom|which|that)\b")


def _speaker(subject: str, appositions: list[str]) -> tuple[str | None, str | None]:
    """Who the frame names: a pronoun is left to the attributor; a name set beside a role
    ("the culture secretary, Jane Doe") is the speaker, else the subject itself."""
    if subject.lower() in SUBJECT_PRONOUNS or subject.lower() in ("we", "i"):
        return None, subject.lower()
    if not subject or len(subject.split()) > 8 or _NOT_IN_SUBJECT.search(subject):
        return None, None
    appositions = [_AGE_WORD.sub("aged", a) for a in appositions if not _AGE.fullmatch(a)]
    if any(
        not (_NAME.match(a) or _DESCRIPTION.match(a) or _bare_role(a)) or _NOT_IN_SUBJECT.search(a)
        for a in appositions
    ):
        return None, None
    authored = _AUTHOR_BEFORE.match(subject) or _AUTHOR_AFTER.match(subject)
    if authored and authored["document"].lower() in DOCUMENT_NOUNS:
        return authored["author"].strip(), None
    if not _noun_phrase(subject):
        return None, None
    document = _ISSUER.match(subject)
    if document:
        return _DETERMINERS.sub("", document.group(1)), None  # "says a statement from X"
    names = [a for a in appositions if _NAME.match(a)]
    if names and not _NAME.match(subject):
        return names[0], None
    return _DETERMINERS.sub("", subject), None


# what may join a later description to the ones before it: "but also the chair of ECOWAS",
# "and now a member of the board"
_LINK = re.compile(r"^(?:(?:but|and)\s+)?(?:(?:also|now|once|still|formerly)\s+)?", re.IGNORECASE)
_NOT_IN_DESCRIPTION = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|that|"
    r"which|who|whose|if|because|while|when|not|said|says|told)\b|[«“\"”»;:()]",
    re.IGNORECASE,
)
# a capitalised word opening a sentence that is no name: "However, the minister, a judge,"
_NOT_A_NAME = {"however", "meanwhile", "moreover", "still", "instead", "yesterday", "today"}
_NOT_A_NAME |= {"now", "then", "earlier", "later", "separately", "nevertheless", "also"}
_COMMA = re.compile(r",\s*")


def named_subject(text: str) -> tuple[str, int] | None:
    """The name opening `text` and where the descriptions set after it between commas end
    (past their last comma): "Goodluck Jonathan, president of Nigeria of course, but also the
    chair of ECOWAS, has called ..." -> ("Goodluck Jonathan", the offset of "has"). Each
    description ("a former judge", "President of Nigeria", "54", "but also the chair of X")
    describes the name, none is a subject of its own, so the name is who acts; a second name
    ("and Boni Yayi,") is a second subject, no description, and ends the run."""
    commas = list(_COMMA.finditer(text))
    if len(commas) < 2:
        return None
    name = _opening_name(text[: commas[0].start()].strip())
    if name is None:
        return None
    end = None
    for before, after in zip(commas, commas[1:], strict=False):
        if not _describes(text[before.end() : after.start()]):
            break
        end = after.end()
    return (name, end) if end is not None else None


def _opening_name(phrase: str) -> str | None:
    """The name a subject opening the sentence gives: all of it ("Judge Ruth Odhiambo"), or
    the name after a role ("Nigerian president Goodluck Jonathan")."""
    words = phrase.split()
    if not words or words[0].lower().rstrip(".") in _NOT_A_NAME | _PREPOSITIONS:
        return None
    if _NAME.match(phrase):
        return phrase
    roles = [i for i, w in enumerate(words) if _role(w)]
    if roles and 0 < roles[-1] + 1 < len(words):
        named = " ".join(words[roles[-1] + 1 :])
        if _NAME.match(named):
            return named
    return None


def _describes(part: str) -> bool:
    """Is this stretch between two commas a description of the name before it: an age, a
    noun phrase with its determiner or a role without one, capitalised or not ("President
    of Nigeria"), perhaps joined by "but also", and no verb of its own?"""
    part = _LINK.sub("", part.strip(), count=1)
    if not part or _NOT_IN_DESCRIPTION.search(part) or _NAME.match(part):
        return False
    if _AGE.fullmatch(part):
        return True
    lowered = part[0].lower() + part[1:]
    return bool(_DESCRIPTION.match(part) or _DESCRIPTION.match(lowered) or _bare_role(lowered))


def _noun_phrase(subject: str) -> bool:
    """Could `subject` be who speaks, not a clause ("Mr. Bongo died")? A name, or words ending
    on a name ("UN refugee agency spokesman Ron Redmond"), a described source ("the ministry",
    "the head of the agency", "Obama's spokesman") or a small lower-case group ("analysts",
    "tenants' groups")."""
    words = subject.split()
    if words[0].lower() in _PREPOSITIONS:
        return False  # ", noted for its wines": no subject
    past = [w for i, w in enumerate(words) if w.islower() and w.endswith("ed") and i > 0]
    past = [w for w in past if words[words.index(w) - 1].lower() not in _DETERMINER_WORDS]
    if past:
        return False
    for word, following in zip(words, words[1:], strict=False):
        if (
            word.isalpha()
            and word.islower()
            and word.endswith("s")
            and following.islower()
            and (following == "to" or following not in _PREPOSITIONS | {"and", "or"})
            and not _source_noun(following)  # "the emergencies ministry", "sports minister"
        ):
            return False  # "the virus continues to spread", "the economy grows slowly"
    if _NAME.match(subject) or (words[-1][0].isupper() and words[0][0].isupper()):
        return True
    first_name = next((i for i, w in enumerate(words) if w[0].isupper()), None)
    if first_name and _NAME.match(" ".join(words[first_name:])) and _role(words[first_name - 1]):
        return True  # "ministry spokeswoman Aigul Toktosunova": a role, then the name
    if _DESCRIBED.match(subject) or re.match(r"[A-Z][\w'’.-]*['’]s\s", subject):
        return True
    if subject.islower() and len(words) <= 3:
        return words[-1].rstrip("'’").endswith("s") or _role(words[-1])
    return False


_DETERMINER_WORDS = {"the", "a", "an", "his", "her", "its", "their", "our"}


def _bare_role(apposition: str) -> bool:
    """ "said Ann Lowe, national secretary of the union": a role set after a name without an
    article describes the person, as "the union's national secretary" would; its noun, before
    the complement, is a word for a role ("secretary", "chief executive")."""
    match = _BARE_ROLE.match(apposition)
    return match is not None and _role(match["role"])


def _role(phrase: str) -> bool:
    # "minister's" counts; "spokesman" keeps its leading s (a strip("'’s") took it)
    return any(re.sub(r"['’]s?$", "", w.lower()) in ROLE_NOUNS for w in phrase.split())


def _source_noun(word: str) -> bool:
    """A noun that heads who speaks: a role ("minister") or an institution ("ministry")."""
    return word in ROLE_NOUNS or word in ORGANISATION_NOUNS
