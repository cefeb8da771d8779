"""The escalation outbox worker: delivers every committed outbox entry through its platform, until delivered.

Entries are claimed with a lease (a crash mid-send leaves the entry to be retried, with `retry=True` so
the adapter checks before posting again), retried with exponential backoff that honours Retry-After, and
never dropped: an escalation with nowhere to go waits until a destination is configured.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import (
    cancelled_reports,
    concerns,
    destinations,
    draft_reminders,
    held_up,
    notice_order,
    notice_trail,
    question_held_up,
    question_refused,
    question_refused_admins,
    report_route,
    reporter_told,
)
from bot.config import Settings
from bot.escalation import MAY_HAVE_LANDED, DeliveryError, EscalationChannel, Receipt
from bot.faults import where
from bot.metrics import HELD_UP, OUTBOX_PENDING, OUTBOX_RETRIES, OUTBOX_SENT
from bot.store.models import Concern, OutboxEntry
from bot.store.store import Store, aware, utcnow

log = logging.getLogger(__name__)
SEND_TIMEOUT = 30.0  # a platform call that hangs longer may still have landed: retried with retry=True
# A claim outlives the send it covers by this much, so a second worker (the terminal chat and the server share a
# database) never takes an entry the first may still be sending, yet a crash mid-send is retried within a minute.
LEASE_MARGIN = timedelta(seconds=30)
MAX_BACKOFF = 300.0
TIMED_OUT = "timed out"


class NotNeeded(Exception):
    """An entry no longer worth sending (a reminder for a draft since sent or cancelled): withdrawn, not failed.
    `trail`: why, in a Head's words, for the trail of the concern or question a notice was about (notice_trail)."""

    def __init__(self, why: str, trail: str = "") -> None:
        super().__init__(why)
        self.trail = trail


@dataclass(frozen=True, slots=True)
class Job:
    """A claimed entry, detached from its session: what to send and where."""

    id: int
    key: str
    kind: str
    platform: str | None
    concern_id: int | None
    address: str | None
    payload: dict[str, object]
    attempts: int
    # A try ended with no answer from the platform (timed out, here or in the adapter, or the worker stopped
    # mid-send): it may have been delivered.
    may_have_landed: bool = False


NOWHERE = "none"  # a try that called no platform: no Headteacher's channel set, or waiting on another message


@dataclass(slots=True)
class Attempt:
    """Where one try went, for policybot_outbox_retries_total: NOWHERE until a platform is called; and when it began,
    so a channel named while it was out is known (`destinations.named_since`)."""

    platform: str = NOWHERE
    began: datetime | None = None


class OutboxWorker:
    """Delivers outbox entries and raises reminders: for URGENT concerns nobody has acknowledged, and to reporters
    who left a report half-written (bot/draft_reminders.py)."""

    def __init__(self, store: Store, channels: Mapping[str, EscalationChannel], settings: Settings,
                 retry_base: float | None = None) -> None:
        self.store = store
        self.channels = channels
        self.settings = settings
        self.retry_base = settings.outbox_retry_seconds if retry_base is None else retry_base
        self.send_timeout = SEND_TIMEOUT
        self.quiet_hours: draft_reminders.QuietHours | None = draft_reminders.SCHOOL_NIGHT  # for draft reminders
        self._wake = asyncio.Event()
        self._stopped = False

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    async def run(self) -> None:
        """Deliver until stopped; a failure in one pass is logged and the next pass tries again."""
        try:  # a destination may have been set in the environment since the last start
            async with self.store.transaction() as s:
                await destinations.release_waiting(s, utcnow())
                await question_refused.resume(s, utcnow(), question_refused.AT_START)
        except Exception as exc:
            log.error("outbox could not release waiting entries (%s)", where(exc))
        try:  # apart: a second worker starting beside this one and queueing the same notices undoes these alone
            async with self.store.transaction() as s:
                await self._tell_admins_added(s, utcnow())
        except Exception as exc:
            log.error("outbox could not tell new admins of questions set aside (%s)", where(exc))
        while not self._stopped:
            # Cleared before the pass, not after: a wake or a stop that arrives mid-pass must not be lost.
            self._wake.clear()
            try:
                await self.raise_reminders()
                await self.raise_draft_reminders()
                await self.forget_cancelled_reports()
                await self.deliver_due()
                delay = await self._seconds_to_next()
            except Exception as exc:
                log.error("outbox pass failed (%s); retrying", where(exc))
                delay = 1.0
            if self._stopped:
                break
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
            except TimeoutError:
                pass

    async def _seconds_to_next(self) -> float:
        async with self.store.transaction() as s:
            soonest = (await s.execute(select(func.min(OutboxEntry.next_attempt_at))
                                       .where(OutboxEntry.status == "pending"))).scalar()
            OUTBOX_PENDING.set((await s.execute(select(func.count()).select_from(OutboxEntry)
                                                .where(OutboxEntry.status == "pending"))).scalar() or 0)
            reminder = await self._next_reminder(s)
            draft = await draft_reminders.next_due(s, utcnow(), self.quiet_hours)
        due = [t for t in (soonest and aware(soonest), reminder, draft) if t is not None]
        if not due:
            return 5.0
        wait = (min(due) - utcnow()).total_seconds()
        return min(max(wait, 0.01), 5.0)

    async def _next_reminder(self, session: AsyncSession) -> datetime | None:
        """When the next URGENT reminder falls due, so the worker wakes for it rather than on its next poll."""
        interval = timedelta(minutes=self.settings.urgent_reminder_minutes)
        rows = await session.execute(select(Concern.created_at, Concern.reminders_sent)
                                     .where(Concern.urgent.is_(True), Concern.status == "new"))
        return min((aware(at) + interval * (sent + 1) for at, sent in rows), default=None)  # type: ignore[operator]

    async def deliver_due(self, limit: int = 50) -> int:
        """Claim and deliver entries now due, one at a time; returns how many were delivered.

        One claim per send: a batch claimed together would see its later leases run out while an earlier
        send hangs, and another worker could then send the same entry alongside this one.
        """
        delivered = 0
        started = utcnow()
        for _ in range(limit):
            if self._stopped:  # shutting down: claim nothing new, so no send is cut off half-recorded
                break
            job = await self._claim(started)
            if job is None:
                break
            delivered += await self._deliver(job)
        return delivered

    async def _claim(self, due_by: datetime) -> Job | None:
        """The oldest entry due by `due_by`, leased to this worker; entries failing in this pass wait for the next."""
        async with self.store.transaction() as s:
            row = (await s.execute(select(OutboxEntry).where(OutboxEntry.status == "pending",
                                                             OutboxEntry.next_attempt_at <= due_by)
                                   .order_by(OutboxEntry.id).limit(1)
                                   # PostgreSQL: a row another worker is claiming is skipped, not claimed twice
                                   # (READ COMMITTED would let both read it). SQLite's write lock already serialises.
                                   .with_for_update(skip_locked=True))).scalar_one_or_none()
            if row is None:
                return None
            unanswered = row.attempts > 0 and (row.last_error in ("", TIMED_OUT)  # TIMED_OUT: an older release's
                                               or row.last_error.removeprefix(destinations.REFUSED)
                                               .startswith(MAY_HAVE_LANDED))
            row.attempts += 1
            row.next_attempt_at = utcnow() + timedelta(seconds=self.send_timeout) + LEASE_MARGIN
            row.last_error = ""  # in flight: no longer "waiting for a destination", so nothing may release it
            return Job(row.id, row.key, row.kind, row.platform, row.concern_id, row.address,
                       dict(row.payload or {}), row.attempts, unanswered)

    async def _deliver(self, job: Job) -> int:
        attempt = Attempt(began=utcnow())
        try:
            receipt = await asyncio.wait_for(self._send(job, attempt), self.send_timeout)
        except TimeoutError:
            await self._failed(job, DeliveryError(TIMED_OUT), attempt)
            return 0
        except NotNeeded as why:
            await self._withdrawn(job, str(why), why.trail)
            return 0
        except DeliveryError as exc:
            await self._failed(job, exc, attempt)
            return 0
        except Exception as exc:  # a bug or an unexpected library error must not lose the entry
            log.error("outbox entry %s failed unexpectedly: %s", job.id, where(exc))
            await self._failed(job, DeliveryError(type(exc).__name__), attempt)
            return 0
        # Shielded: once the platform has it, recording that must not be cut off by a shutdown, or the
        # restart would send it again.
        await asyncio.shield(self._succeeded(job, receipt))
        return 1

    async def _send(self, job: Job, attempt: Attempt) -> Receipt | None:
        retry = job.attempts > 1
        concern, destination, note = await self._load(job)
        if job.kind in ("post", "remind"):
            if concern is None:
                return None
            if why := concerns.not_needed(job.kind, job.payload, concern):
                # and the held-up notices about it go with it (bot/notice_order.py)
                raise NotNeeded(why)
            platform, address = destination or (None, None)
            if platform is None or address is None:
                raise DeliveryError(destinations.NO_DESTINATION)
            channel, attempt.platform = self.channels[platform], platform
            view = concerns.view(concern, reminder=job.kind == "remind", note=note,
                                 reopened=concerns.REOPENED in job.payload,
                                 new=str(job.payload.get(concerns.NEW_SINCE_CLOSED, "")))
            receipt = await channel.post(view, address, job.key, retry)
            return Receipt(f"{platform}\n{address}\n{receipt.message_ref}")
        if job.kind == "update":
            if concern is None:
                return None
            if not concern.escalation_ref or not concern.escalation_platform:
                # Not posted yet, or posted but its receipt not recorded: a post retry may find an older copy
                # of the message, so this update must still follow it.
                raise DeliveryError("the escalation is not posted yet")
            channel, attempt.platform = self.channels[concern.escalation_platform], concern.escalation_platform
            await channel.update(concerns.view(concern, note=note), concern.escalation_destination or "",
                                 Receipt(concern.escalation_ref))
            return None
        if job.kind in ("notify", "question"):
            if draft_reminders.DRAFT in job.payload:
                async with self.store.transaction() as s:
                    if not await draft_reminders.still_waiting(s, job.payload):
                        raise NotNeeded("the draft was sent, cancelled or carried on since")
            if not question_refused_admins.still_an_admin(self.settings, job.payload):
                raise NotNeeded("its admin was removed from POLICYBOT_ADMINS since it was queued",
                                notice_trail.NO_LONGER_AN_ADMIN)
            if concern is not None and "admin_told" in job.payload:
                async with self.store.transaction() as s:
                    if not await held_up.still_for_them(s, self.settings, self.channels, concern, job.payload,
                                                        destination):
                        raise NotNeeded("its admin was removed from POLICYBOT_ADMINS since it was queued",
                                        notice_trail.NO_LONGER_AN_ADMIN)
            if notice_order.ordered(job.payload):
                async with self.store.transaction() as s:
                    news = await notice_order.still_news(s, job.payload)
                    arrived = job.may_have_landed and await notice_order.arrived(s, job.payload)
                if news is None:
                    raise DeliveryError("waits for its held-up notice")
                if not news and not arrived:
                    # A held-up notice that may have reached its reader already is sent again instead (the platform
                    # is asked first), so the arrival queued behind it follows: "has not reached" must not be the
                    # last word they read. Only then: what it tells of withdrawn (acknowledged, closed again), no
                    # arrival follows, and sent now it would be untrue.
                    raise NotNeeded("what it tells of arrived before it could be read, or it was never told held up",
                                    notice_trail.not_news(job.payload))
            platform, address = destination or (None, None)
            # A message is queued only by a process that runs its platform (addressed then, or to a user key): one
            # sharing the database without it (the terminal chat's worker beside the server) leaves it to that
            # process rather than failing it for good.
            meant_for = platform
            if job.kind == "notify":
                meant_for = platform or job.platform or str(job.payload.get("user", "")).partition(":")[0]
            if meant_for and meant_for not in self.channels:
                raise DeliveryError(f"no {meant_for} channel in this process")
            if platform is None or address is None:
                why = destinations.NO_DESTINATION if job.kind == "question" else "no address to deliver to"
                raise DeliveryError(why, permanent=job.kind == "notify")
            attempt.platform = platform
            text = str(job.payload.get("text", ""))
            if job.kind == "question":
                async with self.store.transaction() as s:
                    text = await question_refused.as_sent(s, job.key, job.payload)
            await self.channels[platform].notify(address, text, job.key, retry)
            return None
        raise DeliveryError(f"unknown outbox kind {job.kind}", permanent=True)

    async def _load(self, job: Job) -> tuple[Concern | None, tuple[str, str] | None, str | None]:
        """The concern as it is now, where the entry goes, and the concern's latest admin note."""
        async with self.store.transaction() as s:
            concern = await s.get(Concern, job.concern_id) if job.concern_id else None
            note = await concerns.latest_note(s, concern) if concern is not None else None
            if job.kind in ("post", "remind", "question"):
                return concern, await self._headteacher(s, job, concern), note
            if job.kind == "notify" and job.platform and job.address:  # addressed when queued (a draft reminder)
                return concern, (job.platform, job.address), note
            if job.kind == "notify":
                return concern, await destinations.reporter(s, self.channels, str(job.payload.get("user", ""))), note
            return concern, None, note

    async def _headteacher(self, s: AsyncSession, job: Job, concern: Concern | None) -> tuple[str, str] | None:
        """Where an escalation, reminder or passed-on question goes: the Headteacher's channel."""
        preferred = concern.reporter.split(":", 1)[0] if concern else str(job.payload.get("user", ":")).split(":", 1)[0]
        if job.kind == "remind" and concern is not None and concern.escalation_platform:
            # Where the Headteacher looks now, on the platform the concern went to: if the channel was archived and
            # another set, the reminder must not wait on the old one.
            preferred = concern.escalation_platform
        return await destinations.headteacher(s, self.settings, self.channels, preferred)

    async def _succeeded(self, job: Job, receipt: Receipt | None) -> None:
        now = utcnow()
        async with self.store.transaction() as s:
            entry = await s.get(OutboxEntry, job.id)
            if entry is None:
                return
            entry.status, entry.delivered_at, entry.last_error = "delivered", now, ""
            concern = await s.get(Concern, job.concern_id) if job.concern_id else None
            if concern is not None and job.kind in ("post", "remind"):
                reopened = concerns.REOPENED in job.payload
                # where it arrived: the receipt's (a first post's is recorded on the concern only below)
                platform, address = (receipt.message_ref.split("\n", 2)[:2] if receipt is not None
                                     else (concern.escalation_platform, concern.escalation_destination))
                await held_up.got_through(s, self.settings, self.channels, concern, now, job.key,
                                          first=job.kind == "post", reopened=reopened,
                                          reminder=job.kind == "remind" and not reopened,
                                          where=report_route.place(platform, address))
            if job.kind == "question":
                await question_held_up.got_through(s, job.key, job.payload, now)
                await question_refused_admins.settled(s, self.settings, job.key, question_refused_admins.ARRIVED,
                                                     now)
            if job.kind == "notify" and question_held_up.TOLD in job.payload:
                await question_held_up.asker_told(s, job.payload, now)
            if job.kind == "notify" and question_refused_admins.ADMIN_TOLD in job.payload:
                await question_refused_admins.admin_told(s, job.payload, now)
            if concern is not None and receipt is not None and job.kind == "post":
                platform, address, ref = receipt.message_ref.split("\n", 2)
                concern.escalation_platform, concern.escalation_destination = platform, address
                concern.escalation_ref = ref
                concerns.audit(s, concern, now, "policybot", "escalated", f"posted to the Headteacher on {platform}")
            elif concern is not None and job.kind == "remind" and concerns.REOPENED in job.payload:
                concerns.audit(s, concern, now, "policybot", "reopening announced", "to the Headteacher")
            elif concern is not None and job.kind == "remind":
                concerns.audit(s, concern, now, "policybot", "reminder sent", "URGENT and not yet acknowledged")
            elif concern is not None and job.kind == "notify" and "admin_told" in job.payload:
                concerns.audit(s, concern, now, "policybot", "admin told",
                               f"{job.payload.get('user', '')}: {job.payload['admin_told']}")
            elif concern is not None and job.kind == "notify" and reporter_told.TOLD in job.payload:
                concerns.audit(s, concern, now, "policybot", reporter_told.TOLD, str(job.payload[reporter_told.TOLD]))
            elif concern is not None and job.kind == "notify":
                told = job.key.partition(":tell:")[2].split(":", 1)[0]  # acknowledged | taken | closed
                concerns.audit(s, concern, now, "policybot", "reporter told", told)
        OUTBOX_SENT.labels(job.kind).inc()

    async def _withdrawn(self, job: Job, why: str, trail: str = "") -> None:
        async with self.store.transaction() as s:
            entry = await s.get(OutboxEntry, job.id)
            if entry is not None:
                entry.status, entry.last_error = "withdrawn", why
                if job.kind == "notify" and trail:  # in its concern's or question's trail, as a delivery is
                    concern = await s.get(Concern, job.concern_id) if job.concern_id else None
                    await notice_trail.write(s, concern, job.payload, utcnow(), trail)
        log.info("outbox entry %s (%s) withdrawn: %s", job.id, job.kind, why)

    async def _failed(self, job: Job, exc: DeliveryError, attempt: Attempt | None = None) -> None:
        now = utcnow()
        backoff = min(MAX_BACKOFF, self.retry_base * (2 ** max(job.attempts - 1, 0)))
        wait = max(backoff, exc.retry_after or 0.0)
        held: held_up.Told | None = None
        asker_told = False
        concern_ref = ""
        async with self.store.transaction() as s:
            entry = await s.get(OutboxEntry, job.id)
            if entry is None or entry.status != "pending":  # withdrawn by its asker while this try was out
                return
            escalation = job.kind in ("post", "remind")
            # The Headteacher's channel refusing a question is no reason to drop it, any more than a concern: the
            # teacher was told it was passed on, and is told now it is held up.
            headteachers = escalation or job.kind == "question"
            refused = exc.permanent and headteachers  # marked, so setting another channel releases it at once
            # Once any try may have landed, it stays so until delivered: a later plain refusal (the platform asked
            # first, and failing) says nothing of the earlier try.
            landed = exc.maybe_sent or str(exc) == TIMED_OUT or job.may_have_landed
            entry.last_error = (f"{destinations.REFUSED if refused else ''}{MAY_HAVE_LANDED if landed else ''}"
                                f"{exc}")[:300]
            if exc.permanent and not headteachers:
                entry.status = "failed"
                if job.kind == "notify":  # its reader was not told: in the trail, as a delivery is
                    concern = await s.get(Concern, job.concern_id) if job.concern_id else None
                    await notice_trail.write(s, concern, job.payload, now, str(exc)[:200], failed=True)
            else:  # an escalation is never given up: it waits for the platform or for a destination
                entry.next_attempt_at = now + timedelta(seconds=wait)
                concern = await s.get(Concern, job.concern_id) if job.concern_id else None
                if str(exc) == destinations.NO_DESTINATION and await self._headteacher(s, job, concern) is not None:
                    # A channel was set while this try was in flight, where setting one releases nothing: go now,
                    # not after a back-off that may have grown to minutes while nothing was set.
                    entry.next_attempt_at = now
                # Likewise a refusal by a channel named again while this try was out (archived, then unarchived and
                # named): naming it released nothing, this entry being in flight, so it goes now, and a question is
                # not set aside on a refusal the admin has already answered
                named_meanwhile = (refused and attempt is not None and attempt.began is not None
                                   and await destinations.named_since(s, attempt.began))
                if named_meanwhile:
                    entry.next_attempt_at = now  # nobody told of a refusal already answered: it goes again now
                elif job.kind == "question" and exc.permanent:
                    # Refused for good: tried again only once the set-up may be fixed (bot/question_refused.py)
                    meant = await self._meant_for(s, job, concern)
                    asker_told = await question_refused.stop(
                        s, self.settings, self.channels, entry, exc,
                        await self._admins_reason(s, job, concern, exc, timedelta(0)), now,
                        plain=await self._plain_reason(s, job, concern, exc, timedelta(0)),
                        meant=meant)
                elif job.kind == "question" and self._held_up_now(exc, now - (aware(entry.created_at) or now)):
                    waiting = now - (aware(entry.created_at) or now)
                    plain = await self._plain_reason(s, job, concern, exc, waiting)
                    asker_told = await question_held_up.held_up(
                        s, self.channels, job.key, job.payload, exc, waiting, now, plain=plain,
                        reason=await self._admins_reason(s, job, concern, exc, waiting))
                concern = concern if escalation else None
                if concern is not None:
                    held = await self._held_up(s, job, concern, exc, now - (aware(entry.created_at) or now), now)
                    concern_ref = concern.reference or ""
        # The platform tried, so an alert on one failing is not set off by entries that are only waiting (until
        # notices2 every escalation counted as "unknown", whether Slack failed or no channel was set)
        OUTBOX_RETRIES.labels(attempt.platform if attempt is not None else NOWHERE).inc()
        log.warning("outbox entry %s (%s) not delivered, attempt %s: %s", job.id, job.kind, job.attempts, exc)
        if held is not None and any(held):
            if held.admins:
                HELD_UP.inc()
            told = " and ".join(who for who, was in (("admins", held.admins), ("its reporter", held.reporter)) if was)
            log.warning("outbox: concern %s held up; %s told", concern_ref, told)
        if asker_told or (held is not None and any(held)):
            self.wake()  # their messages are due now, not at the next poll

    async def _held_up(self, s: AsyncSession, job: Job, concern: Concern, exc: DeliveryError, waiting: timedelta,
                       now: datetime) -> held_up.Told | None:
        """Bring a held-up escalation to the admins, and its reporter (bot/held_up.py); who was told now."""
        if not self._held_up_now(exc, waiting):
            return None
        meant = await self._meant_for(s, job, concern)
        return await held_up.report(s, self.settings, self.channels, concern, now,
                                    await self._admins_reason(s, job, concern, exc, waiting), job.key,
                                    reminder=job.kind == "remind" and concerns.REOPENED not in job.payload,
                                    reopened=concerns.REOPENED in job.payload, first=job.kind == "post",
                                    plain=await self._plain_reason(s, job, concern, exc, waiting),
                                    where=report_route.place(*meant) if meant else "the Headteacher's channel")

    async def _meant_for(self, s: AsyncSession, job: Job, concern: Concern | None) -> tuple[str, str] | None:
        """Where a held-up message for the Headteacher was being sent, to name it truly (an inbox is no channel)."""
        return await self._headteacher(s, job, concern)

    async def _tell_admins_added(self, s: AsyncSession, now: datetime) -> None:
        """Admins added to POLICYBOT_ADMINS since a question was set aside for its message (never tried again, so no
        later refusal tells them) are told of it now (bot/question_refused.py)."""
        for entry in await question_refused.aside_for_its_message(s):
            job = Job(entry.id, entry.key, entry.kind, entry.platform, entry.concern_id, entry.address,
                      dict(entry.payload or {}), entry.attempts)
            exc = question_refused.refusal(entry)
            await question_refused.tell_admins_added(s, self.settings, self.channels, entry,
                                                     await self._admins_reason(s, job, None, exc, timedelta(0)),
                                                     await self._meant_for(s, job, None), now)

    async def _admins_reason(self, s: AsyncSession, job: Job, concern: Concern | None, exc: DeliveryError,
                             waiting: timedelta) -> str:
        """Why a message for the Headteacher is held up, in the admins' words (with the platform's code), as this
        install has it: a local install's inbox refusing is no archived channel."""
        meant = await self._meant_for(s, job, concern)
        return held_up.reason(exc, waiting, report_route.nowhere(self.settings),
                              report_route.place(*meant) if meant else "the channel",
                              archivable=meant is None or report_route.archivable(meant[0]))

    async def _plain_reason(self, s: AsyncSession, job: Job, concern: Concern | None, exc: DeliveryError,
                            waiting: timedelta) -> str:
        """Why a message for the Headteacher is held up, in a teacher's words, as this install has it."""
        meant = await self._meant_for(s, job, concern)
        return reporter_told.plain_reason(exc, waiting, report_route.nowhere(self.settings),
                                          report_route.place(*meant) if meant else "the Headteacher's channel",
                                          archivable=meant is None or report_route.archivable(meant[0]))

    def _held_up_now(self, exc: DeliveryError, waiting: timedelta) -> bool:
        """A message for the Headteacher's channel is held up, as far as this worker can tell."""
        if str(exc) == destinations.NO_DESTINATION and not self._has_every_platform():
            return False  # another worker (the server, beside this terminal) may have the destination this one lacks
        return held_up.is_held_up(exc, waiting)

    def _has_every_platform(self) -> bool:
        """This worker can deliver on every platform the settings turn on, so "nowhere to go" is true of all."""
        wanted = {"slack": self.settings.slack_enabled, "teams": self.settings.teams_enabled,
                  "local": self.settings.local_only}
        return all(platform in self.channels for platform, on in wanted.items() if on)

    async def raise_reminders(self, now: datetime | None = None) -> int:
        """Queue a reminder for each URGENT concern still unacknowledged after the reminder interval."""
        now = now or utcnow()
        interval = timedelta(minutes=self.settings.urgent_reminder_minutes)
        raised = 0
        async with self.store.transaction() as s:
            rows = (await s.execute(select(Concern).where(Concern.urgent.is_(True), Concern.status == "new")))
            # One alert waiting is enough: while the post or a reminder is still undelivered (no destination yet,
            # a platform outage), more reminders would only arrive together as a burst.
            waiting = set((await s.execute(select(OutboxEntry.concern_id).where(
                OutboxEntry.status == "pending", OutboxEntry.kind.in_(("post", "remind"))))).scalars())
            for concern in rows.scalars().all():
                if concern.id in waiting:
                    continue
                elapsed = int((now - aware(concern.created_at)) / interval)  # type: ignore[operator]
                if elapsed > concern.reminders_sent:
                    # One reminder for however many intervals passed: a server that was down for an hour
                    # must not post four at once when it comes back.
                    concern.reminders_sent = elapsed
                    concerns.queue(s, utcnow(), f"{concern.reference}:remind:{elapsed}", "remind", concern)
                    raised += 1
        return raised

    async def forget_cancelled_reports(self, now: datetime | None = None) -> int:
        """Delete reports cancelled longer ago than Undo allows (bot/cancelled_reports.py)."""
        async with self.store.transaction() as s:
            return await cancelled_reports.forget_expired(s, now or utcnow())

    async def raise_draft_reminders(self, now: datetime | None = None) -> int:
        """Queue one reminder for each report draft left untouched too long, not at night (bot/draft_reminders.py)."""
        async with self.store.transaction() as s:
            return await draft_reminders.raise_due(s, self.channels, now or utcnow(), self.quiet_hours)
