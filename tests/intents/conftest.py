"""The bundled Longton Lane knowledge base, loaded once for the matcher and answer tests."""

from __future__ import annotations

import pytest

from bot.config import BUNDLED_POLICY
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge_base(BUNDLED_POLICY)
