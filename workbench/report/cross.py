"""What a report says across articles: figures that disagree, found from the dossier alone."""

from __future__ import annotations

from workbench.extract.numbers import find_numbers
from workbench.matching.disagreement import disagreements, figures_of


def article_flags(article: dict) -> dict[int, list[dict]]:
    """For each claim, its figures that another claim of the article, one of its sources'
    excerpts or a matched claim gives otherwise."""
    language = article.get("language") or "fr"
    figures = {c["id"]: figures_of(c["numbers"], c["text"], f"claim {c['id']}")
               for c in article["claims"]}
    flags: dict[int, list[dict]] = {}
    for claim in article["claims"]:
        mine = figures[claim["id"]]
        if not mine:
            continue
        others = [f for other, found in figures.items() if other != claim["id"] for f in found]
        for source in claim.get("sources", []):
            if source.get("excerpt"):
                numbers = [{"text": n.text, "value": n.value, "unit": n.unit,
                            "approximate": n.approximate}
                           for n in find_numbers(source["excerpt"], language)]
                others += figures_of(numbers, source["excerpt"],
                                     f"source “{source.get('title') or source['url']}”")
        for match in claim.get("matches", []):
            if match.get("other_claim_id"):
                others += figures_of(match["other_numbers"], match["other_text"],
                                     f"matched claim {match['other_claim_id']}")
        found = [{"figure": a.text, "value": a.value, "quantity": a.quantity,
                  "other_figure": b.text, "other_value": b.value, "where": b.where}
                 for a, b in disagreements(mine, others)]
        if found:
            flags[claim["id"]] = found
    return flags
