"""The frame-pacing policy with a fake clock (issue 8.1): no thread, no Qt, no waiting."""
import pytest

from nnviz.worker.pacing import Pacing


class Clock:
    def __init__(self):
        self.t = 100.0

    def __call__(self):
        return self.t


@pytest.fixture
def p():
    c = Clock()
    pace = Pacing(max_fps=30, frame_budget=0.1, ack_timeout=0.25, clock=c)
    pace.enabled = True
    pace.clock_obj = c
    return pace


def test_cheap_frames_come_at_max_fps(p):
    p.emitted(1, 0.001, full_speed=True)
    p.frame_done(1, 0.001)
    assert p.frame_interval(True, True) == pytest.approx(1 / 30)
    p.clock_obj.t += 0.02
    assert not p.snapshot_due(True, True, True)
    p.clock_obj.t += 0.014
    assert p.snapshot_due(True, True, True)


def test_expensive_frames_are_spaced_to_the_budget(p):
    # making a snapshot costs 5 ms and drawing it 45 ms: at most 10 % of the time -> one frame per 0.5 s
    p.emitted(1, 0.005, full_speed=True)
    p.frame_done(1, 0.045)
    assert p.frame_interval(True, True) == pytest.approx(0.5)
    p.clock_obj.t += 0.4
    assert not p.snapshot_due(True, True, True)
    p.clock_obj.t += 0.11
    assert p.snapshot_due(True, True, True)
    # paused, the budget does not apply: drawing may take half the GUI thread
    assert p.frame_interval(False, True) == pytest.approx(0.09)


def test_training_waits_for_the_ack_at_most_the_timeout(p):
    p.emitted(7, 0.001, full_speed=True)
    assert p.gui_drawing(True)                      # the window has not drawn 7 yet: leave it the GIL
    assert p.wait_time(True, True, 0.0, False) == pytest.approx(0.25)
    p.clock_obj.t += 0.1
    assert p.wait_time(True, True, 0.0, False) == pytest.approx(0.15)
    p.frame_done(7, 0.01)
    assert not p.gui_drawing(True) and p.wait_time(True, True, 0.0, False) == 0.0
    p.emitted(8, 0.001, full_speed=True)
    p.clock_obj.t += 0.3                            # a window that never answers: training goes on
    assert not p.gui_drawing(True)


def test_no_ack_wait_when_pacing_is_off_or_at_a_set_speed(p):
    p.emitted(3, 0.001, full_speed=True)
    p.enabled = False
    assert not p.gui_drawing(True)
    p.enabled = True
    assert not p.gui_drawing(False)
    # at a set speed the loop sleeps until the next step is due
    assert p.wait_time(True, False, p.clock_obj.t + 0.04, False) == pytest.approx(0.04)


def test_an_urgent_frame_is_due_at_once_and_idle_waits_forever(p):
    p.emitted(1, 0.001, full_speed=False)
    assert not p.snapshot_due(True, False, False)
    p.due_now()
    assert p.snapshot_due(True, False, False) and p.wait_time(False, False, 0.0, True) == 0.0
    p.emitted(2, 0.001, full_speed=False)
    assert not p.force
    assert p.wait_time(False, False, 0.0, False) is None     # nothing due, nothing dirty: block
    assert not p.snapshot_due(False, False, False)          # nothing changed: no snapshot


def test_newest_wins_the_frame_rate_does_not_depend_on_how_many_changes(p):
    # many state changes within one frame interval give one snapshot, of the state when it is due
    p.emitted(1, 0.001, full_speed=False)
    due = [p.snapshot_due(True, False, False) for _ in range(100)]
    assert not any(due)
    p.clock_obj.t += 0.034
    assert p.snapshot_due(True, False, False)


def test_one_slow_frame_does_not_freeze_the_picture(p):
    # frames cost 5 ms; one takes 2 s (a garbage collection, the first layout): it counts as 15 ms
    for seq in range(1, 6):
        p.emitted(seq, 0.002, full_speed=True)
        p.frame_done(seq, 0.005)
    normal = p.frame_interval(True, True)
    p.frame_done(6, 2.0)
    assert p.frame_interval(True, True) < 2.5 * normal
    # and whatever frames cost, at least two a second
    p.gui_cost = 10.0
    assert p.frame_interval(True, True) == pytest.approx(0.5)
    assert p.frame_interval(False, True) == pytest.approx(0.5)
