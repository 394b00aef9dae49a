"""Step-through: run one training iteration stage by stage and show what each stage computed.

Qt-free model (importable without a display; tested in tests/model/):
  ``stepper``  — the worker-side state machine: stages of one iteration, step back, breakpoints, checkpoints
  ``stage``    — ``StageView``: what the views show of the stages revealed so far, from the events' copies
  ``text``     — the inspector's formulas, matrices and captions as text / rich text (no Qt)

Qt widgets (import them only in the GUI):
  ``panel``      — ``StepThrough``: the dock, controls and wiring of the views below into the main window
  ``overlay``    — stage highlights, value and Δ labels drawn over the network diagram
  ``inspector``  — the inspector dock: typeset formulas and scrollable matrices of the selected element
  ``histograms`` — per-layer histograms of values, gradients and weights
  ``graph``      — the computation-graph tab
  ``gradcheck``  — the gradient-check dialog

This ``__init__`` imports nothing, so ``import nnviz.stepthrough.stepper`` never pulls in Qt.
"""
