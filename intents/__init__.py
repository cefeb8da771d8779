"""Matching a message to policy clauses and to an intent: pure functions, no I/O."""

from intents.index import IndexEntry, PolicyIndex, build_index
from intents.understanding import Candidate, Intent, Understanding, rank, understand

__all__ = ["Candidate", "IndexEntry", "Intent", "PolicyIndex", "Understanding", "build_index", "rank", "understand"]
