"""Reading, thirteenth pass: staff contact with pupils told goes the staff route, an adult dating a child is offered
the report the other way round too, a grooming rota or kit for an animal is no disclosure, and a pronoun after
someone in general tells no case."""

from __future__ import annotations

import pytest

from bot.offered_words import tells_a_case
from intents import understand
from policy_kb.knowledge import KnowledgeBase


def _begun(meaning) -> bool:
    return meaning.intent == "report_concern" and not meaning.report_first


# A member of staff following, adding, messaging or giving their own account to pupils, told and answered with the
# report offered: the route for a concern about staff (they had the DSL's alone)
@pytest.mark.parametrize("words", [
    "a TA is following pupils on tiktok",
    "our ta gave a y10 her personal snapchat",
    "the pe teacher follows some of the year 11s on instagram",
    "the coach is messaging a y10 on snapchat",
    "Morning! a TA is following pupils on tiktok",
])
def test_staff_contact_told_and_offered_has_the_staff_route(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.report_first and meaning.about_staff, words


# ... not a pupil following a member of staff, the rule asked, nor staff following parents or the school
@pytest.mark.parametrize("words", [
    "a pupil is following me on tiktok",
    "can a ta follow pupils on tiktok",
    "what if a teacher follows a pupil on tiktok",
    "is it ok if the ta follows pupils on instagram",
    "the ta follows the school on tiktok",
    "the ta follows a lot of pupils parents on facebook",
])
def test_no_staff_route_without_staff_contact_told(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).about_staff, words


# An adult dating a child, the adult named first: offered the report, asked of or told (nothing was offered)
@pytest.mark.parametrize("words", [
    "what if a 19 year old is dating a year 10",
    "wat if a 19yo is dating a yr 10",
    "a 20yo is going out with a y9 girl",
    "19 yr old seeing a year 9",
    "what if a grown man is dating a y8",
    "is it ok if a 19 year old is dating a year 10",
    "what if a 17 year old is dating a year 7",
])
def test_an_adult_dating_a_child_is_offered(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.report_first or meaning.intent == "report_concern", words


# ... not photos dated, a dating project, two adults, a sixth former, nor a year 11 with a 17 year old
@pytest.mark.parametrize("words", [
    "we are dating the photos for the archive",
    "a year 10 dating project about the tudors",
    "whats the rule on dating the sports day photos",
    "my 25 year old sister is dating a man",
    "what if a 19 year old is dating a year 12",
    "what if a 17 year old is dating a year 11",
])
def test_dating_in_other_senses_offers_nothing(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert not meaning.report_first and meaning.intent != "report_concern", words


# A grooming rota, schedule or kit for an animal is brushing: begun as a report it was
@pytest.mark.parametrize("words", [
    "what is the grooming rota for the school dog",
    "grooming rota for the school dog?",
    "whos on the grooming rota for the class rabbit",
    "where is the grooming kit for the school pony",
    "grooming brushes for the dog are missing",
])
def test_a_grooming_rota_for_an_animal_is_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.report_first, words


# ... grooming a child still is, whatever animal is named too
@pytest.mark.parametrize("words", [
    "a man is grooming a y8 girl online",
    "grooming a child for the school dog show",
    "he is grooming her for the dog show",
    "grooming kit for the kids",
    "the grooming rota for the horses and the children",
    "a man was grooming a pupil for months through the dog walking group",
])
def test_grooming_a_child_is_still_a_report(kb: KnowledgeBase, words: str) -> None:
    assert _begun(understand(words, kb.index)), words


# A pronoun after someone in general stands for them: no case told (the question was kept as what happened)
@pytest.mark.parametrize("words", [
    "can a parent post a photo of his child's class",
    "can a parent post a photo of her son's class on facebook",
    "is a teacher allowed to add a pupil if he has left the school",
    "is it ok for someone to post a photo of her class",
    "is it normal for a pupil to send nudes to her boyfriend",
])
def test_a_pronoun_after_someone_in_general_tells_no_case(words: str) -> None:
    assert not tells_a_case(words), words


# ... a pronoun first, a possessive, a name by title: someone in particular
@pytest.mark.parametrize("words", [
    "his mum posted a photo of him on facebook",
    "should i be worried, her dad shouts at her every morning",
    "can his dad post pictures of the class",
    "can a parent post a photo of my class",
    "can mr smith post pictures of his class",
    "is it normal that her older brother sends her nudes",
])
def test_a_pronoun_for_someone_in_particular_tells_a_case(words: str) -> None:
    assert tells_a_case(words), words


# Review revAM: staff messaging pupils on the school's own systems is no contact on their own accounts, so an offer
# there (if any) keeps the DSL's route; on their own accounts it still goes the staff route
@pytest.mark.parametrize("words", [
    "a supply teacher was messaging pupils on teams about work",
    "the ta messages pupils on the school app about clubs",
    "our teacher is messaging pupils on google classroom about homework",
])
def test_staff_messaging_pupils_on_school_systems_has_no_staff_route(kb: KnowledgeBase, words: str) -> None:
    assert not understand(words, kb.index).about_staff, words


def test_staff_messaging_pupils_on_their_own_accounts_keeps_it(kb: KnowledgeBase) -> None:
    meaning = understand("the pe teacher follows some of the year 11s on instagram", kb.index)
    assert meaning.report_first and meaning.about_staff
