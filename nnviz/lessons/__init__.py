"""Classroom lessons: a network, its data and a script of steps, in English and Korean. No Qt.

A lesson is one JSON file in ``assets/lessons`` (format "nnviz-lesson", version 1), described by the
published JSON Schema ``assets/schema/lesson.schema.json`` (point an editor at it)::

    {"format": "nnviz-lesson", "version": 1, "id": "forward_pass", "order": 1,
     "title": {"en": "...", "ko": "..."}, "text": {"en": "...", "ko": "..."},
     "session": {"network": {...}, "data": {...}, "train": {...}},     # a core.Session spec
     "weights": [[W, b], ...],          # optional fixed weights, x @ W convention, W (in, out); b may be null
     "points": {"x": [[...]], "y": [...], "kind": "classification", "class_names": [...],
                "feature_names": [...], "targets": [[...]]},           # optional explicit data
     "hidden_controls": ["optimizer", ...],                             # optional
     "steps": [{"action": "step_stage", "args": {}, "note": {"en": "...", "ko": "..."},
                "predict": {"question": {...}, "answer": {...}}}],     # predict is optional
     "expect": {"description": "...", "checks": [...]}}                # optional, used by the tests

``points.targets`` gives the encoded targets directly, one row per point shaped like the network's
output (seed 004's t = [0.4, 0.6]); ``y`` then defaults to the index of each row's largest target.

Step actions and their ``args``: ``step_stage`` {count} (the next stage(s) of the iteration, as
``Session.micro_steps()`` yields them); ``step_batch`` / ``step_epoch`` {count}; ``play`` {epochs, speed};
``pause``; ``reset`` (the lesson's fixed weights again when the network still has their shape);
``select_node`` {layer, node} (``layer`` is the diagram's column: 0 = inputs, ``len(sizes) - 1`` = output);
``set`` {network, data, train} (patched key by key as the app's panels do).

Rooms: ``model`` (what a checked lesson holds), ``validate`` (bytes, schema, engine rules), ``store``
(the shipped folder, list/load/save), ``runner`` (the steps on a core.Session, headless).
"""
from nnviz.lessons.model import (
                                 ACTION_ARGS,
                                 ACTIONS,
                                 CONTROLS,
                                 DEFAULT_ORDER,
                                 FORMAT,
                                 METRICS,
                                 SUFFIX,
                                 VERSION,
                                 Lesson,
                                 LessonInfo,
                                 Step,
                                 localized,
                                 text_for,
                                 title_for,
)
from nnviz.lessons.runner import LessonRunner, dead_neurons
from nnviz.lessons.store import LESSON_DIR, dumps, list_lessons, load_lesson, save_lesson
from nnviz.lessons.validate import lesson_from_dict, schema

__all__ = ["ACTIONS", "ACTION_ARGS", "CONTROLS", "DEFAULT_ORDER", "FORMAT", "LESSON_DIR", "METRICS", "SUFFIX",
           "VERSION", "Lesson", "LessonInfo", "LessonRunner", "Step", "dead_neurons", "dumps", "lesson_from_dict",
           "list_lessons", "load_lesson", "localized", "save_lesson", "schema", "text_for", "title_for"]
