"""Reusable widgets of the workbench; each keeps its intrinsic style in DEFAULT_CSS."""
