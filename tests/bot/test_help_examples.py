"""Help's example questions are on the loaded policy's own subjects: another school's phones policy is not advertised
with "Can I follow an ex-pupil on Instagram?". Through the real engine, and `ask` as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.runtime import Runtime, open_runtime, running
from policy_kb.errors import PolicyError
from policy_kb.knowledge import load_knowledge_base
from tests.bot.conftest import Chat, make_settings
from tests.bot.test_bare_policy import PHONES
from tests.fakes.escalation_channel import FakeChannel

ROOT = Path(__file__).resolve().parents[2]
LONGTON_EXAMPLES = ("sports day", "Instagram", "ex-pupil")


@pytest.fixture
async def phones(db_url: str, tmp_path: Path) -> AsyncIterator[Runtime]:
    policy = tmp_path / "our-policy.md"
    shutil.copyfile(PHONES, policy)
    rt = await open_runtime(make_settings(db_url, POLICYBOT_POLICY=str(policy)), {"local": FakeChannel()})
    async with running(rt):
        yield rt


async def test_help_on_another_schools_policy_gives_examples_from_that_policy(phones: Runtime) -> None:
    chat = Chat(phones)
    await chat.say("help")
    assert "Mobile Phones" in chat.text and "e.g. 'What does the policy say about staff mobile phones" in chat.text
    assert not any(word in chat.text for word in LONGTON_EXAMPLES)


async def test_help_on_the_bundled_policy_gives_its_own_examples(chat: Chat) -> None:
    await chat.say("help")
    assert "e.g. 'Can I post photos from sports day?'" in chat.text


def test_ask_help_on_another_schools_policy_names_its_subjects(tmp_path: Path) -> None:
    policy = tmp_path / "our-policy.md"
    shutil.copyfile(PHONES, policy)
    done = subprocess.run([sys.executable, str(ROOT / "app.py"), "ask", "--json", "help"], cwd=tmp_path,
                          env={"PATH": "/usr/bin:/bin", "POLICYBOT_POLICY": str(policy)},
                          capture_output=True, text=True, timeout=120, check=True)
    answer = json.loads(done.stdout)
    assert answer["intent"] == "help" and "staff mobile phones" in answer["answer"]
    assert not any(word in answer["answer"] for word in LONGTON_EXAMPLES)


def test_guidance_examples_are_used_when_help_examples_is_not_given(tmp_path: Path) -> None:
    policy = tmp_path / "our-policy.md"
    shutil.copyfile(PHONES, policy)
    policy.with_suffix(".guidance.yaml").write_text(
        "A.3:\n  examples: [Can I take photos of the class on my phone?, pics on my phone ok]\n")
    assert load_knowledge_base(policy).help_examples == ("Can I take photos of the class on my phone?",)


def test_help_examples_that_are_not_a_list_of_questions_are_an_error_with_file_and_line(tmp_path: Path) -> None:
    policy = tmp_path / "our-policy.md"
    shutil.copyfile(PHONES, policy)
    policy.with_suffix(".guidance.yaml").write_text("short_name: Phones policy\nhelp_examples: {a: b}\n")
    with pytest.raises(PolicyError) as failed:
        load_knowledge_base(policy)
    assert "guidance.yaml:2" in str(failed.value) and "help_examples" in str(failed.value)


def test_a_section_title_that_begins_with_an_acronym_keeps_its_capitals(tmp_path: Path) -> None:
    """"What does the policy say about eYFS and mobile phones?": only a title's ordinary first word is lowered."""
    policy = tmp_path / "our-policy.md"
    policy.write_text("# Phones Policy\n\n## A. EYFS and mobile phones\n\n[A.1] Phones stay in the office.\n\n"
                      "## B. Staff phones\n\n[B.1] Staff phones stay in lockers.\n", encoding="utf-8")
    assert load_knowledge_base(policy).help_examples == ("What does the policy say about EYFS and mobile phones?",
                                                         "What does the policy say about staff phones?")


def test_a_section_title_that_begins_with_a_name_keeps_its_capital(tmp_path: Path) -> None:
    """"…about instagram and staff?": a name the policy always writes with a capital is not lowered; a word it also
    writes in lower case ("Staff", "Photographs") is, as the middle of a sentence wants."""
    policy = tmp_path / "our-policy.md"
    policy.write_text("# Online Policy\n\n## A. Instagram and staff\n\n[A.1] Staff must not follow pupils on "
                      "Instagram.\n\n## B. Photographs of pupils\n\n[B.1] No photographs of pupils go online.\n",
                      encoding="utf-8")
    assert load_knowledge_base(policy).help_examples == ("What does the policy say about Instagram and staff?",
                                                         "What does the policy say about photographs of pupils?")
