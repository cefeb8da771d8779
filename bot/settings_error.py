"""The error a setting that cannot be read raises (PORT=abc), in a module of its own: `app.py` catches it for every
command without importing pydantic-settings, which `ask` avoids (bot/policy_path.py)."""

from __future__ import annotations


class SettingsError(ValueError):
    """Settings that cannot be read: one line a variable, naming it and what it must be, never a secret's value."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
