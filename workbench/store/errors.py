"""Errors the storage layer raises; each message is written for the analyst, not a developer."""

from __future__ import annotations


class StoreError(Exception):
    """Anything the user must know about that kept a change from being saved."""


class NotFound(StoreError):
    """An id that names nothing in the database."""


class InvalidInput(StoreError):
    """A value the store refuses: an impossible date, a non-http(s) URL, an unknown label."""


class DatabaseUnavailable(StoreError):
    """The database file cannot be used: locked, corrupt, or written by a newer version."""


class StaleEdit(StoreError):
    """An edit made on values someone else has changed since the analyst's form showed them."""
