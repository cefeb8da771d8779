"""A report begun by the teacher's own clear message offers the kind of concern that message names, as the kind
question's answer so far: never taken unpressed, never the question skipped, and only where it names one kind."""

from __future__ import annotations

import pytest

from bot.flows import concern_report as flow
from bot.flows.concern_wording import kinds_named
from bot.messages import OwnWords
from tests.bot.conftest import Chat
from tests.bot.test_concern_report import kept_draft

KIND_LABELS = list(flow.CATEGORY_LABELS.values())


async def category_kept(chat: Chat) -> str | None:
    _, draft = await kept_draft(chat)
    return draft["fields"].get("category")  # type: ignore[union-attr]


@pytest.mark.parametrize(("opening", "kind"), [
    ("a parent has posted on facebook that mrs khan is useless and should be sacked", "parent_post"),
    ("a pupil is being bullied on whatsapp", "bullying"),
    ("someone shared a photo of one of my year 2s on tiktok", "image"),
    ("a colleague keeps messaging pupils on snapchat", "staff_conduct"),
    ("a parent posted abuse about a teacher on facebook", "parent_post"),
    ("one of my year 4s told me shes being picked on in a roblox group chat", "bullying"),
    ("the class teacher told me a pupil is being bullied on whatsapp", "bullying"),  # who told: no kind
])
async def test_an_opening_naming_one_kind_shows_it_as_the_answer_so_far(chat: Chat, opening: str, kind: str) -> None:
    await chat.say(opening)
    asked = chat.last
    assert asked.text.startswith("What kind of concern is it?")
    assert OwnWords("Your answer so far", flow.CATEGORY_LABELS[kind]) in asked.own_words
    assert f"kind of concern as \u201c{flow.CATEGORY_LABELS[kind]}\u201d" in chat.text  # the reading said
    labels = [b.label for b in asked.buttons]
    # the five kinds keep their numbers; Keep just before Help, as at every other step
    assert labels[:5] == KIND_LABELS and labels[-2:] == ["Keep as it is", "Help"]
    assert "immediate danger" not in chat.text  # the question is asked, never skipped
    await chat.click("Keep as it is")
    assert "Is a child in immediate danger?" in chat.last.text
    assert await category_kept(chat) == kind
    _, draft = await kept_draft(chat)
    assert draft["fields"]["what"] == opening  # type: ignore[index]


async def test_keep_typed_or_yes_keeps_the_kind_offered(chat: Chat) -> None:
    await chat.say("a colleague keeps messaging pupils on snapchat")
    await chat.say("keep")
    assert "Is a child in immediate danger?" in chat.last.text
    assert await category_kept(chat) == "staff_conduct"
    await chat.say("cancel")
    await chat.say("a pupil is being bullied on whatsapp")
    await chat.say("yes")
    assert "Is a child in immediate danger?" in chat.last.text
    assert await category_kept(chat) == "bullying"


async def test_choosing_another_kind_replaces_the_one_offered(chat: Chat) -> None:
    await chat.say("a parent has posted on facebook that mrs khan is useless and should be sacked")
    await chat.click("A member of staff")
    assert "Is a child in immediate danger?" in chat.last.text
    assert await category_kept(chat) == "staff_conduct"


@pytest.mark.parametrize("opening", [
    "her dad sent her a photo that upset her",  # two kinds: asked, never guessed
    "a child in my class said a man online asked her to keep their chats a secret",  # none
    "pupils are bullying a teacher on tiktok",  # no pupil bullied, no staff conduct
    "a pupil posted about mrs khan on tiktok",  # a pupil's post, not a parent's
    "a child says her step dad makes her watch scary videos",  # a parent, but no post
    "my year 3 class teacher told me a boy is getting horrible messages on his xbox",  # staff who told, not acted
])
async def test_an_opening_naming_two_kinds_or_none_is_asked_as_before(chat: Chat, opening: str) -> None:
    await chat.say(opening)
    assert chat.last.text.startswith("What kind of concern is it?")
    assert "Your answer so far" not in chat.last.text
    assert "Keep as it is" not in [b.label for b in chat.last.buttons]
    assert await category_kept(chat) is None


async def test_report_a_concern_alone_offers_no_kind(chat: Chat) -> None:
    await chat.say("report a concern")
    assert "Your answer so far" not in chat.last.text and await category_kept(chat) is None


@pytest.mark.parametrize("said", ["Mrs Khan, year 3 teacher", "mrs khan year 3 teacher", "Mr Patel the caretaker"])
async def test_a_name_with_a_role_at_the_kind_question_is_not_staff_conduct(chat: Chat, said: str) -> None:
    await chat.say("report a concern")
    await chat.say(said)
    assert await category_kept(chat) is None
    assert chat.last.text.startswith("What kind of concern is it?")


@pytest.mark.parametrize(("said", "kinds"), [
    ("a parent posted abuse about a teacher on facebook", ("parent_post",)),
    ("a parent keeps leaving nasty comments about our year 2 teacher on instagram", ("parent_post",)),
    ("my colleague swore at a parent in the class whatsapp group", ("staff_conduct",)),
    ("a teacher has been sending a pupil messages late at night", ("staff_conduct",)),
    ("mrs khan, year 3 teacher, has been adding pupils on facebook", ("staff_conduct",)),
    ("a mum says her son is being bullied by a teacher", ("bullying", "parent_post", "staff_conduct")),
    ("a pupil was sent a link to a scary video challenge", ()),
    # "about" saying what the concern is about still names the kind, as at the kind question before
    ("it's about a teacher", ("staff_conduct",)),
    ("i have a concern about one of our tas", ("staff_conduct",)),
    ("there is a video of two of our pupils fighting on youtube", ("image",)),
])
def test_who_acts_decides_the_kind_a_sentence_names(said: str, kinds: tuple[str, ...]) -> None:
    assert kinds_named(said) == kinds


@pytest.mark.parametrize("opening", [
    # a titled adult (nearly always staff) whose part is not said: never offered a pupil's bullying or image...
    "mrs khan is being bullied on facebook",
    "a pupil is harassing mrs khan on tiktok",
    "a year 5 girl posted a video of mrs khan on tiktok",
    # ...nor a parent's post where no parent posted, or a titled adult did
    "mr jones posted about a year 6 pupil on facebook",
    "miss smith posted about one of her class on instagram",
])
async def test_an_opening_with_a_titled_adult_whose_part_is_unsaid_offers_no_kind(chat: Chat, opening: str) -> None:
    await chat.say(opening)
    assert chat.last.text.startswith("What kind of concern is it?")
    assert "Your answer so far" not in chat.last.text and "Keep as it is" not in [b.label for b in chat.last.buttons]
    assert await category_kept(chat) is None


@pytest.mark.parametrize(("opening", "kind"), [
    ("a dad posted abuse about mr jones on facebook", "parent_post"),
    ("Mrs Khan, year 3 teacher, told me a pupil is being bullied on whatsapp", "bullying"),  # she only told
    ("a pupil shared a photo of mrs khan's son on snapchat", "image"),  # her child's image
])
async def test_a_titled_adult_whose_part_is_said_still_has_its_kind_offered(
        chat: Chat, opening: str, kind: str) -> None:
    await chat.say(opening)
    assert OwnWords("Your answer so far", flow.CATEGORY_LABELS[kind]) in chat.last.own_words


@pytest.mark.parametrize("said", [
    "a boy made a meme of the head teacher and shared it",
    "pupils made a fake tiktok account pretending to be a teacher",
])
def test_staff_only_shown_or_impersonated_is_no_staff_conduct(said: str) -> None:
    assert "staff_conduct" not in kinds_named(said)


async def test_a_parent_who_showed_the_teacher_is_not_taken_as_a_parents_post(chat: Chat) -> None:
    # typed at the kind question, bullying offered: more of what happened, never the kind changed to a parent's post
    await chat.say("a pupil is being bullied on whatsapp")
    await chat.say("his mum showed me the messages last night")
    assert chat.last.text.startswith("What kind of concern is it?")
    assert OwnWords("Your answer so far", flow.CATEGORY_LABELS["bullying"]) in chat.last.own_words
    # still only offered (helper `summary3`): the kind's answer once kept, never before
    assert await category_kept(chat) is None
    assert kinds_named("a parent rang me about a post on facebook about mrs khan") == ()
