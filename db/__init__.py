"""The Claim Workbench schema: ordered, named migrations over sqlite-utils (shipped as
`workbench.db`). Never edit or rename an applied migration: its name is its identity."""

from workbench.db.migrations import MIGRATION_SET, migrations

__all__ = ["MIGRATION_SET", "migrations"]
