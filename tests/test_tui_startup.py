"""What the workbench's first screen waits for: nothing of matching, numpy or spaCy is
imported before it (they come later, in workers), and what a killed ingest left unmatched is
still matched once the screen is up."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT
from tests.tui_support import prepared_store, run_app, settle
from workbench.store import Store


def test_starting_the_workbench_imports_no_numpy_matching_spacy_extractor_or_forms():
    # The store needs a few of the extractor's modules (dates, kinds), never its pipeline; the
    # first screen needs neither the article screen nor the forms (imported once it is up).
    probe = (
        "import sys, workbench.cli, workbench.cli.tui, workbench.tui.app\n"
        "heavy = ('numpy', 'spacy', 'workbench.matching.model', 'workbench.extract.pipeline',\n"
        "         'workbench.tui.screens.main', 'workbench.tui.screens.forms')\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


def test_sqlite_utils_keeps_numpy_when_a_process_already_has_it():
    probe = "import numpy, workbench.store, sqlite_utils.db as d\nprint(d.np is numpy)"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True", done.stderr


def test_an_article_left_unmatched_is_matched_once_the_app_is_up(
    tmp_path, sample_text, sample_extraction
):
    store = prepared_store(tmp_path / "resume.db", sample_text, sample_extraction)
    store.db.execute("UPDATE articles SET matched_with = NULL")
    store.db.conn.commit()

    async def scenario(app, pilot):
        await pilot.pause(1.5)  # the first screen is up; matching resumes after it
        await settle(pilot)

    run_app(store, scenario, article_id=store.sample_id)
    assert Store.open(store.path, "check").resume_matching() == []
