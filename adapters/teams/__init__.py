"""Microsoft Teams: the botbuilder adapter, translation to and from the engine, proactive delivery."""
