"""Korean for the views helper's texts (diagram, boundary, loss plot, legends); merged by fill-translations.py."""
KO = {
    "no input plane to draw (the data has one input)": "그릴 입력 평면이 없습니다 (입력이 하나뿐입니다)",
    # boundary view key
    "train {n}": "훈련 {n}",
    "test {n}": "테스트 {n}",
    "misclassified: {a} of {n} train, {b} of {m} test": "잘못 분류: 훈련 {n}개 중 {a}개, 테스트 {m}개 중 {b}개",
    "misclassified: {a} of {n}": "잘못 분류: {n}개 중 {a}개",
    "feature value": "특성 값",
    "activation": "활성화 함수",
    # loss plot
    "accuracy (%)": "정확도 (%)",
    "acc. (%)": "정확도 (%)",
    # diagram
    "layer {k} · {what}": "층 {k} · {what}",
    "weight": "가중치",
    "weight w": "가중치 w",
    "gradient ∂E/∂w": "기울기 ∂E/∂w",
    "update Δw": "갱신량 Δw",
}
