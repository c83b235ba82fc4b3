"""The `workbench` command: one click command per verb, each in the module of its job."""

from __future__ import annotations

import click

from workbench import __version__
from workbench.cli.articles import articles_command
from workbench.cli.claims import (
    claim_group,
    claims_command,
    history_command,
    redo_command,
    search_command,
    show_command,
    status_command,
    undo_command,
)
from workbench.cli.common import UserError
from workbench.cli.desk import (
    analyst_group,
    assign_command,
    desk_command,
    queue_command,
    review_command,
    settings_group,
)
from workbench.cli.evidence import date_group, note_group, source_group, verdict_group
from workbench.cli.extraction import eval_command, extract_command
from workbench.cli.ingest import (
    extract_batch_command,
    import_extractions_command,
    ingest_command,
)
from workbench.cli.matching import import_claimreview_command, match_command, timeline_command
from workbench.cli.reports import export_command, import_command
from workbench.cli.serve import publish_command, web_command
from workbench.cli.tui import open_command


class WorkbenchGroup(click.Group):
    """Turns a mistyped command line (an unknown option, a value off a list, a missing
    argument) into the one `error:` line every other refusal gets, exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as error:
            where = error.ctx.command_path if error.ctx else ctx.command_path
            raise UserError(f"{error.format_message()} (see `{where} --help`)") from None


@click.group(
    cls=WorkbenchGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    invoke_without_command=True,
)
@click.version_option(__version__, prog_name="workbench")
@click.pass_context
def main(ctx: click.Context) -> None:
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
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_command)


for command in (
    ingest_command,
    extract_batch_command,
    import_extractions_command,
    articles_command,
    claims_command,
    search_command,
    show_command,
    status_command,
    claim_group,
    source_group,
    verdict_group,
    date_group,
    note_group,
    history_command,
    undo_command,
    redo_command,
    analyst_group,
    assign_command,
    review_command,
    queue_command,
    desk_command,
    settings_group,
    export_command,
    import_command,
    import_claimreview_command,
    match_command,
    timeline_command,
    open_command,
    web_command,
    publish_command,
    extract_command,
    eval_command,
):
    main.add_command(command)
