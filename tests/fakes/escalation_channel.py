"""A recording EscalationChannel that can be told to fail: errors, Retry-After, or 'sent but the answer was lost'."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.escalation import DeliveryError, EscalationView, Receipt


@dataclass
class Sent:
    kind: str
    destination: str
    key: str
    view: EscalationView | None = None
    text: str = ""
    retry: bool = False


@dataclass
class FakeChannel:
    """Like a platform: it keeps what was posted; `fail_next` queues faults for the next calls."""

    platform: str = "local"
    sent: list[Sent] = field(default_factory=list)
    calls: list[Sent] = field(default_factory=list)
    fail_next: list[str] = field(default_factory=list)  # "error" | "ratelimit" | "hang" | "lost" (sent, then raise)
    retry_after: float = 0.05
    refuse_posts: bool = False  # every post refused for good, as by an archived channel, until set back
    # people whose own chat fails (HTTP 503) while they are named here: a notice to them waits in the outbox, as an
    # admin's DM does while Slack is down for them (one helper for every fake, whatever else it refuses)
    away: set[str] = field(default_factory=set)
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def _fault(self, call: Sent) -> str | None:
        self.calls.append(call)
        self.changed.set()
        return self.fail_next.pop(0) if self.fail_next else None

    def _record(self, call: Sent) -> None:
        self.sent.append(call)
        self.changed.set()

    async def post(self, view: EscalationView, destination: str, key: str, retry: bool = False) -> Receipt:
        call = Sent("post", destination, key, view, retry=retry)
        fault = self._fault(call)
        already = next((s for s in self.sent if s.kind == "post" and s.key == key), None)
        if retry and already is not None:  # the idempotency guard a real adapter implements
            return Receipt(f"msg-{self.sent.index(already)}")
        if self.refuse_posts:
            raise DeliveryError("slack chat.postMessage: is_archived", permanent=True)
        if fault == "hang":
            await asyncio.sleep(3600)
        if fault == "error":
            raise DeliveryError("HTTP 500")
        if fault == "ratelimit":
            raise DeliveryError("HTTP 429", retry_after=self.retry_after)
        self._record(call)
        if fault == "lost":
            raise DeliveryError("timed out waiting for the answer")
        return Receipt(f"msg-{len(self.sent) - 1}")

    async def update(self, view: EscalationView, destination: str, receipt: Receipt) -> None:
        call = Sent("update", destination, receipt.message_ref, view)
        if self._fault(call) is not None:
            raise DeliveryError("HTTP 503")
        self._record(call)

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        call = Sent("notify", address, key, text=text, retry=retry)
        if address in self.away:
            self.calls.append(call)
            self.changed.set()
            raise DeliveryError("HTTP 503")
        fault = self._fault(call)
        if retry and any(s.kind == "notify" and s.key == key for s in self.sent):
            return
        if fault in ("error", "ratelimit"):
            raise DeliveryError("HTTP 500", retry_after=self.retry_after if fault == "ratelimit" else None)
        self._record(call)

    def posts(self) -> list[Sent]:
        return [s for s in self.sent if s.kind == "post"]

    def of(self, kind: str) -> list[Sent]:
        return [s for s in self.sent if s.kind == kind]

    def to(self, who: str) -> list[str]:
        """The texts of the private notices delivered to `who`."""
        return [s.text for s in self.of("notify") if s.destination == who]

    def tried(self, who: str) -> bool:
        """Whether a private notice to `who` was tried, delivered or not."""
        return any(c.kind == "notify" and c.destination == who for c in self.calls)

    async def wait_for(self, predicate: Callable[[FakeChannel], bool], within: float = 30.0) -> None:
        """Wait until `predicate(self)` holds: for an event, not for time. `within` only bounds a test that fails:
        generous, since a loaded CI machine (load 7-14 on 2 CPUs) ran some waits past the 10 s it was until helper
        flaky."""
        async def loop() -> None:
            while not predicate(self):
                self.changed.clear()
                await self.changed.wait()
        try:
            await asyncio.wait_for(loop(), within)
        except TimeoutError:
            calls = [(c.kind, c.destination, c.key) for c in self.calls]
            raise AssertionError(f"not so within {within} s; the calls made: {calls}") from None


@dataclass
class ChatUnreachable(FakeChannel):
    """The platform takes the Headteacher's channel's messages, but one person's own chat (`whose`) fails while
    `down`: a held-up or arrival notice to them waits, as a teacher's or admin's DM does in a Slack blip."""

    whose: str = ""
    down: bool = False

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        if address == self.whose and self.down:
            self.calls.append(Sent("notify", address, key, text=text, retry=retry))
            self.changed.set()
            raise DeliveryError("HTTP 503")
        await super().notify(address, text, key, retry)
