"""Korean for the app helper's texts (worker failures, frame guard badge, watchdog, crash dialog, toolbars);
merged by fill-translations.py."""
KO = {
    # crash dialog (nnviz/crashlog.py)
    "nnviz: something went wrong": "nnviz: 문제가 생겼습니다",
    "Something went wrong: {error}": "문제가 생겼습니다: {error}",
    "nnviz keeps running, but what you just did may not have finished. The details are in the log file {path}; "
    "please include them when you report the problem.":
        "nnviz는 계속 실행되지만 방금 한 작업이 끝나지 않았을 수 있습니다. 자세한 내용은 로그 파일 {path}에 "
        "있습니다. 문제를 알릴 때 함께 보내 주세요.",
    "nnviz keeps running, but what you just did may not have finished.":
        "nnviz는 계속 실행되지만 방금 한 작업이 끝나지 않았을 수 있습니다.",
    "Copy details": "자세한 내용 복사",
    # a view that could not draw (nnviz/frames.py)
    "This view could not draw: {error}": "이 화면을 그리지 못했습니다: {error}",
    "The other views go on. The details are in the log (Help > Open log folder).":
        "다른 화면은 계속 그려집니다. 자세한 내용은 로그에 있습니다 (도움말 > 로그 폴더 열기).",
    # a failure in the worker's loop (nnviz/model/messages.py)
    "carrying out a command": "명령을 실행하는",
    "training": "학습하는",
    "preparing the picture": "화면을 준비하는",
    "preparing the stage view": "단계 화면을 준비하는",
    "starting the session": "세션을 시작하는",
    "Something went wrong while {where} ({error}). Training is paused and the window keeps working; the details "
    "are in the log (Help > Open log folder).":
        "{where} 중에 문제가 생겼습니다 ({error}). 학습은 일시 정지되었고 창은 계속 동작합니다. 자세한 내용은 "
        "로그에 있습니다 (도움말 > 로그 폴더 열기).",
    # watchdog and restart (nnviz/window_health.py, nnviz/main_window.py)
    "Restart training": "학습 다시 시작",
    "A new training thread, from the last state the window showed": "창에 마지막으로 보인 상태에서 새 학습 스레드를 시작합니다",
    "The training thread has stopped. Training and the views are frozen; Restart training starts it again from "
    "the last state shown.":
        "학습 스레드가 멈췄습니다. 학습과 화면이 멈춰 있습니다. '학습 다시 시작'을 누르면 마지막으로 보인 상태에서 "
        "다시 시작합니다.",
    "The training thread has not answered for {:.0f} s (a very large network, or a problem). Wait, or Restart "
    "training from the last state shown.":
        "학습 스레드가 {:.0f}초 동안 응답하지 않습니다 (아주 큰 신경망이거나 문제가 있습니다). 기다리거나, "
        "마지막으로 보인 상태에서 '학습 다시 시작'을 누르세요.",
    "Open log folder": "로그 폴더 열기",
    "The folder of nnviz's log files (for a problem report)": "nnviz 로그 파일이 있는 폴더 (문제 보고용)",
    "Could not open {}": "{}을(를) 열 수 없습니다",
    # toolbars and status bar (nnviz/window_bars.py)
    "Speed": "속도",
    " Stage ": " 단계 ",
    "auto-playing stages": "단계 자동 재생 중",
}
