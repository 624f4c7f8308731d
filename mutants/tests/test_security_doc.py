"""docs/SECURITY.md is the project's list of promises: every promise names code and
tests that exist, and every ``SECURITY.md #N`` citation in the code names one of them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "SECURITY.md"


def sections() -> dict[int, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^### (\d+)\n", text, flags=re.M)
    return {int(number): body for number, body in zip(parts[1::2], parts[2::2], strict=True)}


def test_all_31_promises_are_in_the_repository_in_order():
    assert list(sections()) == list(range(1, 32))


def test_each_promise_names_existing_code_and_existing_tests():
    for number, body in sections().items():
        code = re.findall(r"`(tokenmgr/[\w/]+\.py)`", body)
        tests = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", body)
        assert code and tests, f"promise {number} names no code or no test"
        for path in code:
            assert (ROOT / path).is_file(), f"promise {number}: {path} does not exist"
        for path, name in tests:
            source = (ROOT / path).read_text(encoding="utf-8")
            assert re.search(rf"^def {name}\(", source, re.M), \
                f"promise {number}: {path}::{name} does not exist"


def test_every_citation_in_the_code_names_a_promise_of_the_document():
    known = set(sections())
    cited: set[int] = set()
    for path in [*ROOT.glob("tokenmgr/**/*.py"), *ROOT.glob("tests/**/*.py")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\b(promises?|SECURITY) \d", text), \
            f"{path}: cite promises as 'SECURITY.md #N' (docs/SECURITY.md)"
        for group in re.findall(r"SECURITY\.md ((?:#\d+(?:-\d+)?(?:, | and )?)+)", text):
            for first, last in re.findall(r"#(\d+)(?:-(\d+))?", group):
                cited.update(range(int(first), int(last or first) + 1))
    assert cited and cited <= known
