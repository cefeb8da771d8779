"""Slack ingress benchmark: signed events at N concurrent connections, policybot beside a bare bolt app.

    .venv/bin/python bench/bench_slack.py [--events 2000] [--concurrency 50] [--rounds 3]

Each server runs in its own process on 127.0.0.1 with a loopback fake of the Slack Web API in another,
and this process only sends signed `message.im` events and times each acknowledgement. The bare app is
slack-bolt with one listener that only acknowledges; policybot is `build_app` with its real engine on a
fresh SQLite file, so every event is also answered (matcher, database turn, chat.postMessage) after the
ack. Reported: p50/p99 time to acknowledge, acknowledged events per second, and for policybot the rate
at which answers actually reached the fake Slack.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-signing-secret"
AIM_P99_MS = 100
AIM_SHARE = 70
QUESTIONS = ("Can I use my phone in class?", "Can I post photos of pupils on my personal Instagram?",
             "Can I accept a friend request from a parent?", "hello", "Who agreed the policy?")


def _fake_process(ready: mp.Queue) -> None:
    """The loopback fake Slack, plus GET /bench/answers: how many chat.postMessage calls it has had."""
    sys.path.insert(0, str(ROOT))
    from aiohttp import web

    from tests.fakes.slack_api import FakeSlack

    async def main() -> None:
        fake = FakeSlack()
        app = fake.app()

        async def answers(_request: web.Request) -> web.Response:
            return web.json_response(len(fake.of("chat.postMessage")))

        app.router.add_get("/bench/answers", answers)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        ready.put(f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/")  # type: ignore[union-attr]
        await asyncio.Event().wait()

    asyncio.run(main())


def _serve(app_kind: str, slack_url: str, ready: mp.Queue) -> None:
    sys.path.insert(0, str(ROOT))
    from aiohttp import web

    if app_kind == "policybot":
        from app import build_app
        from bot.config import Settings

        db = Path(tempfile.mkdtemp()) / "bench.db"
        app = build_app(Settings(_env_file=None, POLICYBOT_DATABASE_URL=f"sqlite+aiosqlite:///{db}",
                                 SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET,
                                 SLACK_API_URL=slack_url, SLACK_HEADTEACHER_CHANNEL="C0HEAD"))
    else:
        from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
        from slack_bolt.async_app import AsyncApp
        from slack_sdk.web.async_client import AsyncWebClient

        bolt = AsyncApp(client=AsyncWebClient(token="xoxb-bench", base_url=slack_url), signing_secret=SECRET)

        @bolt.event("message")
        async def only_ack(ack: Callable[[], Awaitable[None]]) -> None:
            await ack()

        async def handler(request: web.Request) -> web.Response:
            return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

        app = web.Application()
        app.router.add_post("/slack/events", handler)

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        ready.put(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        await asyncio.Event().wait()

    asyncio.run(main())


def _signed(index: int, run: str) -> tuple[bytes, dict[str, str]]:
    from slack_sdk.signature import SignatureVerifier

    user = f"U{index % 50:04d}"  # 50 people, so turns on different conversations run side by side
    event = {"type": "message", "channel_type": "im", "channel": f"D{user[1:]}", "user": user,
             "text": QUESTIONS[index % len(QUESTIONS)], "ts": f"{1700000000 + index}.000100"}
    body = json.dumps({"type": "event_callback", "team_id": "T0BENCH", "api_app_id": "A0BENCH", "event": event,
                       "event_id": f"Ev{run}{index:07d}", "event_time": int(time.time())})
    ts = str(int(time.time()))
    return body.encode(), {"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts,
                           "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)}


async def _load(port: int, events: int, concurrency: int, run: str) -> tuple[list[float], float, int]:
    """Post `events` signed events, `concurrency` at a time; per-event ack seconds, wall time, failures."""
    url = f"http://127.0.0.1:{port}/slack/events"
    prepared = [_signed(i, run) for i in range(events)]
    latencies: list[float] = []
    failures = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(events):
        queue.put_nowait(i)

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal failures
        while not queue.empty():
            body, headers = prepared[queue.get_nowait()]
            started = time.perf_counter()
            async with session.post(url, data=body, headers=headers) as response:
                await response.read()
                if response.status != 200:
                    failures += 1
            latencies.append(time.perf_counter() - started)

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return latencies, wall, failures


async def _answer_count(slack_base: str) -> int:
    async with aiohttp.ClientSession() as session, session.get(slack_base + "bench/answers") as response:
        return int(await response.json())


async def _answers_reach(slack_base: str, count: int, limit: float = 120.0) -> float:
    """Seconds until the fake Slack has received `count` answers in all (polled every 10 ms)."""
    started = time.perf_counter()
    async with aiohttp.ClientSession() as session:
        while time.perf_counter() - started < limit:
            async with session.get(slack_base + "bench/answers") as response:
                if int(await response.json()) >= count:
                    return time.perf_counter() - started
            await asyncio.sleep(0.01)
    raise TimeoutError(f"fewer than {count} answers after {limit} s")


def _start(target: Callable[..., None], *args: object) -> tuple[mp.process.BaseProcess, object]:
    """Start a server process (fresh interpreter) and wait for the address it reports."""
    spawn = mp.get_context("spawn")
    ready = spawn.Queue()
    process = spawn.Process(target=target, args=(*args, ready), daemon=True)
    process.start()
    return process, ready.get(timeout=60)


def _summary(latencies: list[float], wall: float) -> tuple[float, float, float]:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered) * 1000, p99 * 1000, len(latencies) / wall


def _round(kind: str, slack_url: str, slack_base: str, events: int, concurrency: int, run: str) -> tuple:
    """One server process: warm up, then time `events` acks (and for policybot, every answer)."""
    server, port = _start(_serve, kind, slack_url)
    try:
        warm = min(100, events)
        before = asyncio.run(_answer_count(slack_base))
        asyncio.run(_load(port, warm, concurrency, f"w{run}"))
        if kind == "policybot":
            asyncio.run(_answers_reach(slack_base, before + warm))
        started = time.perf_counter()
        latencies, wall, failures = asyncio.run(_load(port, events, concurrency, run))
        end_to_end = None
        if kind == "policybot":
            asyncio.run(_answers_reach(slack_base, before + warm + events))
            end_to_end = events / (time.perf_counter() - started)
        return (*_summary(latencies, wall), failures, end_to_end)
    finally:
        server.terminate()
        server.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3, help="alternate the two apps this many times")
    args = parser.parse_args()

    fake, slack_base = _start(_fake_process)
    slack_url = f"{slack_base}api/"
    results: dict[str, list[tuple]] = {"bare-bolt": [], "policybot": []}
    try:
        for n in range(args.rounds):
            for kind in results:
                result = _round(kind, slack_url, str(slack_base), args.events, args.concurrency, f"{kind}{n}")
                results[kind].append(result)
                p50, p99, rate, failures, e2e = result
                extra = f"  answers {e2e:5.0f}/s end to end" if e2e else ""
                print(f"round {n + 1} {kind:10} p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  {rate:6.0f} acks/s  "
                      f"failures {failures}{extra}", flush=True)
    finally:
        fake.terminate()
        fake.join()
    print(f"\nmedians over {args.rounds} rounds, {args.events} signed events, "
          f"{args.concurrency} concurrent connections:")
    rates = {}
    for kind, rows in results.items():
        p50, p99, rate = (statistics.median(r[i] for r in rows) for i in range(3))
        rates[kind] = rate
        print(f"  {kind:10} p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  {rate:6.0f} events/s")
    e2e = statistics.median(r[4] for r in results["policybot"])
    share = 100 * rates["policybot"] / rates["bare-bolt"]
    print(f"  policybot acknowledges at {share:.0f} % of the bare app's rate; "
          f"it answers {e2e:.0f} events/s end to end (engine, database, chat.postMessage)")
    p99 = statistics.median(r[1] for r in results["policybot"])
    # Issue 4's aim: p99 under 100 ms, and at least 70 % of the bare app's rate.
    print(f"  aim p99 < {AIM_P99_MS} ms: {'met' if p99 < AIM_P99_MS else 'NOT met'}; "
          f"aim >= {AIM_SHARE} % of bare bolt: {'met' if share >= AIM_SHARE else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
