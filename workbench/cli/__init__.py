"""The `workbench` command: one click command per verb, each in the module of its job."""

from __future__ import annotations

import click

from workbench import __version__
from workbench.cli.extraction import eval_command, extract_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="workbench")
def main() -> None:
    """Claim Workbench: find, verify and report the claims in news articles.

    \b
    Extraction:
      workbench extract ARTICLE.txt --date 2024-11-20 --json
      workbench eval                      score against fixtures/*.gold.json
    """


main.add_command(extract_command)
main.add_command(eval_command)
