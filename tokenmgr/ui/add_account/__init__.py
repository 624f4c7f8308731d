"""The Add account picker and its pages."""
