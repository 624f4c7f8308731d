"""scripts/screenshots' tour, as CI runs it: the real window under Xvfb against the local
test server writes every screenshot, and none is blank."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.e2e.screenshot_tour import SHOTS
from tests.ui.test_x11_clipboard import xvfb_display  # noqa: F401 - fixture

pytestmark = [pytest.mark.e2e]
ROOT = Path(__file__).resolve().parents[2]


def distinct_colours(image: QImage, step: int = 4) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) > 64:
                return len(seen)
    return len(seen)


def test_the_tour_writes_every_screenshot_and_none_is_blank(xvfb_display, tmp_path):  # noqa: F811
    out = tmp_path / "shots"
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, "-m", "tests.e2e.screenshot_tour", str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    for name in SHOTS:
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= 500 and image.height() >= 400, name
        assert distinct_colours(image) > 8, f"{name}.png looks blank"
    main = QImage(str(out / "detail.png"))
    assert (main.width(), main.height()) >= (900, 560)


def test_the_readme_shows_the_screenshots_that_are_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in SHOTS:
        assert f"docs/screenshots/{name}.png" in readme, name
        assert (ROOT / "docs" / "screenshots" / f"{name}.png").is_file(), name
