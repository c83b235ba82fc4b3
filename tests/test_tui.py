"""The Textual app driven with Pilot: every action changes the database as expected."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input, Select, TextArea
from textual.widgets.text_area import Selection

from tests.tui_support import pick_from_library, prepared_store, run_app, settle, type_text
from workbench.store import Store
from workbench.tui.screens.forms import DateForm
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.history import HistoryScreen
from workbench.tui.screens.source_form import SourceForm
from workbench.tui.widgets.article_view import ArticleView
from workbench.tui.widgets.claim_card import ClaimCard
from workbench.tui.widgets.claims_table import ClaimsTable


@pytest.fixture
def tui_store(tmp_path, sample_text, sample_extraction):
    store = prepared_store(tmp_path / "tui.db", sample_text, sample_extraction)
    yield store
    store.close()


def reopened(store) -> Store:
    """A fresh connection on the same file: what a later session would see."""
    return Store.open(store.path, "check")


async def find_six(pilot) -> None:
    await pilot.press("slash")
    await type_text(pilot, "ATACMS")
    await pilot.press("enter")
    await settle(pilot)


def six_id(store) -> int:
    return reopened(store).claims(search="ATACMS")[0]["id"]


def test_opening_shows_the_claims_and_the_first_card(tui_store):
    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        assert table.row_count == len(tui_store.claims())
        assert app.screen.claim_id == tui_store.claims()[0]["id"]

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_search_and_verdict_by_keyboard(tui_store):
    async def scenario(app, pilot):
        await find_six(pilot)
        assert app.screen.query_one(ClaimsTable).row_count == 1
        await pilot.press("v", "6")
        await type_text(pilot, "Four per the Pentagon")
        await pilot.press("enter")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    verdict = reopened(tui_store).current_verdict(six_id(tui_store))
    assert verdict["label"] == "false" and verdict["rationale"] == "Four per the Pentagon"


def test_one_undo_takes_back_a_verdict_and_the_status_it_set(tui_store):
    """`v` sets the verdict and marks a new claim checked: one key press, so one `u` takes
    both back (it took the verdict alone, leaving the claim checked), and `U` brings both
    back. The history keeps both changes, and each undo and redo as a change of its own."""
    six = six_id(tui_store)

    async def scenario(app, pilot):
        await find_six(pilot)
        await pilot.press("v", "6")
        await type_text(pilot, "Four per the Pentagon")
        await pilot.press("enter")
        await settle(pilot)
        assert (app.screen.claim["verdict"], app.screen.claim["status"]) == ("false", "checked")
        await pilot.press("u")
        await settle(pilot)
        assert (app.screen.claim["verdict"], app.screen.claim["status"]) == (None, "new")
        await pilot.press("U")
        await settle(pilot)
        assert (app.screen.claim["verdict"], app.screen.claim["status"]) == ("false", "checked")
        await pilot.press("u")
        await settle(pilot)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    store = reopened(tui_store)
    claim = store.claim(six)
    assert (claim["verdict"], claim["status"]) == (None, "new")
    history = store.history(six)
    changed = {
        h["id"]: h["action"] for h in history if h["action"] in ("status.set", "verdict.set")
    }
    assert sorted(changed.values()) == ["status.set", "verdict.set"]  # both kept, none erased
    taken = [h for h in history if h["action"] in ("undo", "redo")]
    assert [h["action"] for h in taken] == ["undo", "undo", "redo", "redo", "undo", "undo"]
    for step in (taken[:2], taken[2:4], taken[4:]):  # each step names both changes
        assert {(h["after"].get("undid") or h["after"].get("redid")) for h in step} == set(changed)


def test_add_a_source_then_link_it_from_the_library(tui_store):
    async def scenario(app, pilot):
        await find_six(pilot)
        await pilot.press("s")
        await type_text(pilot, "https://example.org/briefing")
        await pilot.press("tab")
        await type_text(pilot, "Pentagon briefing")
        form = app.screen
        form.query_one("#source-stance", Input).value = "c"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("down", "s")  # another claim, same source from the library
        await settle(pilot)
        form = app.screen
        assert isinstance(form, SourceForm)
        await pick_from_library(pilot, form, "Pentagon")
        await pilot.press("r")  # the stance, one letter
        await pilot.press("ctrl+s")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    check = reopened(tui_store)
    assert len(check.sources()) == 1
    links = check.db["claim_sources"].rows_where(order_by="id")
    assert [link["stance"] for link in links] == ["context", "refutes"]


def test_date_note_status_history_and_undo(tui_store):
    async def scenario(app, pilot):
        await find_six(pilot)
        await pilot.press("d")
        await type_text(pilot, "hier")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("n")
        await type_text(pilot, "Call the ministry")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("t", "3")
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        assert len(app.screen.rows) == 4
        await pilot.press("escape", "u")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    claim = reopened(tui_store).claim(six_id(tui_store))
    assert claim["attached_dates"][0]["iso"] == "2024-11-19"
    assert claim["notes"][0]["body"] == "Call the ministry"
    assert claim["status"] == "new"  # the status change was undone
    assert [h["action"] for h in reopened(tui_store).history(claim["id"])][-1] == "undo"


def test_a_bad_date_keeps_the_form_open_and_writes_nothing(tui_store):
    before = tui_store.db["history"].count

    async def scenario(app, pilot):
        await pilot.press("d")
        await type_text(pilot, "31/02/2024")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DateForm)
        assert "not a real day" in str(app.screen.query_one(".form-error").render())
        assert app.screen.query_one("#date-when", Input).value == "31/02/2024"

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert reopened(tui_store).db["history"].count == before


def test_add_a_claim_by_selecting_text_and_edit_it(tui_store, sample_text):
    start = sample_text.index("Cette décision")
    end = sample_text.index("occidentaux.") + len("occidentaux.")

    async def scenario(app, pilot):
        await pilot.press("a")
        area = app.screen.query_one(TextArea)
        area.selection = Selection(
            area.document.get_location_from_index(start), area.document.get_location_from_index(end)
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("e")
        speaker = app.screen.query_one("#edit-speaker", Input)
        speaker.value = "pays occidentaux"
        await pilot.press("ctrl+s")

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    added = [c for c in reopened(tui_store).claims() if c["origin"] == "analyst"]
    assert len(added) == 1 and added[0]["text"].startswith("Cette décision")
    assert added[0]["speaker"] == "pays occidentaux"


def test_filters_by_status_kind_and_speaker(tui_store):
    tui_store.set_status(six_id(tui_store), "checked")
    dated = len(tui_store.claims(kind="date"))
    zelensky = len(tui_store.claims(speaker="Zelensky"))

    async def scenario(app, pilot):
        table = app.screen.query_one(ClaimsTable)
        app.screen.query_one("#filter-status", Select).value = "checked"
        await settle(pilot)
        assert table.row_count == 1
        app.screen.query_one("#filter-status", Select).clear()
        app.screen.query_one("#filter-kind", Select).value = "date"
        await settle(pilot)
        assert table.row_count == dated
        app.screen.query_one("#filter-kind", Select).clear()
        app.screen.query_one("#filter-speaker", Input).value = "Zelensky"
        await settle(pilot)
        assert table.row_count == zelensky

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_export_writes_the_report_beside_the_database_in_use(tui_store, tmp_path, monkeypatch):
    """A trial: with `--db /tmp/trial.db`, `x` wrote to ~/.local/share/claim-workbench/reports,
    the default database's folder; reports go beside the database in use, named after it,
    and the notice says where."""
    monkeypatch.chdir(tmp_path)
    told: list[str] = []

    async def scenario(app, pilot):
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.query_one("#export-folder", Input).value == str(tmp_path / "tui-reports")
        await pilot.press("ctrl+s")
        await settle(pilot)
        told.extend(str(n.message) for n in app._notifications)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert not (tmp_path / "reports").exists()  # never the current folder
    assert not (tmp_path / "data").exists()  # nor the default database's folder
    reports = list((tmp_path / "tui-reports").glob("*"))
    assert [r.name for r in reports] == [
        f"{tui_store.sample_id}-ukraine-premières-frappes-atacms-public.md"
    ]
    assert "six missiles" in reports[0].read_text()
    assert f"Report saved to {reports[0]}" in told


def test_the_default_reports_folder_follows_the_database(tmp_path, monkeypatch):
    from workbench.report import reports_folder

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("WORKBENCH_REPORTS", raising=False)
    default = tmp_path / "data" / "claim-workbench"
    assert reports_folder(default / "workbench.db") == default / "reports"  # as it always was
    assert reports_folder(tmp_path / "trial.db") == tmp_path / "trial-reports"
    assert reports_folder(":memory:") == default / "reports"
    monkeypatch.setenv("WORKBENCH_REPORTS", str(tmp_path / "desk"))
    assert reports_folder(tmp_path / "trial.db") == tmp_path / "desk"


def test_export_to_a_folder_that_cannot_be_made_keeps_the_form_and_what_was_typed(
    tui_store, tmp_path
):
    """The form closed and a toast said `[Errno 2]`; the folder typed was lost."""
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    folder = str(tmp_path / "a-file" / "reports")

    async def scenario(app, pilot):
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#export-folder", Input).value = folder
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "ExportForm"
        assert "cannot make the folder" in str(app.screen.query_one(".form-error").render())
        assert app.screen.query_one("#export-folder", Input).value == folder

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_ingest_from_inside_the_app(tmp_path, french_nlp):
    store = Store.open(tmp_path / "empty.db", "ana")
    path = store.path
    article = tmp_path / "wire.txt"
    article.write_text(
        "Le gouvernement a annoncé jeudi 12 morts.\n\nSelon la police, "
        "40 personnes ont été blessées.",
        encoding="utf-8",
    )

    async def scenario(app, pilot):
        await pilot.press("i")
        await type_text(pilot, str(article))
        await pilot.press("tab")
        await type_text(pilot, "2024-11-21")
        await pilot.press("ctrl+s")
        await settle(pilot, rounds=8)

    run_app(store, scenario)
    check = Store.open(path)
    assert check.articles()[0]["claims"] == 2
    assert check.claims()[0]["dates"][0]["iso"] == "2024-11-21"  # that Thursday itself


def test_junk_ingested_from_the_app_is_refused_and_an_article_without_claims_said(tmp_path):
    """A trial stored "lorem ipsum dolor" as an article of no claims; from the app too it is
    refused (said, nothing stored), and an article without claims is stored and said."""
    store = Store.open(tmp_path / "empty.db", "ana")
    path = store.path
    lorem, calm = tmp_path / "lorem.txt", tmp_path / "calm.txt"
    lorem.write_text("lorem ipsum dolor\n", encoding="utf-8")
    calm.write_text("Note\n\nSee you soon.\n", encoding="utf-8")
    said: list[str] = []

    async def scenario(app, pilot):
        app.notify = lambda message, **_: said.append(str(message))
        for article in (lorem, calm):
            await pilot.press("i")
            await type_text(pilot, str(article))
            await pilot.press("tab")
            await type_text(pilot, "2024-11-21")
            await pilot.press("ctrl+s")
            await settle(pilot, rounds=8)
            if article == lorem:
                assert any("no sentence in French or English" in m for m in said), said

    run_app(store, scenario)
    assert any("calm.txt: no claim was found in it" in m for m in said), said
    assert [a["claims"] for a in Store.open(path).articles()] == [0]


def test_ingest_form_refuses_a_publication_date_that_is_not_a_day(tmp_path):
    """The form reads the date with the same rule as the ingest itself (a month alone used to
    pass the form and then fail the ingest in its worker)."""
    store = Store.open(tmp_path / "empty.db", "ana")
    path = store.path
    article = tmp_path / "wire.txt"
    article.write_text("Le gouvernement a annoncé jeudi 12 morts.", encoding="utf-8")

    async def scenario(app, pilot):
        await pilot.press("i")
        await type_text(pilot, str(article))
        await pilot.press("tab")
        await type_text(pilot, "2024-11")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "IngestForm"
        error = app.screen.query_one(".form-error")
        assert "not a real day" in str(error.render())

    run_app(store, scenario)
    assert Store.open(path).articles() == []


def test_help_palette_and_keymap(tui_store, tmp_path, monkeypatch):
    keymap = tmp_path / "keymap.toml"
    keymap.write_text('[keys]\n"main.verdict" = "ctrl+e"\n')
    monkeypatch.setenv("WORKBENCH_KEYMAP", str(keymap))

    async def scenario(app, pilot):
        commands = [c.title for c in app.get_system_commands(app.screen)]
        for action in ("Verdict", "Source", "History", "Export", "Undo"):
            assert action in commands
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        described = [description for _, description, _ in app.screen.bindings]
        assert "Verdict" in described
        # the workbench's keys come first, a table's generic cursor keys after them
        assert described.index("Verdict") < described.index("Cursor left")
        await pilot.press("escape", "ctrl+e")
        await settle(pilot)
        assert type(app.screen).__name__ == "VerdictForm"

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


def test_a_failed_save_is_shown_not_swallowed(tui_store, monkeypatch):
    from workbench.store import StoreError

    def broken(*args, **kwargs):
        raise StoreError("disk full")

    monkeypatch.setattr(Store, "add_note", broken)

    async def scenario(app, pilot):
        await pilot.press("n")
        await type_text(pilot, "lost?")
        await pilot.press("ctrl+s")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("disk full" in m for m in messages)

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


HOSTILE = (
    "Le ministre a déclaré [bold red]x[/] et [@click=app.quit]clic[/] : "
    "\x1b[31mrouge\x1b[0m <script>alert(1)</script> 12 morts."
)


def test_untrusted_text_is_shown_literally_and_triggers_nothing(tmp_path, french_nlp):
    from workbench.extract import extract

    store = Store.open(tmp_path / "hostile.db", "ana")
    article_id = store.ingest(
        HOSTILE, extract(HOSTILE, "fr", date(2024, 1, 1)), title="[b]t[/b]"
    ).article_id
    claim_id = store.claims()[0]["id"]
    source = store.add_source("https://example.org/[@click=app.quit]", title="[red]s[/red]")
    store.link_source(claim_id, source, "context", excerpt="<script>alert(1)</script>")

    async def scenario(app, pilot):
        card = app.screen.query_one(ClaimCard).plain
        assert "[bold red]x[/]" in card and "[@click=app.quit]clic[/]" in card
        assert "␛[31mrouge" in card and "<script>alert(1)</script>" in card
        assert "[red]s[/red]" in card
        article = app.screen.query_one(ArticleView).plain
        assert "[@click=app.quit]" in article
        await pilot.click("#article")
        await pilot.click("#card")
        await settle(pilot)
        assert app.is_running

    run_app(store, scenario, article_id=article_id)


def test_seen_before_confirm_and_timeline(tui_store, french_nlp):
    from tests.test_matching import ENGLISH_REPORT
    from workbench.extract import extract
    from workbench.tui.screens.matches import MatchesScreen, TimelineScreen

    tui_store.ingest(
        ENGLISH_REPORT, extract(ENGLISH_REPORT, "en", date(2024, 11, 19)), title="Wire"
    )
    six = six_id(tui_store)

    async def scenario(app, pilot):
        await find_six(pilot)
        card = app.screen.query_one(ClaimCard).plain
        assert "Wire" in card and "suggested" in card
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MatchesScreen)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("escape")  # the dialog stays up for the next suggestion
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert "2024-11-19" in str(app.screen.query_one("#timeline-body").render())

    run_app(tui_store, scenario, article_id=tui_store.sample_id)
    assert reopened(tui_store).matches(six)[0]["state"] == "confirmed"


def test_a_source_without_title_is_named_once_on_the_card(tui_store):
    """A source added by its address alone showed that address twice, as its name and again
    under it; a source with a title or publisher still shows its address under its name."""
    from workbench.tui.widgets.claim_card import card_text

    cid = six_id(tui_store)
    bare = tui_store.add_source("https://example.org/bare-source")
    named = tui_store.add_source("https://example.org/named", title="Briefing", publisher="DoD")
    tui_store.link_source(cid, bare, "supports")
    tui_store.link_source(cid, named, "refutes")
    text = card_text(tui_store.claim(cid), 150)
    assert text.count("https://example.org/bare-source") == 1
    assert "Briefing" in text and "DoD https://example.org/named" in text


def test_a_change_opened_from_the_history_reads_as_words_not_json(tui_store):
    """A figure edit showed `numbers: [{"approximate": false, "end": 369, …}]` and a speaker
    edit `speaker_kind: None`; the change now reads "six = 7 missiles" and leaves out the
    fields that follow others."""
    from workbench.tui.screens.history import ChangeScreen

    cid = six_id(tui_store)
    claim = tui_store.claim(cid)
    figures = [{**n, "value": 7.0} if n["value"] == 6 else n for n in claim["numbers"]]
    tui_store.edit_claim(cid, numbers=figures, speaker="Pentagone")

    async def scenario(app, pilot):
        await find_six(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press(*["down"] * (len(app.screen.rows) - 1), "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChangeScreen)
        body = str(app.screen.query_one("#change-body").render())
        assert "six = 7" in body and "six = 6" in body and "Pentagone" in body
        assert "approximate" not in body and "speaker_kind" not in body and "{" not in body

    run_app(tui_store, scenario, article_id=tui_store.sample_id)


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("Exemple", "Ukraine  Exemple 2024-11-20"),
        (None, "Ukraine  2024-11-20"),
        ("  ", "Ukraine  2024-11-20"),
    ],
)
def test_the_title_line_says_only_the_parts_the_article_has(
    tmp_path, sample_text, sample_extraction, outlet, line
):
    """An article without an outlet showed its title, three spaces, then its date: the
    parts it lacks leave no separator behind."""
    store = Store.open(tmp_path / "title.db", "ana")
    article = store.ingest(sample_text, sample_extraction, title="Ukraine", outlet=outlet)

    async def scenario(app, pilot):
        assert app.screen.query_one("#article-title").render().plain == line

    run_app(store, scenario, article_id=article.article_id)
