"""Is this message someone reporting a concern? A small learned model over the message's words and the
hand-written report rules.

The rules alone (intent_rules) were written against a few hundred messages and missed half of a fresh set
written by someone else: staff describe incidents in endless ways ("parent abuse on fb again. Mrs K.",
"Snap map - Y5 girl's location being shared in a group with older teens. Worried."). A logistic regression
over word unigrams and bigrams, word classes, message shape and the rules' own verdicts generalises better;
what the rules recognise still counts as a report, but for a bare reporting word the model rules out. The
weights are fitted by bench/train_report_model.py from the labelled question sets and the guidance's example
questions, and stored in intents/data/report_model.json.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from intents.alternation import compiled
from intents.care_told import care_concern_said
from intents.everyday_lines import everyday_line, worry_about_a_thing
from intents.harm_told import (
    TOLD_BY_NAME,
    among_children,
    complaint_threatened,
    family_quarrel_in_jest,
    fights_only_on_a_screen,
    harm_only_in_turns_of_phrase,
    hurt_in_a_fall,
    only_a_quarrel,
    only_a_thing_grabbed,
    only_things_damaged,
    speaker_worn_out,
)
from intents.home_conflict import rows_at_home_said
from intents.incidents import HARMED_BY_SOMEONE
from intents.intent_rules import report_signals, rules_say_report, strip_pleasantries
from intents.linear_model import load_model, word_features, word_tokens
from intents.no_concern_told import lowered
from intents.nothing_told import event_pictures_posted, everyday_news
from intents.request_asked import asks_about_a_request
from intents.school_admin import school_admin_only
from intents.short_reports import short_concern
from intents.staff_harm import game_lost, names_harm_to_staff
from intents.terse_told import asks_a_rule_tersely, terse_report
from intents.touching_told import only_a_goodbye, touching_told

MODEL_FILE = "report_model.json"
# A named adult ("Mrs K", "Mr Rahman") is almost always a particular incident, not a rules question.
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.? [A-Z]")
LONG_MESSAGE, SHORT_MESSAGE = 25, 6  # words
RULES_VETO = 0.2  # below this probability the model overrules a reporting word that names no harm
# Below this, a message the model alone takes for a report is as often a question ("parents spreading lies online",
# "staff instagram"); if the policy has something to say to it as a question, it is answered, with the report offered
# first, rather than started on a report (`Verdict.sure`, `Understanding.maybe_report`). Leaving each labelled set
# out, the model put 35 reports and 95 questions between the threshold and 0.6.
SURE_FROM = 0.6
# Word classes, so that a platform, a harm or a time the training messages never named still counts: what
# marks a report is its shape (someone in particular, something that happened, when) more than its words.
_CLASSES = {
    "platform": r"facebook|fb|insta\w*|ig|tiktok|tik tok|snap\w*|whatsapp|whats app|roblox|fortnite|minecraft|"
                r"youtube|xbox|playstation|discord|twitter|x|threads|telegram|twitch|reddit|online|app|game|"
                r"gaming|group chat|chat|dms?|story|stories|live|page|group|account|profile|comments?|site",
    "harm": r"abus\w*|bull\w*|threat\w*|nasty|horrible|vile|hate\w*|racist|sexual\w*|nudes?|naked|pics?|"
            r"groom\w*|harass\w*|scared|upset|crying|tears|kill|stab|die|hurt\w*|self harm|unsafe|danger\w*|"
            r"lies|lying|rumou?rs?|accus\w*|fake|hack\w*|secret\w*|inappropriate|worr\w*|concern\w*|off",
    "child": r"pupils?|child|children|kids?|girls?|boys?|lad|lads|son|daughter|brother|sister|cousin|student|"
             # (its own year group, narrower than year_groups.YEAR: "y10", "yrs 5" are not read; the model's weights
             # were fit to what this read, and the shared one moves some lines' confidences, so it waits for a refit)
             r"y\d|yr ?\d|year ?\d|reception|nursery|class|\d[a-z]|my ones|little ones",
    # (its own family words, not rule_words': the fitted model weighs this class, so taking "mammy", "granny" or
    # "guardian" into it changed understand() on labelled lines (helper kin3); widen it only with a refit)
    "adult": r"mum|dad|mother|father|parents?|carers?|grandparents?|grandad|grandma|nan|step ?\w+|uncle|aunt|"
             r"man|woman|lady|adult|stranger|colleague|teacher|ta|supply|volunteer|coach|staff|head|governor",
    "event": r"\w+ed|sent|posted|put|shared|told|showed|shown|said|says|saw|seen|found|got|made|wrote|took|"
             r"keeps|kept|been|happened|going round|circulat\w+|spread\w*|just",
    "when": r"today|yesterday|tonight|last night|this (?:morning|afternoon|week)|weekend|monday|tuesday|"
            r"wednesday|thursday|friday|saturday|sunday|\d+ ?(?:am|pm)|now|again|still|earlier|lunch(?:time)?",
    "asks_rule": r"can i|can we|am i|are we|is it ok|is it okay|is it allowed|allowed to|should i|should we|"
                 r"do we|do i|does the policy|what does|what is the|whats the|policy on|rules? on|hypothetical\w*|"
                 r"if a|if an|if someone|if my|what if|would|could",
    "asks_help": r"what do i do|what should i do|who do i|who should|what now|what next|who deals|who handles|"
                 r"help|advise|please|asap|urgent\w*|flag\w*|log\w*|report\w*|raise|pass (?:this|it) on|tell",
}
# One pass over the message finds every class present (a word belonging to two classes counts for the first).
_CLASS_PATTERN = compiled(r"\b(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _CLASSES.items()) + r")\b")


def report_features(text: str) -> frozenset[str]:
    """The binary features the report model weighs: stemmed words and word pairs, rule verdicts, shape."""
    words = strip_pleasantries(text)
    return _features(text, words, report_signals(words)) if words else frozenset()


def _features(text: str, words: str, signals: dict[str, bool]) -> frozenset[str]:
    toks = word_tokens(words)
    found = set(word_features(toks))
    found.update(f"r:{name}" for name, on in signals.items() if on)
    if rules_say_report(signals):
        found.add("r:rules")
    present = sorted({m.lastgroup for m in _CLASS_PATTERN.finditer(words) if m.lastgroup})
    found.update(f"c:{name}" for name in present)
    found.update(f"c:{a}+{b}" for i, a in enumerate(present) for b in present[i + 1 :])
    stripped = text.rstrip()
    if stripped.endswith("?"):
        found.add("s:ends_question")
    if _TITLE.search(text):
        found.add("s:named_adult")
    count = len(toks)
    found.add("s:long" if count > LONG_MESSAGE else "s:short" if count < SHORT_MESSAGE else "s:medium")
    found.add(f"s:first:{toks[0]}" if toks else "s:first:")
    return frozenset(found)


def report_probability(text: str) -> float:
    """The model's probability (0..1) that the message reports or describes a concern."""
    return _probability(report_features(text))


def _probability(feats: frozenset[str]) -> float:
    return load_model(MODEL_FILE).probability(feats) if feats else 0.0


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a message reports a concern, and whether that is sure enough to start the report unasked."""

    report: bool
    sure: bool
    # A question about what the asker should do, answered as the question with the report offered first, never begun
    # unasked: what to do if harm happens to someone in general ("who do I tell if I think a child is being hurt at
    # home?"), or whether to accept a request to connect ("a dad added me on insta, do i accept")
    asks_what_to_do: bool = False
    # Perhaps a report only as a short chat line opening a concern (intents/short_reports.py): where another reading
    # offers the report first ("a child smells", "a dad swore at me at the gate"), that offer stands (`understanding`)
    short_line: bool = False


_NOT_A_REPORT = Verdict(report=False, sure=True)
# Harm told by who did it ("mum hit him", "grandad touching her") or by name ("jake hit sam", "jo at risk"), which the
# model does not take for a report: one, though the rules want an actor or event besides it; doubtfully, so a "what
# if" question with an answer is answered with the report offered first, and a report begun so offers the way back
_HARM_TOLD = Verdict(report=True, sure=False)


_ASKED_WHAT_TO_DO = Verdict(report=True, sure=False, asks_what_to_do=True)
# Everyday news that tells of nothing a report is for (intents/nothing_told.py): answered, the report offered first
_OFFERED = _ASKED_WHAT_TO_DO
# Perhaps a report: answered as the question it may be with the report offered first, or begun with the way back
_MAYBE = Verdict(report=True, sure=False)
_SHORT_LINE = Verdict(report=True, sure=False, short_line=True)
# "should I report it if a child says…", "who do I tell if I think a child is…": what the speaker should do, if
# someone in general says or suffers something, and nothing told as having happened (a case is told in the past or
# with its day: "who do I tell if a dad's written on facebook that…", "…she told me today")
_ASKS_WHAT_TO_DO = compiled(
    r"^(?:(?:should|shall|do|must|would|can|could) (?:i|we)(?: \w+){0,2}? (?:report|tell|flag|log|pass|refer|raise|"
    r"escalate|mention|record|do)|(?:who|where|how|when|what) (?:do|should|can|would|must|shall) (?:i|we)"
    r"(?: \w+){0,2}? (?:report|tell|go|flag|log|pass|refer|raise|escalate|take|do|speak|talk|contact|record))\b"
    r".*? (?:if|when|whether) (?:(?:i|we) (?:think|suspect|feel|notice|see|hear|am|m|are|re)(?: (?:worried|"
    r"concerned))?(?: that)? )?(?:a|an|any|another) (?:\w+ )?(?:child|pupil|kid|student|young person)\b"
    r"(?!.*\b(?:told|said|saw|showed|shown|was|were|did|had|has been|have been|yesterday|today|tonight|this morning|"
    r"last|just|my class|in my)\b)"
)


@functools.lru_cache(maxsize=512)  # pure, and asked of the same words by each report reading in turn
def _harm_told(words: str) -> bool:
    """Harm to a child told by who did it, or by the name of a child it is done to or who is at risk; or harm done to a
    member of staff by someone named by what they are ("a parent slapped me in the car park"); or rows at a child's
    home passed on as someone said them ("he says theres always fighting over money at home"), or neglect, touching,
    a stranger's photos or a carer drunk so passed on ("a girl said her mum forgets to feed her"); or someone
    touching a child, told as done ("he touched her at the disco": intents/touching_told.py)."""
    return bool(HARMED_BY_SOMEONE.search(words) or TOLD_BY_NAME.match(words) or names_harm_to_staff(words)
                or rows_at_home_said(words) or care_concern_said(words) or touching_told(words))


def judge_report(text: str) -> Verdict:
    """The person wants to report a concern, or describes one happening; `sure` unless only the model says so,
    and doubtfully."""
    words = strip_pleasantries(text)
    if not words:
        return _NOT_A_REPORT
    signals = report_signals(words)
    verdict = _judged(text, words, signals)
    # Good news, or a story told to ask what is allowed, with no concern in it ("what a day! the kids made a video for
    # the school facebook page"): the narrative rules took the video for a pupil's image shared, the model the parent,
    # the platform and the child for a report. Not one; only doubtfully one where pupils may be pictured outside the
    # school or a story of a concern asks what the policy says, so the report is offered, never dropped. Said to
    # report, or harm told by who did it or by name, it stands.
    if verdict.report and not (signals["explicit"] or signals["needs_cue"]) and not _harm_told(words):
        if (found := lowered(text, words)) == "question":
            return _NOT_A_REPORT
        if found == "maybe" and verdict.sure:
            verdict = _MAYBE
    # A rule asked after in a few words, naming no harm ("pics of my class on fb allowed"), which only the model took
    # for a report: the model weighed the pupils, the platform and the shortness, as it does for a terse report
    if (verdict.report and not (signals["explicit"] or signals["needs_cue"]) and not rules_say_report(signals)
            and not _harm_told(words) and asks_a_rule_tersely(words)):
        return _NOT_A_REPORT
    # A year group and school business, nothing else ("sats dates yr6", "year 4 trip money"), which only the model took
    # for a report: it weighed the year group, as it does opening a terse report ("yr6 boy hit")
    if (verdict.report and not rules_say_report(signals) and not _harm_told(words)
            and school_admin_only(words)):
        return _NOT_A_REPORT
    # Everyday school business passed on in a chat line, nothing of concern in it ("teacher off sick in y5", "y3 boy
    # lost his coat", "worried about ofsted"), which only the model took for a report, however surely: it weighed the
    # year group or the member of staff, as it does opening a terse report (intents/everyday_lines.py)
    if (verdict.report and not signals["explicit"] and not rules_say_report({**signals, "needs_cue": False})
            and (not signals["needs_cue"] or worry_about_a_thing(words)) and not _harm_told(words)
            and not terse_report(words) and not short_concern(text, words) and everyday_line(text, words)):
        return _NOT_A_REPORT
    # Everyday news told whole, a child in touch with a friend or their family or a parent's pictures of a school event
    # ("a y5 girl sends pics to her friend on snap", "a parent posted photos of sports day on facebook"), however sure
    # the model or the narrative rules: answered with the report offered first, never begun unasked
    if (verdict.report and not (signals["explicit"] or signals["needs_cue"])
            and not _harm_told(words) and everyday_news(words)):
        return _OFFERED
    # ... and offered whoever posted them: the model knew "a parent posted pics of the nativity on facebook" for a
    # possible report and not "a mum posted…", the same matter for D.1
    if not verdict.report and event_pictures_posted(words):
        return _OFFERED
    # Whoever took it for a report, a question about what to do is the asker's to answer first; so is a request to
    # connect asked about with nothing else told (the model weighed the parent or child, the platform and "me": "one of
    # the dads from reception added me on insta, do i accept", 0.62)
    # (with its question mark or not: "who do i tell if a child is chatting with a teenager on discord", typed
    # without one, was begun as a report where the same with one was offered)
    if verdict.report and (_ASKS_WHAT_TO_DO.match(words)
                           or asks_about_a_request(words)):
        return _ASKED_WHAT_TO_DO
    return verdict


def _judged(text: str, words: str, signals: dict[str, bool]) -> Verdict:
    """judge_report's verdict from the rules (`signals`), the model and the rules for harm told by name."""
    # The rules' verdict on a harm told as an incident stands: they were written for the plainest cases ("a
    # pupil is being bullied on WhatsApp"). Their weakest one, a reporting word and anything about people
    # ("who do I report the broken whiteboard in Year 2 to?"), stands only if the model does not rule it out.
    # A quarrel over a thing, or a fight told with a laugh and no one hurt ("two mums had a fight over the bake sale
    # rota lol"), is staffroom chat, whoever took "fight" for harm; unless the speaker asks to report it
    # The speaker's own family's quarrel over the telly, told with a laugh, is no one's concern
    if not (signals["explicit"] or signals["needs_cue"]) and family_quarrel_in_jest(words):
        return _NOT_A_REPORT
    if not (signals["explicit"] or signals["needs_cue"]) and only_a_quarrel(words):
        if _harm_told(words):
            return _HARM_TOLD
        # children's scuffle told with a laugh: no report begun, but the way to one offered, as the DSL would want; not
        # a fight in a film
        return _ASKED_WHAT_TO_DO if among_children(words) and not fights_only_on_a_screen(words) else _NOT_A_REPORT
    # A parent's threat to complain, go to Ofsted or take legal action is a grievance, not harm, whoever took the threat
    # word for one ("a parent was really threatening to complain to ofsted"): what else the message says is judged
    if not (signals["explicit"] or signals["needs_cue"]) and (rest := complaint_threatened(words)) is not None:
        return judge_report(rest) if rest else _NOT_A_REPORT
    # The disparaging told and then asked about ("…on facebook. can we make her take it down?"): the question is
    # answered, the report offered first (`understanding`), unless it asks how to report ("…who do i tell?") or
    # something else makes it a report
    if signals["disparaged"] and "?" in text and not signals["needs_cue"]:
        signals = {**signals, "disparaged": False}
    if rules_say_report({**signals, "needs_cue": False}):
        return Verdict(report=True, sure=True)
    feats = _features(text, words, signals)
    model = load_model(MODEL_FILE)
    # Not a word of it the model was taught ("4B", what is left of "\x1b[2J"): its shape alone cannot say.
    if not any(f in model.weights for f in feats if f.startswith("w:")):
        return _HARM_TOLD if _harm_told(words) else _NOT_A_REPORT
    probability = model.probability(feats)
    report = probability >= model.threshold or (signals["needs_cue"] and probability >= RULES_VETO)
    # A reporting word and a thing damaged ("someone smashed the staffroom microwave, who do i tell"): the caretaker's,
    # as the same told without the reporting word is
    if report and signals["needs_cue"] and only_things_damaged(words):
        report = False
    elif report and not signals["needs_cue"]:
        # The speaker worn out by a class, a task or a time ("year 6 are killing me today"), however sure the model,
        # which weighed the year group, "me" and the harm word: a report only if what else it says is one.
        # A game lost ("year 6 beat me at rounders") likewise: the model weighed the year group and "me".
        if (rest := speaker_worn_out(words)) is not None or (rest := game_lost(words)) is not None:
            report = bool(rest) and judge_report(rest).report
        # Not sure, and its only harm words a turn of phrase, a knock or an illness ("he pushed her buttons", "priya
        # hit her head on the door frame", "norovirus hit them again"): the model weighed "he", "her" and the harm word.
        # A fall and what it hurt, or a thing damaged, however sure the model: nothing but an accident is told in it.
        elif (probability < SURE_FROM or hurt_in_a_fall(words) or only_things_damaged(words)) and \
                harm_only_in_turns_of_phrase(words):
            report = False
        # A thing grabbed on the way out ("mum grabbed her bag and left"), however sure the model: an errand
        elif only_a_thing_grabbed(words):
            report = False
        # A kiss or a hug goodbye from family, however sure the model ("dad kissed her goodbye at the gate")
        elif only_a_goodbye(words):
            report = False
    if not report and _harm_told(words):
        return _HARM_TOLD
    # A concern typed in a hurry, its verb slang or dropped ("staff member dm'ing a kid"), or opened in a chat line
    # ("worried bout jayden", "dsl pls", "kid scared to go home": intents/short_reports.py): perhaps a report
    if not report and terse_report(words):
        return _MAYBE
    if not report and short_concern(text, words):
        return _SHORT_LINE
    return Verdict(report=report, sure=not report or probability >= SURE_FROM)


def is_report(text: str) -> bool:
    """The person wants to report a concern, or describes one happening."""
    return judge_report(text).report
