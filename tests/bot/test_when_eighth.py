"""What review revAL left at *When did it happen?* (helper when8), each through the real engine:

- a weekday beginning its part of the sentence, followed there by a plan ("on friday it's happening again", "saturday
  they're meeting at the park") was dated as the day gone; it is kept as typed, as "the party is friday" is, while
  "it happened on friday and it's happening again" keeps the date of what happened;
- "this eve", "this arvo" (and "this avo") were not read; they are read as "this evening" / "this afternoon" are;
- relations named together ("mum and dad", "Mr Smith and his wife") were kept as when; they are asked back as who.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_part_asked_back import LOOKS_WHEN, to_affected, to_when
from tests.bot.test_people_at_when import asked_back_at_when_and_kept_as_who
from tests.bot.test_when_second import LATE, WEDNESDAY, when_shown

EVENING = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)  # Wed 2 Dec 2026, 20:00
LOOK_WHO = "look like who is responsible, not when"
LOOKS_WHO = "looks like who is responsible, not when"


@pytest.mark.parametrize("said", [
    "on friday it's happening again", "On Friday its happening again", "friday he's going to meet her",
    "saturday they're meeting at the park", "on saturday she's seeing him again", "friday night he'll collect her",
    "on sunday she is supposed to go to his", "he sent it. on friday they are meeting at the shops",
    "at the weekend she's going to stay at his", "over the weekend they're meeting up",
])
async def test_a_day_told_before_a_plan_is_kept_as_typed(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                         said: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == said


@pytest.mark.parametrize(("said", "shown"), [
    ("it happened on friday and it's happening again",
     "it happened on friday and it's happening again (Fri 27 Nov 2026)"),
    ("on friday he said he'll hurt her", "on friday he said he'll hurt her (Fri 27 Nov 2026)"),
    ("on friday he told her he is going to wait outside",
     "on friday he told her he is going to wait outside (Fri 27 Nov 2026)"),
    ("on friday he hit her", "on friday he hit her (Fri 27 Nov 2026)"),
    ("saturday we found out he's going to meet her", "saturday we found out he's going to meet her (Sat 28 Nov 2026)"),
    ("on sunday she heard they are meeting up", "on sunday she heard they are meeting up (Sun 29 Nov 2026)"),
    ("friday, and she's seeing him again", "friday, and she's seeing him again (Fri 27 Nov 2026)"),
    ("she met him on friday, she's going to see him again",
     "she met him on friday, she's going to see him again (Fri 27 Nov 2026)"),
    ("at the weekend she was going to meet him", "at the weekend she was going to meet him "
                                                  "(the weekend of Sat 28 Nov 2026)"),
])
async def test_a_day_gone_beside_a_plan_keeps_its_date(chat: Chat, monkeypatch: pytest.MonkeyPatch, said: str,
                                                       shown: str) -> None:
    assert await when_shown(chat, monkeypatch, WEDNESDAY, said) == shown


@pytest.mark.parametrize(("typed_at", "said", "shown"), [
    (EVENING, "this eve", "this eve (Wed 2 Dec 2026)"),
    (EVENING, "this eve about 7", "this eve about 7 (Wed 2 Dec 2026)"),
    (EVENING, "This Eve at pick up", "This Eve at pick up (Wed 2 Dec 2026)"),
    (WEDNESDAY, "this eve", "this eve"),  # typed in the morning: still to come, as "this evening" is
    (EVENING, "she'll be collected this eve", "she'll be collected this eve"),
    (LATE, "this eve about 9", "this eve about 9 (Mon 30 Nov 2026)"),  # the evening just gone
    (EVENING, "this arvo", "this arvo (Wed 2 Dec 2026)"),
    (EVENING, "this avo after lunch", "this avo after lunch (Wed 2 Dec 2026)"),
    (LATE, "this arvo", "this arvo (Mon 30 Nov 2026)"),
    (EVENING, "2nite", "2nite (Wed 2 Dec 2026)"),
    (EVENING, "yesterday and tmrw night", "yesterday and tmrw night (yesterday: Tue 1 Dec 2026)"),
])
async def test_short_forms_of_this_evening_and_afternoon_are_read(chat: Chat, monkeypatch: pytest.MonkeyPatch,
                                                                  typed_at: datetime, said: str, shown: str) -> None:
    assert await when_shown(chat, monkeypatch, typed_at, said) == shown


@pytest.mark.parametrize("words", [
    "mum and dad", "Mum and Dad", "mum & dad", "his mum and her boyfriend", "Mr Smith and his wife",
    "her nan and grandad", "stepdad and his brother", "Mrs Khan and her husband", "dad, uncle",
])
async def test_relations_named_together_at_when_are_asked_back_and_put_as_who(chat: Chat, words: str) -> None:
    await asked_back_at_when_and_kept_as_who(chat, words)


@pytest.mark.parametrize("words", [
    "Monday and Tuesday", "break and lunch", "Maths and English", "Christmas and New Year", "morning and afternoon",
    "mum's and dad's", "at mum and dad's", "mum and dad's anniversary", "dinner and bedtime", "Eve and Christmas",
    "mum", "break n lunch", "after school and mum", "mum and dad at home",
])
async def test_times_and_places_joined_the_same_way_stay_when(chat: Chat, words: str) -> None:
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO not in chat.text and LOOK_WHO not in chat.text and "What happened?" in chat.last.text


@pytest.mark.parametrize("words", ["this eve about 6", "this arvo i think", "about 2 this avo"])
async def test_short_forms_alone_at_who_is_affected_are_asked_back_as_when(chat: Chat, words: str) -> None:
    """As "this evening about 6" is: the short forms were read as who affected ("Affected: this eve about 6")."""
    await to_affected(chat)
    await chat.say(words)
    assert LOOKS_WHEN in chat.last.text and "Who is responsible" not in chat.text


@pytest.mark.parametrize("words", ["Eve", "Eve B, Year 4", "Ava"])
async def test_a_name_like_a_short_form_is_still_who_is_affected(chat: Chat, words: str) -> None:
    await to_affected(chat)
    await chat.say(words)
    assert LOOKS_WHEN not in chat.text


@pytest.mark.parametrize("words", ["Mon and Tue", "Fri and Sat", "Wed, Thu", "Thurs & Fri"])
async def test_short_weekdays_joined_stay_when(chat: Chat, words: str) -> None:
    """Each short form read as a capitalised name, so two of them were asked back as who."""
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO not in chat.text and LOOK_WHO not in chat.text and "What happened?" in chat.last.text


@pytest.mark.parametrize("words", ["mum n dad", "Sam n Leo", "mum, dad and nan", "brother and sister"])
async def test_people_joined_by_n_or_in_a_list_are_asked_back(chat: Chat, words: str) -> None:
    await to_when(chat)
    await chat.say(words)
    assert LOOKS_WHO in chat.last.text
