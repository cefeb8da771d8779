"""The web chat's JSON API, driven exactly as the page drives it, through the real server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from aiohttp.test_utils import TestClient

from bot import actions
from bot.config import BUNDLED_POLICY
from policy_kb.loader import load_policy
from tests.adapters.local.conftest import WebChat, eventually, make_settings, serve, snapshot
from tests.policy_kb.test_policy_name import RIVERSIDE

POLICY = load_policy(BUNDLED_POLICY)


async def test_page_is_one_self_contained_accessible_page(client: TestClient) -> None:
    response = await client.get("/")
    assert response.status == 200 and response.content_type == "text/html"
    html = await response.text()
    assert "api/chat" in html and 'aria-live="polite"' in html and '<label for="text"' in html
    assert "http://" not in html and "https://" not in html  # nothing fetched from a CDN
    assert "script-src 'sha256-" in response.headers["Content-Security-Policy"]


async def test_a_question_is_answered_with_the_clause_id_and_its_exact_words(client: TestClient) -> None:
    chat = WebChat(client)
    replies = await chat.say("Can I post photos of a school trip on my Facebook?")
    cited = [r["citation"] for r in replies if r["citation"]]
    assert cited, chat.text
    assert cited[0]["clause_id"] == "B.3"
    assert cited[0]["text"] == POLICY.by_id["B.3"].text  # word for word, as the policy says it


async def test_the_whole_report_flow_through_buttons_and_typing_reaches_the_inbox(client: TestClient) -> None:
    chat = WebChat(client)
    await chat.say("report a concern")
    await chat.press("Online bullying of a pupil")
    await chat.press("No")
    await chat.say("Amy P, Year 5")
    await chat.press("Skip")  # who is responsible
    await chat.press("WhatsApp")
    await chat.say("last night about 9pm")
    await chat.say("Nasty messages about Amy in the class group chat")
    await chat.press("No disclosure")
    await chat.press("Skip")  # evidence
    await chat.say("nothing yet")
    assert "Amy P, Year 5" in chat.text and "WhatsApp" in chat.text  # the summary to check
    await chat.press("Send report")
    assert "C-0001" in chat.text

    inbox = await (await client.get("/api/inbox")).json()
    [concern] = inbox["concerns"]
    assert concern["reference"] == "C-0001" and concern["category_label"] == "Online bullying of a pupil"
    values = {f["name"]: f["value"] for f in concern["fields"]}
    assert values["affected"] == "Amy P, Year 5" and values["platform"] == "WhatsApp"
    assert values["what"] == "Nasty messages about Amy in the class group chat"
    assert concern["reporter_name"] == "Alice Teacher" and concern["reporter"] == "local:alice.teacher"


async def test_the_report_form_shows_per_field_errors_then_files_an_urgent_concern(client: TestClient) -> None:
    chat = WebChat(client)
    await chat.post(action=actions.FORM_OPEN)
    form = chat.form
    assert {f["name"] for f in form["fields"]} >= {"category", "danger", "what"}
    await chat.submit(category="image", danger="yes")  # "what happened" left empty
    errors = {f["name"]: f["error"] for f in chat.form["fields"] if f["error"]}
    assert set(errors) == {"what"}
    # The lead is the reply above the form; the page adds no second one of its own
    assert chat.replies[0]["text"] == "Please check the highlighted fields."
    assert "need attention" not in await (await client.get("/")).text()
    assert (await snapshot(client))["concerns"] == []
    await chat.submit(what="A photo of a Year 2 pupil in uniform was posted on a public page")
    assert any(r["urgent"] for r in chat.replies)
    assert "C-0001" in chat.text
    [(reference, status, urgent, fields)] = (await snapshot(client))["concerns"]
    assert (reference, status, urgent, fields["category"]) == ("C-0001", "new", True, "image")


async def test_a_repeated_message_id_is_handled_once(client: TestClient) -> None:
    chat = WebChat(client)
    await chat.post(text="report a concern", id="m1")
    other = chat.button("Another online-safety concern")
    await chat.post(action=other["action"], value=other["value"], id="m2")
    assert "immediate danger" in chat.text
    for repeat in ("m1", "m2"):  # the page retrying after a lost answer: acted on once, and said so
        await chat.post(text="report a concern", id=repeat)
        assert "received that already" in chat.text and "immediate danger" in chat.text
    [(_, flow, step, draft)] = (await snapshot(client))["conversations"]
    assert (flow, step, draft["fields"]) == ("concern_report", "danger", {"category": "other"})


async def test_a_form_sent_again_with_its_id_after_a_lost_answer_files_one_concern(client: TestClient) -> None:
    # The page sends one form with one id however often Send is pressed (chat.html, reportForm's submitId).
    chat = WebChat(client)
    form = {"category": "bullying", "danger": "no", "what": "Nasty messages in the Year 5 group chat."}
    await chat.post(action="concern.form.submit", form=form, id="form-1")
    assert "C-0001" in chat.text
    await chat.post(action="concern.form.submit", form=form, id="form-1")
    # not silence, which would have the teacher type it all again; its reference, in case that was the answer lost
    assert "received that already" in chat.text and "sent once, as C-0001" in chat.text
    assert (await snapshot(client))["concerns"] == [("C-0001", "new", False, form)]
    page = await (await client.get("/")).text()
    assert "id: submitId" in page  # the page keeps the form's id for a second press


async def test_inbox_acknowledges_and_closes_and_the_reporter_sees_each_notice(client: TestClient) -> None:
    chat = WebChat(client)
    await chat.post(action=actions.FORM_OPEN)
    await chat.submit(category="parent_post", danger="no", what="A parent called Mr Lee a liar on the class page")
    inbox_page = await client.get("/inbox")
    assert inbox_page.status == 200 and "api/inbox" in await inbox_page.text()

    [concern] = (await (await client.get("/api/inbox")).json())["concerns"]
    assert [b["label"] for b in concern["buttons"]] == ["Acknowledge", "Take", "Close", "Add note"]
    ack = next(b for b in concern["buttons"] if b["label"] == "Acknowledge")
    done = await (await client.post("/api/inbox/action", json={"action": ack["action"], "reference": "C-0001"})).json()
    assert "acknowledged C-0001" in done["replies"][0]["text"]
    assert done["concern"]["status"] == "acknowledged"
    assert "acknowledged" in await chat.wait_for_notice("C-0001 has been acknowledged")

    note = await client.post("/api/inbox/action", json={"action": actions.CONCERN_NOTE, "reference": "c-0001",
                                                        "note": "Phoned the parent at 3pm"})
    # The outbox audits "reporter told" when the acknowledgement notice is delivered, which may land after the note.
    events = (await note.json())["concern"]["events"]
    assert [e["detail"] for e in events if e["action"] == "note"] == ["Phoned the parent at 3pm"]
    closed = await (await client.post("/api/inbox/action", json={"action": actions.CONCERN_CLOSE,
                                                                 "reference": "C-0001"})).json()
    assert closed["concern"]["status"] == "closed"
    await chat.wait_for_notice("C-0001 has been closed")
    assert (await (await client.get("/api/inbox")).json())["concerns"] == []  # closed: off the open list
    everything = (await (await client.get("/api/inbox?all=1")).json())["concerns"]
    trail = [(e["actor"], e["action"]) for e in everything[0]["events"]]
    for expected in [("local:alice.teacher", "reported"), ("local:headteacher", "acknowledged"),
                     ("local:headteacher", "note"), ("local:headteacher", "closed")]:
        assert expected in trail


async def test_the_inbox_lists_urgent_first_and_refuses_other_actions(client: TestClient) -> None:
    chat = WebChat(client)
    for danger in ("no", "yes", "no"):
        await chat.post(action=actions.FORM_OPEN)
        await chat.submit(category="other", danger=danger, what=f"Something worrying ({danger})")

    async def all_escalated() -> list[dict[str, object]] | None:
        listed = (await (await client.get("/api/inbox")).json())["concerns"]
        done = all([e["action"] for e in c["events"]] == ["reported", "escalated"] for c in listed)
        return listed if done else None

    listed = [(c["reference"], c["urgent"]) for c in await eventually(all_escalated)]
    assert listed == [("C-0002", True), ("C-0003", False), ("C-0001", False)]
    before = await snapshot(client)
    for body in ({"action": actions.CONCERN_START, "reference": "C-0001"},
                 {"action": actions.CONCERN_ACK, "reference": "not a reference"}, {"action": actions.CONCERN_ACK}):
        response = await client.post("/api/inbox/action", json=body)
        assert response.status == 400 and (await response.json())["error"]
    missing = await (await client.post("/api/inbox/action", json={"action": actions.CONCERN_ACK,
                                                                  "reference": "C-0999"})).json()
    assert "can't find a concern C-0999" in missing["replies"][0]["text"] and missing["concern"] is None
    after = await snapshot(client)
    assert (after["concerns"], after["events"]) == (before["concerns"], before["events"])


async def test_a_question_for_the_headteacher_reaches_the_inbox(client: TestClient) -> None:
    chat = WebChat(client)
    await chat.say("What is the capital of France?")
    await chat.press("Ask the Headteacher")
    assert "passed your question to the Headteacher" in chat.text

    async def probe() -> list[dict[str, object]] | None:
        messages = (await (await client.get("/api/inbox")).json())["messages"]
        return messages or None

    [message] = await eventually(probe)
    assert "capital of France" in str(message["text"]) and "Alice Teacher" in str(message["text"])


async def test_coming_back_to_the_page_shows_the_question_a_report_is_waiting_on(client: TestClient) -> None:
    page = await (await client.get("/")).text()
    assert "api/chat/resume" in page  # the page asks for it when it opens
    chat = WebChat(client)
    assert (await (await client.get("/api/chat/resume", params={"user": "Alice Teacher"})).json()) == {"replies": []}
    await chat.say("report a concern")
    await chat.press("Online bullying of a pupil")
    before = await snapshot(client)

    response = await client.get("/api/chat/resume", params={"user": "Alice Teacher"})  # a new tab, another day
    chat.replies = (await response.json())["replies"]
    assert "report in progress" in chat.replies[0]["text"] and "immediate danger" in chat.text
    assert await snapshot(client) == before
    await chat.press("No")  # its buttons carry on the same report
    assert "Who is affected" in chat.text
    for query in ({}, {"user": "headteacher"}):
        assert (await client.get("/api/chat/resume", params=query)).status == 400


async def test_a_lost_answer_to_the_danger_question_is_not_lost_when_the_message_is_sent_again(
        client: TestClient) -> None:
    chat = WebChat(client)
    await chat.post(text="report a concern", id="m1")
    other = chat.button("Another online-safety concern")
    await chat.post(action=other["action"], value=other["value"], id="m2")
    await chat.post(text="yes", id="m3")  # its answer ("act now", "URGENT C-0001") lost on the way back
    await chat.post(text="yes", id="m3")  # "Please try again": the page sends it again with its id
    assert "received that already" in chat.text and "URGENT alert C-0001" in chat.text and "999" in chat.text
    assert "Who is affected" in chat.text
    [(_, _, step, draft)] = (await snapshot(client))["conversations"]
    assert step == "affected" and "affected" not in draft["fields"]  # not stored again as the next answer
    page = await (await client.get("/")).text()
    assert "unsent.text === text ? unsent.id" in page  # the page keeps an unanswered message's id for a resend


async def test_a_doubtful_report_sent_again_explains_its_it_was_a_question_button(client: TestClient) -> None:
    chat = WebChat(client)
    await chat.post(text="year 6 photos", id="m1")  # only perhaps a report: begun, with the way back offered
    await chat.post(text="year 6 photos", id="m1")  # its answer lost on the way back: the page sends it again
    assert "received that already" in chat.text and "may be a concern" in chat.text
    assert "If you were asking about the policy instead, press It was a question" in chat.text
    await chat.press("It was a question")
    assert "Report cancelled" in chat.text and "doesn't cover" in chat.text


async def test_the_web_page_names_the_loaded_policy(tmp_path: Path) -> None:
    async with serve(make_settings(tmp_path, POLICYBOT_POLICY=str(RIVERSIDE))) as client:
        html = await (await client.get("/")).text()
    assert 'Questions about the <span id="policy-name">Online Safety and Mobile Phone policy</span>' in html
    assert "Ask about the school's Online Safety and Mobile Phone policy, or report" in html
    assert "Social Media" not in html and "{{POLICY}}" not in html


async def test_the_web_page_of_the_bundled_policy_names_it_as_before(client: TestClient) -> None:
    html = await (await client.get("/")).text()
    assert "Ask about the school's Social Media policy, or report a safeguarding concern." in html
