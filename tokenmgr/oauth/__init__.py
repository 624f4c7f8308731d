"""OAuth protocol engine: flows, redirect catcher, token parsing. No Qt."""
