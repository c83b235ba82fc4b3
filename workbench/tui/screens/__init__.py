"""The workbench's screens: the article picker, the main claim screen, and the modal forms."""
