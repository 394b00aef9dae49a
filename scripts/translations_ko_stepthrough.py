"""Korean for the step-through room (nnviz/stepthrough/): inspector, stage captions, overlay, histograms.

Merged over scripts/translations_ko.py by scripts/fill-translations.py (this file wins). Notation is the
seeds' (seed 000): a = x·W + b before the activation, z = h(a) after it; "층 k" is the diagram's column k.
"""
KO = {
    # particle after "(단계 실행)": 실행 ends in a consonant, so 을 (not 를)
    "Press → (Step stage) to run the next iteration stage by stage: forward through each layer, the loss, "
    "backward, the update.":
        "→ (단계 실행)을 누르면 다음 반복을 단계별로 실행합니다: 층마다 순전파, 손실, 역전파, 갱신.",
    # the seeds' notation
    "a is a score: the loss layer turns the scores into the network's answer":
        "a는 점수입니다: 손실 층이 점수를 신경망의 답으로 바꿉니다",
    "(the {k} largest of {n} terms; a sums all of them)": "(항 {n}개 중 큰 {k}개; a는 모든 항의 합입니다)",
    "(from the loss layer)": "(손실 층에서 옴)",
    "scores a = {v}": "점수 a = {v}",
    "probabilities y = {f}(a) = {v}": "확률 y = {f}(a) = {v}",
    "scores a": "점수 a",
    "(z = h(a) comes at the next stage)": "(z = h(a)는 다음 단계에서 계산합니다)",
    "Output neuron {u} (layer {k})": "출력 뉴런 {u} (층 {k})",
    "dL/da = dL/dz × h′(a), element by element": "dL/da = dL/dz × h′(a), 원소별 곱",
    "dL/dW = xᵀ × dL/da;  dL/db = Σ over the batch of dL/da;  dL/dx = dL/da × Wᵀ":
        "dL/dW = xᵀ × dL/da;  dL/db = 배치에 대한 dL/da의 합 Σ;  dL/dx = dL/da × Wᵀ",
    "dL/dW = xᵀ × dL/da;  dL/dx = dL/da × Wᵀ": "dL/dW = xᵀ × dL/da;  dL/dx = dL/da × Wᵀ",
    "dL/da (from above)": "dL/da (위에서 옴)",
    "dL/da (the scores)": "dL/da (점수)",
    # engine layer names in Korean, the English name after it as the book prints it (no parentheses: the names
    # themselves go inside "(…)" in the captions)
    "Affine": "완전연결 Affine",
    "MatMul": "행렬곱 MatMul",
    "Sigmoid": "시그모이드",
    "Tanh": "쌍곡탄젠트 tanh",
    "ReLU": "렐루 ReLU",
    "LeakyReLU": "리키 렐루",
    "ELU": "ELU",
    "Identity": "항등 함수",
    "Softmax": "소프트맥스",
    "SoftmaxWithLoss": "소프트맥스-손실 Softmax-with-Loss",
    "SigmoidWithLoss": "시그모이드-손실 Sigmoid-with-Loss",
    "MSELoss": "평균제곱오차 손실 MSE",
    # histograms: values no bar can hold
    "{n} nan": "NaN {n}개",
    "{n} +inf": "+inf {n}개",
    "{n} −inf": "−inf {n}개",
    "{values} not shown": "{values}는 그리지 않음",
}
