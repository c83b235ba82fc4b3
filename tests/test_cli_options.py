"""`--db` and `--analyst` work before the verb as after it (`workbench --db F articles` printed
four lines of click usage and "No such option"), the one after the verb winning."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import main


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def test_db_and_analyst_before_the_verb(tmp_path):
    before, after, environment = (tmp_path / f"{n}.db" for n in ("before", "after", "env"))
    result = run("--db", before, "--analyst", "ana", "analyst", "add", "bob")
    assert result.exit_code == 0, result.output
    assert before.exists() and not environment.exists()
    assert "added 20" in (listed := run("--db", before, "analyst", "list").stdout)
    assert listed.rstrip().endswith("by ana")

    result = run("--db", before, "analyst", "add", "carl", "--db", after)
    assert result.exit_code == 0, result.output
    listed = run("analyst", "list", "--db", after).stdout
    assert "carl" in listed and "bob" not in listed

    result = run("--db", before, "analyst", "list", env={"WORKBENCH_DB": str(environment)})
    assert "bob" in result.stdout and not environment.exists()
