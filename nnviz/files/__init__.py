"""Session and lesson files in the window: opening (read and checked off the GUI thread), saving through
the worker, the recent-files list."""
