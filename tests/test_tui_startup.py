"""What the workbench's first screen waits for: nothing of matching, numpy or spaCy is
imported before it (they come later, in workers), and what a killed ingest left unmatched is
still matched once the screen is up."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT, SAMPLE
from tests.tui_support import prepared_store, run_app, settle
from workbench.store import Store


def test_starting_the_workbench_imports_no_numpy_matching_spacy_extractor_or_forms():
    # The store needs a few of the extractor's modules (dates, kinds), never its pipeline; the
    # first screen needs neither the article screen nor the forms (imported once it is up).
    probe = (
        "import sys, workbench.cli, workbench.cli.tui, workbench.tui.app\n"
        "heavy = ('numpy', 'spacy', 'workbench.matching.model', 'workbench.extract.pipeline',\n"
        "         'workbench.tui.screens.main', 'workbench.tui.screens.form_screen')\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr


OPEN_STORED = """
import sys, textual.app
from workbench.tui.widgets.claims_table import ClaimsTable

HEAVY = ("spacy", "numpy", "workbench.extract.pipeline", "workbench.matching.disagreement",
         "workbench.tui.screens.form_screen", "workbench.tui.screens.check",
         "workbench.tui.screens.export", "workbench.tui.screens.matches",
         "textual.widgets._text_area")
first = []
display = textual.app.App._display

def displayed(self, *args, **kwargs):
    display(self, *args, **kwargs)
    tables = self.screen.query(ClaimsTable)
    if not first and any(table.row_count for table in tables):
        first.append([name for name in HEAVY if name in sys.modules])
        self.exit()

textual.app.App._display = displayed
run = textual.app.App.run
textual.app.App.run = lambda self: run(self, headless=True, size=(120, 40))
from workbench.cli import main
main(["open", sys.argv[1]], prog_name="workbench", standalone_mode=False)
print(first)
"""


def test_open_file_stored_paints_its_claims_before_any_form_figures_or_model(
    tmp_path, sample_text, sample_extraction
):
    # `workbench open FILE` on an article already stored: by the first frame that shows its
    # claims, neither the language model, nor the forms and dialogs (imported when one first
    # opens, or once the claims are painted), nor the article's figure index (read after).
    store = prepared_store(tmp_path / "open.db", sample_text, sample_extraction)
    store.close()
    done = subprocess.run(
        [sys.executable, "-c", OPEN_STORED, str(SAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "WORKBENCH_DB": str(tmp_path / "open.db")},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[[]]", done.stdout + done.stderr


def test_opening_the_store_looks_for_no_sqlite_utils_plugins(tmp_path):
    # Looking for plugins reads the entry points of every installed package, on every start;
    # the store uses none.
    probe = (
        "import sys\nfrom workbench.store import Store\nStore.open(sys.argv[1], 'ana')\n"
        "import sqlite_utils.plugins as p\nprint(p._plugins_loaded)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "plugins.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False", done.stderr


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
