"""Requests from the computer running policybot: the only ones the sign-in-less local pages and anonymous Teams serve.

The web chat, the Headteacher inbox and anonymous Teams have no sign-in: whoever reaches them can claim to be
anyone, the Headteacher included. So they answer only this computer, and not a reverse proxy on it either.
"""

from __future__ import annotations

import ipaddress

from aiohttp import web


def made_here(request: web.Request) -> bool:
    """True for a request from this computer that no proxy passed on.

    A loopback HOST keeps these pages off the network, unless a reverse proxy on the same machine forwards to
    it: then anyone could post as any user. Proxies say so in these headers.
    """
    if any(name in request.headers for name in ("Forwarded", "X-Forwarded-For", "X-Real-IP")):
        return False
    try:
        address = ipaddress.ip_address(request.remote or "")
    except ValueError:
        return False
    return (getattr(address, "ipv4_mapped", None) or address).is_loopback  # ::ffff:127.0.0.1 on a dual stack
