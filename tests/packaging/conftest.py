"""Packaging tests build real artifacts (cached: see builds.py) and report their sizes."""

from __future__ import annotations

import pytest

REPORT: list[str] = []


def pytest_terminal_summary(terminalreporter) -> None:
    if REPORT:
        terminalreporter.write_sep("-", "packaging")
        for line in REPORT:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def packaging_report() -> list[str]:
    return REPORT
