"""The Textual front end. Only the commands that open the TUI import this package."""
