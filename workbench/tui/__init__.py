"""The Textual front end. It calls the storage layer through StoreGateway, never SQL."""

from workbench.tui.app import ClaimWorkbench, make_app

__all__ = ["ClaimWorkbench", "make_app"]
