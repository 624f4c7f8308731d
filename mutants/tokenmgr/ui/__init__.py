"""The Qt layer: thin views over ``AccountService``; all I/O runs on workers."""
