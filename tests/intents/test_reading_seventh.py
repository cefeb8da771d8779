"""Helper `reading7`: worries review revU found answered "not covered" alone, and polite frames that hid them."""

from __future__ import annotations

import pytest

from bot.answers import answer_question
from intents import understand
from policy_kb.knowledge import KnowledgeBase

OFFER = "If this is a concern, please report it"

# Each was "not covered" with no report offered (README, "Review revU")
WORRIES = [
    "who should i speak to if a child seems withdrawn after being online?",
    "a pupil looked thin and tired. Anyway, who should I speak to about neglect?",
    "what should i do if a pupil keeps emailing me late at night?",
    "what if a pupil is being blackmailed online?",
    "So at lunch Amy told me her stepdad shows her videos. Anyway, who handles the school minibus bookings?",
    "Could you let me know who I should speak to about neglect please? Thanks",
    "who do i tell if a child looks thin and is always tired?",
    "what should i do if a child keeps falling asleep in class and wears the same dirty clothes?",
    "who do i go to about a disclosure?",
    "what do i do if a student emails me at 2am?",
    "a pupil has been texting me at weekends, what should i do?",
    "what if a child is being groomed on roblox?",
    "what if a pupil is being pressured into sending pictures?",
    "what if a year 8 girl is being exploited?",
    "what if someone is blackmailing a year 9 girl?",
    "who should i speak to about possible emotional abuse?",
    "So in PE today Jo told me her dad locks her in her room. Anyway, when is the next staff meeting?",
    "Just a quick one. Ella said her uncle takes photos of her in the bath. Who do I ask about parking permits?",
    "At registration Mia said she hasn't eaten since Friday. Anyway, who organises the staff rota?",
    # a courteous frame round the asking
    "Good afternoon, could you tell me who to speak to if a child seems frightened of her stepdad? Thanks",
    "Good morning, I hope you are well. I was wondering what I should do if a pupil is being groomed online?",
    "Good morning, I was wondering who I should tell if I see marks on a child's neck? Kind regards",
    "Hello, I was wondering what I should do if a pupil says he wants to kill himself? Thanks",
    # review revW: a courtesy's own "if" came first and hid the case; a gang is no harm word; "at 11pm" no hour read
    "Sorry if this is silly but who should I talk to about a pupil who has lost a lot of weight recently?",
    "What do I do if I'm worried a child is in a county lines gang?",
    "what should I do if I think a pupil is involved in county lines?",
    "what should I do if a pupil keeps messaging me at 11pm?",
]


@pytest.mark.parametrize("words", WORRIES)
def test_a_worry_is_offered_the_report_first(kb: KnowledgeBase, words: str) -> None:
    said = answer_question(words, kb).full_text
    assert said.startswith(OFFER), said


# Read as without the frame: offered, as the bare question is, not begun unasked
FRAMED = [
    ("Good morning, I was wondering who I should tell if a child says her stepdad hurts her? Kind regards",
     "who should i tell if a child says her stepdad hurts her?"),
    ("Good morning, I was wondering who I should tell if a child says her uncle touches her? Kind regards",
     "who should i tell if a child says her uncle touches her?"),
    ("Hello, I wondered whether I should report it if a pupil has bruises on his arms? Best wishes",
     "should I report it if a pupil has bruises on his arms?"),
]


@pytest.mark.parametrize(("framed", "bare"), FRAMED)
def test_a_courteous_frame_is_read_as_without_it(kb: KnowledgeBase, framed: str, bare: str) -> None:
    polite, plain = understand(framed, kb.index), understand(bare, kb.index)
    assert plain.report_first
    assert (polite.intent, polite.clause_id, polite.report_first) == (plain.intent, plain.clause_id, True)


# Ordinary questions, polite or after a story, keep their answer and are offered no report
ORDINARY = [
    ("Good morning, I was wondering whether I can accept a friend request from a former pupil? Kind regards", "B.1"),
    ("Could you tell me what I should do if a parent posts a photo of my class on Facebook? Many thanks", "D.1"),
    ("Good afternoon, I hope you are well. Could you let me know if staff can post pictures from sports day? Best "
     "wishes", "B.3"),
    ("Good morning, I was wondering who I should tell if a parent is rude about me on Facebook? Kind regards", "APX.2"),
    ("I was wondering what I should do if a parent keeps messaging me on WhatsApp about homework?", "D.2"),
    ("Ella said her uncle takes photos of the football team every week. Can I share them on the school page?", "B.3"),
    ("A parent messaged me on Facebook about a lost coat. Should I reply on there?", "APX.3"),
    ("Good morning, I was wondering what the policy says about staff using TikTok? Kind regards", "B.0"),
    ("who should i speak to if a child seems upset because they lost their football match?", None),
    ("what should i do if a pupil keeps emailing me about homework?", None),
    ("what should i do if a parent keeps emailing me late at night?", None),
    ("what if a child exploits a glitch in the reading app?", None),
    ("what should i do if a pupil seems withdrawn from the class quiz?", None),
    ("who should i speak to about the new behaviour policy?", None),
    ("So at lunch Amy told me her stepdad is taking her to Disneyland. Anyway, who handles the school minibus "
     "bookings?", None),
    ("At break Liam said his dad hits the gym every morning. Anyway, where are the spare laptops kept?", None),
    ("Jo told me her dad shows her how to bake bread. Anyway, when is the next staff meeting?", None),
    ("Hi, I was wondering who I should tell if I lose my staff ID badge? Thanks", None),
    ("what should i do if a pupil emails me at the weekend about homework?", None),
    ("what should i do if a pupil emails me at 10pm about their coursework?", None),
    ("who do i speak to about abuse of the photocopier?", None),
    ("what should i do if my own child keeps messaging me late at night?", None),
    ("a parent was waiting at my car to say thanks", None),
    ("So at lunch Amy told me her dad is a firefighter. Anyway, who handles the minibus bookings?", None),
    ("Good morning, I was wondering what I should do if a child forgets their PE kit? Kind regards", None),
    # review revW: a school event asked about at the weekend is no worry
    ("what if a pupil calls me at the weekend to ask about the trip?", None),
    ("what if a child keeps emailing me at the weekend about the school play?", None),
    ("who should I speak to about exploitation of a loophole in the rota?", None),
]


@pytest.mark.parametrize(("words", "clause"), ORDINARY)
def test_an_ordinary_question_keeps_its_answer_and_no_report(kb: KnowledgeBase, words: str,
                                                            clause: str | None) -> None:
    meaning = understand(words, kb.index)
    assert meaning.clause_id == clause and not meaning.report_first and meaning.intent != "report_concern", (
        meaning.intent, meaning.clause_id)
