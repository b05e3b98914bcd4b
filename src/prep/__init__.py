"""prep: interview practice for backend engineers, in the terminal.

Kept free of imports so that `prep --help` and `prep --version` start fast.
"""

__version__ = "0.1.0"
