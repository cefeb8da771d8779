"""Family and household words ("mum's boyfriend", "step-dad", "nana", "grandmother", "foster carer") are spelled once,
in intents/rule_words.py, and every reader of who a child lives with takes them from there: a form one reader took and
another missed ("nana" read at "Is a child in immediate danger?" and not in a line told in short) is the drift the one
vocabulary ends."""

from __future__ import annotations

import re

import pytest

from bot.flows import danger_disclosers, danger_kin, part_asked_back, same_incident, when_plan
from bot.flows.danger_kin import only_family
from bot.flows.when_plan import teachers_plan
from intents import (
    asks_then_tells,
    care_told,
    everyday_lines,
    harm_asked,
    harm_told,
    incidents,
    nothing_told,
    risk_told,
    rule_words,
    short_reports,
    staff_contact_asked,
    staff_harm,
    terse_told,
    understand,
    understanding,
    violence_told,
    worry_asked,
)
from policy_kb.knowledge import KnowledgeBase

# Each reader's kin words, and what it puts before them (its own "her ", or none)
_READERS = {
    "everyday_lines": (everyday_lines._PERSON_AT_HOME, ""),
    "incidents": (incidents._KIN, ""),
    "worry_asked": (worry_asked._KIN, "her "),
    "harm_told": (harm_told._A_CHILDS_FAMILY.pattern, "her "),
    "short_reports": (short_reports._ADULT, ""),
    "danger_kin": (danger_kin.KIN, ""),
    "when_plan": (when_plan._CONTACTED.pattern, ""),
    "household": (rule_words.HOUSEHOLD, "mum and "),
}
# A child's parents and carers, and the wider family: every reader takes these
_FAMILY = ["mum", "mummy", "mammy", "dad", "daddy", "step dad", "stepdad", "step mom", "nan", "nana", "nanny",
           "grandmother", "grandad", "granddad", "uncle", "auntie", "aunty"]
# Who looks after a child in a parent's place: every reader but a household's pair ("mum and her carer" may be mum's)
_CARERS = ["foster carer", "guardian", "carer"]
# Where `plain` text is not what is read (when_plan reads the line as typed)
_AS_TYPED = ["step-dad", "step-mum"]


@pytest.mark.parametrize("reader", sorted(_READERS))
@pytest.mark.parametrize("words", _FAMILY + _CARERS)
def test_every_reader_takes_the_same_family_words(reader: str, words: str) -> None:
    pattern, before = _READERS[reader]
    if reader == "household" and words in _CARERS:
        pytest.skip("a household's pair is a parent and a partner or family, not a carer")
    if reader == "harm_told":
        found = re.search(pattern, before + words + " ")
    elif reader == "when_plan":
        found = re.search(pattern, words)
    elif reader == "household":
        found = re.fullmatch(pattern, before + words) or re.fullmatch(pattern, words + " and dad")
    else:
        found = re.fullmatch(rf"{pattern}", before + words)
    assert found, (reader, words)


# Helper kin2 moved these onto the same parts, each keeping its own extras. How each is read: the words alone
# ("fullmatch"), the words as someone's ("her "), or inside the line the reader looks for ("{} hit him").
_MORE_READERS: dict[str, tuple[re.Pattern[str] | str, str]] = {
    "incidents._HARMED_BY": (incidents._HARMED_BY, "{} hit him"),
    "incidents.HARMED_BY_SOMEONE": (incidents.HARMED_BY_SOMEONE, "{} hit him"),
    "incidents.HARM": (incidents.HARM, "she was hit by her {}"),
    "care_told._PERSON": (care_told._PERSON, "fullmatch"),
    "violence_told._ADULT": (violence_told._ADULT, "fullmatch"),
    "staff_harm._ADULT_KIND": (staff_harm._ADULT_KIND, "fullmatch"),
    "staff_harm._AT_HOME_OR_TOLD": (staff_harm._AT_HOME_OR_TOLD, "her {} killed it today"),
    "risk_told._ADULT": (risk_told._ADULT, "fullmatch"),
    "short_reports._PARENT": (short_reports._PARENT, "fullmatch"),
    "part_asked_back._RELATION": (part_asked_back._RELATION, "fullmatch"),
    "same_incident._ADULT": (same_incident._ADULT, "her {} was there"),
}
# Readers of the family's parents only, no carers: the speaker's own ("my nan"), and the grown-up beside the child
# harmed at "Is a child in immediate danger?" ("hit her mum and her")
_PARENTS_ONLY: dict[str, tuple[re.Pattern[str] | str, str]] = {
    "staff_harm.OWN_FAMILY": (staff_harm.OWN_FAMILY, "my {} was waiting"),
    "danger_disclosers.AND_THE_CHILD": (danger_disclosers.AND_THE_CHILD, "fullmatch her {} and "),
}
# Readers of the wider family only (a parent filming their own child is no outsider): a grandparent, aunt or uncle
_WIDER_ONLY: dict[str, tuple[re.Pattern[str] | str, str]] = {
    "terse_told._AN_ADULT": (terse_told._AN_ADULT, "{} taking pics of kids"),
    "terse_told._OUTSIDER": (terse_told._OUTSIDER, "{} messaging her"),
}
_WIDER = ["nan", "nana", "nanny", "granny", "grandmother", "grandad", "granddad", "grandpa", "uncle", "auntie", "aunty"]


def _reads(pattern: re.Pattern[str] | str, how: str, words: str) -> bool:
    if how.startswith("fullmatch"):
        return re.fullmatch(pattern, how.removeprefix("fullmatch").lstrip().replace("{}", words) or words) is not None
    return re.search(pattern, how.format(words)) is not None


@pytest.mark.parametrize("reader", sorted(_MORE_READERS))
@pytest.mark.parametrize("words", _FAMILY + _CARERS)
def test_the_readers_moved_later_take_the_same_family_words(reader: str, words: str) -> None:
    assert _reads(*_MORE_READERS[reader], words), (reader, words)


@pytest.mark.parametrize("reader", sorted(_PARENTS_ONLY))
@pytest.mark.parametrize("words", ["mum", "mummy", "mammy", "dad", "daddy", "nan", "nana", "grandmother", "granddad"])
def test_readers_of_a_childs_parents_and_grandparents_take_the_same_words(reader: str, words: str) -> None:
    assert _reads(*_PARENTS_ONLY[reader], words), (reader, words)


@pytest.mark.parametrize("reader", sorted(_WIDER_ONLY))
@pytest.mark.parametrize("words", _WIDER)
def test_readers_of_the_wider_family_take_the_same_words(reader: str, words: str) -> None:
    assert _reads(*_WIDER_ONLY[reader], words), (reader, words)


@pytest.mark.parametrize("words", _AS_TYPED)
def test_a_step_parent_typed_with_a_hyphen_is_one_a_plan_names(words: str) -> None:
    assert re.search(when_plan._CONTACTED.pattern, words)


@pytest.mark.parametrize("reader", ["incidents", "worry_asked", "short_reports"])
@pytest.mark.parametrize("words", ["mum boyfriend", "mums boyfriend", "mummys boyfriend", "dads girlfriend"])
def test_readers_of_a_parents_partner_take_the_same_words(reader: str, words: str) -> None:
    pattern, before = _READERS[reader]
    assert re.fullmatch(pattern, before + words), (reader, words)


# The same words, read as a user meets them
@pytest.mark.parametrize("words", ["mammy drunk at pick up", "grandmother drunk at pick up"])
def test_a_grown_up_of_the_family_drunk_at_pick_up_is_a_report(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern"


@pytest.mark.parametrize("words", ["going to see his grandmother on friday", "going to meet his nanny on monday"])
def test_meeting_the_wider_family_is_the_teachers_plan(words: str) -> None:
    assert teachers_plan(words)


@pytest.mark.parametrize("words", ["he's with his brothers now", "with her guardians now"])
def test_brothers_or_guardians_with_a_child_are_family(words: str) -> None:
    assert only_family(words)


# A grown-up of the family harming a child at home, told in a short line: an unwanted touch (the child pulling away or
# saying no) or being shut out of the house. Each was "not covered" with nothing offered.
@pytest.mark.parametrize("words", [
    "nana kissed leo on the mouth and he tried to get away",
    "auntie stroking his hair at pick up, he flinched",
    "mums boyfriend keeps cuddling her and she pushes him away",
    "her step dad kissing her at the gate, she said stop",
    "uncle tom licked her cheek and she pulled away crying",
    "his brother touching maya at home and she told him to stop",
])
def test_an_unwanted_touch_by_family_is_a_report(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern", words


@pytest.mark.parametrize("words", [
    "she said her stepmum locks her in the shed when shes naughty",
    "his step dad shuts him out of the house at night",
    "leo says his mums boyfriend wont let him back in at night",
    "amy said her dad puts her out in the cold at night",
    "josh said grandad locks him outside when hes bad",
    "sami told me her aunty makes her sleep in the garden",
])
def test_a_child_shut_out_by_family_is_a_report(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern", words


@pytest.mark.parametrize("words", [
    "nan is picking up evie today", "dad kissed her goodbye at the gate",
    "mum locked herself out, can she use the phone",
    "grandma gave her a big cuddle at the gate", "mum hugged him at drop off and he ran into class",
    "dad locked the dog outside", "the ta shut them outside the hall", "step dad gave him a kiss goodbye by the car",
])
def test_everyday_lines_with_family_words_are_no_report(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent != "report_concern", words


# Review revAV. A kiss or hug let off as a goodbye only where a goodbye or the place of parting is said: a bare "mum
# kissed her" or "step dad hugs him" tells of no goodbye and stays the doubtful report main began
@pytest.mark.parametrize("words", ["mum kissed her", "dad kisses her", "step dad hugs him"])
def test_a_kiss_with_no_goodbye_said_is_not_let_off_as_one(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent == "report_concern" and meaning.doubtful, words


# Review revAV. A teacher keeping a class outside is no child shut out of a home: shut outside "for talking", made to
# wait or stand outside with no night, cold or hours said
@pytest.mark.parametrize("words", [
    "miss shut him outside for talking", "she made them stand outside", "made them wait outside while i set up",
    "i made him wait outside for being silly", "dad made them wait out in the cold for the bus",
])
def test_kept_outside_at_school_is_no_report(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent != "report_concern", words


@pytest.mark.parametrize("words", [
    "mums boyfriend shuts him outside", "he said his dad makes him stand outside in the rain",
    "nan makes her wait outside for hours",
])
def test_kept_outside_at_home_in_the_cold_or_for_hours_is_still_a_report(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern", words


# Review revAV. A carer drunk in charge of a child, asked as a "what if", has the report offered first (the harm net's
# `harm_named`) whichever family word names them: care_told's list had "grandma" and not "grandmother"
@pytest.mark.parametrize("words", [
    "what if a grandmother turns up drunk to collect", "what should i do if her mammy is drunk at pick up",
    "what if a guardian smells of alcohol at pick up",
])
def test_a_carer_drunk_at_pick_up_asked_offers_the_report_whatever_the_family_word(kb: KnowledgeBase,
                                                                                   words: str) -> None:
    assert understand(words, kb.index).harm_named, words


# Review revAV. A room of the school kept shut is no child locked out of a home: the harm net's "locked them out" read
# it, and short4's harm named in a line that asks nothing made it a report offered
@pytest.mark.parametrize("words", [
    "we locked them out of the hall till the bell", "the caretaker locked me out of the building",
])
def test_locked_out_of_a_room_at_school_is_no_report(kb: KnowledgeBase, words: str) -> None:
    meaning = understand(words, kb.index)
    assert meaning.intent != "report_concern" and not meaning.harm_named, words


@pytest.mark.parametrize("words", ["she said mum locked her out of the house", "locked him out at night"])
def test_locked_out_of_home_is_still_a_report(kb: KnowledgeBase, words: str) -> None:
    assert understand(words, kb.index).intent == "report_concern", words


# Helper kin3 moved the last of the intents readers that spelled their own family words onto the same parts: how each
# is read, as above ("match" reads from the first word; "not" is a pupil's family read as not the pupil)
_LAST_READERS: dict[str, tuple[re.Pattern[str] | str, str]] = {
    "harm_told._PERSONISH": (harm_told._PERSONISH, "fullmatch"),
    "harm_told._DAMAGER": (harm_told._DAMAGER, "her {} "),
    "harm_told._HURT": (harm_told._HURT, "her {}"),
    "harm_told._FAMILY": (harm_told._FAMILY, "me and my {} fell out"),
    "understanding._SOMEONE": (understanding._SOMEONE, "at home {}"),
    "nothing_told._PEER": (nothing_told._PEER, "fullmatch her {}"),
    "asks_then_tells._TOLD": (asks_then_tells._TOLD, "match {} hit him"),
    "harm_asked._HARM_AT_HOME": (harm_asked._HARM_AT_HOME, "hit by her {}"),
    "care_told._OWN_SAYER": (care_told._OWN_SAYER, "my {}"),
}


@pytest.mark.parametrize("reader", sorted(_LAST_READERS))
@pytest.mark.parametrize("words", ["mammy", "mummy", "grandmother", "granny", "nanny"])
def test_the_last_readers_moved_take_the_same_family_words(reader: str, words: str) -> None:
    pattern, how = _LAST_READERS[reader]
    if how.startswith("match "):
        assert re.match(pattern, how.removeprefix("match ").format(words)), (reader, words)
    else:
        assert _reads(pattern, how, words), (reader, words)


# A pupil's family, whose "'s" plain words lose ("a pupil mammy", "a y6 girl grandmother"), is not the pupil
@pytest.mark.parametrize("words", ["mammy", "grandmother", "granny", "nanny", "guardian"])
def test_a_pupils_family_is_not_the_pupil_whatever_the_family_word(words: str) -> None:
    assert re.match(staff_contact_asked._PUPIL, f"a pupil {words}") is None
