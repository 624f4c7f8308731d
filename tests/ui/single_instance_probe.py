"""A real process for the single-instance test: ``probe.py NAME``.

First instance: prints "first", then "raised" when a later launch asks, and exits.
Later instance: prints "second" (it asked the first to raise) and exits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTimer

from tokenmgr.ui.single_instance import SingleInstance


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    instance = SingleInstance(sys.argv[1])
    if not instance.claim():
        print("second", flush=True)
        return 0
    instance.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    QTimer.singleShot(30_000, app.quit)  # never outlive the test
    print("first", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
