"""Korean for the texts of the pack room (About box, missing-files message); merged by fill-translations.py."""
KO = {
    "Watch a neural network learn: the forward and backward pass, the loss and the decision boundary.":
        "신경망이 학습하는 모습을 봅니다: 순전파와 역전파, 손실, 결정 경계.",
    "Licence: {} (the full text is under Show Details).": "라이선스: {} (전문은 '자세한 정보 표시'에 있습니다).",
    "Files: {}": "파일: {}",
    "Settings: {}": "설정: {}",
    "The MIT licence (the LICENSE file is not installed).": "MIT 라이선스 (LICENSE 파일이 설치되어 있지 않습니다).",
    "Some of nnviz's files are missing": "nnviz의 파일 일부가 없습니다",
    "nnviz works, but without these:": "nnviz는 동작하지만, 다음이 없습니다:",
}
