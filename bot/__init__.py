"""policybot's platform-neutral core: the engine, its flows and its store."""
