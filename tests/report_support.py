"""A scripted verification session on the sample article, at fixed times, for report tests."""

from __future__ import annotations

from tests.tui_support import prepared_store


def scripted_store(path, text, extraction):
    """The sample with verdicts (one corrected), sources, dates, notes and a status change."""
    store = prepared_store(path, text, extraction, analyst="marie")
    store.set_setting("organisation", "Desk Vérif")
    store.set_setting("organisation_url", "https://verif.example.org")
    six = store.claims(search="ATACMS")[0]["id"]
    eight = store.claims(search="huit personnes")[0]["id"]
    zelensky = store.claims(search="perdrons")[0]["id"]
    store.set_status(six, "in-progress")
    store.set_verdict(six, "Vrai", "Le ministère l'affirme.")
    pentagon = store.add_source(
        "https://example.org/pentagone",
        title="Point presse",
        publisher="Pentagone",
        published="2024-11-20",
        accessed="2024-11-21",
        archived_url="https://archive.example.org/pentagone",
    )
    store.link_source(six, pentagon, "refutes", excerpt="quatre missiles ATACMS")
    store.analyst = "paul"
    store.set_verdict(six, "Plutôt faux", "Le Pentagone parle de quatre missiles.")
    store.set_status(six, "checked")
    store.add_date(six, "event", "19 novembre 2024")
    store.add_note(six, "Rappeler le ministère.")
    store.set_verdict(eight, "Invérifiable", "Aucun bilan indépendant.")
    store.set_verdict(zelensky, "true", "Interview Fox News vérifiée.")
    interview = store.add_source(
        "https://example.org/fox", title="Interview", publisher="Fox News", accessed="2024-11-21"
    )
    store.link_source(zelensky, interview, "supports")
    return store
