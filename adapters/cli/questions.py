"""`python app.py questions`: the question log for whoever keeps the policy: what staff asked that it didn't answer,
and, for a question passed to the Headteacher, its trail (held up, reached them, its asker told)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from sqlalchemy import and_, or_, select

from adapters.cli.database_errors import UNREACHABLE, refuse_unusable, unreachable
from adapters.cli.spreadsheet import csv_bytes, csv_text
from bot.config import Settings
from bot.question_kept import shown
from bot.school_time import school_time_of
from bot.store.models import QuestionEvent, QuestionLog
from bot.store.store import Store

WITHHELD = "(not shown: the message may have been a concern)"
COLUMNS = ("at", "user", "question", "intent", "clause_id", "confidence", "answered", "feedback", "asked_head")
CSV_COLUMNS = (*COLUMNS, "trail")


async def _rows(url: str, everything: bool) -> list[dict[str, object]]:
    store = await Store.open(url)
    try:
        async with store.transaction() as s:
            query = select(QuestionLog).order_by(QuestionLog.id.desc())
            if not everything:
                # A report is not a gap in the policy (one that starts a report is not logged at all).
                unanswered = and_(QuestionLog.answered.is_(False), QuestionLog.intent != "report_concern")
                query = query.where(or_(unanswered, QuestionLog.feedback == "unhelpful",
                                        QuestionLog.asked_head.is_(True)))
            rows = (await s.execute(query)).scalars().all()
            trails: dict[int, list[dict[str, str]]] = {}
            passed_on = [r.id for r in rows if r.asked_head]
            if passed_on:
                events = await s.execute(select(QuestionEvent).where(QuestionEvent.question_id.in_(passed_on))
                                         .order_by(QuestionEvent.id))
                for e in events.scalars():
                    trails.setdefault(e.question_id, []).append(
                        {"at": e.at.isoformat(), "action": e.action, "detail": e.detail})
            return [_row(r, trails.get(r.id, [])) for r in rows]
    finally:
        await store.close()


def _row(entry: QuestionLog, trail: list[dict[str, str]]) -> dict[str, object]:
    row = {c: (getattr(entry, c).isoformat() if c == "at" else getattr(entry, c)) for c in COLUMNS}
    row["trail"] = trail
    row["question"] = shown(entry.question, entry.cut)  # a question the log cut says so, in every format
    if entry.may_be_a_concern:  # a row an earlier release logged with its words too: they are for the DSL
        row["question"] = WITHHELD
    return row


def run_questions(args: argparse.Namespace) -> int:
    url = Settings().database_url
    if refuse_unusable(url):
        return 1
    try:
        rows = asyncio.run(_rows(url, args.all))
    except UNREACHABLE as exc:
        print(unreachable(url, exc), file=sys.stderr)
        return 1
    if args.format == "json":
        json.dump(rows, sys.stdout, indent=2)
        print()
    elif args.format == "csv":
        # Staff's own words, opened in a spreadsheet as `reports export` writes its CSV: none starts like a formula
        # ("=HYPERLINK(…)", "- can I…"), after a byte-order mark so Excel reads the UTF-8 as UTF-8
        sys.stdout.flush()
        sys.stdout.buffer.write(csv_bytes(csv_text([CSV_COLUMNS, *([*(row[c] for c in COLUMNS), _trail_cell(row)]
                                                                    for row in rows)])))
    else:
        if not rows:
            print("No questions to review." if not args.all else "No questions asked yet.")
        for row in rows:
            why = ("not answered" if not row["answered"] else
                   "asked the Headteacher" if row["asked_head"] else str(row["feedback"] or ""))
            # UK time with its zone, as `reports list` and the inbox give a concern's (exports keep ISO UTC)
            print(f"{school_time_of(str(row['at']))}  {row['clause_id'] or '-':<10} {why:<22} {row['question']}")
            for event in _events(row):
                print(f"    {_event_line(event, school_time_of(event['at']))}")
    return 0


def _events(row: dict[str, object]) -> list[dict[str, str]]:
    trail = row.get("trail")
    return trail if isinstance(trail, list) else []


def _event_line(event: dict[str, str], when: str) -> str:
    return f"{when}  {event['action']}" + (f": {event['detail']}" if event["detail"] else "")


def _trail_cell(row: dict[str, object]) -> str:
    """The trail in one cell, one event a line, exact UTC times, as `reports export` writes a concern's."""
    return "\n".join(_event_line(e, e["at"]) for e in _events(row))
