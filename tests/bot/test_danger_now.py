"""At "Is a child in immediate danger?" (helper danger5), harm told as now is a Yes, the URGENT alert at once, as a
Designated Safeguarding Lead would want: a child hurt or in physical danger, meeting someone met online or gone with
a stranger, being hurt by others now, and an adult there beside a threat told of them. Each was asked again. Someone's
own claim to be family at the gate is the urgent Not sure. The past with a time said, a child said fine, ordinary
knocks and plans are asked again as before. Through the real engine."""

from __future__ import annotations

import pytest

from tests.bot.conftest import Chat
from tests.bot.test_danger_dsl_readings import read_as

YES = "\u201cYes, a child may be in danger now\u201d"
NOT_SURE = "\u201cNot sure\u201d, which is treated as urgent. Type back if that's not right."

HURT_NOW = ["she's been hit by a car", "he's been stabbed", "she can't breathe", "he's having a seizure",
            "she's on the roof", "he's unconscious", "she's bleeding badly", "he swallowed pills",
            "she got hit by a car", "a van hit him outside school", "she's been run over", "hes been stabbed",
            "she cant breathe", "he isn't breathing", "she's choking", "he's having an asthma attack",
            "she's having an allergic reaction", "he's fitting", "he's up on the roof", "he's on the window ledge",
            "he's fallen from the roof", "she's taken some pills", "she drank bleach", "he swallowed a battery",
            "she's eaten some of her mum's pills", "she's had a bad fall and isn't moving", "she won't wake up",
            "he was hit by a car five minutes ago", "she's with me, she can't breathe"]
MET_ONLINE_OR_GONE = ["she's meeting a man she met online tonight", "she got into a car with a stranger",
                      "he's gone off with a man we don't know", "he's going to meet a man he met on fortnite",
                      "she's meeting someone she met online after school", "she's meeting a stranger from snapchat "
                      "tonight", "she said she's meeting her online boyfriend today", "he got into a stranger's car",
                      "she's been taken by a stranger", "she left with a man we don't know"]
HURT_BY_OTHERS_NOW = ["they're hitting him in the playground now", "they're hitting him now",
                      "some boys are beating him up right now", "the year 6s are kicking him in the playground",
                      "they're punching him in the toilets", "year 6s are punching a year 3 boy in the toilets",
                      "her dad is hitting her right now"]
ADULT_BESIDE_A_THREAT = ["it's her stepdad at the gate, he's the one who hits her",
                         "the lady at the gate is threatening to take her",
                         "it's her mum at the door, she's the one hurting her",
                         "that's her mum at the gate, she's the one who hurt her",
                         "the woman at reception is threatening to take her home",
                         "the man outside is threatening to hurt him", "it's the man from the park at the gate again"]


@pytest.mark.parametrize("said", HURT_NOW + MET_ONLINE_OR_GONE + HURT_BY_OTHERS_NOW + ADULT_BESIDE_A_THREAT)
async def test_harm_told_as_now_is_a_yes_with_the_alert_at_once(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("yes", True)
    assert chat.replies[0].urgent and "call 999" in chat.replies[0].text  # the act-now line first, as for Yes
    assert YES in chat.text and "Who is affected" in chat.last.text


# A claim is no one known (the teacher cannot vouch) and may be true: the urgent not sure, the reading said. So is
# harm told beside a no or a doubt, and others hurting a child with no word of now or where (what happens, or what
# is happening? a DSL would ask, and not wait for the answer)
MAY_BE_NOW = ["the man at the gate says he's her uncle", "the man at the gate claims to be her dad",
              "the lady at the gate says she's his nan", "someone at the gate says they're here to collect her",
              "no he's been stabbed", "no, but she's meeting a man she met online tonight",
              "i think she's meeting a man from online tonight", "he could be having a seizure",
              "she might have swallowed pills", "they're hitting him", "a group of kids are attacking him",
              "she's safe with me but she's meeting a man from online tonight"]


@pytest.mark.parametrize("said", MAY_BE_NOW)
async def test_a_claim_or_harm_beside_a_doubt_is_the_urgent_not_sure(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("not_sure", True)
    assert chat.replies[0].urgent and NOT_SURE in chat.text


# ...and not the past with a time said, a child said fine, ordinary knocks, a child's own medicine, games, plans
# with family, or pupils fighting each other: asked again (or a plain no) as before
ORDINARY = ["he had a seizure last year", "she had a nosebleed earlier, she's fine", "they were fighting yesterday",
            "she's at home", "he's in class now", "he's fine now", "she was hit by a car last year",
            "he was stabbed last summer", "she was hit by a car but she's fine now", "he's been hit by a ball in pe",
            "he's been stabbed with a pencil", "she's taken her tablets", "she's had some calpol",
            "they've taken pills before", "he got shot in fortnite", "they're beating him at fifa",
            "they're fighting in the playground now", "they were hitting him at lunch", "they hit her every day",
            "she's meeting her nan tonight", "she's meeting her online friend's mum", "she met a man online last "
            "year", "she got into a car with her mum", "he's drowning in homework", "she's not responding to my "
            "emails", "he's not moving schools", "it's her dad at the gate, he's collecting her",
            "the lady at the gate is waiting for her", "the man at the gate is her uncle", "her dad says he's coming "
            "at 3", "he has seizures sometimes", "she's not on the roof", "he isn't having a seizure"]


@pytest.mark.parametrize("said", ORDINARY)
async def test_the_past_a_child_said_fine_and_ordinary_answers_are_asked_again_as_before(
        chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == (None, False)
    assert "URGENT" not in chat.text and chat.last.text.startswith("Is a child in immediate danger?")


@pytest.mark.parametrize("said", ["no, she's at home", "no he's in class",
                                  "no, she's fine, she had a seizure last year", "no danger now, it was last year"])
async def test_a_plain_no_stays_a_no(chat: Chat, said: str) -> None:
    assert await read_as(chat, said) == ("no", False)
