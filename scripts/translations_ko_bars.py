"""Korean for the bars helper's texts (issue 11: the panels' names in Korean: the initialiser combo, the
data summary); merged by fill-translations.py."""
KO = {
    "book": "책의 초기화",
    "uniform": "균등 분포",
    "0.01 × N(0, 1), as in the book": "책처럼 0.01 × N(0, 1)",
    "custom": "직접 만든 데이터",
    "csv": "CSV 파일",
}
