"""policybot's entry point: the command line and the aiohttp application factory.

`python app.py serve` builds one aiohttp server holding the local web chat, the Slack and Teams
endpoints (when configured), health and metrics; the other commands share the same engine.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.settings_error import SettingsError

# aiohttp and pydantic-settings cost a third of a second each to import: `ask` needs neither (pydantic-settings only
# when a variable or a .env file may name the policy: bot/policy_path.py).
if TYPE_CHECKING:
    from aiohttp import web

    from bot.config import Settings


def build_app(settings: Settings) -> web.Application:
    """The whole server: runtime (policy, database, engine, outbox) first, then each adapter's routes."""
    from aiohttp import web

    from adapters.local.web import mount as mount_local
    from adapters.ops import mount as mount_ops
    from bot.runtime import CHANNELS, SETTINGS, runtime_context

    app = web.Application(client_max_size=1024 * 1024)
    app[SETTINGS] = settings
    app[CHANNELS] = {}  # each adapter registers its EscalationChannel here as it mounts
    app.cleanup_ctx.append(runtime_context(settings))
    mount_ops(app, settings)
    mount_local(app, settings)
    if settings.slack_enabled:
        from adapters.slack.app import mount as mount_slack

        mount_slack(app, settings)
    if settings.teams_enabled:
        from adapters.teams.app import mount as mount_teams

        mount_teams(app, settings)
    return app


def _log_to_stderr() -> None:
    """INFO and above from policybot's own modules (the start-up line, retries, withdrawn deliveries), WARNING and
    above from libraries: aiohttp's access log would add a line a request, names in query strings included."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for ours in ("policybot", "adapters", "bot", "policy_kb", "intents"):
        logging.getLogger(ours).setLevel(logging.INFO)


def _serve(args: argparse.Namespace) -> int:
    _log_to_stderr()
    from bot.config import Settings

    settings = Settings()
    from adapters.startup_checks import check_settings

    check_settings(settings)
    from adapters.listen import CannotListen, bind, listening_line

    try:  # before anything starts: a port in use is said at once, in one line
        sockets = bind(settings.host, settings.port)
    except CannotListen as exc:
        print(f"policybot: {exc}", file=sys.stderr)
        return 2
    from aiohttp import web

    from adapters.cli.database_errors import UNREACHABLE, unreachable
    from policy_kb.errors import PolicyError

    try:
        # aiohttp calls `print` once every socket serves: the line says where, and which adapters are on.
        web.run_app(build_app(settings), sock=sockets,
                    print=lambda _: logging.getLogger("policybot").info(listening_line(settings, sockets)))
    except PolicyError as exc:  # raised at start-up, before the port is served: say where, not a traceback
        print(f"policybot: the policy could not be loaded: {exc}", file=sys.stderr)
        return 2
    except UNREACHABLE as exc:  # the database, opened at start-up: where (password hidden) and why, in one line
        print(unreachable(settings.database_url, exc), file=sys.stderr)
        return 2
    finally:
        for sock in sockets:
            sock.close()
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="app.py", description="policybot: school policy answers and concerns.")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("serve", help="run the server (web chat, Slack, Teams)").set_defaults(run=_serve)

    chat = sub.add_parser("chat", help="talk to the bot in the terminal")
    chat.add_argument("--user", default=None, help="who you are, e.g. alice (default: your login name)")
    chat.set_defaults(run=lambda a: _lazy("adapters.local.terminal", "run_chat", a))

    ask = sub.add_parser("ask", help="answer one question, or one a line with --jsonl")
    ask.add_argument("question", nargs="?", default=None)
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--jsonl", action="store_true", help="read questions from stdin, one JSON answer a line")
    ask.set_defaults(run=lambda a: _lazy("adapters.cli.ask", "run_ask", a))

    ev = sub.add_parser("eval", help="measure the matcher on a labelled JSONL file")
    ev.add_argument("file")
    ev.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    ev.set_defaults(run=lambda a: _lazy("adapters.cli.evaluate", "run_eval", a))

    kb = sub.add_parser("kb", help="policy knowledge base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_sub.add_parser("check", help="validate a policy file and list its clauses")
    check.add_argument("path", nargs="?", default=None)
    check.set_defaults(run=lambda a: _lazy("adapters.cli.kb", "run_kb_check", a))

    reports = sub.add_parser("reports", help="concerns, for the Headteacher and DSL")
    rep_sub = reports.add_subparsers(dest="reports_command", required=True)
    rep_sub.add_parser("list", help="list concerns").set_defaults(
        run=lambda a: _lazy("adapters.cli.reports", "run_list", a))
    show = rep_sub.add_parser("show", help="one concern with its audit trail")
    show.add_argument("reference")
    show.set_defaults(run=lambda a: _lazy("adapters.cli.reports", "run_show", a))
    export = rep_sub.add_parser("export", help="every concern with its audit trail")
    export.add_argument("--format", choices=("csv", "json"), default="json")
    export.add_argument("--output", "-o", default="-", help="file to write (default: stdout)")
    export.set_defaults(run=lambda a: _lazy("adapters.cli.reports", "run_export", a))

    questions = sub.add_parser("questions", help="questions the policy did not answer, for the policy owner")
    questions.add_argument("--all", action="store_true", help="every question, not only those to review")
    questions.add_argument("--format", choices=("text", "csv", "json"), default="text")
    questions.set_defaults(run=lambda a: _lazy("adapters.cli.questions", "run_questions", a))

    slack = sub.add_parser("slack-manifest", help="write the Slack app manifest for your address")
    slack.add_argument("--url", required=True, help="policybot's public address, e.g. https://policybot.school.example")
    slack.add_argument("--output", "-o", default="slack/policybot-manifest.yml", help="file to write ('-': stdout)")
    slack.set_defaults(run=lambda a: _lazy("adapters.slack.manifest", "run_manifest", a))

    pkg = sub.add_parser("teams-package", help="build the Teams app zip to sideload")
    pkg.add_argument("--output", "-o", default="teams/policybot-teams.zip")
    pkg.set_defaults(run=lambda a: _lazy("adapters.teams.package", "run_package", a))
    return parser


def _lazy(module: str, function: str, args: argparse.Namespace) -> int:
    """Import a command's module only when it runs, so `ask` starts without loading Slack or Teams."""
    import importlib

    return int(getattr(importlib.import_module(module), function)(args) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except SettingsError as exc:  # PORT=abc: a line naming the variable, for every command, not pydantic's dump
        for problem in exc.problems:
            print(f"policybot: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    try:
        code = main()
        sys.stdout.flush()  # here, so a reader that went away is caught below and not at the interpreter's exit
    except BrokenPipeError:
        # `eval … | head`: the reader stopped reading, which is the reader's choice, not a crash to print. Python's
        # own advice: point stdout at devnull so the final flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    sys.exit(code)
