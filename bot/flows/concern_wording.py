"""Every word the report-a-concern flow says, its choices, and how typed answers are read.

Kept apart from the state machine so the wording can be reviewed by a DSL without reading the logic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import timedelta

from bot.flows.danger_asked_back import asks_back
from bot.flows.danger_contradicted import no_taken_back, yes_taken_back
from bot.flows.danger_degree import degree_answer
from bot.flows.danger_home_acts import no_one_harms
from bot.flows.danger_negations import danger_denied
from bot.flows.danger_opening import degree_opening
from bot.flows.danger_typos import typed_no, typed_yes
from bot.flows.danger_unsafe import no_one_there, worry_beside_no
from bot.flows.kind_actors import acting
from intents.rule_words import STAFF_POSTS

CATEGORY_LABELS: dict[str, str] = {
    "bullying": "Online bullying of a pupil",
    "parent_post": "An inappropriate post by a parent, carer or visitor",
    "image": "A pupil's image or identity shared",
    # a colleague's conduct towards a pupil in person ("mr h slapped a year 4 boy") too: the same route, the
    # Headteacher first and the LADO where needed, which no other kind gives (stored as the key, so an old draft or
    # concern reads with this label)
    "staff_conduct": "A member of staff's conduct, online or in person",
    "other": "Another online-safety concern",
}
# Whole words, as a teacher types them in a sentence at the kind question: "pic" names a picture, not "picked on".
_CATEGORY_WORDS: dict[str, str] = {
    # as thumbed too ("bullyng", "bulling", "bullyed", "harrassed"), as the first words here (prefixes) read them
    "bullying": r"(?:cyber ?)?bul+(?:y|ys|ies|ied|yed|ying|yng|ing)|har+as+(?:es|ed|ing|ment)?|nasty messages?|"
                r"pick(?:s|ed|ing)? on|picked upon|name calling|call(?:ed|ing) (?:\w+ ){1,2}names|"
                r"gang(?:s|ed|ing)? up on",
    "parent_post": r"parents?|carers?|visitors?|mums?|moms?|mummy|dads?|daddy|father|mother|step ?(?:dad|mum)|"
                   r"post(?:ed)? about",
    "image": r"images?|photos?|photographs?|photoshop\w*|pictures?|pics?|pix|videos?|selfies?|identity|identified|"
             r"nudes?|filmed|filming",
    # staff by their post too ("it's about the site manager"), as the report rules read them
    "staff_conduct": rf"staff|colleagues?|teachers?|members? of staff|conduct|tas|{STAFF_POSTS}",
}
_KIND_NAMED = {key: re.compile(rf"\b(?:{words})\b") for key, words in _CATEGORY_WORDS.items()}
# The people whose acting names a kind, each of which a sentence may name only as what it is about (`kind_actors`)
_STAFF = rf"staff|colleagues?|teachers?|members? of staff|tas|{STAFF_POSTS}"
_STAFF_PEOPLE = re.compile(rf"\b(?:{_STAFF})\b")
_PARENT_PEOPLE = re.compile(rf"\b(?:{_CATEGORY_WORDS['parent_post'].rsplit('|', 1)[0]})\b")
# The teacher saying which kind it is, beside words that name others: "it's bullying", "this is about a photo"
_KIND_SAID = re.compile(r"\b(?:it is|it's|its|this is|that is|that's|i think it'?s|i'd say it'?s) (?:(?:a|an|about|"
                        r"some|online|cyber|definitely|clearly|really|more|like) )*(\w+(?: \w+){0,2})")
# "Other" is only a kind when nothing else is named: "another girl is bullying her" is bullying
_OTHER_NAMED = re.compile(r"\b(?:other|something else|another)\b")

DANGER_LABELS: dict[str, str] = {"yes": "Yes, a child may be in danger now", "no": "No", "not_sure": "Not sure"}
# A danger answer changed to No once its URGENT alert was raised: the alert is not withdrawn (a false no would leave a
# child unseen), and the reporter is told so, and where the change went. Whether the Headteacher has the alert yet is
# the concern's to say, not the flow's: `held_up` is `concerns.NOT_ARRIVED` while it is not there
_AT_RISK_AFTER_ALL = ("If you think a child may be at risk after all, speak to the Designated Safeguarding Lead in "
                      "person.")


def danger_now_no(reference: str, held_up: str = "") -> str:
    """Said in the chat as the danger answer becomes No after the alert."""
    if held_up:
        return (f"Changed to No. The URGENT alert {reference} is {held_up}, and it is not withdrawn: your change is "
                "on it (its message will show this answer as changed to No after the alert) and recorded in the "
                f"concern's audit trail. {_AT_RISK_AFTER_ALL}")
    return (f"Changed to No. The Headteacher already has the URGENT alert {reference}, and it is not withdrawn: your "
            "change has been passed on (their message now shows this answer as changed to No after the alert) and "
            f"recorded in the concern's audit trail. {_AT_RISK_AFTER_ALL}")


def form_danger_now_no(reference: str, held_up: bool = False) -> str:
    """The same change made on the report form that completes the alert, told with the thank-you (which says where
    the alert is, so `held_up` only changes what its message is said to show)."""
    shows = ("will show this answer as changed to No after the alert when it arrives" if held_up
             else "now shows this answer as changed to No after the alert")
    return ("On the form you answered No to \u201cIs a child in immediate danger?\u201d. The URGENT alert "
            f"{reference} is not withdrawn: the Headteacher's message {shows}, and the change is in the concern's "
            f"audit trail. {_AT_RISK_AFTER_ALL}")


# Plain answers as staff type them; a word of degree ("definitely", "probably") answers the question too, and was
# asked again until review revL's probes (a teacher sure of a danger told to answer again)
_YES = {"yes", "y", "yeah", "yep", "yes they are", "i think so", "possibly", "maybe yes", "definitely", "absolutely",
        "certainly", "for sure", "defo", "def", "sure", "i believe so", "afraid so", "i'm afraid so", "very much so",
        "they are", "she is", "he is"}
_NO = {"no", "n", "nope", "no they are not", "no they aren't", "not in danger"}
_UNSURE = {"not sure", "unsure", "dont know", "don't know", "i don't know", "idk", "maybe", "not certain", "probably",
           "probably not", "perhaps", "likely", "quite likely", "could be", "might be", "hard to say", "can't say",
           "cant say", "unclear", "not clear", "no idea", "dunno", "don't know yet", "dont know yet", "she might be",
           "he might be", "they might be"}

# Said when the teacher asks back ("sure?", "what do you mean?"), before the question again
DANGER_MEANINGS = ("Yes means a child may come to harm now or soon: the Headteacher is alerted at once. No means no "
                   "child is at risk now (for example, a post seen online). Not sure means you can't tell: it is "
                   "treated as urgent, as Yes is.")

PLATFORMS: tuple[str, ...] = ("WhatsApp", "Facebook", "Instagram", "TikTok", "Snapchat", "X (Twitter)",
                              "YouTube", "Online game or game chat", "Text messages", "Other")

FIELD_LABELS: dict[str, str] = {
    "category": "Kind of concern",
    "danger": "Child in immediate danger",
    "affected": "Who is affected",
    "responsible": "Who is responsible",
    "platform": "Where it happened",
    "when": "When",
    "what": "What happened",
    "disclosure": "Child's own words",
    "evidence": "Evidence",
    "actions": "Done so far",
    "confirm": "Summary",
}

SEXUAL_IMAGE_GUIDANCE = "Do not screenshot, forward or save a sexual image of a child: describe it instead."
EVIDENCE_GUIDANCE = f"{SEXUAL_IMAGE_GUIDANCE} Do not confront anyone, and do not delete anything."

PROMPTS: dict[str, str] = {
    "category": "What kind of concern is it?",
    "danger": "Is a child in immediate danger?",
    "affected": "Who is affected? Names and class if you know them (for example 'Amy P, Year 5'). You can skip this.",
    "responsible": "Who is responsible, if you know? A name, an account name, or skip if not known.",
    "platform": "Where did it happen? Choose one, or type the app, site or place.",
    "when": "When did it happen, or when did you see it? (for example 'last night about 9pm')",
    "what": "What happened? Please describe it in your own words.",
    "disclosure": "Did a child tell you about this? If so, write down their exact words, just as they said them. "
                  "If not, press 'No disclosure'.",
    "evidence": "Is there evidence? Give links or describe what you saw. " + EVIDENCE_GUIDANCE,
    "actions": "What has been done already? (for example 'spoke to the class teacher', or 'nothing yet')",
}

STEP_HELP: dict[str, str] = {
    "category": "Pick the closest kind; the DSL can change it later. If a child may be at risk, say so at the next "
                "question. You can ask me about reporting at any step (who will see it, what happens after you send "
                "it), and I'll ask the question again.",
    "danger": "Answer yes if a child may come to harm now or soon: you'll be told who to contact straight away "
              "and the Headteacher is alerted at once. If you're not sure, say not sure and it is treated as urgent.",
    "affected": "Names help the DSL act quickly, but you don't have to give them here.",
    "responsible": "If you only know an account name or nickname, that helps too. Skip if not known.",
    "platform": "WhatsApp, Instagram, a game chat, a text message, in person... whatever you know.",
    "when": "A rough time is fine: 'Saturday evening', 'this morning before school'.",
    "what": "Say what you saw or were told, in plain words. Facts, not opinions. This answer is needed.",
    "disclosure": "A child's exact words matter: write them as they said them, without rephrasing. Don't ask "
                  "leading questions.",
    "evidence": EVIDENCE_GUIDANCE + " A link or a description is enough; the DSL will decide what to keep.",
    "actions": "Anything already done: who you told, what you said, whether parents know.",
    "confirm": "Send the report, press an Edit button to change an answer (or type the correction, and choose the "
               "part it changes), or cancel.",
}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s'’]", " ", text.lower()).replace("’", "'").split())


def parse_category(text: str) -> str | None:
    """A category key from a button value, a number, the label or a few words."""
    text = text.strip()
    if text in CATEGORY_LABELS:
        return text
    keys = list(CATEGORY_LABELS)
    if text.isdigit() and 1 <= int(text) <= len(keys):
        return keys[int(text) - 1]
    norm = _norm(text)
    for key, label in CATEGORY_LABELS.items():
        if norm == _norm(label):
            return key
    named = kinds_named(norm)
    return named[0] if len(named) == 1 else None


def kinds_named(text: str) -> tuple[str, ...]:
    """The kinds of concern whose words a typed sentence uses, in the order of the choices. More than one ("her dad
    sent her a photo": a parent's post, or a pupil's image shared?) is asked, never guessed: the kind decides the
    policy's route the DSL is shown."""
    norm = _norm(text)
    named = tuple(key for key, pattern in _KIND_NAMED.items() if pattern.search(norm))
    # "a parent posted abuse about a teacher": a parent's post, the teacher only who it is about
    named = acting(norm, named, _STAFF_PEOPLE, _PARENT_PEOPLE, _STAFF, _KIND_NAMED["image"])
    if len(named) > 1 and (said := _KIND_SAID.search(norm)):  # "mum keeps messaging her, it is bullying"
        named = tuple(key for key in named if _KIND_NAMED[key].match(said.group(1))) or named
    return named or (("other",) if _OTHER_NAMED.search(norm) else ())


# Not sure, typed as staff type it: "not sure", "idk", "dunno", "no idea", "not 100% sure"
_UNSURE_OPENS = re.compile(r"(?:(?:i'?m |im |i am )?not (?:(?:really|totally|completely|entirely|100|a hundred) "
                           r"(?:percent )?)?(?:sure|certain)|unsure|(?:i )?don'?t know|(?:i )?dont know|idk|dunno|"
                           r"no idea|no clue|not a clue)\b")
# ... of something other than the danger: who did it, when, where it was posted, what app ("not sure who, a few boys
# in 4b" raised an URGENT alert as a not sure). Not where a child is ("not sure where she is", a child unaccounted
# for), nor whether ("not sure if she's safe"), which are about the danger.
_WHEREABOUTS = (r"(?:s?he|they|the (?:child|kid|boy|girl|pupil)|(?:his|her|their) (?:son|daughter|child)) (?:is|are)|"
                r"s?he'?s|they'?re|they are")
_ELSE = re.compile(rf"(?:exactly |tbh |to be honest |really )?(?:who|whose|when|what|which|why|how|"
                   rf"where(?! (?:{_WHEREABOUTS})\b))\b")


def unsure_of_something_else(text: str) -> bool:
    """A not sure that says what it is not sure of, other than the danger ("not sure who did it", "idk when"): no
    answer to "Is a child in immediate danger?", so asked again rather than taken for the urgent not sure."""
    norm = _norm(text)
    found = _UNSURE_OPENS.match(norm)
    return found is not None and _ELSE.match(norm[found.end():].lstrip(" ,")) is not None


_YES_TOO = re.compile(r"\b(?:yes|yeah|yep)\b")
_DOUBT = re.compile(r"\b(?:not sure|unsure|not certain|don'?t know|dont know|idk|dunno|no idea|maybe|might be|"
                    r"could be|possibly|perhaps|but|though)\b|(?<!not )(?<!n't )\b(?:worried|concerned)\b")
_NO_AS_SAID = re.compile(r"(?:not that i know|not as far as i (?:know|am aware|can tell)|i don'?t think so|"
                         r"don'?t think so)\b")


def parse_danger(text: str) -> str | None:
    """yes / no / not_sure from a button value or a typed answer."""
    if text in DANGER_LABELS:
        return text
    norm = _norm(text)
    if asks_back(text):  # "sure?", "what do you mean?": a question about the question (`DANGER_MEANINGS`)
        return None
    if unsure_of_something_else(text):  # "not sure who, a few boys in 4b": no answer to this question
        return None
    if norm in _UNSURE or norm == "3" or _UNSURE_OPENS.match(norm):
        return "not_sure"
    first, _, rest = norm.partition(" ")
    if norm in _YES or norm == "1" or typed_yes(first):  # "yes", "yse", "yea he is"; not "yesterday"
        # ("yeah no she's fine", "ye he's ok now": taken back, asked again rather than an URGENT alert)
        return None if norm not in _YES and yes_taken_back(rest) else "yes"
    if (degree := degree_answer(norm)) is not None:  # "absolutely yes", "quite possibly", "100%"
        return degree
    if no_one_there(norm):  # "no one picked her up": no answer, and perhaps a child with no adult
        return None
    if danger_denied(norm):  # "hes not in danger", "i dont think shes in danger": the question's words, denied
        return "no"
    if norm in _NO or norm == "2" or typed_no(first) or _NO_AS_SAID.match(norm):
        # A no with a yes or a doubt in it ("I don't think so but I'm not sure", "no... actually yes, he's outside")
        # is neither: asked again, never read as either (a false no leaves a child unseen, a false yes alarms)
        after = rest if typed_no(first) else norm[3:]
        return None if (_YES_TOO.search(norm) or _DOUBT.search(norm) or worry_beside_no(after)
                        or no_taken_back(after)) else "no"
    return None


# A no hedged ("not really", "not exactly"), opening what follows: the harm told after it is not what it denies
_NOT_REALLY = re.compile(r"not (?:really|exactly|as such)\b(?:\s+(?:but|though|although|tho)\b)?\s*")


def read_danger(text: str, on_summary: bool = False) -> tuple[str | None, bool]:
    """A typed danger answer as `parse_danger` reads it, unless it is no answer, or a no, beside words that tell a
    danger now ("should i call police hes outside school now?", "no he's outside school now"): those are read as the
    words say (`danger_told`), and the second value says so, for the words to be kept and the reading told.

    `on_summary`: the words were typed on a report's summary, not at the danger question (`summary_typed`): a
    disclosure with no answer in it ("his dad also hits him") asks the danger question again there, the words shown,
    rather than raising the alert at once; at the danger question it is the urgent Not sure."""
    # Imported here, not at the top: their patterns cost a quarter of a second to build, and `ask` never reads one
    from bot.flows.danger_disclosed import disclosed_as_past, disclosure_told
    from bot.flows.danger_disclosed_alone import disclosed_alone
    from bot.flows.danger_grave import grave_act_told, who_of_a_year_taken_out
    from bot.flows.danger_harm_coming import harm_doer_coming
    from bot.flows.danger_told import danger_told

    key = parse_danger(text)
    if key in ("yes", "not_sure") or text in DANGER_LABELS:
        return key, False
    if key is None and no_one_harms(_norm(text)):  # "no one at home hurts her": a no, not "no one picked her up"
        return "no", False
    if key in ("no", None) and harm_doer_coming(_norm(text)):  # "…her uncle is coming to pick her up and he hurts her"
        return "yes", True
    if (told := danger_told(text)) is not None:
        return told, True
    # A no beside a disclosure ("no she said her dad hit her"): the urgent not sure, or asked again if said past
    first, _, rest = _norm(text).partition(" ")
    hedged = _NOT_REALLY.match(_norm(text))  # ("not really, dad hit her": a hedge before the harm, no denial of it)
    if hedged:
        rest = _norm(text)[hedged.end():]
    if key in ("no", None) and (typed_no(first) or hedged) and (disclosed := disclosure_told(rest)):
        # (said past, or the child said fine now, or an adult's "game": no plain No, but no alert either)
        return (None, False) if disclosed == "asked" or disclosed_as_past(rest) else ("not_sure", True)
    # A grave act whoever did it, a pupil too ("no he strangled him", "no he put a knife to her throat", helper
    # danger15): the urgent not sure, asked again if said past, as a disclosure is
    if key in ("no", None) and (typed_no(first) or hedged) and grave_act_told(rest):
        return (None, False) if disclosed_as_past(who_of_a_year_taken_out(rest)) else ("not_sure", True)
    if key is None and not on_summary and disclosed_alone(_norm(text)):  # "she said her dad hit her": the same
        return "not_sure", True
    # Words of degree opening what is no telling: "i think so hes outside", "possibly hes on his way"
    opening = degree_opening(_norm(text)) if key is None and not asks_back(text) else None
    return opening or key, False


def parse_platform(text: str) -> str:
    return text if text in PLATFORMS else text.strip()


# What a part nobody answered shows, everywhere a report is read (the summary, the Headteacher's message on every
# platform, the inbox, `reports show`): one wording for a part skipped in the chat ("Not known" is stored for who is
# responsible) and a part left empty on the form, which used to read "not given" in one place and "Not known" in another
UNANSWERED = "Not given"


def display_value(name: str, value: str, urgent: bool = False) -> str:
    """A stored answer as people read it ("" for none: the caller shows UNANSWERED); `urgent`: the concern was
    escalated as URGENT, so a danger answer of No was changed after the alert, and says so beside the alert it would
    otherwise contradict."""
    if name == "responsible" and value == NOT_KNOWN:  # the flow's own word for Skip, none of the reporter's
        return UNANSWERED
    if name == "category":
        return CATEGORY_LABELS.get(value, value)
    if name == "danger":
        shown = DANGER_LABELS.get(value, value)
        return f"{shown} (changed after the URGENT alert was raised: see the audit trail)" if urgent and value == "no" \
            else shown
    return value


EARLIER = "earlier_"  # a concern's field holding what an answer said before the reporter changed it (see concerns)


def earlier_label(name: str) -> str:
    return f"{FIELD_LABELS.get(name, name)}, as first given (since changed by the reporter)"


def summary_rows(fields: Mapping[str, str], names: Iterable[str] | None = None,
                 urgent: bool = False) -> list[tuple[str, str]]:
    """(label, value) rows in the flow's order; unanswered fields show as UNANSWERED. An answer changed after the
    Headteacher may have read it is followed by what it said before."""
    names = names or [n for n in FIELD_LABELS if n != "confirm"]
    rows = []
    for n in names:
        rows.append((FIELD_LABELS[n], display_value(n, fields.get(n, ""), urgent) or UNANSWERED))
        if earlier := fields.get(EARLIER + n):
            rows.append((earlier_label(n), earlier))
    return rows


NO_DISCLOSURE, NOT_KNOWN = "No disclosure", "Not known"  # what skipping the child's words or who is responsible stores
NOT_GIVEN = frozenset({NO_DISCLOSURE, NOT_KNOWN})
# Answers that say there is nothing to say ("Evidence: none"): kept as typed, but no news to open a closed concern for
NOTHING_SAID = frozenset({"none", "n/a", "na", "nothing", "nothing yet", "nothing so far", "dont know", "don't know",
                          "not known", "unknown", "no", "nope", "not sure", "no idea", "idk"})


def changed_fields(before: Mapping[str, str], after: Mapping[str, str]) -> str:
    """For an audit line: which answers a concern gained or changed, by label. The kind and the danger answer are
    shown from and to (they steer how it is handled); anything else by name only, its words being in the concern."""
    parts = []
    for name, label in FIELD_LABELS.items():
        old, new = before.get(name, ""), after.get(name, "")
        if new == old or name == "confirm":
            continue
        if name in ("category", "danger") and old:
            parts.append(f"{label}: {display_value(name, old)} \u2192 {display_value(name, new)}")
        elif new in NOT_GIVEN or not new:  # skipped: the flow's own words ("No disclosure"), none of the reporter's
            parts.append(f"{label}: {display_value(name, new) or 'removed'}")
        elif old and old not in NOT_GIVEN and new.startswith(old + "\n"):  # more told after it (Add to it, "and…")
            parts.append(f"{label} added to")
        else:
            parts.append(f"{label} {'changed' if old else 'given'}")
    return "; ".join(parts)


# A reminder may show on a lock screen or a shared screen: it says a report is waiting and how to carry on, never
# a word of what is being reported (not the kind, not a name, not whether it was urgent): nor who will read it, the
# Headteacher for a concern about a member of staff (`report_reader`), so "no one has seen it", not "the DSL". "help"
# shows the question the draft is waiting on and changes nothing; anything else typed would be taken as the answer.
DRAFT_REMINDER = ("You started reporting a concern and left it {when}. It hasn't been sent yet, so no one has seen "
                  "it. Type help here to see the question you got to and carry on, or "
                  "type cancel if you don't need it any more. If a child is in danger, speak to the Designated "
                  "Safeguarding Lead in person now.")
# The draft of an URGENT concern: its alert has gone, with the answers given so far; the rest are still to come.
DRAFT_REMINDER_ALERTED = ("You started reporting a concern and left it {when}. {alert} Type help "
                          "here to see the question you got to and carry on, or type cancel to stop: what you've "
                          "given so far is kept with the alert. If a child is in danger, speak to the Designated "
                          "Safeguarding Lead in person now.")
# The draft of a report begun by words only perhaps a report ("year 6 photos"), still only those words: likelier a
# question walked away from than a report, but perhaps a disclosure, so reminded all the same, with the way to ask it.
DRAFT_REMINDER_MAYBE = ("You wrote to me {when} and, as it may be a concern, I started a report from it. It "
                        "hasn't been sent yet, so no one has seen it. If you were asking "
                        "about the policy, type it was a question here: I'll stop the report and answer it. If it is "
                        "a concern, type help to see the question you got to and carry on, or type cancel if you "
                        "don't need it any more. If a child is in danger, speak to the Designated Safeguarding Lead "
                        "in person now.")


# A report set aside (switched away from with Undo) and not carried on, with no other report in progress
DRAFT_REMINDER_ASIDE = ("You have a report set aside that hasn't been sent yet, so no one has seen it (you were last "
                        "here {when}). Type undo here to carry on with it, or type "
                        "delete if you don't need it any more; it is kept for {days} days from when you set it aside. "
                        "If a child is in danger, speak to the Designated Safeguarding Lead in person now.")


# ...whose URGENT alert went when it was begun: the Headteacher has that, not the details since
DRAFT_REMINDER_ASIDE_ALERTED = ("You have an URGENT report set aside (you were last here {when}). {alert}; type undo "
                                "here to carry on adding details "
                                "to it (it is kept for {days} days from when you set it aside). If a child is in "
                                "danger, speak to the Designated Safeguarding Lead in person now.")


# A report stopped after its URGENT alert went; `went` is where the alert is ("has already gone to the Headteacher", or
# held up, in `my reports`'s words)
STOPPED_AFTER_ALERT = ("I've stopped here. The urgent alert {reference} {went}, and the details you gave so far are "
                       "saved with it. Please speak to the Designated Safeguarding Lead in person.")
ALERT_GONE = "has already gone to the Headteacher"


# Where the URGENT alert of a report left is, said in its reminder: gone, or held up (an outage, no channel set), in
# `my reports`'s words (`concerns.NOT_ARRIVED`, passed in as `held_up`)
ALERT_WENT = "The alert has gone to the Headteacher with what you've given so far, but your report isn't finished."
ALERT_HELD_UP = "The alert, with what you've given so far, is {held_up}, and your report isn't finished."
ASIDE_ALERT_WENT = "Its alert went to the Headteacher with what you had given"
ASIDE_ALERT_HELD_UP = "Its alert, with what you had given, is {held_up}"


def draft_reminder(when: str, alerted: bool, maybe_a_question: bool = False, held_up: str = "") -> str:
    """The reminder for a report left unsent; `when` is `time_ago`'s words, `alerted` whether its URGENT alert went,
    `maybe_a_question` whether it is still only words perhaps a report, which may have been a question, `held_up`
    how an alert not yet delivered is said (empty: it was delivered)."""
    if alerted:
        alert = ALERT_HELD_UP.format(held_up=held_up) if held_up else ALERT_WENT
        return DRAFT_REMINDER_ALERTED.format(when=when, alert=alert)
    return (DRAFT_REMINDER_MAYBE if maybe_a_question else DRAFT_REMINDER).format(when=when)


def time_ago(elapsed: timedelta) -> str:
    """How long ago, as a person would say it ("about 3 hours ago", "2 days ago"): rounded down, never precise."""
    hours = int(elapsed.total_seconds() // 3600)
    days = elapsed.days
    if hours < 1:
        return "less than an hour ago"
    if hours < 2:
        return "about an hour ago"
    if hours < 24:
        return f"about {hours} hours ago"
    if days < 2:
        return "about a day ago"
    if days < 14:
        return f"{days} days ago"
    if days < 60:
        return f"about {days // 7} weeks ago"
    return f"about {days // 30} months ago"


# Words typed on the summary that may change an answer: which part, asked, never guessed. The first line names the
# question only, as every question's does: it is all Slack's Home tab shows of a report left there.
PART_QUESTION = "Which part of your report should this change?"
PART_CHOOSE = ("Choose the part, and I'll put your words there and show you the report again before anything is "
               "sent. Don't change anything leaves your report as it is.")
PART_HELP = ("What you typed on the summary is not in your report yet. Choose the part of the report it changes: "
             "I'll put it there and show you the report again, to check and send. Don't change anything leaves the "
             "report as it is.")
PART_NOT_SENT = ("Your report hasn't been sent: what you typed on the summary is waiting. Choose the part it changes, "
                 "or Don't change anything, and then send it.")
PART_STILL = "What you typed is still waiting: choose the part it changes, or Don't change anything."
PART_NOTHING_CHANGED = "Nothing changed: what you typed is not in your report."
# The form sent while words typed in the chat were still waiting to be put in a part (or replace or add to an answer)
FORM_LEFT_OUT = ("That was still waiting for you to choose where it goes, so it is not in the report the form "
                 "sent. If it belongs in it, tell the Designated Safeguarding Lead, or report again saying what it "
                 "adds to.")
