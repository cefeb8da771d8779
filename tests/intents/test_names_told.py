"""Harm told by a name, by he, she or they, or by who someone is ("the boy next door"), as `judge_report` takes it
(`harm_told.TOLD_BY_NAME`, and the model's doubtful reports checked by `harm_only_in_turns_of_phrase`): chit-chat,
sport, idioms, illness and knocks with a name or a pronoun and a harm word are not reports; a child harmed, told that
way, is one (at least doubtfully), with where or how often it happened, how it was heard, or in the passive. The first
two lists are a review's (rev2, 2026-11-30); the last two say the same in other words, so the rule is not fitted to
the review's sentences."""

from __future__ import annotations

import pytest

from intents.reports import judge_report, report_probability

# Chit-chat, sport, games, idioms, illness and the weather: no child harmed by anyone.
NOT_REPORTS = [
    # idioms the brief names
    "she hit her target this term", "he kicked off in assembly again", "they hit the ground running",
    # sport and games
    "Jake hit the jackpot at the raffle", "Sam hit a six at cricket club", "Josh beat me at fifa",
    "they beat them 3-0 at football", "Jess kicked him off the chess team", "jake hit sam in the quiz",
    "Sophie hit him for six in the quiz", "he hit her with a snowball", "Zara punched the air when she won",
    "Arsenal hit them hard last night", "Arsenal hit them again",
    # idioms and turns of phrase
    "Amy punched above her weight in the debate", "he hit the roof when he saw the mess",
    "she hit the nail on the head", "Mia hit it off with the new TA", "he hit rock bottom after the divorce",
    "they touched base with parents", "Noah grabbed her attention", "Liam hit me up on teams", "she hit her stride",
    "Ravi pinched my parking space", "he pushed her buttons", "Mrs Patel hit send too early",
    "Alfie stabbed her in the back by telling the head", "she touched on e-safety in her lesson",
    "George slapped him on the back and said well done",
    # a colleague, about work
    "Jane grabbed me at lunch to ask about the trip photos", "Mark grabbed me after school about the rota",
    "Sarah pushed me and I got the job", "he hit them again with another email",
    "she kicked him out of the group chat", "he kicked her out of the reading group",
    # illness, feelings, events: not a person at all
    "norovirus hit them again in year 2", "chickenpox hit him", "grief hit him hard", "redundancy hit him hard",
    "hayfever hit me again",
    # an accident, or ordinary care
    "he choked on his lunch",
    "she touched him on the arm to get his attention",
]

# Told by a teacher (or in a child's words) of a child harmed: each must start a report, at least doubtfully.
DISCLOSURES = [
    "jake hit sam", "Liam punched Noah in the toilets", "he hit her again", "she slapped him in the face",
    "they kicked him on the way home", "Oscar keeps hitting Ava", "ryan touched her in the toilets",
    "jack and oli beat him up", "Maya is not safe at home", "I saw Tom slap Mia", "Harvey strangled Isla at lunch",
    "aiden hit him with a belt", "he choked her",
    # missed
    "he hit her across the face", "he slapped her round the face", "he hit her twice", "he hit her with a cable",
    "he touched her up", "he touched her privates", "he grabbed her by the neck", "Jake hits Sam most days",
    "jake hit sam over the weekend", "jake hit sam in class", "I think Jake hit Sam", "apparently jake hit sam",
    "Mia told me Kyle touched her", "Sam says Jake hits him", "Jayden was punched by Kyle", "he hit his sister",
    "saw tom push amy down the stairs", "Finn pushed Rosie into the wall", "the boy next door hit her",
]


# The same shapes in other words (none of them a report, or a disclosure, before this rule was widened).
OTHER_NOT_REPORTS = [
    "tonsillitis hit her again", "depression hit him hard", "sadness hit her", "unemployment hit them hard",
    "she hit her head on the table", "she grabbed me after the meeting to ask about cover",
]
OTHER_DISCLOSURES = [
    "she kicked his legs", "she slaps him most mornings", "I heard Jake hit Sam", "we think he touched her",
    "Amy says Leo touched her privates", "she got punched by Tyler", "the man next door touched her",
    "he pushed her down the stairs", "Kyle pushed Mia off the climbing frame", "he grabbed her by the hair",
    "he hit his brother with a stick", "Alfie stabbed him with a pencil", "she touched him on the bum",
    "he hit her over the weekend at his dads", "Jayden hit Sam for no reason", "Noah headbutted him in class",
]


# Moved from the review's NOT_REPORTS: a knock told by a name may be a blow to someone else ("Priya hit her head on the
# door frame" is worded as "Jake hit her head on the table" is): the rule cannot tell a girl's name from a boy's, so
# both stay a doubtful report, one tap back to a question, rather than lose the blow. "She hit her head on the table",
# told by its owner, is a knock (OTHER_NOT_REPORTS).
DOUBTFUL_KNOCKS = ["Priya hit her head on the door frame", "Jake hit her head on the table"]


def test_the_review_has_enough_sentences() -> None:
    assert len(NOT_REPORTS) + len(DOUBTFUL_KNOCKS) >= 40 and len(DISCLOSURES) >= 20


@pytest.mark.parametrize("text", NOT_REPORTS + OTHER_NOT_REPORTS)
def test_a_name_or_pronoun_and_a_harm_word_in_chit_chat_is_not_a_report(text: str) -> None:
    verdict = judge_report(text)
    assert not verdict.report, f"{text!r} scored {report_probability(text):.2f}"


@pytest.mark.parametrize("text", DISCLOSURES + OTHER_DISCLOSURES)
def test_a_child_harmed_told_by_name_or_pronoun_is_a_report(text: str) -> None:
    verdict = judge_report(text)
    assert verdict.report, f"{text!r} scored {report_probability(text):.2f}"


@pytest.mark.parametrize("text", DOUBTFUL_KNOCKS)
def test_a_knock_told_by_a_name_is_a_doubtful_report(text: str) -> None:
    verdict = judge_report(text)
    assert verdict.report and not verdict.sure, f"{text!r} scored {report_probability(text):.2f}"
