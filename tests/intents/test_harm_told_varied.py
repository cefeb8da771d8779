"""Harm told by a name, a pronoun or who someone is, as `judge_report` takes it, in a third review's own words
(rev3, faa4039): things a teacher might type with a name or pronoun and a harm or knock word that are no report
(sport, praise, idioms, knocks, illness, hearsay of a game), and disclosures in varied words, including those the
model's doubtful-report veto (`harm_only_in_turns_of_phrase`) might now drop. None of these sentences is in
tests/intents/test_names_told.py."""

from __future__ import annotations

import pytest

from intents.reports import judge_report

NOT_REPORTS = [
    'Ella smashed her spelling test',
    'he smashed it at the concert',
    'she killed it in the nativity',
    'Mr Jones killed the lights before the film',
    'Tom beat his personal best on sports day',
    'she nailed her solo in assembly',
    'he knocked it out of the park with that display',
    'Leo kicked the ball over the fence again',
    'she struck out at rounders',
    "they thrashed St Mary's at netball",
    'Ben punched the numbers into the calculator',
    'he slammed the door on his way out of the staffroom',
    'she pinched an idea from my planning',
    'Mrs Ahmed grabbed a coffee before the meeting',
    'he dropped the ball on the trip letters',
    'they hit a snag with the new timetable',
    'Priya hit her reading target',
    "she bumped into Jake's mum at Tesco",
    'he bumped his knee on the table',
    'Chloe fell and grazed her knee at lunch',
    'he banged his head on the climbing frame',
    'she tripped over her laces and hurt her wrist',
    'Mason hurt his ankle playing football',
    'flu knocked her out for a week',
    'covid floored him over half term',
    'the heat wiped them out on sports day',
    'she kicked the habit in January',
    'he choked in the final',
    'Isla choked up during her speech',
    'he whipped up a cake for the bake sale',
    'they beat the deadline for the reports',
    "Oscar was punched in the arm by the nurse's flu jab, he said",
    'she got smashed at the staff party',
    'he stabbed at the answer and got it right',
    'I think Jake hit the high notes well',
    'Mia told me Kyle hit a home run',
    'Sam says Jake beat him at chess',
    'Jayden was beaten in the final by Kyle',
    'he hit me with a great idea for the trip',
    'the boy next door kicked his football into our garden',
]

DISCLOSURES = [
    'she pushed me and I fell',
    'he choked her',
    'he kicked her out of the house in the rain at night',
    'mum locked him out',
    'mum locked him out all night in the cold',
    'her stepdad hits her with a slipper',
    "Kyle's dad beats him",
    'he made her sit in the cold bath as a punishment',
    'her uncle touches her at night',
    'they burnt him with a cigarette',
    'Amir said his dad punched him',
    "I think Lily's mum slaps her",
    'Noah was kicked in the stomach by older boys',
    "Ruby's brother strangled her",
    'he bit her arm until it bled',
    'the man at the park touched Ava',
    'dad threw a plate at him',
    "her mum's boyfriend hurt her",
    'Josh keeps punching Leo at break',
    'he pinned her down and touched her',
    'they hold him down and hit him',
    'Ellie says her dad shakes her',
    'the lad next door filmed her in the shower',
    'mum hits me with the belt',
    'he pushed her down the stairs',
    'she scratched his face and drew blood',
    'grandad smacked him hard across the legs',
    'he threatened to stab her',
    'Zac was slapped by his mum in the playground',
    'her dad kicked her out and she slept in the park',
    'his stepdad gave him a beating',
    'he was left home alone for the weekend',
]


@pytest.mark.parametrize("said", NOT_REPORTS)
def test_a_name_and_a_harm_or_knock_word_in_ordinary_talk_is_no_report(said: str) -> None:
    assert not judge_report(said).report


@pytest.mark.parametrize("said", DISCLOSURES)
def test_a_child_harmed_told_in_varied_words_is_a_report(said: str) -> None:
    assert judge_report(said).report


@pytest.mark.parametrize("said", [
    "she hit her head because her dad pushed her", "dad lost his temper and kicked off at her, she has bruises",
    "he kicked off at her and she came in with a black eye", "his dad hit the roof and hit him with a belt",
    "she bumped her head when her brother shoved her", "mum kicked him out of the house last night",
    "he fell down the stairs, he said, but he has finger marks on his neck",
])
def test_a_turn_of_phrase_or_a_knock_beside_real_harm_does_not_veto_the_report(said: str) -> None:
    assert judge_report(said).report
