"""``python -m tokenmgr``: the same entry point as the ``tokenmgr`` command."""

from tokenmgr.launcher import main

raise SystemExit(main())
