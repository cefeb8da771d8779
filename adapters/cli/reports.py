"""`python app.py reports list|show REF|export`: concerns and their audit trail, for the Headteacher and DSL.

Reads the database named by POLICYBOT_DATABASE_URL. The output is safeguarding data, so every command
reminds the reader on stderr that it is confidential.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import stat
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from adapters.cli.database_errors import UNREACHABLE, refuse_unusable, unreachable
from adapters.cli.spreadsheet import csv_bytes, csv_text
from adapters.local.records import ConcernRecord, Event, load_concerns
from bot.concerns import normal_reference
from bot.config import Settings
from bot.counting import counted
from bot.flows.concern_wording import UNANSWERED
from bot.school_time import school_time_of
from bot.store.store import Store

CONFIDENTIAL = "CONFIDENTIAL: safeguarding information. Share only with the Headteacher and the DSL."
CSV_COLUMNS = ("reference", "created_at", "urgent", "category", "category_label", "status", "assignee", "reporter",
               "reporter_name", "complete", "details_stopped_at", "source", "acknowledged_at", "closed_at")


def _missing_sqlite_file(url: str) -> Path | None:
    """A SQLite file that does not exist (opening it would quietly create an empty one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def _fetch(reference: str | None = None) -> list[ConcernRecord] | None:
    """Concerns from the configured database, newest first; None (after saying why) when there is none."""
    settings = Settings()
    if refuse_unusable(settings.database_url):
        return None
    missing = _missing_sqlite_file(settings.database_url)
    if missing is not None:
        print(f"There is no policybot database at {missing}. Set POLICYBOT_DATABASE_URL to the server's database.",
              file=sys.stderr)
        return None
    print(CONFIDENTIAL, file=sys.stderr)

    async def load() -> list[ConcernRecord]:
        store = await Store.open(settings.database_url)
        try:
            return await load_concerns(store, reference=reference)
        finally:
            await store.close()

    try:
        return asyncio.run(load())
    except UNREACHABLE as exc:
        print(unreachable(settings.database_url, exc), file=sys.stderr)
        return None


def readable(moment: str) -> str:
    """ISO 8601 as people at the school read it, as the inbox shows it too: 2025-03-04 09:15 GMT (BST in summer)."""
    return school_time_of(moment)


def list_lines(records: list[ConcernRecord]) -> list[str]:
    """One line per concern: reference, when, URGENT, kind, status, who has it, in aligned columns."""
    rows = [(r.reference, readable(r.created_at), "URGENT" if r.urgent else "", r.category_label,
             r.status_label, f"with {r.assignee}" if r.assignee else "unassigned")
            for r in records]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return ["  ".join([*(cell.ljust(w) for cell, w in zip(row[:5], widths, strict=True)), row[5]]) for row in rows]


def trail_line(e: Event, exact: bool = False) -> str:
    """One audit event: when (exact ISO time for exports), who, what."""
    return f"{e.at if exact else readable(e.at)}  {e.actor}  {e.action}" + (f": {e.detail}" if e.detail else "")


def show_text(r: ConcernRecord) -> str:
    """Every field with its label, then the whole audit trail."""
    rows = [("Reference", r.reference), ("Reported", readable(r.created_at)), ("Urgent", "YES" if r.urgent else "no"),
            ("Kind of concern", r.category_label), ("Status", r.status_label),
            ("Assigned to", r.assignee or "nobody yet"), ("Reported by", f"{r.reporter_name} ({r.reporter})"
                                                          if r.reporter_name else r.reporter),
            ("Details complete", details_state(r)),
            ("Reported through", r.source), ("Acknowledged", readable(r.acknowledged_at) or "not yet"),
            ("Closed", readable(r.closed_at) or "not yet")]
    rows += [(label, value or UNANSWERED) for name, label, value in r.fields if name != "category"]
    width = max(len(label) for label, _ in rows)
    # a value's later lines under its first, so none reads as a field of its own ("Plan (typed at When): ...")
    lines = [f"{label + ':':<{width + 1}} {value}".replace("\n", "\n" + " " * (width + 2)) for label, value in rows]
    lines += ["", "Audit trail:"] + [f"  {trail_line(e)}" for e in r.events]
    return "\n".join(lines)


def details_state(r: ConcernRecord) -> str:
    """Whether the reporter finished the report: an URGENT one is escalated before its details are in."""
    if r.complete:
        return "yes"
    if r.details_stopped_at:
        return f"no, the reporter stopped before finishing ({readable(r.details_stopped_at)})"
    return "no, escalated before the details were complete"


def export_json(records: list[ConcernRecord]) -> str:
    return json.dumps([r.to_json() for r in records], indent=2, ensure_ascii=False) + "\n"


def export_csv(records: list[ConcernRecord]) -> str:
    """One row per concern: the fixed columns, one column per report field, the audit trail as one column; no cell
    starts like a formula (JSON keeps every value exactly)."""
    field_names: list[tuple[str, str]] = []
    for r in records:
        for name, label, _ in r.fields:
            if name != "category" and (name, label) not in field_names:  # category has its own two columns
                field_names.append((name, label))
    rows: list[list[object]] = [[*CSV_COLUMNS, *(label for _, label in field_names), "audit_trail"]]
    for r in records:
        data = r.to_json()
        values = {name: value for name, _, value in r.fields}
        rows.append([*(data[c] for c in CSV_COLUMNS), *(values.get(n, "") for n, _ in field_names),
                     "\n".join(trail_line(e, exact=True) for e in r.events)])
    return csv_text(rows)


def unwritable(path: Path) -> str | None:
    """Why an export cannot be written to `path`, in one line, found before the database is read (None if it can)."""
    problem = None
    if path.is_dir():
        problem = f"it is a folder; give a file name in it, such as {path / 'concerns.csv'}"
    elif not path.parent.exists():
        problem = f"the folder {path.parent} does not exist"
    elif not path.parent.is_dir():
        problem = f"{path.parent} is not a folder"
    elif not os.access(path if path.exists() else path.parent, os.W_OK):
        problem = "permission denied"
    return None if problem is None else cannot_write(path, problem)


def cannot_write(path: Path, problem: str) -> str:
    return f"Cannot write the export to {path}: {problem}."


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` readable and writable by its owner only (0600), also when it replaces a file: an
    export is safeguarding data, and a new file would otherwise get the umask's 0644, an old one keep its mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    with open(fd, "wb") as out:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # not /dev/stdout or a pipe: those have no contents to replace
            if hasattr(os, "fchmod"):  # before a byte is written; Windows has no POSIX modes to set
                os.fchmod(fd, 0o600)
            out.truncate(0)
        out.write(data)


def run_list(args: argparse.Namespace) -> int:
    """Print one line per concern, newest first."""
    records = _fetch()
    if records is None:
        return 1
    print("\n".join(list_lines(records)) if records else "No concerns have been reported.")
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print one concern in full with its audit trail; exit 1 for an unknown reference."""
    # As chat does ("ack c1"): a Headteacher who reads C-1 in a message types it so here too
    reference = normal_reference(str(args.reference))
    found = _fetch(reference)
    if found is None:
        return 1
    if not found:
        print(f"No concern with reference {reference}. Try `python app.py reports list`.", file=sys.stderr)
        return 1
    print(show_text(found[0]))
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write every concern with every field and its audit trail, as CSV or JSON, to a file or stdout."""
    to_file = args.output not in ("-", "")
    if to_file and (problem := unwritable(Path(args.output))) is not None:
        print(problem, file=sys.stderr)
        return 1
    records = _fetch()
    if records is None:
        return 1
    data = csv_bytes(export_csv(records)) if args.format == "csv" else export_json(records).encode("utf-8")
    if not to_file:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return 0
    try:
        write_private(Path(args.output), data)
    except OSError as exc:  # what the look beforehand could not see: a full disk, a file locked by another program
        print(cannot_write(Path(args.output), (exc.strerror or type(exc).__name__).lower()), file=sys.stderr)
        return 1
    print(f"Wrote {counted(len(records), 'concern')} to {args.output}.", file=sys.stderr)
    return 0
