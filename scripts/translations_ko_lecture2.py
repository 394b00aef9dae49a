"""Korean for the lecture2 helper's texts (issue 11: the lesson panel folded for presenting); merged by
fill-translations.py."""
KO = {
    "more ▾": "더 보기 ▾",
    "less ▴": "접기 ▴",
    "Show the lesson's text": "수업 본문 전체 보기",
    "Fold the lesson's text away": "수업 본문 접기",
}
