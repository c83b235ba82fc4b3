"""The verification report as Markdown: readable as plain text, safe when rendered."""

from __future__ import annotations

import re

from workbench.extract.scoring import WEIGHTS
from workbench.matching.disagreement import article_flags
from workbench.report.changes import history_action
from workbench.report.corrected import dates_said, figures_said, speaker_said
from workbench.report.flag_text import describe_flag
from workbench.report.match_text import describe_seen
from workbench.report.naming import ClaimNames
from workbench.report.summary import (
    logged,
    review_steps,
    signed,
    summarise,
    verdict_change_said,
    verdict_changes,
)
from workbench.report.timeline import events, text_axis
from workbench.report.typography import labelled, one_line, typeset
from workbench.report.words import (
    STANCE_WORDS,
    STATUS_WORDS,
    definition,
    moment,
    role_word,
    signal_word,
    verdict_label,
    words,
)
from workbench.safe_text import visible
from workbench.store.validation import has_rationale

_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def escape(text: str | None) -> str:
    """Untrusted text as literal Markdown: markup characters escaped, HTML neutralised."""
    flat = one_line(visible(text))
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", flat)


def _link(url: str | None) -> str:
    if not url or not url.startswith(("http://", "https://")):
        return escape(url) if url else ""
    return f"<{url.replace('>', '%3E').replace(' ', '%20')}>"


def render(articles: list[dict], scale: list[dict], language: str | None) -> str:
    lines: list[str] = []
    for article in articles:
        lang = language or article.get("language") or "en"
        w = words(lang)
        summary = summarise(article)
        lines += [f"# {labelled(w['report'], lang)} {escape(article['title'])}", ""]
        lines += [
            f"- {labelled(w['outlet'], lang)} {escape(article.get('outlet')) or '—'}",
            f"- {labelled(w['url'], lang)} {_link(article.get('url')) or '—'}",
            f"- {labelled(w['published'], lang)} {article.get('published') or '—'}",
            "",
        ]
        lines += [f"## {w['summary']}", "", f"- {labelled(w['claims'], lang)} {summary['claims']}"]
        lines.append(
            f"- {labelled(w['by_verdict'], lang)} "
            + ", ".join(
                # Claims without a verdict are named as the HTML report names them.
                f"{verdict_label(_entry(scale, key), lang) if key else w['not_checked']} {count}"
                for key, count in summary["verdicts"].most_common()
            )
        )
        lines.append(
            f"- {labelled(w['by_status'], lang)} "
            + ", ".join(
                f"{STATUS_WORDS[lang][key]} {count}" for key, count in summary["statuses"].items()
            )
        )
        if summary["analysts"]:
            lines.append(
                f"- {labelled(w['analysts'], lang)} {escape(', '.join(summary['analysts']))}"
            )
        if summary["first"] or summary["last"]:  # no work, no period
            lines.append(
                f"- {labelled(w['work_period'], lang)} "
                f"{summary['first'] or '—'} – {summary['last'] or '—'}"
            )
        if article.get("waiting_review"):
            lines.append(f"- {labelled(w['waiting_review'], lang)} {article['waiting_review']}")
        lines.append("")
        lines += [f"## {w['claims']}", ""]
        if ClaimNames.any_added(article):
            lines += [w["numbered"], ""]
        flags = article_flags(article)
        names = ClaimNames.of(article, lang)
        for claim in article["claims"]:
            lines += _claim(claim, scale, lang, names)
        for heading, estimates in (("disagree", False), ("estimates", True)):
            listed = [
                f"- {labelled(names.title(claim_id), lang)} "
                f"{escape(describe_flag(flag, lang, names))}"
                for claim_id, found in flags.items()
                for flag in found
                if bool(flag.get("estimates")) == estimates
            ]
            if listed:
                lines += [f"## {w[heading]}", "", *listed, ""]
        timeline = text_axis(events([article], w["published"], lang), 110, names.place)
        if len(timeline) > 1:
            lines += [f"## {w['timeline']}", "", "```", *timeline, "```", ""]
        if summary["unchecked"]:
            lines += [f"## {w['unchecked']}", ""]
            lines += [
                f"- {labelled(names.title(claim['id']), lang)} {escape(claim['text'])}"
                for claim in summary["unchecked"]
            ]
            lines.append("")
        lines += _methodology(scale, lang)
    # The one exit: whatever a section forgot to escape, no control character (ESC, NUL...)
    # leaves the report raw.
    return visible("\n".join(lines).rstrip()) + "\n"


def _entry(scale: list[dict], key: str | None) -> dict | None:
    return next((e for e in scale if e["key"] == key), None)


def _claim(claim: dict, scale: list[dict], lang: str, names: ClaimNames) -> list[str]:
    w = words(lang)
    verdict = claim["verdict_record"]
    lines = [
        f"### {names.heading(claim['id'])} — "
        f"{verdict_label(verdict, lang) if verdict else w['not_checked']}",
        "",
        f"> {escape(claim['text'])}",
        "",
    ]
    sentence = claim.get("sentence_text")
    if sentence and sentence.strip() != claim["text"].strip():
        lines.append(f"- {labelled(w['sentence'], lang)} {escape(sentence)}")
    lines.append(f"- {labelled(w['speaker'], lang)} {escape(speaker_said(claim, lang))}")
    figures = ", ".join(escape(said) for said in figures_said(claim, lang))
    lines.append(f"- {labelled(w['figures'], lang)} {figures or '—'}")
    dates = ", ".join(escape(said) for said in dates_said(claim, lang))
    lines.append(f"- {labelled(w['dates'], lang)} {dates or '—'}")
    if verdict:
        lines.append(
            f"- {labelled(w['verdict'], lang)} **{verdict_label(verdict, lang)}** "
            f"({escape(signed(verdict['decided_at'][:10], verdict['analyst']))})"
        )
        # only an internal report gets here with none: a public one is refused
        rationale = (
            escape(verdict["rationale"])
            if has_rationale(verdict.get("rationale"))
            else f"_{w['no_rationale']}_"
        )
        lines.append(f"- {labelled(w['rationale'], lang)} {rationale}")
    for source in claim["sources"]:
        named = " — ".join(
            filter(None, (escape(source.get("title")), escape(source.get("publisher"))))
        )
        semicolon = typeset(";", lang)
        lines.append(
            f"- {labelled(w['sources'], lang)} {f'{named} ' if named else ''}"
            f"{_link(source['url'])} "
            f"({labelled(w['stance'], lang)} {STANCE_WORDS[lang][source['stance']]}{semicolon} "
            f"{w['accessed']} {source.get('accessed') or '—'}"
            + (
                f"{semicolon} {labelled(w['archive'], lang)} {_link(source['archived_url'])}"
                if source.get("archived_url")
                else ""
            )
            + ")"
        )
        if source.get("excerpt"):
            lines.append(f"  > {escape(source['excerpt'])}")
    for attached in claim["attached_dates"]:
        lines.append(
            f"- {labelled(w['attached_dates'], lang)} "
            f"{role_word(attached['role'], lang)} {attached['iso']}"
        )
    for note in claim["notes"]:
        lines.append(
            f"- {labelled(w['notes'], lang)} {escape(note['body'])} ({escape(note['analyst'])})"
        )
    for match in claim.get("matches", []):
        label, said = describe_seen(match, lang, claim.get("numbers"), names)
        lines.append(f"- {labelled(label, lang)} {escape(said)}")
    changes = verdict_changes(claim)
    if len(changes) > 1 or any(v["retracted_at"] for _, v in changes) or claim.get("reviews"):
        lines.append(f"- {labelled(w['corrections'], lang)}")
        for previous, verdict in changes:
            retracted = f" ({w['retracted']})" if verdict["retracted_at"] else ""
            lines.append(
                f"  - {escape(logged(verdict['decided_at'], verdict['analyst']))}"
                f"{typeset(':', lang)} {verdict_change_said(previous, verdict, lang)}{retracted}"
            )
            lines += [f"    - {escape(step)}" for step in review_steps(claim, verdict, lang)]
    if claim["history"]:
        rows = {h["id"]: h for h in claim["history"]}
        lines.append(f"- {labelled(w['history'], lang)}")
        lines += [
            f"  - {moment(h['at'])} {escape(h['analyst'])} {history_action(h, rows, lang)}"
            for h in claim["history"]
        ]
    lines.append("")
    return lines


def _methodology(scale: list[dict], lang: str) -> list[str]:
    w = words(lang)
    lines = [f"## {w['methodology']}", "", w["how_found"], ""]
    lines += [
        f"- {labelled(signal_word(name, lang), lang)} {weight:+.2f}"
        for name, weight in WEIGHTS.items()
    ]
    lines += ["", w["how_checked"], "", f"### {w['scale']}", ""]
    for entry in scale:
        rating = f" ({w['rating']} {entry['rating']}/5)" if entry["rating"] else ""
        lines.append(
            f"- **{verdict_label(entry, lang)}**{typeset(f'{rating}:', lang)} "
            f"{escape(definition(entry, lang))}"
        )
    lines += ["", f"_{w['generated']}_", ""]
    return lines
