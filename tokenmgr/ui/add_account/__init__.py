"""Add account: provider picker, setup card, connect page, in one sheet."""
