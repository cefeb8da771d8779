"""At "Is a child in immediate danger?" (helper danger7, the danger readings review revS left), through the engine:

- a no beside a disclosure ("no she said her dad hit her", "no shes home with her abuser", "nah but mum hits her")
  was a plain No, or asked again: it is the urgent Not sure; with a past time said, asked again, never a No;
- a body sign or place told with its harmless cause ("his lips are blue from the cold", "covered in blood from a
  nosebleed", "she's on the bridge with her friends", "he swallowed a lego piece and it came out") raised an URGENT
  alert as a Yes: asked again, the sign alone still a Yes;
- harm told long past ("he's been beaten up, a while back", "…she told me on monday") was the urgent Not sure: asked
  again, the words kept;
- a child gone with a man not named ("he's gone off with a man") was asked again: the urgent Not sure.
"""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft
from tests.bot.test_danger_dsl_readings import read_as

ASKED = "Is a child in immediate danger?"

DISCLOSED_BESIDE_NO = ["no she said her dad hit her", "no shes home with her abuser", "nah but mum hits her",
                       "nah mum hits her though", "no her dad hits her", "no, mum's boyfriend hits her",
                       "no she told me her uncle touched her", "no she gets hit at home", "nope dad slaps her",
                       "no, she's safe at school but her dad hits her", "no theres domestic violence at home",
                       "no she said dad hit her this morning", "no dad hit her last night"]


@pytest.mark.parametrize("said", DISCLOSED_BESIDE_NO)
async def test_a_no_beside_a_disclosure_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["no she said her dad hit her last year", "no her dad hit her years ago",
                                  "no she told me on monday her dad hit her",
                                  "no he said his brother hits him sometimes but he's fine now",
                                  "no she's been hurt at home, she fell off her bike"])
async def test_a_no_beside_a_past_disclosure_is_asked_again_never_a_plain_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert chat.last.text.startswith(ASKED)


# (guards: the harm denied, a child's own knock, a pupil at break, play)
@pytest.mark.parametrize("said", ["no dad doesnt hit her", "no she said her dad never hits her",
                                  "no he hit her at break", "no he said his sister hit him with a pillow",
                                  "no she hit her head on the table",
                                  "no shes fine", "no the abuser is in prison",
                                  "no shes in foster care away from her abuser"])
async def test_a_no_beside_no_disclosure_is_still_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)


HARMLESS_CAUSE = ["his lips are blue from the cold", "her fingers are blue from the cold",
                  "covered in blood from a nosebleed", "there's loads of blood from his nose",
                  "she's on the bridge with her friends", "he swallowed a lego piece and it came out",
                  "he's gone blue in the face laughing", "she swallowed a coin but she's coughed it up",
                  "he's on the bridge walking home"]


@pytest.mark.parametrize("said", HARMLESS_CAUSE)
async def test_a_sign_with_its_harmless_cause_raises_no_alert_and_keeps_the_words(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text
    assert chat.last.text.startswith(ASKED)
    assert said in str((await kept_draft(chat))[1]["fields"])


SIGN_STANDS = ["his lips are blue", "she's on the bridge", "loads of blood", "her lips are blue and she can't breathe",
               "his lips are blue from the cold and he's floppy", "he's on the railway line with his friends",
               "she's standing on the edge of the bridge with her friends", "his nose won't stop bleeding",
               "covered in blood from his nose after dad hit him", "she swallowed a coin and it's stuck"]


@pytest.mark.parametrize("said", SIGN_STANDS)
async def test_the_sign_alone_or_with_worse_is_still_a_yes(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)


LONG_PAST = ["he's been beaten up, a while back", "he's been slapped by mum, she told me on monday",
             "she's been kicked by her dad, he told me on friday", "he's been beaten up weeks back"]


@pytest.mark.parametrize("said", LONG_PAST)
async def test_harm_told_long_past_is_asked_again_with_the_words_kept(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert chat.last.text.startswith(ASKED)
    assert said in str((await kept_draft(chat))[1]["fields"])


@pytest.mark.parametrize("said", ["he's been beaten up", "she's been hit, she told me just now",
                                  "she's on the roof, she told me on monday she would"])
async def test_harm_with_no_past_time_keeps_its_alert(chat: Chat, said: str) -> None:
    assert (await read_as(chat, said))[1]


GONE_WITH = ["he's gone off with a man", "she went off with an older man", "she's been picked up by a man",
             "no he's gone off with a man"]


@pytest.mark.parametrize("said", GONE_WITH)
async def test_a_child_gone_with_a_man_not_named_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)


@pytest.mark.parametrize("said", ["he's gone off with a man, it's his dad", "he went off with a man last week",
                                  "he's gone off with his dad", "he's gone off with the class",
                                  "she goes off with a man every friday"])
async def test_a_child_gone_with_someone_known_or_long_ago_raises_no_alert(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
