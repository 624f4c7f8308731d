"""Dialogs: sign a request, settings, keyboard shortcuts."""
