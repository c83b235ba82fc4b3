"""`python -m workbench` runs the command line, as the `workbench` script does."""

from workbench.cli import main

main()
