"""Translators between the platforms (Slack, Teams, terminal, web, CLI) and the engine."""
