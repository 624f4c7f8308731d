"""What the window's actions do; each controller declares its collaborators."""
