"""Matching a message to policy clauses and to an intent: pure functions, no I/O."""
