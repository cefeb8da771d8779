"""Command-line commands: ask, eval, kb check, reports."""
