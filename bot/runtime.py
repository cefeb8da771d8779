"""The running product: policy knowledge base, database, engine and outbox worker, started and stopped together.

The server (app.py `build_app`) and the terminal chat both use `open_runtime`, so they share one engine
and one database.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass

from aiohttp import web

from bot.config import Settings
from bot.engine import Engine
from bot.escalation import EscalationChannel
from bot.outbox import OutboxWorker
from bot.store.store import Store
from policy_kb.knowledge import KnowledgeBase, load_knowledge_base

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """Everything one process needs to answer and escalate."""

    settings: Settings
    kb: KnowledgeBase
    store: Store
    engine: Engine
    outbox: OutboxWorker
    channels: dict[str, EscalationChannel]


SETTINGS = web.AppKey("settings", Settings)
CHANNELS = web.AppKey("channels", dict)  # platform -> EscalationChannel; adapters register theirs when mounted
RUNTIME = web.AppKey("runtime", Runtime)


async def open_runtime(settings: Settings, channels: Mapping[str, EscalationChannel] | dict,
                       kb: KnowledgeBase | None = None) -> Runtime:
    """Load the policy (errors name file and line), open and migrate the database, build the engine.

    `kb`: the policy in `settings` already loaded, by a caller opening many runtimes on it (the test suite opens
    thousands, and reading the built index again was a fifth of opening each)."""
    kb = kb if kb is not None else load_knowledge_base(settings.policy)
    store = await Store.open(settings.database_url)
    channel_map: dict[str, EscalationChannel] = channels if isinstance(channels, dict) else dict(channels)
    outbox = OutboxWorker(store, channel_map, settings)
    engine = Engine(store, kb, settings, on_outbox=outbox.wake)
    return Runtime(settings, kb, store, engine, outbox, channel_map)


@contextlib.asynccontextmanager
async def running(runtime: Runtime) -> AsyncIterator[Runtime]:
    """Run the outbox worker beside whatever uses the runtime; stop it and close the database after."""
    task = asyncio.create_task(runtime.outbox.run(), name="policybot-outbox")
    try:
        yield runtime
    finally:
        runtime.outbox.stop()
        # let a pass in flight finish its database work; cancel only one stuck on a platform call
        done, _ = await asyncio.wait({task}, timeout=5.0)
        if not done:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await runtime.store.close()


def runtime_context(settings: Settings) -> Callable[[web.Application], AsyncIterator[None]]:
    """An aiohttp cleanup context: the runtime exists from start-up to shutdown, as app[RUNTIME]."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        runtime = await open_runtime(settings, app[CHANNELS])
        app[RUNTIME] = runtime
        # The start-up heap (policy index, engine, libraries) lives as long as the process; a full collection
        # walking it took ~90 ms under load and stalled every Slack acknowledgement in flight
        # (bench/bench_slack.py). Frozen, the collector never walks it again.
        gc.collect()
        gc.freeze()
        async with running(runtime):
            yield

    return context
