"""`workbench extract` and `workbench eval`: the extraction engine from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from workbench.cli.common import UserError, echo, echo_json, parse_day, read_text
from workbench.figure_text import figure_value
from workbench.plural import counted
from workbench.safe_text import visible


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--lang",
    type=click.Choice(["fr", "en", "auto"]),
    default="auto",
    show_default=True,
    help="Language of the article.",
)
@click.option(
    "--date",
    "published",
    metavar="YYYY-MM-DD",
    help="Publication date that relative dates resolve against [default: today].",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def extract_command(file: str, lang: str, published: str | None, as_json: bool) -> None:
    """Find the check-worthy claims in an article FILE ("-" reads stdin).

    Each claim is a sentence or clause with its figures, resolved dates, speaker and a
    check-worthiness score. Nothing is stored; see `workbench ingest` for that.
    """
    from workbench.extract import extract
    from workbench.extract.filed import filed_day

    day = parse_day(published, "--date")
    text = read_text(file)
    filed = filed_day(text, date.today()) if published is None else None
    if filed is not None:
        day = filed.day
        echo(
            f"note: no --date: publication date {filed.day.isoformat()} {filed.source}",
            err=True,
        )
    elif published is None:
        echo(
            f"warning: no --date: relative dates resolve against today "
            f"({date.today().isoformat()})",
            err=True,
        )
    result = extract(text, None if lang == "auto" else lang, day)
    if as_json:
        echo_json(result.to_dict())
        return
    echo(
        f"{counted(len(result.claims), 'claim')}  language={result.language}  "
        f"published={result.published.isoformat()}"
    )
    for number, claim in enumerate(result.claims, 1):
        echo(
            f"\n#{number}  score {claim.score:.2f}  [{', '.join(claim.kinds)}]  "
            f"chars {claim.start}-{claim.end}"
        )
        echo(f"  {visible(claim.text)}")
        if claim.speaker:
            echo(f"  speaker: {visible(claim.speaker)}")
        for figure in claim.numbers:
            unit = f" {figure.unit}" if figure.unit else ""
            echo(f"  figure:  {figure.text!r} = {figure_value(figure.value)}{unit}")
        for when in claim.dates:
            warning = f"  (!) {when.warning}" if when.warning else ""
            role = f" ({when.role}: the day it was said)" if when.role == "statement" else ""
            echo(f"  date:    {when.text!r} -> {when.iso}{role}{warning}")


def _format(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


@click.command("eval")
@click.argument("gold", nargs=-1, type=click.Path(exists=True))
@click.option(
    "--matching",
    is_flag=True,
    help="Score claim matching instead: GOLD is folders holding claims.jsonl and pairs.jsonl, "
    "or CLAIMS.jsonl PAIRS.jsonl files two by two (default: fixtures/matching-dev/).",
)
@click.option(
    "--cross-validate",
    is_flag=True,
    help="With --matching, also refit the model leaving out one event cluster at a time (a "
    "claim's cluster is the first part of its id) and score each cluster with the model that "
    "never saw it.",
)
@click.option(
    "--hold-aside",
    "hold_aside",
    metavar="CLUSTER,...",
    help="With --matching: the tuning protocol. Leave-one-cluster-out on the pairs touching "
    "none of these clusters, and the held-aside pairs scored (summary figures only) by the "
    "model fitted on the others.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def eval_command(
    gold: tuple[str, ...],
    matching: bool,
    cross_validate: bool,
    hold_aside: str | None,
    as_json: bool,
) -> None:
    """Score extraction against GOLD files (default: fixtures/*.gold.json).

    Prints recall, precision, number/date/speaker accuracy, tightness and separate per
    article and pooled, with the matching rule of the fixtures' README. With --matching,
    decides every pair of claim-pair gold sets with the matcher the app uses and prints
    precision and recall at its threshold, precision at recall 0.8 and the area under the
    precision-recall curve, overall and across languages.
    """
    from workbench.evaluate import GoldError, evaluate

    if hold_aside is not None and not matching:
        raise UserError("--hold-aside goes with --matching")
    if matching:
        held = {c.strip() for c in (hold_aside or "").split(",") if c.strip()}
        _eval_matching(gold, as_json, cross_validate, held)
        return

    paths = [Path(p) for p in gold] or sorted(Path("fixtures").glob("*.gold.json"))
    if not paths:
        raise UserError("no gold files given and none in ./fixtures")
    try:
        scores, pooled = evaluate(paths)
    except GoldError as refused:
        raise UserError(str(refused)) from None
    if as_json:
        echo(
            json.dumps(
                {"articles": [s.to_dict() for s in scores], "pooled": pooled.to_dict()},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    header = (
        f"{'article':44} {'recall':>7} {'prec.':>7} {'numbers':>7} {'dates':>7} {'speaker':>7} "
        f"{'tight':>7} {'separ.':>7}"
    )
    echo(header)
    for score in [*scores, pooled]:
        row = score.to_dict()
        echo(
            f"{score.name:44} {_format(row['recall']):>7} {_format(row['precision']):>7} "
            f"{_format(row['number_accuracy']):>7} {_format(row['date_accuracy']):>7} "
            f"{_format(row['speaker_accuracy']):>7} {_format(row['tightness']):>7} "
            f"{_format(row['separate']):>7}"
        )
        if score.missed:
            echo(f"  missed: {', '.join(score.missed)}")
        for error in score.errors:
            echo(f"  error: {error}")


def _print_protocol(protocol: dict) -> None:
    """The tuning clusters' leave-one-cluster-out scores, then the held-aside ones'."""
    echo(f"tuning clusters ({', '.join(protocol['tuning']['clusters'])}), leave-one-cluster-out:")
    _print_scores(protocol["tuning"])
    echo(
        f"held aside ({', '.join(protocol['held_aside'])}), scored by the model fitted on the "
        "tuning clusters:"
    )
    _print_scores(protocol["aside"])


def _print_scores(part: dict) -> None:
    for key, label in (("overall", "overall"), ("cross_language", "cross-language")):
        row = part[key]
        echo(
            f"  {label:16} {row['pairs']:>4} pairs {row['positives']:>3} same  "
            f"P@R0.8 {row['precision_at_recall_0.8']:.3f}  PR-AUC {row['pr_auc']:.3f}"
        )


def _pair_sets(gold: tuple[str, ...]) -> list[tuple[Path, Path]]:
    """(claims, pairs) files from folders holding both, or from files given two by two."""
    if not gold:
        gold = ("fixtures/matching-dev",)
    sets: list[tuple[Path, Path]] = []
    files = [Path(g) for g in gold if not Path(g).is_dir()]
    for folder in (Path(g) for g in gold if Path(g).is_dir()):
        sets.append((folder / "claims.jsonl", folder / "pairs.jsonl"))
    if len(files) % 2:
        raise UserError("--matching takes folders, or CLAIMS.jsonl PAIRS.jsonl files two by two")
    sets += [(files[i], files[i + 1]) for i in range(0, len(files), 2)]
    return sets


def _hide_held_aside(result: dict, held: set[str]) -> None:
    """Drop the decisions on pairs touching a held-aside cluster: the protocol reads those
    clusters as summary figures only, so their pairs and errors are never printed."""
    from workbench.matching.evaluate import cluster

    kept = [d for d in result["decisions"] if not {cluster(d["a"]), cluster(d["b"])} & held]
    result["hidden"] = len(result["decisions"]) - len(kept)
    result["decisions"] = kept


def _eval_matching(
    gold: tuple[str, ...], as_json: bool, cross_validate: bool, held: set[str]
) -> None:
    from workbench.matching import bilingual, evaluate, wordnet

    for missing in filter(None, (bilingual.status(), wordnet.status())):
        echo(f"warning: {missing}", err=True)
    try:
        pairs = evaluate.load_pairs(_pair_sets(gold))
        results = {"model": evaluate.evaluate(pairs)}
        if cross_validate:
            results["leave-one-cluster-out"] = evaluate.cross_validate(pairs)
        protocol = evaluate.held_aside(pairs, held) if held else None
    except (OSError, KeyError, ValueError, TypeError) as error:
        raise UserError(f"cannot score the pair files: {error}") from None
    if held:
        for result in results.values():
            _hide_held_aside(result, held)
    if as_json:
        echo(json.dumps({**results, "held_aside": protocol}, ensure_ascii=False, indent=2))
        return
    if protocol:
        _print_protocol(protocol)
    for name, result in results.items():
        title = (
            f"matcher {result['model']} (threshold as shipped)"
            if name == "model"
            else f"leave-one-cluster-out, refitted without each of {len(result['clusters'])} "
            "clusters"
        )
        echo(title)
        echo(
            f"  {'pairs':16} {'count':>6} {'same':>5} {'precision':>10} {'recall':>7} "
            f"{'P@R0.8':>7} {'PR-AUC':>7}"
        )
        for part, label in (("overall", "overall"), ("cross_language", "cross-language")):
            row = result[part]
            echo(
                f"  {label:16} {row['pairs']:>6} {row['positives']:>5} {row['precision']:>10.3f} "
                f"{row['recall']:>7.3f} {row['precision_at_recall_0.8']:>7.3f} "
                f"{row['pr_auc']:>7.3f}"
            )
        if result.get("hidden"):
            echo(
                f"    ({counted(result['hidden'], 'pair')} touching the held-aside clusters: "
                "their decisions are not listed)"
            )
        for decision in result["decisions"]:
            if decision["decided"] != decision["same"]:
                wrong = "missed" if decision["same"] else "false match"
                echo(
                    f"    {wrong}: {decision['a']} ~ {decision['b']} "
                    f"(score {decision['score']:.2f})"
                )
