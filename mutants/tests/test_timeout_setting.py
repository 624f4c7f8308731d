"""The per-test timeout is on: a hang fails its test instead of stalling CI."""

from __future__ import annotations


def test_every_test_has_a_timeout(request):
    assert request.config.getini("timeout") == "120"
    assert request.config.pluginmanager.hasplugin("timeout")
