"""Leaf values every engine shares: tokens, the provider model, account keys and
the transport rule. Imports nothing above ``tokenmgr.errors``/``tokenmgr.secret``,
so ``store``, ``oauth`` and ``providers`` can each depend on it without
depending on each other (the import-linter ``layers`` contract checks it)."""
