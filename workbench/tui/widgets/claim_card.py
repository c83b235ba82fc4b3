"""The selected claim's card: figures, dates, speaker, sources, verdict, dates, notes, last
change. Built from literal Text pieces: nothing from the article or a source is markup."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from workbench.report.labels import describe_flag, describe_match
from workbench.safe_text import visible
from workbench.tui.widgets.claims_table import VERDICT_STYLES


def _line(card: Text, label: str, value: str, style: str = "") -> None:
    card.append(f"{label:<9}", style="bold")
    card.append(visible(value), style=style)
    card.append("\n")


def render_card(claim: dict) -> Text:
    card = Text()
    card.append(f"Claim {claim['id']}", style="bold")
    card.append(
        f"  {claim['status']} · {claim['origin']} · score {claim['score']:.2f}"
        f" ({', '.join(claim.get('signals') or [])})\n",
        style="dim",
    )
    card.append("“" + visible(claim["text"]) + "”\n", style="italic")
    sentence = claim.get("sentence_text")
    if sentence and sentence.strip() != claim["text"].strip():
        card.append("in: " + visible(sentence) + "\n", style="dim")
    card.append("\n")
    _line(card, "speaker", claim.get("speaker") or "—")
    figures = ", ".join(
        f"{n['text']} = {n['value']:g}{' ' + n['unit'] if n.get('unit') else ''}"
        for n in claim.get("numbers", [])
    )
    _line(card, "figures", figures or "—")
    dates = ", ".join(
        f"{d['text']} → {d['iso']}" + (f" (! {d['warning']})" if d.get("warning") else "")
        for d in claim.get("dates", [])
    )
    _line(card, "dates", dates or "—")
    verdict = claim.get("verdict_record")
    if verdict:
        _line(
            card,
            "verdict",
            f"{verdict['label_en']} / {verdict['label_fr']}",
            VERDICT_STYLES.get(verdict["rating"], "italic"),
        )
        if verdict.get("rationale"):
            _line(card, "", verdict["rationale"])
        _line(card, "", f"by {verdict['analyst']} at {verdict['decided_at'][:16]}", "dim")
    else:
        _line(card, "verdict", "none yet", "dim")
    for source in claim.get("sources", []):
        _line(card, "source", f"[{source['stance']}] {source.get('title') or source['url']}")
        _line(card, "", f"{source.get('publisher') or ''} {source['url']}".strip(), "dim")
        if source.get("excerpt"):
            _line(card, "", f"“{source['excerpt']}”", "italic")
    for attached in claim.get("attached_dates", []):
        _line(card, "date", f"{attached['role']}: {attached['iso']} ({attached['text']})")
    for note in claim.get("notes", []):
        _line(card, "note", f"{note['body']} — {note['analyst']}")
    for match in claim.get("matches", []):
        if match["state"] != "rejected":
            _line(card, "seen", f"[{match['state']}] {describe_match(match, 'en')}", "cyan")
    for flag in claim.get("disagreements", []):
        _line(card, "(!) figure", describe_flag(flag, "en"), "bold dark_orange")
    change = claim.get("last_change")
    if change:
        _line(
            card,
            "changed",
            f"{change['action']} by {change['analyst']} at {change['at'][:16].replace('T', ' ')}",
            "dim",
        )
    return card


class ClaimCard(VerticalScroll):
    DEFAULT_CSS = """
    ClaimCard { padding: 0 1; }
    """

    def compose(self):
        yield Static(Text("Select a claim to see its card.", style="dim"), id="card-body")

    def show(self, claim: dict | None) -> None:
        body = self.query_one("#card-body", Static)
        body.update(render_card(claim) if claim else Text("No claim selected.", style="dim"))
