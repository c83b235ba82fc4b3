"""Servers for colleagues in a browser: `web` (the Textual app through textual-serve) and
`publish` (Datasette, read-only, on the database). This package only starts processes: it
never opens the database itself, so the storage layer stays the only code that does."""
