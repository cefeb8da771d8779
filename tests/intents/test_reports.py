"""The report model: incidents told in a member of staff's own words are reports; questions about the rules
are not. None of these messages is in a labelled set the model was fitted on."""

from __future__ import annotations

import pytest

from intents.reports import is_report, judge_report, report_features, report_probability

INCIDENTS = [
    "I need to report a pupil being bullied on WhatsApp",  # the issue's own examples
    "a pupil is being bullied on WhatsApp",
    "a parent posted abuse about a colleague",
    # Never says report, concern or worried: it just tells what happened.
    "Freddie in 4C came in crying, the others have made a group chat called 'freddie stinks' and keep adding him",
    "mum at pick up says someone has put her daughter's school photo on a tiktok with horrible comments",
    "Mr Hollis has accepted friend requests from three of last year's Y6 on Facebook",
    "dad posted on the village fb page that Miss Ford should be sacked and he knows where she lives",
    "a man keeps messaging one of my year 5 girls on roblox asking for her address",
    "y6 lad showed me a pic another boy airdropped round the class, it's of a girl from 6B undressed",
]
QUESTIONS = [
    "can I post sports day photos?",
    "what does the policy say about cyberbullying?",
    "if a parent posted something nasty about me, could I reply to it?",
    "are staff allowed to be friends with pupils on Instagram?",
    "who agreed this policy and when is it reviewed?",
    "Do we have to report colleagues who break the social media rules?",
    "where do I park on training days?",
    # A reporting word and people, but no harm: the model rules out what the rules alone would have taken.
    "where do I log a request for a new projector bulb in Year 5?",
    # A hypothetical told like a story is still a question about the rules.
    "Say a parent posted a nasty comment about a teacher, what would happen?",
    # The consequence for anyone who does it: a harm and a child, but no one in particular.
    "What sanctions does the e-safety policy set out for a child who bullies another pupil online?",
    "what's the punishment for a pupil who shares rude pictures of a classmate?",
]


@pytest.mark.parametrize("text", INCIDENTS)
def test_an_incident_told_in_any_words_is_a_report(text: str) -> None:
    assert is_report(text), f"{text!r} scored {report_probability(text):.2f}"


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_about_the_rules_is_not_a_report(text: str) -> None:
    assert not is_report(text), f"{text!r} scored {report_probability(text):.2f}"


# A few words can be a disclosure. A rule that left "year 6 photos" and "staff instagram" (each taken for a report) to
# the matcher was tried in the fourteenth session and reverted after review: it silenced these too (README, "Notes").
@pytest.mark.parametrize("text", ["teacher dm pupil", "man dm y6", "stranger on roblox", "pupil disclosure",
                                  "disclosure y5", "dad hit her", "creep on tiktok", "fight on tiktok"])
def test_a_short_disclosure_is_a_report(text: str) -> None:
    assert is_report(text), f"{text!r} scored {report_probability(text):.2f}"


# Harm told by who did it, and nothing more: once "not covered", logged word for word with Ask the Headteacher offered.
@pytest.mark.parametrize("text", ["mum hit him", "stepdad hit him", "grandad touching her", "nan hit him",
                                  "uncle hurting her", "her mums boyfriend hits her", "granny smacks him",
                                  "mums been hitting him", "dad grabbed her by the neck", "the coach touched her"])
def test_harm_told_by_who_did_it_is_a_report(text: str) -> None:
    assert is_report(text), f"{text!r} scored {report_probability(text):.2f}"


@pytest.mark.parametrize("text", ["someone hit him with a ball at playtime",
                                  "my partner hit me up about parents evening", "can a man hit him?",
                                  "someone kicked him in football", "dad kicked off at pick up"])
def test_a_knock_a_game_or_an_idiom_is_not(text: str) -> None:
    assert not is_report(text), f"{text!r} scored {report_probability(text):.2f}"


# Harm to a child told by name and nothing else: once "not covered", logged word for word with Ask the Headteacher
# offered. Only doubtfully a report, so the bot offers the way back to a question.
@pytest.mark.parametrize("text", ["Jake hit Sam", "Amy keeps hitting Leo", "liam punched him",
                                  "tom has been kicking her", "Oscar punched Noah at lunch", "noah beat him up",
                                  "Jake kicked me", "Jo at risk", "Maisie at risk", "maisie isnt safe at home",
                                  "jo might be in danger",
                                  # by "he", "she" or "they", seen being done, or by two
                                  "he hit her", "she slapped him", "they kicked him", "saw jake hit sam",
                                  "jake and tom hit sam",
                                  # a "what if" as "what if mum hit him?" is
                                  "what if jake hit sam?"])
def test_harm_told_by_name_alone_is_a_doubtful_report(text: str) -> None:
    verdict = judge_report(text)
    assert verdict.report and not verdict.sure, f"{text!r} scored {report_probability(text):.2f}"


@pytest.mark.parametrize("text", [
    # a game or sport
    "jake beat sam at chess", "liam hit the ball", "amy kicked it in", "tom hit him with a ball in pe",
    "Oscar hit his reading target this week", "Freya kicked him in football by accident",
    # an idiom, or a feeling
    "hit me up", "hit send", "touch base", "kick off", "it hit him hard", "Sophie hit me up about the trip",
    "Dan will touch base with you", "josh kicked off at pick up", "Kate hurt me, what can I do?",
    # not a person
    "covid hit them", "ofsted hit us", "the storm hit them", "lockdown hit him hard", "data at risk",
    # a question, a condition, a topic, an accident
    "did jake hit sam?", "if jo is at risk who do i call?", "jo at risk register", "maisie at risk of missing the trip",
    "Leo hurt his knee at playtime", "Sam hurt himself in PE",
    # said of "he" or "she", not of a child
    "he hit her target", "she touched her hair", "they kicked him out", "she hit him back", "he hit it"])
def test_a_name_with_a_harm_word_in_a_game_an_idiom_or_a_question_is_not(text: str) -> None:
    assert not is_report(text), f"{text!r} scored {report_probability(text):.2f}"


# A child at risk, told of someone in particular: the model, taught on longer messages, put "a child is at risk" at
# 0.04, and the bot said the policy does not cover it.
@pytest.mark.parametrize("text", ["a child is at risk", "a girl in my class is at risk", "one of my boys is in danger",
                                  "I think she's not safe at home", "my pupil is at risk of harm", "child is at risk",
                                  "our children are not safe", "he isnt safe at home"])
def test_a_child_at_risk_however_briefly_told_is_a_report(text: str) -> None:
    assert is_report(text), f"{text!r} scored {report_probability(text):.2f}"


# The same words as a condition, a way of knowing, or the risk of something else are not a report.
@pytest.mark.parametrize("text", ["what if a pupil is at risk?", "could a post identify a child who is at risk?",
                                  "can school act if a child is in danger outside school?",
                                  "how do I know a child is at risk?", "in case a child is at risk who do I call?",
                                  "he's at risk of failing his SATs", "they're not safe to use, the old ipads?",
                                  "posts that put a child at risk, can school act?", "child at risk policy",
                                  "children are unsafe on roblox - what does the policy say?"])
def test_a_child_at_risk_asked_about_is_not_a_report(text: str) -> None:
    assert not is_report(text), f"{text!r} scored {report_probability(text):.2f}"


# Harm to oneself, told of someone in particular: the model put "she self harms" and "boy suicidal" under its threshold.
@pytest.mark.parametrize("text", ["she self harms", "boy suicidal", "he tried to kill himself",
                                  "a girl in my class is self harming", "my pupil has been cutting herself",
                                  "they're self harming, the twins in 5B", "he is talking about killing himself",
                                  "she wants to die"])
def test_harm_to_oneself_however_briefly_told_is_a_report(text: str) -> None:
    assert is_report(text), f"{text!r} scored {report_probability(text):.2f}"


@pytest.mark.parametrize("text", ["what if a pupil is suicidal?", "is self harm covered by the policy?",
                                  "self harm training for staff", "should we talk to pupils about self harm?",
                                  # an accident, a possibility, an idiom, a topic
                                  "he cut himself on the laminator", "the kids could hurt themselves on the fence",
                                  "she hurt herself in PE, do I need to fill in an accident form?",
                                  "he tried to kill himself laughing", "the children self harm lesson plan"])
def test_harm_to_oneself_asked_about_is_not_a_report(text: str) -> None:
    assert not is_report(text), f"{text!r} scored {report_probability(text):.2f}"


@pytest.mark.parametrize("text", ["", "   ", "\x00\x07", "hello"])
def test_nothing_to_go_on_is_not_a_report(text: str) -> None:
    assert not is_report(text)


def test_a_huge_paste_costs_no_more_than_a_paragraph() -> None:
    text = "a parent has posted abuse about a teacher on facebook " * 2000  # ~100 KB
    assert is_report(text)
    assert len(report_features(text)) < 600


def test_the_model_weighs_the_rules_and_the_words() -> None:
    features = report_features("Jake in 5B has been sent horrible stuff on snap all weekend")
    assert {"r:rules", "c:child", "c:platform", "c:harm"} <= features
    assert 0.0 <= report_probability("can I post sports day photos?") < 0.5
