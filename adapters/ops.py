"""Operations endpoints: /healthz (the process is up), /readyz (database and policy ready), /metrics (Prometheus)."""

from __future__ import annotations

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.config import Settings
from bot.metrics import REGISTRY
from bot.runtime import RUNTIME


async def healthz(request: web.Request) -> web.Response:
    """200 while the process serves HTTP at all."""
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    """200 only when the policy is loaded and the database answers; else 503 with a short reason."""
    runtime = request.app.get(RUNTIME)
    if runtime is None:
        return web.json_response({"ready": False, "reason": "starting"}, status=503)
    if runtime.kb is None:
        return web.json_response({"ready": False, "reason": "policy not loaded"}, status=503)
    if not await runtime.store.ping():
        return web.json_response({"ready": False, "reason": "database unreachable"}, status=503)
    return web.json_response({"ready": True})


async def metrics(request: web.Request) -> web.Response:
    """The engine's and outbox's counters in the Prometheus text format."""
    return web.Response(body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})


def mount(app: web.Application, settings: Settings) -> None:
    """Add the three operations routes; they need no configuration."""
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)
