"""The code of another git revision, for benchmarks that measure it beside this code in the
same run (`--against REV`)."""

from __future__ import annotations

import os
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def checkout(revision: str, folder: Path) -> Path:
    """The code of a git revision, unpacked into `folder` (the schema package, `db/`, placed
    where `import workbench.db` finds it)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "workbench", "db"],
        check=True,
        capture_output=True,
    ).stdout
    code = folder / "against"
    code.mkdir()
    with tempfile.TemporaryFile() as file:
        file.write(archive)
        file.seek(0)
        with tarfile.open(fileobj=file) as tar:
            tar.extractall(code, filter="data")
    os.symlink(code / "db", code / "workbench" / "db")
    return code
