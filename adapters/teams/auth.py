"""Bot Framework authentication for the Teams endpoint, kept off the event loop and fail-closed.

botbuilder validates every incoming token, but it fetches signing keys with a blocking `requests.get`
(no timeout) and gets app tokens with a blocking MSAL call: run inside the event loop, either stalls every
other request in this process (Slack's 3-second acks among them). So validation runs in a worker thread,
app tokens are warmed in one too, and a cheap check refuses obviously bad tokens before any network call.

    AuthRefused    the caller is not the Bot Framework (HTTP 401)
    KeysUnavailable  the signing keys could not be fetched in time (HTTP 503; the channel retries)
"""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace
from typing import Any

import jwt
import requests
from botbuilder.integration.aiohttp import (
    ConfigurationBotFrameworkAuthentication,
    ConfigurationServiceClientCredentialFactory,
)
from botbuilder.schema import Activity
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    ServiceClientCredentialsFactory,
    UserTokenClient,
)
from botframework.connector.auth.emulator_validation import EmulatorValidation
from msrest.authentication import Authentication

from bot.config import Settings

KEY_FETCH_SECONDS = 20.0  # longer than this and the channel has given up on us anyway
CLOCK_SKEW = 300  # botbuilder allows five minutes
CHANNEL_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
EMULATOR_ISSUERS = frozenset(EmulatorValidation.TO_BOT_FROM_EMULATOR_TOKEN_VALIDATION_PARAMETERS.issuer)


class AuthRefused(PermissionError):
    """The request does not carry a valid Bot Framework token for this bot."""


class KeysUnavailable(Exception):
    """Token validation could not finish in time (signing keys unreachable)."""


def bot_config(settings: Settings) -> SimpleNamespace:
    """The configuration object botbuilder reads (it needs all four attributes, even when anonymous)."""
    anonymous = settings.teams_anonymous and not settings.microsoft_app_id
    return SimpleNamespace(
        APP_ID="" if anonymous else settings.microsoft_app_id,
        APP_PASSWORD="" if anonymous else settings.microsoft_app_password,
        APP_TYPE=settings.microsoft_app_type or "MultiTenant",
        APP_TENANTID=settings.microsoft_app_tenant_id,
    )


def prescreen(auth_header: str, app_id: str, now: float | None = None) -> None:
    """Refuse, without any network call, a header that cannot be a valid token for this bot."""
    scheme, _, token = auth_header.partition(" ")
    if scheme != "Bearer" or not token or token.count(".") != 2:
        raise AuthRefused("no bearer token")
    try:
        header = jwt.get_unverified_header(token)
        claims = jwt.decode(token, options={"verify_signature": False})
    except (jwt.PyJWTError, ValueError, TypeError) as exc:
        raise AuthRefused("unreadable token") from exc
    if header.get("alg") not in AuthenticationConstants.ALLOWED_SIGNING_ALGORITHMS or not header.get("kid"):
        raise AuthRefused("token not signed with an allowed key")
    issuer = claims.get("iss")
    if issuer == CHANNEL_ISSUER:
        audience_ok = claims.get("aud") == app_id
    elif issuer in EMULATOR_ISSUERS:
        audience_ok = app_id in (claims.get("appid"), claims.get("azp")) or claims.get("aud") == app_id
    else:
        raise AuthRefused("token from an unknown issuer")
    if not audience_ok:
        raise AuthRefused("token for another bot")
    expires = claims.get("exp")
    if not isinstance(expires, int | float) or expires + CLOCK_SKEW < (time.time() if now is None else now):
        raise AuthRefused("token expired")


class WarmCredentialFactory(ServiceClientCredentialsFactory):
    """botbuilder's credential factory, with one credential per audience kept and its token fetched off-loop."""

    def __init__(self, config: Any) -> None:
        self._inner = ConfigurationServiceClientCredentialFactory(config)
        self._cache: dict[tuple[str, str, str, bool], Authentication] = {}

    async def is_valid_app_id(self, app_id: str) -> bool:
        return await self._inner.is_valid_app_id(app_id)

    async def is_authentication_disabled(self) -> bool:
        return await self._inner.is_authentication_disabled()

    async def create_credentials(self, app_id: str, oauth_scope: str, login_endpoint: str,
                                 validate_authority: bool) -> Authentication:
        key = (app_id or "", oauth_scope or "", login_endpoint or "", bool(validate_authority))
        credentials = self._cache.get(key)
        if credentials is None:
            credentials = await self._inner.create_credentials(app_id, oauth_scope, login_endpoint,
                                                               validate_authority)
            self._cache[key] = credentials
        if getattr(credentials, "microsoft_app_id", "") and hasattr(credentials, "get_access_token"):
            # MSAL serves a cached token instantly and fetches a new one (blocking) near expiry: do that here.
            await asyncio.to_thread(credentials.get_access_token)
        return credentials


class OffLoopAuthentication(BotFrameworkAuthentication):
    """ConfigurationBotFrameworkAuthentication with token validation in a worker thread, after a prescreen."""

    def __init__(self, settings: Settings) -> None:
        config = bot_config(settings)
        self.app_id: str = config.APP_ID
        self.credentials = WarmCredentialFactory(config)
        self._inner = ConfigurationBotFrameworkAuthentication(config, credentials_factory=self.credentials)

    @property
    def anonymous(self) -> bool:
        return not self.app_id

    async def authenticate_request(self, activity: Activity, auth_header: str) -> AuthenticateRequestResult:
        if self.anonymous:  # ignore any header: with no app id botbuilder would still try to validate it
            return await self._inner.authenticate_request(activity, "")
        prescreen(auth_header or "", self.app_id)
        work = asyncio.to_thread(asyncio.run, self._inner.authenticate_request(activity, auth_header))
        try:
            return await asyncio.wait_for(work, timeout=KEY_FETCH_SECONDS)
        except TimeoutError as exc:
            raise KeysUnavailable("token validation timed out") from exc
        except requests.RequestException as exc:
            raise KeysUnavailable(f"signing keys unreachable: {type(exc).__name__}") from exc
        except Exception as exc:  # fail closed: an unknown key id, a bad signature, odd claims all mean "no"
            raise AuthRefused(type(exc).__name__) from exc

    async def authenticate_streaming_request(self, auth_header: str, channel_id_header: str
                                             ) -> AuthenticateRequestResult:
        raise AuthRefused("streaming connections are not supported")

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._inner.create_connector_factory(claims_identity)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        return await self._inner.create_user_token_client(claims_identity)

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()
