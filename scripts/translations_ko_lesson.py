"""Korean for the lesson helper's texts (issue 11: the numbers of the example fold to their title when
presenting); merged by fill-translations.py."""
KO = {
    "show ▾": "보기 ▾",
    "Show the numbers of the example": "예제의 숫자 보기",
    "Fold the numbers away": "예제의 숫자 접기",
}
