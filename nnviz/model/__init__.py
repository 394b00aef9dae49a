"""The app's Qt-free model: what the worker thread does with a session, and what the views are shown.

- ``snapshot``: the immutable copy of a run the views draw (``make_snapshot``, the history caches).
- ``controller``: applies the worker's commands to the live session, trains time slices, makes snapshots.
- ``messages``: error and breakpoint texts as translatable parts.
- ``intents``: what a click means for the spec in force ("toggle feature X", "one more neuron").
  The spec rules themselves (defaults, merge, fit to the data) are ``core.spec``.

Nothing here imports Qt, so its tests (tests/model/) run without a display.
"""
