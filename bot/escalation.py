"""What the core hands an adapter when a concern must reach the Headteacher, and what it gets back.

The engine never sends anything itself: the outbox worker (bot/outbox.py) calls the `EscalationChannel`
of the platform that owns the destination, and retries on `DeliveryError` until delivered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from bot.messages import Button

ConcernStatus = Literal["new", "acknowledged", "closed"]


@dataclass(frozen=True, slots=True)
class EscalationView:
    """Everything an escalation message shows, already worded; renderers only lay it out."""

    reference: str
    urgent: bool
    category: str
    status: ConcernStatus
    assignee: str | None
    reporter: str
    summary: tuple[tuple[str, str], ...]  # (label, value) rows, in display order
    buttons: tuple[Button, ...]  # Acknowledge / Take / Close as the status allows
    text: str  # a plain-text fallback (notifications, screen readers)
    reminder: bool = False  # an URGENT concern nobody has acknowledged in time
    writing: bool = False  # its reporter is still adding details (an URGENT concern escalated before they finished)
    reopened: bool = False  # a new message saying details came after it was closed, and it is open again


@dataclass(frozen=True, slots=True)
class Receipt:
    """The platform's handle on a posted escalation, kept so later changes update it in place."""

    message_ref: str


class DeliveryError(Exception):
    """A send that did not (certainly) happen; `retry_after` honours the platform's Retry-After; `maybe_sent`: the
    request went out and no answer came back (a read timeout, a connection dropped mid-way), so it may have landed."""

    def __init__(self, message: str, retry_after: float | None = None, permanent: bool = False,
                 maybe_sent: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent
        self.maybe_sent = maybe_sent


# How an outbox entry's last error begins once any try of it may have landed (after REFUSED, if that is there): kept
# through later failures until it is delivered, so a held-up notice that may have been read is never silently withdrawn
MAY_HAVE_LANDED = "may have landed: "


class EscalationChannel(Protocol):
    """One platform's way to reach the Headteacher and a reporter. Implemented by each adapter."""

    platform: str  # "slack", "teams", "local"

    async def post(self, view: EscalationView, destination: str, key: str, retry: bool = False) -> Receipt:
        """Post a new escalation to `destination` (an address from this adapter or its settings).

        `key` is stable across retries; `retry` is True when an earlier attempt may have reached the platform
        (a timeout, a lost response), so the adapter must check before posting again: never post twice.
        """
        ...

    async def update(self, view: EscalationView, destination: str, receipt: Receipt) -> None:
        """Replace the posted escalation with its new state."""
        ...

    async def notify(self, address: str, text: str, key: str, retry: bool = False) -> None:
        """Send plain text to an address: a reporter privately ("C-0042 was acknowledged") or a channel."""
        ...
