"""Conversation flows: explicit, persisted state machines."""
