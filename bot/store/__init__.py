"""Storage: SQLAlchemy models, the turn transaction, concerns, audit trail and outbox."""
