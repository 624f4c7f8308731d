"""Where tokens live: the OS keyring only, behind deadlines, with a versioned schema."""
