"""Slack: the slack-bolt app, its translation to and from the engine, and escalation delivery."""
