"""Helper `reading10`: signs of grooming or of sexual harm that name no harm word (secrets asked of a child by an
adult, gifts from someone older, nudes sent to or by a pupil) asked as "is it ok that …" or told beside a question,
and exploitation of children asked of as a topic ("what is child sexual exploitation?")."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
from policy_kb.knowledge import KnowledgeBase

OFFER = "If this is a concern, please report it"

# Each was answered as a rule question (B.1, APX.5 or "not covered") with no report offered
OFFERED = [
    "is it ok that a student was sent nude pictures?",
    "is it ok that a man online asked a year 6 to keep secrets?",
    "is it ok that an older boy keeps giving a year 7 money and a phone?",
    "what is child sexual exploitation?",
    "what about county lines?",
    "what is cse?",
    "tell me about county lines",
    "what about child trafficking?",
    "a man online asked a year 6 to keep secrets, is that ok?",
    "a year 6 was told by a man online to keep it a secret, should i be worried?",
    "her uncle told her to keep their chats secret is that normal",
    "is it normal that a coach asks a pupil to keep secrets from her parents?",
    "is it ok that a ta asked a pupil to keep their chats secret?",
    "is it ok that a stranger gave a year 4 sweets and asked her to keep it secret?",
    "a man gave her a birthday present and told her to keep it secret, is that ok?",
    "an older lad keeps buying a y8 trainers and phone credit, is that ok?",
    "is it ok that a y9 girl has a new iphone from an older man?",
    "a 20 year old keeps giving a year 9 boy cash, fine?",
    "is it ok that someone online sent a y6 boy money?",
    "an older man bought a y10 girl a phone, should i be worried?",
    "is it ok that her mum's boyfriend buys her a phone and cigarettes?",
    "is it ok that a man gave a year 8 boy £50?",
    "a girl in year 7 keeps getting gifts from an older guy she met online, is that ok?",
    "is it ok that a pupil sent nudes to her boyfriend?",
    "is it normal that a student received naked photos?",
    "is it ok that a year 9 is sending nudes?",
    "is it ok that my year 11s are swapping nudes?",
    "is it ok that a pupil was sent a nude photo by another pupil",
]


@pytest.mark.parametrize("words", OFFERED)
def test_a_sign_of_grooming_asked_if_ok_is_offered_the_report(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER), said


# Ordinary questions of secrets, gifts, pictures or the topics as taught: offered nothing (guards)
ORDINARY = [
    "can pupils keep a secret santa?",
    "is it ok to give a pupil a birthday card?",
    "what is the policy on sending pictures to parents?",
    "what is county lines in the curriculum?",
    "what about county lines in pshe lessons?",
    "is it ok that a parent gave me a christmas present?",
    "can staff accept gifts from parents?",
    "is it ok that the class keeps a secret diary?",
    "can we keep the surprise party a secret from the head?",
    "is it ok that the coach told the team to keep the surprise party a secret?",
    "is it ok that the teacher asked the class to keep the test a secret?",
    "is it ok that a student sent pictures of the school play to her nan?",
    "is it ok that the pta gave year 6 money for the leavers party?",
    "is it ok that the head gave a year 7 a prize?",
    "is it ok that grandma gave him a phone for his birthday?",
    "a man from the bank gave year 6 money for the charity stall",
    "the coach gave the boys money for the bus",
    "is it ok that the football coach gave the boys new kit?",
    "is it ok that a volunteer gave a pupil a phone charger?",
    "how do we teach about nudes in rse?",
    "is it ok that pupils learn about nudes in rse?",
    "is it ok that a pupil was sent a photo of the homework?",
]


@pytest.mark.parametrize("words", ORDINARY)
def test_an_ordinary_question_is_offered_no_report(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert OFFER not in said, said
