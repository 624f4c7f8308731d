"""Dialogs: Configure a provider, follow a Connect."""
