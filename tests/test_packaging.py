"""The wheel ships the schema as workbench.db, not as a top-level `db` package."""

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_maps_db_into_the_package(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("claim_workbench-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "workbench/db/migrations.py" in names
    assert "workbench/tui/workbench.tcss" in names
    assert not any(name.startswith("db/") for name in names)
    assert any(name.endswith("entry_points.txt") for name in names)
