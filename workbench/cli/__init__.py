"""The `workbench` command: one click command per verb, each in the module of its job."""

from __future__ import annotations

import importlib

import click

from workbench import __version__
from workbench.cli.common import UserError

COMMANDS = {
    "ingest": "workbench.cli.ingest:ingest_command",
    "extract-batch": "workbench.cli.ingest:extract_batch_command",
    "import-extractions": "workbench.cli.ingest:import_extractions_command",
    "articles": "workbench.cli.articles:articles_command",
    "article": "workbench.cli.articles:article_group",
    "claims": "workbench.cli.claims:claims_command",
    "search": "workbench.cli.claims:search_command",
    "show": "workbench.cli.claims:show_command",
    "status": "workbench.cli.claims:status_command",
    "claim": "workbench.cli.claims:claim_group",
    "source": "workbench.cli.evidence:source_group",
    "verdict": "workbench.cli.evidence:verdict_group",
    "date": "workbench.cli.evidence:date_group",
    "note": "workbench.cli.evidence:note_group",
    "history": "workbench.cli.claims:history_command",
    "undo": "workbench.cli.claims:undo_command",
    "redo": "workbench.cli.claims:redo_command",
    "analyst": "workbench.cli.desk:analyst_group",
    "assign": "workbench.cli.desk:assign_command",
    "review": "workbench.cli.desk:review_command",
    "queue": "workbench.cli.desk:queue_command",
    "desk": "workbench.cli.desk:desk_command",
    "settings": "workbench.cli.desk:settings_group",
    "export": "workbench.cli.reports:export_command",
    "import": "workbench.cli.reports:import_command",
    "import-claimreview": "workbench.cli.matching:import_claimreview_command",
    "match": "workbench.cli.matching:match_command",
    "matches": "workbench.cli.matching:matches_command",
    "timeline": "workbench.cli.matching:timeline_command",
    "open": "workbench.cli.tui:open_command",
    "web": "workbench.cli.serve:web_command",
    "publish": "workbench.cli.serve:publish_command",
    "extract": "workbench.cli.extraction:extract_command",
    "eval": "workbench.cli.extraction:eval_command",
}
"""Each command and where it lives. A command's module is imported when that command runs
(or help lists them all): `workbench` alone opens the terminal UI without importing the
reports, ingest, serving and extraction commands first."""


class WorkbenchGroup(click.Group):
    """Turns a mistyped command line (an unknown option, a value off a list, a missing
    argument) into the one `error:` line every other refusal gets, exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as error:
            if error.ctx:
                where = error.ctx.command_path
            else:  # click names no context for an option missing its value: the verb's
                where = " ".join(filter(None, (ctx.command_path, ctx.invoked_subcommand)))
            raise UserError(f"{error.format_message()} (see `{where} --help`)") from None


class LazyGroup(WorkbenchGroup):
    """A click group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        where = COMMANDS.get(cmd_name)
        if where is None:
            return None
        module, name = where.split(":")
        command = getattr(importlib.import_module(module), name)
        assert isinstance(command, click.Command)
        return command


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    invoke_without_command=True,
)
@click.version_option(__version__, prog_name="workbench")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    help="Database file, for the command that follows [env WORKBENCH_DB].",
)
@click.option("--analyst", help="Who is working, for the command that follows.")
@click.pass_context
def main(ctx: click.Context, db_path: str | None, analyst: str | None) -> None:
    """Claim Workbench: find, verify and report the claims in news articles.

    Everything is stored in one SQLite file (--db, $WORKBENCH_DB, or
    ~/.local/share/claim-workbench/workbench.db); every change is logged in an
    append-only history under your name (--analyst, $WORKBENCH_ANALYST, or your OS user).

    \b
    A session:
      workbench ingest article.txt --date 2024-11-20 --outlet "Le Monde"
      workbench claims --article 1 --kind number
      workbench source add https://example.org/report --claim 3 --stance refutes
      workbench verdict set 3 false -r "The ministry's own figures say four."
      workbench history 3
      workbench export 1 --format html -o report.html
      workbench                           the terminal UI (same as `workbench open`)
    """
    ctx.obj = {"db": db_path, "analyst": analyst}
    if ctx.invoked_subcommand is None:
        open_command = main.get_command(ctx, "open")
        assert open_command is not None
        ctx.invoke(open_command)
