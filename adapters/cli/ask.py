"""`python app.py ask "QUESTION" [--json]` and `ask --jsonl`: answers without a database or a server.

`--json` prints exactly one JSON object (INTERFACE.md); `--jsonl` answers one question a line from stdin
(plain text, or a JSON object with a "q" or "question" field) and writes one JSON object a line, in order.
Imports stay inside the functions so start-up costs only what answering needs.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from bot.answers import Answer
    from policy_kb.knowledge import KnowledgeBase


def as_json(question: str, answer: Answer) -> dict[str, object]:
    """The INTERFACE.md object for one answer."""
    u = answer.understanding
    return {
        "question": question,
        "clause_id": u.clause_id,
        "confidence": round(u.confidence, 4),
        "answer": answer.full_text,
        "alternatives": [{"clause_id": c.clause_id, "confidence": round(c.confidence, 4)} for c in u.alternatives],
        "intent": u.intent,
    }


def refused(question: str, refusal: str) -> dict[str, object]:
    """The INTERFACE.md object for a message the chat would refuse: nothing answered, so no clause and no
    alternatives; `out_of_scope` is the contract's word for "not answered from the policy"."""
    return {"question": question, "clause_id": None, "confidence": 0.0, "answer": refusal, "alternatives": [],
            "intent": "out_of_scope"}


def reply_object(question: str, kb: KnowledgeBase, max_chars: int) -> dict[str, object]:
    """One question's object: the chat's polite refusal (empty, too long, control characters) or the answer.
    Its "question" is the question with the white space around it trimmed, however it came (an argument, a line of
    --jsonl, a JSON object's field), so `ask "   "` and a blank --jsonl line both echo "" (README, `ask`)."""
    from bot.answers import answer_question
    from bot.input_checks import refusal_of_question

    shown = question.strip()
    if (refusal := refusal_of_question(question, max_chars, kb.name)) is not None:
        return refused(shown, refusal)
    return as_json(shown, answer_question(question, kb))


def question_of(line: str) -> str:
    """The question on one input line: the line itself, or the "q"/"question" field of a JSON object."""
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            item = json.loads(stripped)
        except ValueError:
            return stripped
        if isinstance(item, dict):
            for key in ("q", "question"):
                if isinstance(item.get(key), str):
                    return item[key]
    return stripped


def _load() -> KnowledgeBase:
    from bot.policy_path import configured_policy
    from policy_kb.knowledge import load_knowledge_base

    return load_knowledge_base(configured_policy())


def _jsonl(kb: KnowledgeBase, max_chars: int, source: TextIO, out: TextIO) -> None:
    from adapters.cli.undecodable import readable, tolerant

    for line in tolerant(source):
        question = readable(question_of(line))  # and a JSON line's "\udcff" escape
        out.write(json.dumps(reply_object(question, kb, max_chars), ensure_ascii=False) + "\n")
    out.flush()


def run_ask(args: argparse.Namespace, source: TextIO | None = None, out: TextIO | None = None) -> int:
    """Answer one question (readable, or --json) or a stream of them (--jsonl)."""
    from bot.input_checks import configured_max_chars
    from policy_kb.errors import PolicyError

    source, out = source or sys.stdin, out or sys.stdout
    if not args.jsonl and args.question is None:
        print('ask: give a question, e.g. ask "Can I post photos from sports day?", or use --jsonl', file=sys.stderr)
        return 2
    try:
        kb = _load()
    except PolicyError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    max_chars = configured_max_chars()
    from adapters.cli.undecodable import readable

    question = readable(args.question or "")
    try:
        if args.jsonl:
            _jsonl(kb, max_chars, source, out)
        elif args.json:
            out.write(json.dumps(reply_object(question, kb, max_chars), ensure_ascii=False) + "\n")
        else:
            out.write(f"{reply_object(question, kb, max_chars)['answer']}\n")
    except BrokenPipeError:  # `ask --jsonl | head` closed the pipe: stop quietly
        return 0
    return 0
