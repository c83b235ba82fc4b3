"""Packages are found, never listed by hand: every package under workbench/, plus the schema in
db/, which ships as `workbench.db` (pyproject.toml maps the folder; a `find` table there cannot
rename a package, so the list is computed here). Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["workbench", "workbench.*"]), "workbench.db"])
