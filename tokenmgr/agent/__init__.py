"""The token agent: one process (the window, or ``tokenmgr agent``) that serves
tokens to scripts over a Unix socket and is the single refresher.

``protocol`` and ``client`` import the standard library only: they are the
``tokenmgr token`` fast path. ``server`` and ``broker`` run inside the agent.
"""
