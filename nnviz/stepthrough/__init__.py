"""Step-through: run one training iteration stage by stage and show what each stage computed.

Qt-free model (importable without a display; tested in tests/model/):
  ``stepper``    — the worker-side state machine: stages of one iteration, step back, breakpoints, checkpoints
  ``assemble``   — the stage snapshot, built from the events' copies on a scratch network (never the live one)
  ``stage``      — ``StageView``: what the views show of the stages revealed so far; layer numbering
  ``text``       — the inspector's formulas, matrices and captions in the seeds' notation (a = x·W + b, z = h(a))
  ``formula``    — a formula line as plain text (Unicode sub/superscripts) and as Qt rich text
  ``placement``  — where the update stage's Δ labels go on their edges
  ``binning``    — histogram bins of any values (±inf, nan, 1e300, all equal)

Qt widgets (import them only in the GUI):
  ``panel``          — ``StepThrough``: controls, docks and the wiring of the views below into the main window
  ``overlay``        — stage highlights and pulses over the network diagram (``overlay_labels``: its numbers)
  ``inspector``      — the inspector dock: typeset formulas of the selected neuron, the stage's matrices
                       (``matrix``: one titled matrix table)
  ``histograms``     — per-layer histograms of weights and gradients
  ``graph``          — the computation-graph tab
  ``gradcheck``      — the gradient-check dialog

This ``__init__`` imports nothing, so ``import nnviz.stepthrough.stepper`` never pulls in Qt.
"""
