"""A message describing a safeguarding incident is a report however it is phrased; a rules question is not."""

from __future__ import annotations

import pytest

from intents import understand
from policy_kb.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    "message",
    ["there's a video going round year 6 of a girl getting pushed over, it's on snapchat",
     "urgent - nudes being shared in the y6 whatsapp group",
     "Y5 boy sharing rude pictures of a classmate in a group chat",
     "Safeguarding: child in 4B says a man online asked her to send photos",
     "can you log this: parent posted our head's home address on facebook",
     "I overheard two year 5s talking about a secret account where they post pictures of other kids",
     "my colleague is messaging a year 6 girl on snapchat late at night",
     "one of the dads has been filming at the school gate and posting it",
     "an older boy is blackmailing a year 6 girl with a picture",
     "Disclosure today from a y3 child about videos she is shown at home",
     "Think one of our pupils is being groomed online, what do I do",
     "a girl in year 6 self harm pics on her story, really worried",
     # harm to a child's body told plainly: the model alone left these unsaid
     "A child told me she was hit at home",
     "a boy in my class was slapped by his step mum",
     # a child by name: "a child" or "she" is not always said
     "Jo is self-harming",
     "amy p suicidal",
     "Liam keeps talking about killing himself",
     "a girl said she is being hurt at home",
     "he has bruises all up his back"],
)
def test_an_incident_described_in_passing_is_a_report(kb: KnowledgeBase, message: str) -> None:
    assert understand(message, kb.index).intent == "report_concern"


@pytest.mark.parametrize(
    "message",
    ["cyberbullying outside school", "nudes", "what if a stranger contacts a pupil online",
     "is there a rule about fake accounts", "threatening posts by parents about pupils, what does school do",
     "a parent has asked me to be friends on facebook - can I accept?",
     "what should I do if a pupil sends me a friend request",
     "parents evening today - can I mention a pupil's progress on the class page?",
     "I accidentally hit send on a post about a child, do I have to tell the head?",
     "can we touch base with a parent on facebook about their child's homework",
     "discussing self harm in pshe, what can we show?", "staff self harm training dates",
     # results, accidents and idioms beside a pupil, and a topic after a word that is not a child's name
     "One of my pupils hit her reading target, can I post a photo of her certificate on the class page?",
     "a girl in my class beat her personal best at sports day - can I put her photo on the school twitter?",
     "a child got hit by a football at lunch today, can I message the mum on whatsapp?",
     "a child fell over and has bruises on her knee, can I tell mum on whatsapp?",
     "a parent's post about my retirement really touched me, can I reply to it?",
     "kooth self harm advice", "roblox suicidal memes going around, should we tell parents?",
     "smoothwall self harm alert - what happens next?"],
)
def test_a_question_about_the_rules_is_not_a_report(kb: KnowledgeBase, message: str) -> None:
    assert understand(message, kb.index).intent != "report_concern"
