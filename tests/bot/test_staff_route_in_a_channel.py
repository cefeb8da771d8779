"""Words put as a member of staff's conduct by the report they would begin ("a y6 girl has been texting her teacher
late at night": no staff word the reading marks, yet the report's kind is the staff one), told in a channel, where no
report opens (review revAT of helper staff4): the clause answered there said E.4's "Tell the DSL the same day", while
the same words in a direct message get the staff route, the Headteacher first. A teacher who reads the route in the
channel and goes by it must read the one their report would be sent under."""

from __future__ import annotations

import pytest

from bot import actions
from bot.flows.report_reader import STAFF_ROUTE_LEAD
from bot.runtime import Runtime
from tests.bot.conftest import Chat
from tests.bot.test_staff_route_fourth import LONGTON_ROUTE, OWN_ROUTE, own_school  # noqa: F401


# a clause answers the first (its "To report it:"), none the second (the route said on its own, as for words the
# reading itself marks as a member of staff's, "mr h slapped a year 4 boy")
@pytest.mark.parametrize(("words", "said"), [
    ("a y9 lad keeps snapchatting his teacher at weekends", f"To report it: {LONGTON_ROUTE}"),
    ("one of my year 7s is messaging her teacher on tiktok late", f"{STAFF_ROUTE_LEAD} {LONGTON_ROUTE}"),
])
async def test_a_channel_reads_the_staff_route_where_a_report_would_be_put_as_staff(chat: Chat, words: str,
                                                                                    said: str) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    await chat.say(words)
    assert "others can read this channel" in chat.text, chat.text  # no report opens here
    assert said in chat.text and chat.text.count(LONGTON_ROUTE) == 1, chat.text
    assert "Tell the DSL the same day" not in chat.text, chat.text
    # in private, the report the same words begin is put as staff conduct, its route said once
    direct = chat.as_user("local:bob", "Bob Teacher")
    await direct.say(words)
    assert "I've put the kind of concern as \u201cA member of staff's conduct" in direct.text, direct.text
    assert direct.text.count(LONGTON_ROUTE) == 1, direct.text


async def test_words_about_a_pupils_own_conduct_in_a_channel_keep_the_clauses_route(chat: Chat) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    await chat.say("a y9 boy is bullying a girl in my class on snapchat")
    assert LONGTON_ROUTE not in chat.text, chat.text


# A concern about the Headteacher told in a channel: the staff route said there ("Speak to the Headteacher the same
# day", another school's) was the last word, no report opening to say where the school sends one about the Head
HEAD_UNSAID = ("This school's guidance doesn't say who takes a concern about the Headteacher: speak to the Designated "
               "Safeguarding Lead.")


@pytest.mark.parametrize("words", [
    "the head has been texting a y8 girl late at night",  # a clause answers it, its route the staff one
    "our headteacher keeps snapchatting a year 9 boy at weekends",  # perhaps a report: the route before the answer
])
async def test_a_channel_told_of_the_head_hears_where_the_school_sends_that(own_school: Runtime,  # noqa: F811
                                                                            words: str) -> None:
    chat = Chat(own_school, extra={actions.EXTRA_GROUP: "1"})
    await chat.say(words)
    assert OWN_ROUTE in chat.text and HEAD_UNSAID in chat.text, chat.text
    assert chat.text.index(HEAD_UNSAID) > chat.text.index(OWN_ROUTE), chat.text


async def test_a_channel_told_of_another_member_of_staff_hears_no_word_of_the_head(
        own_school: Runtime) -> None:  # noqa: F811
    chat = Chat(own_school, extra={actions.EXTRA_GROUP: "1"})
    await chat.say("mr h slapped a year 4 boy")
    assert OWN_ROUTE in chat.text and "concern about the Headteacher" not in chat.text, chat.text


async def test_a_route_that_says_where_a_concern_about_the_head_goes_is_not_said_twice(chat: Chat) -> None:
    chat.extra = {actions.EXTRA_GROUP: "1"}
    await chat.say("the head has been texting a y8 girl late at night")
    assert chat.text.count(LONGTON_ROUTE) == 1 and "Chair of Governors" in chat.text, chat.text
