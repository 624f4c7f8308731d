"""``python -m tokenmgr`` runs the CLI; bare ``tokenmgr`` opens the window."""

from tokenmgr.cli import main

raise SystemExit(main())
