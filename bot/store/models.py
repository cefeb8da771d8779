"""The database tables: conversations and their flow state, concerns with their audit trail, the
escalation outbox, the question log and the trail of questions passed to the Headteacher, delivery ids seen, and a
few registered settings.

Alembic migrations (bot/store/migrations) create these; a test checks the two never drift apart.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, datetime: DateTime(timezone=True)}


class User(Base):
    """Someone who has talked to the bot; `address` is how their platform reaches them privately."""

    __tablename__ = "users"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The other key POLICYBOT_ADMINS may name them by (Teams: their Entra object id), so an admin named that way can
    # still be reached privately.
    alias: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]


class Conversation(Base):
    """One conversation's state: the flow and step by name, the draft so far, the last clause answered."""

    __tablename__ = "conversations"
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    flow: Mapped[str | None] = mapped_column(String(50), nullable=True)
    step: Mapped[str | None] = mapped_column(String(50), nullable=True)
    draft: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    last_clause: Mapped[str | None] = mapped_column(String(50), nullable=True)
    # The last answer quoted last_clause (not "not covered" since): what "really?" may confirm (bot/question_turns.py)
    last_quoted: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # A report cancelled with answers in it, for Undo to bring back until kept_until (bot/cancelled_reports.py):
    # apart from the draft, so a report begun since does not delete it.
    kept_report: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    kept_until: Mapped[datetime | None] = mapped_column(nullable=True, index=True)

    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}  # a lost race raises instead of overwriting


class Delivery(Base):
    """A platform event id already handled: Slack and Teams re-send, and a re-send must change nothing."""

    __tablename__ = "deliveries"
    delivery_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    seen_at: Mapped[datetime]
    # The concern this delivery sent as a report, or raised as an URGENT alert (C-0001): its re-send is answered with
    # where it stands, in case that answer was lost
    reference: Mapped[str | None] = mapped_column(String(20), nullable=True)


class Concern(Base):
    """A safeguarding concern as reported, with its status and where its escalation was posted."""

    __tablename__ = "concerns"
    # Its id makes the C- reference people act on, so SQLite must never give a deleted one out again
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reference: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)
    category: Mapped[str] = mapped_column(String(40))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="new")  # new | acknowledged | closed
    complete: Mapped[bool] = mapped_column(Boolean, default=False)  # reporter confirmed every detail
    assignee: Mapped[str | None] = mapped_column(String(200), nullable=True)
    reporter: Mapped[str] = mapped_column(String(200))
    reporter_name: Mapped[str] = mapped_column(String(200), default="")
    reporter_conversation: Mapped[str] = mapped_column(String(300))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    source: Mapped[str] = mapped_column(String(20), default="chat")  # chat | form
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None] = mapped_column(nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    escalation_platform: Mapped[str | None] = mapped_column(String(20), nullable=True)
    escalation_destination: Mapped[str | None] = mapped_column(Text, nullable=True)
    escalation_ref: Mapped[str | None] = mapped_column(Text, nullable=True)
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    # An URGENT concern's reporter cancelled before finishing: the Headteacher must not wait for details.
    details_stopped_at: Mapped[datetime | None] = mapped_column(nullable=True)

    events: Mapped[list[ConcernEvent]] = relationship(
        back_populates="concern", order_by="ConcernEvent.id", cascade="all, delete-orphan")


class ConcernEvent(Base):
    """One line of a concern's audit trail: who did what, when."""

    __tablename__ = "concern_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    concern_id: Mapped[int] = mapped_column(ForeignKey("concerns.id"), index=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")

    concern: Mapped[Concern] = relationship(back_populates="events")


class OutboxEntry(Base):
    """Something that must reach a platform: committed with the turn, delivered after, until delivered."""

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("key", name="uq_outbox_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200))  # stable across retries: the platform-side idempotency key
    kind: Mapped[str] = mapped_column(String(20))  # post | remind | update | notify | question
    platform: Mapped[str | None] = mapped_column(String(20), nullable=True)
    concern_id: Mapped[int | None] = mapped_column(ForeignKey("concerns.id"), nullable=True, index=True)
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # pending | delivered | failed | withdrawn (no longer wanted: a reminder for a draft since sent, a question its
    # asker took back) | refused (a question its channel refused for good: set aside until the set-up is fixed)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None] = mapped_column(nullable=True)


class QuestionLog(Base):
    """A question asked, what the bot made of it, and the asker's feedback: the policy owner's to-do list."""

    __tablename__ = "question_log"
    # Its id is in answer buttons and the Headteacher's copy of a question, so SQLite must never give one out again
    __table_args__: ClassVar[dict[str, Any]] = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    user: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    intent: Mapped[str] = mapped_column(String(30))
    clause_id: Mapped[str | None] = mapped_column(String(50), nullable=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    answered: Mapped[bool] = mapped_column(Boolean, default=False)
    feedback: Mapped[str | None] = mapped_column(String(20), nullable=True)  # helpful | unhelpful
    feedback_at: Mapped[datetime | None] = mapped_column(nullable=True)
    asked_head: Mapped[bool] = mapped_column(Boolean, default=False)
    # Whether `question` is only the first of its words (bot/question_kept.py); NULL in a row stored before 0009, whose
    # text says so itself, or cannot
    cut: Mapped[bool | None] = mapped_column(Boolean, nullable=True)

    @property
    def may_be_a_concern(self) -> bool:
        """Logged as a possible report (a doubtful one answered as a question; before that, reports' first words):
        its words are neither shown to the policy owner nor passed to the Headteacher, and since the fifteenth session
        not kept."""
        return self.intent == "report_concern"


class QuestionEvent(Base):
    """One line of a question's trail once it is passed to the Headteacher: held up, reached them, its asker told.
    Never the question's words (they are in question_log); so `python app.py questions` shows where it is."""

    __tablename__ = "question_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question_log.id"), index=True)
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """A value set in chat at run time, e.g. the escalation channel an admin registered."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[datetime]


class Notice(Base):
    """A private message for a local (web or terminal) user, shown the next time they look."""

    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user: Mapped[str] = mapped_column(String(200), index=True)
    text: Mapped[str] = mapped_column(Text)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # a retried notify must not show twice
    created_at: Mapped[datetime]
    seen_at: Mapped[datetime | None] = mapped_column(nullable=True)
