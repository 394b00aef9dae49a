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
    "batch size": "배치 크기",
    "decay rate": "감쇠율",
    "beta1": "β1",
    "beta2": "β2",
    "gradient clipping norm": "기울기 클리핑 한계",
    "test evaluation interval": "시험 평가 간격",
}
