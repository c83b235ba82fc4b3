"""Claim Workbench: a fact-checker's workbench for the terminal."""

__version__ = "0.1.0"
