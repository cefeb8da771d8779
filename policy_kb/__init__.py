"""Policy loading and the knowledge base the matcher searches."""
