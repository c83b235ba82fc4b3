"""The verification report as one self-contained HTML page: inline CSS, no script, no request
to anywhere, printable; the article text is marked up and each claim links to its verdict and
back. Every piece of stored text is escaped: nothing from an article or a source can act."""

from __future__ import annotations

from html import escape as _escape

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
from workbench.report.timeline import events
from workbench.report.typography import labelled, typeset
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

CSS = """
body{font:16px/1.5 Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;
background:#fff}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
.meta,.muted{color:#555}.article{white-space:pre-wrap;border-left:4px solid #ddd;padding-left:1rem}
mark{background:#fff3b0;padding:0 .1em}mark a{color:inherit;text-decoration:none}
section.claim{border-top:1px solid #ccc;padding-top:.5rem;margin-top:1.5rem}
blockquote{margin:.5rem 0;padding:.25rem 1rem;border-left:4px solid #999;background:#f6f6f6}
.verdict{display:inline-block;padding:0 .5em;border-radius:3px;font-weight:bold;
font-family:Helvetica,Arial,sans-serif}
.r5,.r4{background:#d7f5dd;color:#0b5d1e}.r3{background:#fff1bf;color:#6b5200}
.r2{background:#ffe0c2;color:#7a3a00}.r1{background:#ffd3d3;color:#8a0000}
.r0{background:#e6e6e6;color:#333}.pending{background:#eee;color:#555;font-style:italic}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
@media print{body{margin:0;max-width:none}a{color:inherit}section.claim{break-inside:avoid}}
"""


def esc(text) -> str:
    return _escape(visible("" if text is None else str(text)), quote=True)


def link(url: str | None, text: str | None = None) -> str:
    """A link only for http(s) addresses; anything else is shown as text."""
    if not url:
        return esc(text or "")
    if not url.lower().startswith(("http://", "https://")):
        return esc(text or url)
    return f'<a href="{esc(url)}" rel="noreferrer noopener">{esc(text or url)}</a>'


def verdict_badge(entry: dict | None, lang: str) -> str:
    if not entry:
        return f'<span class="verdict pending">{esc(words(lang)["not_checked"])}</span>'
    return (
        f'<span class="verdict r{entry.get("rating") or 0}">'
        f"{esc(verdict_label(entry, lang))}</span>"
    )


def render(articles: list[dict], scale: list[dict], language: str | None) -> str:
    lang = language or (articles[0].get("language") if articles else None) or "en"
    w = words(lang)
    # Several articles: how many ("Verification report: Verification report" said nothing).
    title = esc(articles[0]["title"]) if len(articles) == 1 else f"{len(articles)} articles"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(lang)}"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(labelled(w['report'], lang))} {title}</title>"
        f"<style>{CSS}</style></head><body>",
    ]
    for article in articles:
        parts.append(_article(article, scale, language or article.get("language") or lang))
    parts.append(_methodology(scale, lang))
    parts.append(f'<p class="muted">{esc(w["generated"])}</p></body></html>')
    return "\n".join(parts)


def _article(article: dict, scale: list[dict], lang: str) -> str:
    w = words(lang)
    summary = summarise(article)
    by_key = {e["key"]: e for e in scale}
    out = [
        f'<article id="article-{article["id"]}">',
        f"<h1>{esc(labelled(w['report'], lang))} {esc(article['title'])}</h1>",
        f'<p class="meta">{esc(labelled(w["outlet"], lang))} '
        f"{esc(article.get('outlet') or '—')} · "
        f"{esc(labelled(w['published'], lang))} {esc(article.get('published') or '—')} · "
        f"{link(article.get('url')) or '—'}</p>",
        f"<h2>{esc(w['summary'])}</h2><table>",
        f"<tr><th>{esc(w['claims'])}</th><td>{summary['claims']}</td></tr>",
        f"<tr><th>{esc(w['by_verdict'])}</th><td>"
        + ", ".join(
            f"{verdict_badge(by_key.get(key), lang) if key else esc(w['not_checked'])} {count}"
            for key, count in summary["verdicts"].most_common()
        )
        + "</td></tr>",
        f"<tr><th>{esc(w['by_status'])}</th><td>"
        + ", ".join(
            f"{esc(STATUS_WORDS[lang][key])} {count}" for key, count in summary["statuses"].items()
        )
        + "</td></tr>",
        *(
            [
                f"<tr><th>{esc(w['analysts'])}</th><td>{esc(', '.join(summary['analysts']))}</td></tr>"
            ]
            if summary["analysts"]
            else []
        ),
        (
            f"<tr><th>{esc(w['work_period'])}</th><td>{esc(summary['first'] or '—')} – "
            f"{esc(summary['last'] or '—')}</td></tr>"
            if summary["first"] or summary["last"]  # no work, no period
            else ""
        )
        + (
            f"<tr><th>{esc(w['waiting_review'])}</th><td>{article['waiting_review']}</td></tr>"
            if article.get("waiting_review")
            else ""
        )
        + "</table>",
        f"<h2>{esc(w['article_text'])}</h2>",
        f'<div class="article">{_marked_text(article)}</div>',
        f"<h2>{esc(w['claims'])}</h2>",
        *([f"<p>{esc(w['numbered'])}</p>"] if ClaimNames.any_added(article) else []),
    ]
    names = ClaimNames.of(article, lang)
    out += [_claim(claim, lang, names) for claim in article["claims"]]
    flags = article_flags(article)
    for heading, estimates in (("disagree", False), ("estimates", True)):
        # the anchors keep the claims' ids: a ClaimReview's url points at them
        listed = [
            f'<li><a href="#claim-{claim_id}">{esc(names.title(claim_id))}</a>'
            f"{esc(typeset(':', lang))} "
            f"{esc(describe_flag(flag, lang, names))}</li>"
            for claim_id, found in flags.items()
            for flag in found
            if bool(flag.get("estimates")) == estimates
        ]
        if listed:
            out += [f"<h2>{esc(w[heading])}</h2><ul>", *listed, "</ul>"]
    timeline = events([article], w["published"], lang)
    if len(timeline) > 1:
        out.append(f'<h2>{esc(w["timeline"])}</h2><table class="timeline">')
        for event in timeline:
            label = (
                esc(event.label)
                if event.claim_id is None
                else (
                    f'<a href="#claim-{event.claim_id}">{esc(event.label)}</a> '
                    f"[{names.place(event.claim_id)}]"
                )
            )
            marker = "◆" if event.published else "●"
            out.append(f"<tr><td>{esc(event.iso)}</td><td>{marker}</td><td>{label}</td></tr>")
        out.append("</table>")
    if summary["unchecked"]:
        out.append(f"<h2>{esc(w['unchecked'])}</h2><ul>")
        out += [
            f'<li><a href="#claim-{c["id"]}">{esc(names.title(c["id"]))}</a>'
            f"{esc(typeset(':', lang))} "
            f"{esc(c['text'])}</li>"
            for c in summary["unchecked"]
        ]
        out.append("</ul>")
    out.append("</article>")
    return "\n".join(out)


def _marked_text(article: dict) -> str:
    text = article["text"]
    pieces, position = [], 0
    for claim in sorted(article["claims"], key=lambda c: (c["start"], c["end"])):
        if claim["start"] < position:
            continue  # overlaps the previous mark; its section still links here
        pieces.append(esc(text[position : claim["start"]]))
        pieces.append(
            f'<mark id="text-{claim["id"]}"><a href="#claim-{claim["id"]}">'
            f"{esc(text[claim['start'] : claim['end']])}</a></mark>"
        )
        position = claim["end"]
    pieces.append(esc(text[position:]))
    return "".join(pieces)


def _sentence(claim: dict, w: dict, lang: str) -> list[str]:
    """The sentence the claim was cut from, as its context (nothing when they are the same)."""
    sentence = claim.get("sentence_text")
    if not sentence or sentence.strip() == claim["text"].strip():
        return []
    label = labelled(w["sentence"], lang)
    return [f'<li class="context">{esc(label)} {esc(sentence)}</li>']


def _claim(claim: dict, lang: str, names: ClaimNames) -> str:
    w = words(lang)
    verdict = claim["verdict_record"]
    out = [
        f'<section class="claim" id="claim-{claim["id"]}">',
        f"<h3>{esc(names.heading(claim['id']))} {verdict_badge(verdict, lang)}</h3>",
        f"<blockquote>{esc(claim['text'])}</blockquote>",
        f'<p><a href="#text-{claim["id"]}">↑ {esc(w["in_article"])}</a></p><ul>',
        *_sentence(claim, w, lang),
        f"<li>{esc(labelled(w['speaker'], lang))} {esc(speaker_said(claim, lang))}</li>",
        f"<li>{esc(labelled(w['figures'], lang))} "
        + (esc(", ".join(figures_said(claim, lang))) or "—")
        + "</li>",
        f"<li>{esc(labelled(w['dates'], lang))} "
        + (esc(", ".join(dates_said(claim, lang))) or "—")
        + "</li>",
    ]
    if verdict:
        out.append(
            f"<li>{esc(labelled(w['verdict'], lang))} {verdict_badge(verdict, lang)} "
            f"{esc(signed(verdict['decided_at'][:10], verdict['analyst']))}</li>"
        )
        # only an internal report gets here with none: a public one is refused
        rationale = (
            esc(verdict["rationale"])
            if has_rationale(verdict.get("rationale"))
            else f"<em>{esc(w['no_rationale'])}</em>"
        )
        out.append(f"<li>{esc(labelled(w['rationale'], lang))} {rationale}</li>")
    for source in claim["sources"]:
        archive = (
            f"{esc(typeset(';', lang))} {esc(labelled(w['archive'], lang))} "
            f"{link(source['archived_url'])}"
            if source.get("archived_url")
            else ""
        )
        out.append(
            f"<li>{esc(labelled(w['sources'], lang))} {link(source['url'], source.get('title'))} "
            f"{esc(source.get('publisher') or '')} ({esc(labelled(w['stance'], lang))} "
            f"{esc(STANCE_WORDS[lang][source['stance']])}{esc(typeset(';', lang))} "
            f"{esc(w['accessed'])} "
            f"{esc(source.get('accessed') or '—')}{archive})"
            + (
                f"<blockquote>{esc(source['excerpt'])}</blockquote>"
                if source.get("excerpt")
                else ""
            )
            + "</li>"
        )
    out += [
        f"<li>{esc(labelled(w['attached_dates'], lang))} "
        f"{esc(role_word(d['role'], lang))} {esc(d['iso'])}</li>"
        for d in claim["attached_dates"]
    ]
    out += [
        f"<li>{esc(labelled(w['notes'], lang))} {esc(n['body'])} ({esc(n['analyst'])})</li>"
        for n in claim["notes"]
    ]
    out += [
        f"<li>{esc(labelled(label, lang))} {esc(said)}</li>"
        for label, said in (
            describe_seen(m, lang, claim.get("numbers"), names) for m in claim.get("matches", [])
        )
    ]
    out.append("</ul>")
    changes = verdict_changes(claim)
    if len(changes) > 1 or any(v["retracted_at"] for _, v in changes) or claim.get("reviews"):
        out.append(f"<p>{esc(labelled(w['corrections'], lang))}</p><ul>")
        out += [
            f"<li>{esc(logged(v['decided_at'], v['analyst']))}{esc(typeset(':', lang))} "
            f"{esc(verdict_change_said(p, v, lang))}"
            + (f" ({esc(w['retracted'])})" if v["retracted_at"] else "")
            + "".join(f"<br>{esc(step)}" for step in review_steps(claim, v, lang))
            + "</li>"
            for p, v in changes
        ]
        out.append("</ul>")
    if claim["history"]:
        rows = {h["id"]: h for h in claim["history"]}
        out.append(f"<details><summary>{esc(w['history'])}</summary><ul>")
        out += [
            f"<li>{esc(moment(h['at']))} {esc(h['analyst'])} "
            f"{esc(history_action(h, rows, lang))}</li>"
            for h in claim["history"]
        ]
        out.append("</ul></details>")
    out.append("</section>")
    return "\n".join(out)


def _methodology(scale: list[dict], lang: str) -> str:
    w = words(lang)
    weights = "".join(
        f"<li>{esc(labelled(signal_word(name, lang), lang))} {weight:+.2f}</li>"
        for name, weight in WEIGHTS.items()
    )
    rows = "".join(
        f"<tr><td>{verdict_badge(e, lang)}</td><td>{e['rating'] or '—'}</td>"
        f"<td>{esc(definition(e, lang))}</td></tr>"
        for e in scale
    )
    return (
        f'<section id="methodology"><h2>{esc(w["methodology"])}</h2>'
        f"<p>{esc(w['how_found'])}</p><ul>{weights}</ul><p>{esc(w['how_checked'])}</p>"
        f"<h3>{esc(w['scale'])}</h3><table><tr><th>{esc(w['verdict'])}</th>"
        f"<th>{esc(w['rating'])}</th><th></th></tr>{rows}</table></section>"
    )
