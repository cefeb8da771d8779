"""`python app.py chat`: the whole bot in the terminal, on the same engine and database as the server.

Buttons become numbered choices (typing the number presses the button), except under a question answered in words
("When did it happen?"), where a number is the answer ("3" for 3 pm) and the buttons are shown by name, in brackets,
and chosen by typing their words; a form becomes one prompt per field, re-asking the fields the engine found wrong.
Reads stdin line by line, so it also works through a pipe.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from adapters.cli.database_errors import UNREACHABLE, refuse_unusable, unreachable
from adapters.cli.undecodable import readable, tolerant
from adapters.local.channel import LocalChannel, take_notices
from adapters.local.identity import BadName, conversation_key, display_name, user_key
from adapters.local.render import TYPED_ANSWER_HINT, field_answer, field_prompt, reply_text
from bot import actions
from bot.config import Settings
from bot.messages import Button, Form, IncomingMessage, Reply
from bot.runtime import Runtime, open_runtime, running
from policy_kb.errors import PolicyError


def greeting(policy: str) -> str:
    """The first lines, naming the policy loaded (`KnowledgeBase.name`)."""
    return (f"policybot: ask about the school's {policy}, or type 'report a concern'.\n"
            "Type a number to choose a numbered option (or the words of one in [brackets]), 'help' for help,\n"
            "and 'quit' to leave.")
QUIT_WORDS = {"quit", "exit", "/quit", "/exit"}


class TerminalChat:
    """One person's chat: reads lines, sends them to the engine, prints the replies."""

    def __init__(self, runtime: Runtime, user: str, name: str, read: Callable[[], str], out: TextIO,
                 echo: bool = False) -> None:
        self.runtime = runtime
        self.user = user
        self.name = name
        self._read = read
        self.out = out
        self.echo = echo  # input from a pipe is not shown by a terminal: echo it so the transcript reads well
        self.choices: list[Button] = []
        self.by_name = False  # the choices are shown by name: a number typed is an answer, not a choice

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    async def read(self, prompt: str = "> ") -> str | None:
        """One line without its newline, or None at end of input."""
        print(prompt, end="", file=self.out, flush=True)
        line = await asyncio.to_thread(self._read)
        if line == "":
            self.say("")
            return None
        line = readable(line.rstrip("\r\n"))  # a byte that was not UTF-8 as U+FFFD: the database refuses it raw
        if self.echo:
            self.say(line)
        return line

    def message(self, text: str = "", action: str | None = None, value: str = "",
                form: dict[str, str] | None = None) -> IncomingMessage:
        return IncomingMessage(
            user=self.user, conversation=conversation_key(self.user), text=text, action=action, value=value, form=form,
            display_name=self.name,
            extra={actions.EXTRA_ADDRESS: conversation_key(self.user), actions.EXTRA_USER_ADDRESS: self.user})

    async def show_notices(self) -> None:
        for notice in await take_notices(self.runtime.store, self.user):
            self.say(f"\n[Notice] {notice}")

    async def run(self) -> None:
        """Chat until 'quit' or the end of input."""
        self.say(greeting(self.runtime.engine.kb.name))
        # Someone coming back to a half-written report sees its question, so their next line answers it.
        if waiting := await self.runtime.engine.resume(conversation_key(self.user)):
            self.say("")
            self.show(waiting)
        while True:
            await self.show_notices()
            line = await self.read("\n> ")
            if line is None or line.strip().lower() in QUIT_WORDS:
                break
            if not line.strip():
                continue
            await self.send(self.interpret(line))

    def interpret(self, line: str) -> IncomingMessage:
        """A number picks one of the choices just shown, or, where they are shown by name, a choice's name typed
        picks it; anything else is typed text, passed on as it is."""
        typed = line.strip()
        if self.by_name:
            named = " ".join(typed.casefold().split())
            for button in self.choices:
                if named == button.label.casefold():
                    return self.message(action=button.action, value=button.value)
            return self.message(text=line)
        if typed.isdigit() and 1 <= int(typed) <= len(self.choices):
            button = self.choices[int(typed) - 1]
            return self.message(action=button.action, value=button.value)
        return self.message(text=line)

    async def send(self, msg: IncomingMessage) -> None:
        """Send one message and show the replies; a reply carrying a form is filled in and submitted here."""
        replies = await self.runtime.engine.handle(msg)
        form = self.show(replies)
        while form is not None:
            values = await self.fill(form)
            if values is None:
                return
            self.say("")
            form = self.show(await self.runtime.engine.handle(
                self.message(action=form.submit_action, form=values)))

    def show(self, replies: list[Reply]) -> Form | None:
        """Print replies with numbered choices (numbering runs on across replies), or with named ones when the
        question one of them asks is answered in words; return a form to fill, if any.

        A turn that offers no choices (a refusal that changed nothing) leaves the previous ones standing.
        """
        by_name = any(reply.typed_answer for reply in replies)
        choices: list[Button] = []
        form = None
        for number, reply in enumerate(replies):
            text, buttons = reply_text(reply, first_number=len(choices) + 1, numbered=not by_name)
            self.say(("\n" if number else "") + text)
            choices.extend(buttons)
            form = reply.form or form
        if choices:
            self.choices, self.by_name = choices, by_name
            if by_name:
                self.say(TYPED_ANSWER_HINT)
        return form

    async def fill(self, form: Form) -> dict[str, str] | None:
        """Ask each field in turn (only those with errors after a failed submit); None if input ends."""
        self.say(f"\n{form.title}" + (f"\n{form.intro}" if form.intro else ""))
        values = {f.name: f.value for f in form.fields}
        for field in form.fields:
            if form.has_errors and not field.error:
                continue
            self.say("\n" + field_prompt(field))
            typed = await self.read("  > ")
            if typed is None:
                return None
            values[field.name] = field_answer(field, typed)
        values["_context"] = form.value
        return values


async def chat(settings: Settings, user: str, name: str) -> int:
    """Open the runtime (policy, database, outbox) and chat on stdin and stdout."""
    channels: dict = {}
    try:
        runtime = await open_runtime(settings, channels)
    except PolicyError as exc:
        print(f"policybot: the policy could not be loaded: {exc}", file=sys.stderr)
        return 1
    except UNREACHABLE as exc:  # a folder, a missing directory, a server refusing: one line, as `reports` says it
        print(unreachable(settings.database_url, exc), file=sys.stderr)
        return 1
    channels["local"] = LocalChannel(lambda: runtime.store)
    async with running(runtime):
        stdin = tolerant(sys.stdin)
        await TerminalChat(runtime, user, name, stdin.readline, sys.stdout, echo=not stdin.isatty()).run()
    return 0


def run_chat(args: argparse.Namespace) -> int:
    """Entry point of `python app.py chat [--user NAME]`."""
    name = args.user or getpass.getuser()
    try:
        user = user_key(name)
    except BadName as exc:
        print(f"policybot: {exc} (use --user NAME)", file=sys.stderr)
        return 2
    settings = Settings()
    if refuse_unusable(settings.database_url):
        return 2
    try:
        return asyncio.run(chat(settings, user, display_name(name)))
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
