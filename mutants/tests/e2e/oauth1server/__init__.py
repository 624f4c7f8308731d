"""A real OAuth 1.0a / legacy 1.0 provider (RFC 5849, oauthlib's provider endpoints) on
loopback, for end-to-end tests of tokenmgr's OAuth 1 client. See ``control.OAuth1Server``."""

from .control import OAuth1Server

__all__ = ["OAuth1Server"]
