"""How a report names its claims: by their place in it, as its reader counts them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from workbench.report.words import words

_WITHIN = {"en": "claim {place}", "fr": "l'affirmation {place}"}
"""A claim of the report named inside a sentence ("but 4 in claim 3")."""


@dataclass(frozen=True)
class ClaimNames:
    """A report's claims by their place in it ("Claim 3"), the only number a reader of a
    published report sees: a database id means nothing outside the desk. The internal report
    adds a claim's id where the claim itself is given (its heading) and to a matched claim of
    another article, always written "(id 9)", which `workbench show 9` takes; lists and
    sentences name a claim of the report by its place alone."""

    places: Mapping[int, int]
    """Claim id -> its place in the report, from 1."""
    language: str
    with_ids: bool

    @classmethod
    def of(cls, article: dict, language: str) -> ClaimNames:
        """The article's claims by the number the store gives each (`place`: the claims
        extracted first, in article order, then those analysts added, so that a number never
        changes); ids unless the article was made for a reader (`audience.for_audience`)."""
        places = {claim["id"]: claim["place"] for claim in article["claims"]}
        return cls(places, language, not article.get("for_reader"))

    @staticmethod
    def any_added(article: dict) -> bool:
        """Whether a claim of the article was added by an analyst: numbered after the ones
        extracted, out of the article's order, which the report then explains."""
        return any(claim.get("origin") == "analyst" for claim in article["claims"])

    def place(self, claim_id: int) -> str:
        """The claim's place ("3"), or "?" for a claim the report does not list."""
        return str(self.places.get(claim_id, "?"))

    def database_id(self, claim_id: int | None) -> str:
        """ " (id 9)" in the internal report, nothing in a public one."""
        return f" (id {claim_id})" if self.with_ids and claim_id is not None else ""

    def title(self, claim_id: int) -> str:
        """The claim as a list names it: "Claim 3"."""
        return f"{words(self.language)['claim']} {self.place(claim_id)}"

    def heading(self, claim_id: int) -> str:
        """The claim's own heading: "Claim 3", internally "Claim 3 (id 9)"."""
        return self.title(claim_id) + self.database_id(claim_id)

    def within(self, claim_id: int) -> str:
        """The claim named inside a sentence: "claim 3", "l'affirmation 3"."""
        return _WITHIN.get(self.language, _WITHIN["en"]).format(place=self.place(claim_id))
