"""Bad input to /api/chat gets a clear polite answer (or a 400 with a JSON error) and changes nothing."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from tests.adapters.local.conftest import WebChat, snapshot


@pytest.fixture
async def mid_report(client: TestClient) -> WebChat:
    """Alice is half-way through a report: the first answer given, the danger question asked."""
    chat = WebChat(client)
    await chat.say("report a concern")
    await chat.press("Online bullying of a pupil")
    assert "immediate danger" in chat.text
    return chat


MALFORMED = [
    (b"{not json", "not valid JSON"),
    (b"[1, 2, 3]", "JSON object"),
    (b'{"text": "hello"}', "your name"),
    (b'{"user": "", "text": "hello"}', "your name"),
    (b'{"user": "headteacher", "text": "ack C-0001"}', "reserved"),
    (b'{"user": "Alice: admin", "text": "hello"}', "name of up to"),
    (b'{"user": "Alice Teacher", "text": ["a list"]}', "'text' must be a string"),
    (b'{"user": "Alice Teacher", "action": 7}', "'action' must be a string"),
    (b'{"user": "Alice Teacher", "action": "concern.form.submit", "form": {"what": 3}}', "must be text"),
    (b"\xff\xfe\x00garbage", "not valid JSON"),
    # half a character, a lone surrogate escape: the text, a field's name, a client message id (stored as it came)
    (b'{"user": "Alice Teacher", "text": "no \\udcff"}', "not a whole character"),
    (b'{"user": "Alice Teacher", "text": "no", "id": "m-\\ud800"}', "not a whole character"),
    (b'{"user": "Alice Teacher", "action": "concern.form.submit", "form": {"wh\\udcffat": "x"}}',
     "not a whole character"),
]


async def test_malformed_requests_are_refused_with_400_and_change_nothing(client: TestClient,
                                                                          mid_report: WebChat) -> None:
    before = await snapshot(client)
    for body, why in MALFORMED:
        response = await client.post("/api/chat", data=body, headers={"Content-Type": "application/json"})
        assert response.status == 400, body
        assert why in (await response.json())["error"], body
    assert await snapshot(client) == before


async def test_a_huge_body_is_refused_before_it_is_read_and_changes_nothing(client: TestClient,
                                                                            mid_report: WebChat) -> None:
    before = await snapshot(client)
    huge = b'{"user": "Alice Teacher", "text": "' + b"a" * (2 * 1024 * 1024) + b'"}'
    response = await client.post("/api/chat", data=huge, headers={"Content-Type": "application/json"})
    assert response.status == 400 and "too large" in (await response.json())["error"]
    assert await snapshot(client) == before


async def test_control_characters_and_over_long_text_get_a_polite_refusal_and_change_nothing(
        client: TestClient, mid_report: WebChat) -> None:
    before = await snapshot(client)
    no = mid_report.button("No")  # still on the page above the refusals
    await mid_report.say("no\x00\x1b[2J")
    assert "control characters" in mid_report.text and "nothing was changed" in mid_report.text
    await mid_report.say("x" * 5000)
    assert "too long" in mid_report.text and "Nothing was changed" in mid_report.text
    assert await snapshot(client) == before
    await mid_report.post(action=no["action"], value=no["value"])  # the report carries on where it was
    assert "Who is affected" in mid_report.text


async def test_an_unknown_button_is_refused_politely_and_the_report_is_untouched(client: TestClient,
                                                                                 mid_report: WebChat) -> None:
    before = await snapshot(client)
    no = mid_report.button("No")
    await mid_report.post(action="concern.launch_missiles", value="now")
    assert "didn't recognise that button" in mid_report.text and "nothing has changed" in mid_report.text.lower()
    await mid_report.post(action="totally.unknown", value="x")
    assert "didn't recognise that button" in mid_report.text
    after = await snapshot(client)
    assert after["concerns"] == before["concerns"] and after["conversations"] == before["conversations"]
    await mid_report.post(action=no["action"], value=no["value"])
    assert "Who is affected" in mid_report.text


async def test_notices_need_a_valid_name(client: TestClient) -> None:
    for query in ({}, {"user": "headteacher"}, {"user": "a" * 200}):
        response = await client.get("/api/chat/notices", params=query)
        assert response.status == 400 and (await response.json())["error"]
    ok = await client.get("/api/chat/notices", params={"user": "Alice Teacher"})
    assert ok.status == 200 and (await ok.json()) == {"notices": []}


@pytest.mark.parametrize("nesting", [b"[" * 100_000, b'{"a":' * 40_000])
async def test_json_nested_too_deeply_is_refused_with_400_like_any_bad_json_and_changes_nothing(
        client: TestClient, mid_report: WebChat, nesting: bytes) -> None:
    before = await snapshot(client)
    for path in ("/api/chat", "/api/inbox/action"):  # every JSON endpoint of the local web adapter
        response = await client.post(path, data=nesting, headers={"Content-Type": "application/json"})
        assert response.status == 400, path
        assert "not valid JSON" in (await response.json())["error"], path
    assert await snapshot(client) == before
