"""The door: with credentials set, only valid Bot Framework tokens get in (401 otherwise, nothing changed, no
call off loopback), and only from Teams (403); anonymous mode only serves loopback; malformed requests get 400 and
change nothing."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from tests.adapters.teams.conftest import HEAD, TeamsHarness

APP_ID = "11111111-2222-3333-4444-555555555555"
CREDENTIALS = {"MICROSOFT_APP_ID": APP_ID, "MICROSOFT_APP_PASSWORD": "not-a-real-secret",
               "POLICYBOT_TEAMS_ANONYMOUS": False}
QUESTION = "who must approve social media services before educational work?"


def token(key: Any, kid: str = "k1", **claims: Any) -> str:
    payload = {"iss": "https://api.botframework.com", "aud": APP_ID, "exp": int(time.time()) + 600,
               "nbf": int(time.time()) - 10, **claims}
    return jwt.encode(payload, key, algorithm="RS256", headers={"kid": kid})


def jwk(key: Any, kid: str) -> dict[str, Any]:
    return {**json.loads(RSAAlgorithm.to_jwk(key.public_key())), "kid": kid, "endorsements": ["msteams"]}


async def nothing_changed(teams: TeamsHarness) -> None:
    assert [c.kind for c in teams.fake.calls if c.kind not in ("openid", "keys")] == []
    for table in ("users", "conversations", "deliveries", "question_log"):
        assert await teams.db_rows(f"select count(*) from {table}") == [(0,)], table


@pytest.fixture
def signing_key() -> Any:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def keys_on_loopback(monkeypatch: pytest.MonkeyPatch, fake) -> None:
    """Point botbuilder's signing-key lookup at the fake, so no test can reach the internet."""
    from botframework.connector.auth.channel_validation import ChannelValidation

    monkeypatch.setattr(ChannelValidation, "open_id_metadata_endpoint", f"{fake.url}/openid")


@pytest.mark.usefixtures("keys_on_loopback")
async def test_with_credentials_unauthenticated_calls_get_401_and_change_nothing(make_teams, signing_key) -> None:
    async with make_teams(**CREDENTIALS) as teams:
        other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        teams.fake.jwks = [jwk(signing_key, "k1")]

        def bearer(key: Any = signing_key, **claims: Any) -> dict[str, str]:
            # Each token is valid but for the one thing its case names (serviceurl matches unless overridden).
            return {"Authorization": f"Bearer {token(key, **{'serviceurl': teams.fake.url, **claims})}"}

        refused = {
            "no header": {},
            "garbage": {"Authorization": "Bearer not.a.token"},
            "not bearer": {"Authorization": bearer()["Authorization"].replace("Bearer", "Basic")},
            "other issuer": bearer(iss="https://evil.example"),
            "other bot": bearer(aud="someone-else"),
            "expired": bearer(exp=int(time.time()) - 3600),
            "unknown key": bearer(kid="nope"),
            "forged": bearer(other),
            "for another service url": bearer(serviceurl="https://smba.trafficmanager.net/uk/"),
        }
        for why, headers in refused.items():
            response = await teams.post(teams.activity(QUESTION), headers=headers)
            assert response.status == 401, why

        await nothing_changed(teams)
        assert teams.fake.of("keys"), "signing keys were fetched from the loopback fake"


@pytest.mark.usefixtures("keys_on_loopback")
async def test_slow_signing_keys_do_not_stall_the_server(make_teams, fake, signing_key) -> None:
    async with make_teams(**CREDENTIALS) as teams:
        fake.fail_next(1, "hang", "keys")
        posting = asyncio.create_task(teams.post(teams.activity(QUESTION),
                                                 headers={"Authorization": f"Bearer {token(signing_key)}"}))
        await fake.wait_for("keys")

        health = await teams.client.get("/healthz")  # answered while the key fetch hangs
        assert health.status == 200

        fake.release_hung()
        response = await posting
        assert response.status == 503
        await nothing_changed(teams)


@pytest.mark.usefixtures("keys_on_loopback")
async def test_with_credentials_a_valid_token_from_another_channel_gets_403_and_changes_nothing(
        make_teams, signing_key) -> None:
    """Direct Line and Web Chat clients choose their own `from.id`; the Bot Framework signs their activities all
    the same. The Emulator is for anonymous mode only. (No Entra fixture: a refusal must not fetch the bot's token.)"""
    async with make_teams(**CREDENTIALS) as teams:
        teams.fake.jwks = [{**jwk(signing_key, "k1"), "endorsements": ["msteams", "directline", "webchat", "emulator"]}]
        valid = {"Authorization": f"Bearer {token(signing_key, serviceurl=teams.fake.url)}"}

        for channel in ("directline", "webchat", "emulator"):
            posing = teams.activity("open concerns", user=HEAD, conversation="dl-conversation-1", channelId=channel)
            response = await teams.post(posing, headers=valid)
            assert response.status == 403, channel

        assert teams.fake.of("keys"), "the token was checked first"
        await nothing_changed(teams)


@pytest.mark.usefixtures("keys_on_loopback")
async def test_with_credentials_a_valid_token_for_another_service_claiming_teams_gets_403(
        make_teams, signing_key) -> None:
    """The token vouches for the serviceUrl, not for the body's channelId: an activity relayed by Direct Line (or any
    service but Teams) that says it is from Teams is refused before any turn, and nothing is sent to that URL."""
    async with make_teams(**CREDENTIALS) as teams:
        teams.fake.jwks = [{**jwk(signing_key, "k1"), "endorsements": ["msteams", "directline"]}]
        for elsewhere in ("https://directline.botframework.com/", "https://webchat.botframework.com/",
                          "http://smba.trafficmanager.net/uk/", "https://smba.trafficmanager.net.evil.example/uk/"):
            valid = {"Authorization": f"Bearer {token(signing_key, serviceurl=elsewhere)}"}
            posing = teams.activity("open concerns", user=HEAD, conversation="dl-conversation-1",
                                    channelId="msteams", serviceUrl=elsewhere)
            response = await teams.post(posing, headers=valid)
            assert response.status == 403, elsewhere

        assert teams.fake.of("keys"), "the token was checked first"
        await nothing_changed(teams)


def test_teams_service_urls_are_teams_bot_connector_hosts_only() -> None:
    from adapters.teams.app import is_teams_service_url

    for url in ("https://smba.trafficmanager.net/uk/", "https://smba.trafficmanager.net/amer/72f988bf/",
                "https://smba.infra.gcc.teams.microsoft.com/gcc/", "https://smba.infra.gov.teams.microsoft.us/gcch",
                "https://smba.infra.dod.teams.microsoft.us/dod"):
        assert is_teams_service_url(url), url
    for url in ("http://smba.trafficmanager.net/uk/", "https://smba.trafficmanager.net:8443/uk/",
                "https://smba.trafficmanager.net.evil.example/", "https://evil.example/smba.trafficmanager.net/",
                "https://directline.botframework.com/", "https://smba.trafficmanager.net:x/", "", "not a url"):
        assert not is_teams_service_url(url), url


@pytest.mark.usefixtures("keys_on_loopback")
async def test_with_credentials_a_bad_token_from_another_channel_is_still_401(make_teams, signing_key) -> None:
    async with make_teams(**CREDENTIALS) as teams:
        teams.fake.jwks = [{**jwk(signing_key, "k1"), "endorsements": ["msteams", "directline"]}]
        forged = rsa.generate_private_key(public_exponent=65537, key_size=2048)

        response = await teams.post(teams.activity("open concerns", user=HEAD, channelId="directline"),
                                    headers={"Authorization": f"Bearer {token(forged, serviceurl=teams.fake.url)}"})

        assert response.status == 401
        await nothing_changed(teams)


async def test_anonymous_mode_refuses_a_service_url_off_loopback(teams: TeamsHarness) -> None:
    response = await teams.post(teams.activity(QUESTION, serviceUrl="https://smba.trafficmanager.net/uk/"))

    assert response.status == 403
    await nothing_changed(teams)


async def test_anonymous_mode_refuses_a_request_passed_on_by_a_proxy(teams: TeamsHarness) -> None:
    """A reverse proxy in front of a loopback HOST would let anyone post as the Headteacher."""
    for header in ({"X-Forwarded-For": "203.0.113.9"}, {"Forwarded": "for=203.0.113.9"}, {"X-Real-IP": "203.0.113.9"}):
        response = await teams.post(teams.activity("set escalation channel", user=HEAD), headers=header)
        assert response.status == 403, header
    await nothing_changed(teams)


async def test_anonymous_mode_ignores_an_authorization_header(teams: TeamsHarness) -> None:
    response = await teams.post(teams.activity(QUESTION), headers={"Authorization": "Bearer emulator.token.x"})

    assert response.status == 201
    assert "C.1" in teams.fake.of("reply")[0].words


MALFORMED = [
    (b"{not json", "application/json", 400),
    (b'{"type": "message", "text": "\xff\xfe"}', "application/json", 400),
    (b"[1, 2, 3]", "application/json", 400),
    (b'{"type": ""}', "application/json", 400),
    (b'{"type": "message", "text": "hi"}', "application/json", 400),
    (b"type=message", "application/x-www-form-urlencoded", 400),
    (b'{"type": "message"}', "", 400),
    (b"[" * 100_000, "application/json", 400),  # nested too deeply to parse: bad JSON too, not a 500
]


async def test_malformed_requests_get_a_clear_status_and_change_nothing(teams: TeamsHarness) -> None:
    for body, content_type, status in MALFORMED:
        headers = {"Content-Type": content_type} if content_type else {}
        skip = () if content_type else ("Content-Type",)  # aiohttp would add application/octet-stream
        response = await teams.client.post("/api/messages", data=body, headers=headers, skip_auto_headers=skip)

        assert response.status == status, body
        assert "error" in await response.json()
    await nothing_changed(teams)


async def test_message_without_a_sender_is_refused(teams: TeamsHarness) -> None:
    body = teams.activity(QUESTION)
    del body["from"]

    response = await teams.post(body)

    assert response.status == 400
    await nothing_changed(teams)


@pytest.fixture
def entra_on_loopback(monkeypatch: pytest.MonkeyPatch) -> str:
    """The bot's own app token comes from Entra ID (a remote); hand out a fixed one instead of calling it."""
    from botframework.connector.auth import MicrosoftAppCredentials

    issued = "app-token-from-entra"
    monkeypatch.setattr(MicrosoftAppCredentials, "get_access_token", lambda self, force_refresh=False: issued)
    return issued


@pytest.mark.usefixtures("keys_on_loopback")
async def test_with_credentials_a_valid_token_is_answered_with_the_bots_own_token(
        make_teams, signing_key, entra_on_loopback: str) -> None:
    async with make_teams(**CREDENTIALS) as teams:
        teams.fake.jwks = [jwk(signing_key, "k1")]
        valid = token(signing_key, serviceurl=teams.fake.url)

        response = await teams.post(teams.activity(QUESTION), headers={"Authorization": f"Bearer {valid}"})

        assert response.status == 201
        [answer] = teams.fake.of("reply")
        assert "Policy clause C.1" in answer.words
        assert answer.headers["Authorization"] == f"Bearer {entra_on_loopback}"
