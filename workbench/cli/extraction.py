"""`workbench extract` and `workbench eval`: the extraction engine from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import click

from workbench.cli.common import UserError, parse_day, read_text


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--lang", type=click.Choice(["fr", "en", "auto"]), default="auto",
              show_default=True, help="Language of the article.")
@click.option("--date", "published", metavar="YYYY-MM-DD",
              help="Publication date that relative dates resolve against [default: today].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def extract_command(file: str, lang: str, published: str | None, as_json: bool) -> None:
    """Find the check-worthy claims in an article FILE ("-" reads stdin).

    Each claim is a sentence or clause with its figures, resolved dates, speaker and a
    check-worthiness score. Nothing is stored; see `workbench ingest` for that.
    """
    from workbench.extract import extract

    day = parse_day(published, "--date")
    text = read_text(file)
    result = extract(text, None if lang == "auto" else lang, day)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{len(result.claims)} claims  language={result.language}  "
               f"published={result.published.isoformat()}")
    for number, claim in enumerate(result.claims, 1):
        click.echo(f"\n#{number}  score {claim.score:.2f}  [{', '.join(claim.kinds)}]  "
                   f"chars {claim.start}-{claim.end}")
        click.echo(f"  {claim.text}")
        if claim.speaker:
            click.echo(f"  speaker: {claim.speaker}")
        for figure in claim.numbers:
            unit = f" {figure.unit}" if figure.unit else ""
            click.echo(f"  figure:  {figure.text!r} = {figure.value:g}{unit}")
        for when in claim.dates:
            warning = f"  (!) {when.warning}" if when.warning else ""
            click.echo(f"  date:    {when.text!r} -> {when.iso}{warning}")


def _format(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


@click.command("eval")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def eval_command(gold: tuple[str, ...], as_json: bool) -> None:
    """Score extraction against GOLD files (default: fixtures/*.gold.json).

    Prints recall, precision and number/date/speaker accuracy per article and pooled,
    with the matching rule of the fixtures' README.
    """
    from workbench.evaluate import evaluate

    paths = [Path(p) for p in gold] or sorted(Path("fixtures").glob("*.gold.json"))
    if not paths:
        raise UserError("no gold files given and none in ./fixtures")
    scores, pooled = evaluate(paths)
    if as_json:
        click.echo(json.dumps({"articles": [s.to_dict() for s in scores],
                               "pooled": pooled.to_dict()}, ensure_ascii=False, indent=2))
        return
    header = f"{'article':44} {'recall':>7} {'prec.':>7} {'numbers':>7} {'dates':>7} {'speaker':>7}"
    click.echo(header)
    for score in [*scores, pooled]:
        row = score.to_dict()
        click.echo(f"{score.name:44} {_format(row['recall']):>7} {_format(row['precision']):>7} "
                   f"{_format(row['number_accuracy']):>7} {_format(row['date_accuracy']):>7} "
                   f"{_format(row['speaker_accuracy']):>7}")
        if score.missed:
            click.echo(f"  missed: {', '.join(score.missed)}")
        for error in score.errors:
            click.echo(f"  error: {error}")
