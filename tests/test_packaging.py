"""The wheel, built and installed as a user would: every package and data file in it, the
schema as workbench.db, and the installed command working from outside the checkout."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE


def _tracked(folder: str) -> list[Path]:
    """The files git tracks under `folder` (what a clean checkout would build from)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", folder], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return [Path(name) for name in listed.split("\0") if name]


def _in_wheel(path: Path) -> str:
    """Where a checkout file lands in the wheel (db/ is shipped as workbench/db/)."""
    if path.parts[0] == "db":
        return "workbench/db/" + "/".join(path.parts[1:])
    return path.as_posix()


def _module(path: Path) -> str:
    """The dotted name a checkout .py file is imported under."""
    name = _in_wheel(path).removesuffix(".py").replace("/", ".")
    return name.removesuffix(".__init__")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("claim_workbench-*.whl")
    return built


def test_wheel_holds_every_module_and_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    tracked = _tracked("workbench") + _tracked("db")
    missing = sorted(_in_wheel(path) for path in tracked if _in_wheel(path) not in names)
    assert missing == []
    assert "workbench/db/migrations.py" in names
    assert "workbench/tui/workbench.tcss" in names
    assert not any(name.startswith("db/") for name in names)
    assert not any(name.endswith((".db", ".pyc")) for name in names)
    assert any(name.endswith("entry_points.txt") for name in names)


def test_installed_wheel_runs_outside_the_checkout(wheel, tmp_path):
    """A fresh environment with the wheel (dependencies from this machine, nothing downloaded):
    the `workbench` command answers --help and ingests the sample, and every module it can
    import comes from that environment, never from the checkout (an editable install of the
    checkout elsewhere on the machine must not hide a module the wheel left out)."""
    env_dir = tmp_path / "env"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--ignore-installed",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["PATH"] = f"{env_dir / 'bin'}{os.pathsep}{env['PATH']}"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300
        )

    helped = run(str(env_dir / "bin" / "workbench"), "--help")
    assert helped.returncode == 0, helped.stderr
    assert "ingest" in helped.stdout

    db = tmp_path / "installed.db"
    ingested = run(
        str(env_dir / "bin" / "workbench"),
        "ingest",
        str(SAMPLE),
        "--date",
        "2024-11-20",
        "--db",
        str(db),
    )
    assert ingested.returncode == 0, ingested.stderr
    with sqlite3.connect(db) as connection:
        (claims,) = connection.execute("SELECT count(*) FROM claims").fetchone()
    assert claims > 10

    modules = sorted(
        _module(path)
        for path in _tracked("workbench") + _tracked("db")
        if path.suffix == ".py" and path.stem != "__main__"  # importing one runs the CLI
    )
    where = run(
        str(python),
        "-c",
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    print(name, importlib.import_module(name).__file__)",
        *modules,
    )
    assert where.returncode == 0, where.stderr
    site = str(env_dir.resolve())
    outside = [
        line
        for line in where.stdout.splitlines()
        if not str(Path(line.split(" ", 1)[1]).resolve()).startswith(site)
    ]
    assert outside == []
