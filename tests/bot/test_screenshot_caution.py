"""Asked whether to screenshot or keep something, outside a report or in one, the answer from the school's reporting
guidance also says never to screenshot, forward or save a sexual image of a child (describe it instead), as the
report's evidence step does: a parent's post's route says "Screenshot it if you can", and the image route only "don't
share or forward", so "can i screenshot the photo he sent her?" read as leave to copy what may be such an image."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import to_what_happened

NEVER = "do not screenshot, forward or save a sexual image of a child: describe it instead"


@pytest.mark.parametrize("said", ["can i screenshot the photo he sent her?", "can i screenshot the video?",
                                  "should i save the pictures as evidence?", "can i screenshot a parent's post?"])
async def test_outside_a_report_screenshotting_is_answered_with_the_never_for_a_sexual_image(chat: Chat,
                                                                                            said: str) -> None:
    await chat.say(said)
    assert "school's reporting guidance" in chat.text
    assert NEVER in chat.text, chat.text


async def test_in_a_report_screenshotting_is_answered_with_it_too(chat: Chat) -> None:
    await to_what_happened(chat, kind="A pupil's image")
    await chat.say("can i screenshot it?")
    assert "school's reporting guidance" in chat.text
    assert NEVER in chat.text, chat.text
    assert "what happened?" in chat.last.text.lower()  # and the step is asked again


async def test_another_step_is_answered_without_it(chat: Chat) -> None:
    await chat.say("should i reply to the parent's post?")
    assert "school's reporting guidance" in chat.text and NEVER not in chat.text
