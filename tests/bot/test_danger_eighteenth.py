"""What the README's Open list left at "Is a child in immediate danger?" and on a report's summary (helper danger18):

- harm to a pet or a thing "and then" him or them, with more told after the child (", mum rang me…"), was a plain No:
  the child was read only as the end of what is said; said fine now, it is asked again, as "no dad kicked him, mum
  says he's fine now" already was;
- one word repeated to 4,000 characters was read by re-reading the whole text before each match and each opening:
  the readings are the same, the words before a match read a few at a time;
- "stabed", "stabbd", "stabing" (a letter slipped) were no stabbing;
- "she was hit at home" (the past passive) was no harm at home, where "she got hit at home" was;
- on the summary "he is being hit at home" raised the alert at once where "Jack is being hit at home" asked the danger
  question: both ask it now, as "his dad also hits him at home" does;
- "no mum pushed her buggy" (a push of a thing) was the urgent Not sure: a No.
"""

from __future__ import annotations

import pytest

import bot.flows.danger_degree as danger_degree
import bot.flows.danger_now as danger_now
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import concerns_in, walk_to_confirm
from tests.bot.test_danger_dsl_readings import read_as
from tests.bot.test_danger_fourteenth import asked_danger_on_the_summary_then_urgent
from tests.bot.test_summary_corrections import ASKED as WHICH_PART

DANGER = "Is a child in immediate danger"


# (1) The child after a blow to a thing, more told after them
@pytest.mark.parametrize("said", ["no he kicked the dog and then him, his mum rang me about it",
                                  "no she slapped the cat then them, the neighbour heard it all",
                                  "nah he booted the door and then him, nan told me this morning"])
async def test_a_blow_to_a_thing_then_him_with_more_after_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


async def test_said_fine_now_after_it_is_asked_again_never_a_no(chat: Chat) -> None:
    assert await read_as(chat, "no he kicked the dog and then him, mum says he's fine now") == (None, False)


async def test_more_told_after_him_on_the_summary_asks_the_danger_question(chat: Chat) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, "he kicked the dog and then him, his mum rang me about it")


# Guards, the same before and after: a ball, school, her own thing, her mum coming in
@pytest.mark.parametrize("said", ["no he kicked the ball and then him, it was only football",
                                  "no he kicked the dog and then him at break, they were messing",
                                  "no he kicked the dog and then her bag",
                                  "no he kicked the dog and then her mum came in"])
async def test_a_game_school_or_her_thing_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# (2) One word repeated: read right, and the words before each match read a few at a time, not the whole text again
LONG = ["the " * 1000, "a " * 2000, "it's not that they're hitting him " * 120]


@pytest.mark.parametrize("said", LONG)
async def test_one_word_repeated_is_asked_again(chat: Chat, said: str) -> None:
    assert await read_as(chat, said.strip()) == (None, False)


class _Recorded:
    """A pattern whose searches are recorded: how much text each was given."""

    def __init__(self, pattern: object) -> None:
        self.pattern, self.sizes = pattern, []

    def search(self, text: str) -> object:
        self.sizes.append(len(text))
        return self.pattern.search(text)  # type: ignore[attr-defined]


def test_the_words_before_each_match_are_a_few_not_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    recorded = _Recorded(danger_now._NOT_BEFORE)
    monkeypatch.setattr(danger_now, "_NOT_BEFORE", recorded)
    said = "it's not that they're hitting him " * 120
    assert danger_now.harm_may_be_now(said.strip()) is False  # every one denied just before it
    assert len(recorded.sizes) >= 100 and max(recorded.sizes) < 60


def test_an_opening_of_words_of_degree_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.flows.danger_opening import degree_opening
    calls: list[int] = []
    degree_of = danger_degree.degree_of
    monkeypatch.setattr(danger_degree, "degree_of", lambda words: calls.append(len(words)) or degree_of(words))
    assert degree_opening(" ".join(["a"] * 2000)) is None
    assert degree_opening("i think so hes outside") == "yes"  # (the same reading as before)
    assert sum(calls) < 100


# (3) A letter slipped in a stabbing
@pytest.mark.parametrize("said", ["he's been stabed", "she got stabbd outside the chippy", "she was stabed"])
async def test_a_stabbing_with_a_letter_slipped_is_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


@pytest.mark.parametrize("said", ["no he stabbd him", "no a boy stabed her in the toilets"])
async def test_a_stabbing_with_a_letter_slipped_beside_a_no_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# On the summary, as "a boy stabbed him on the way home" is there: the URGENT alert with the words
@pytest.mark.parametrize("words", ["a boy stabed him on the way home", "he was stabbd"])
async def test_a_stabbing_with_a_letter_slipped_on_the_summary_raises_the_alert(chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART not in chat.text
    [alert] = await concerns_in(chat)
    assert alert.urgent and words in alert.fields["what"]


# The same let-offs: a thing stabbed, a toy, a game
@pytest.mark.parametrize("said", ["no he stabed the potato", "no he stabbd him with a nerf gun",
                                  "no he stabed him in fortnite"])
async def test_a_thing_a_toy_or_a_game_stabbed_with_a_letter_slipped_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# (4) The past passive at home
@pytest.mark.parametrize("said", ["Ella was hit at home", "no Tom was kicked at home", "Ella was punched at her dad's",
                                  "the twins were slapped at home"])
async def test_harm_at_home_in_the_past_passive_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("words", ["Ella was hit at home", "Tom was kicked at his mum's house"])
async def test_harm_at_home_in_the_past_passive_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


# A time gone is asked again at the question (as "her dad hit her last year" is), and asks on the summary (as "her dad
# hit her last year" does there); a game or sport, a ball, an accident are neither, the same before and after
async def test_the_past_passive_with_a_time_gone_is_asked_again(chat: Chat) -> None:
    assert await read_as(chat, "Ella was hit at home last year") == (None, False)


@pytest.mark.parametrize("said", ["Ella was hit at home playing football", "Ella was hit at home by the ball",
                                  "Ella was hit at home by accident"])
async def test_the_past_passive_in_a_game_or_by_accident_is_not_urgent(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)


@pytest.mark.parametrize("words", ["Ella was hit at home playing football", "Ella was hit at home by accident"])
async def test_the_past_passive_in_a_game_or_by_accident_on_the_summary_is_asked_which_part(
        chat: Chat, words: str) -> None:
    await walk_to_confirm(chat)
    await chat.say(words)
    assert WHICH_PART in chat.last.text and DANGER not in chat.text


# (5) He or she being harmed at home on the summary: the danger question, as for a name and for "his dad hits him"
@pytest.mark.parametrize("words", ["he is being hit at home", "she is being punched at her dad's"])
async def test_he_or_she_being_harmed_at_home_on_the_summary_asks_the_danger_question(chat: Chat, words: str) -> None:
    await asked_danger_on_the_summary_then_urgent(chat, words)


# ...told as now, the alert at once as before; at the question it is urgent either way
async def test_being_harmed_at_home_right_now_on_the_summary_raises_the_alert(chat: Chat) -> None:
    await walk_to_confirm(chat)
    await chat.say("he is being hit at home right now")
    [alert] = await concerns_in(chat)
    assert alert.urgent and "he is being hit at home right now" in alert.fields["what"]


@pytest.mark.parametrize("said", ["he is being hit at home", "Jack is being hit at home"])
async def test_being_harmed_at_home_at_the_question_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


# (6) A push of a thing
@pytest.mark.parametrize("said", ["no mum pushed her buggy", "no her dad pushed her pram to the park",
                                  "no mum kicked her scooter out of the way"])
async def test_a_push_of_her_thing_is_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


# Guard, the same before and after: the child pushed
@pytest.mark.parametrize("said", ["no mum pushed her down the stairs", "no her dad pushed her into the wall"])
async def test_the_child_pushed_stays_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
