"""Korean for the worker's notices added with nnviz/model/notices.py (the ids new since
scripts/translations_ko_core.py) and the names of the live training settings (``setting.<key>``).
English template -> Korean; the Qt context of each is its id. "lr", "optimizer", "momentum", "loss"
and "epochs" already have their Korean in scripts/translations_ko.py."""

KO = {
    "new data ({what})": "새 데이터({what})",
    "learning rate lowered to {lr}; network reset: initial weights restored":
        "학습률을 {lr}(으)로 낮췄습니다; 신경망 초기화: 초기 가중치로 되돌렸습니다",
    "regularisation none (live)": "정규화 없음 (즉시 반영)",
    "{kind} rate {rate}": "{kind} 비율 {rate}",
    "history budget {mb} MB (kept from iteration {it})": "기록 예산 {mb} MB (반복 {it}부터 보관)",
    "lesson opened": "수업을 열었습니다",
    "training restarted with the default session": "기본 세션으로 학습을 다시 시작했습니다",
    "training restarted from the weights of iteration {it}": "반복 {it}의 가중치로 학습을 다시 시작했습니다",
    "the input {name} was turned off": "입력 {name}을(를) 껐습니다",
    "the input {name} was turned on": "입력 {name}을(를) 켰습니다",
    "the number of neurons changed ({arrow})": "뉴런 수가 바뀌었습니다 ({arrow})",
    "the number of hidden layers changed ({arrow})": "은닉층 수가 바뀌었습니다 ({arrow})",
    "the activation of hidden layer {l} changed to {name}": "은닉층 {l}의 활성화 함수가 {name}(으)로 바뀌었습니다",
    "the iteration could not run: {error}": "이 반복을 실행할 수 없습니다: {error}",
    "iteration {it} is before the earliest kept checkpoint (iteration {first}): its stages cannot be shown":
        "반복 {it}은(는) 가장 이른 보관 체크포인트(반복 {first})보다 앞섭니다: 그 단계들은 보여 줄 수 없습니다",
    "iteration {want} is no longer kept: the earliest kept point is iteration {first}; showing iteration {first}":
        ("반복 {want}은(는) 더 이상 보관되어 있지 않습니다: 가장 이른 보관 지점은 반복 {first}입니다; "
         "반복 {first}을(를) 보여 줍니다"),
    "iteration {it} was not kept exactly: replayed from iteration {start} ({steps} steps)":
        "반복 {it}은(는) 그대로 보관되지 않았습니다: 반복 {start}부터 다시 계산했습니다 ({steps}단계)",
    "batch size": "배치 크기",
    "decay rate": "감쇠율",
    "beta1": "β1",
    "beta2": "β2",
    "gradient clipping norm": "기울기 클리핑 한계",
    "test evaluation interval": "시험 평가 간격",
}
