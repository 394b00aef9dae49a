"""Korean for every text of the app: English source -> Korean, filled into assets/i18n/nnviz_ko.ts by
scripts/fill-translations.py (run by scripts/update-translations.sh).

Vocabulary follows the seed notes: 순전파, 역전파, 가중치, 편향, 활성화 함수, 손실 함수, 학습률, 기울기,
에폭, 미니배치, 결정 경계, 은닉층, 출력층, 입력층, 뉴런, 갱신, 초기화, 옵티마이저. Placeholders ({}, {n},
{:,}) must stay exactly as in the English text; a translation may reorder named ones.
"""

KO = {
    # ---------------------------------------------------------------- main window
    "nnviz — watch a neural network learn": "nnviz — 신경망이 학습하는 모습 보기",
    "Lower learning rate ÷10 and reset": "학습률 ÷10 후 초기화",
    "Dismiss": "닫기",
    "  Output": "  출력",
    "  Loss and accuracy": "  손실과 정확도",
    "Reset": "초기화",
    "New network with the initial weights": "초기 가중치로 신경망을 처음부터 다시",
    "Play": "재생",
    "Play / pause training": "학습 재생 / 일시 정지",
    "Pause": "일시 정지",
    "Step": "한 단계",
    "One minibatch": "미니배치 하나",
    "Step epoch": "한 에폭",
    "One epoch": "에폭 하나",
    "Open session…": "세션 열기…",
    "Save session…": "세션 저장…",
    "Import CSV…": "CSV 가져오기…",
    "Quit": "종료",
    "Show test data": "테스트 데이터 표시",
    "Draw the test points (outlined) on the boundary": "테스트 점을 (테두리로) 결정 경계 위에 그립니다",
    "Discretize output": "출력 이산화",
    "Paint each region in its winning class only": "각 영역을 가장 확률이 높은 클래스 색으로만 칠합니다",
    "Log scale": "로그 눈금",
    "Loss on a logarithmic axis": "손실을 로그 축으로 표시",
    "Training": "학습",
    " Speed ": " 속도 ",
    "Steps per second, up to as fast as possible": "초당 단계 수 (최대: 가능한 한 빠르게)",
    "Epoch <b>0 000 000</b>": "에폭 <b>0 000 000</b>",
    "Epoch <b>{:,}</b>": "에폭 <b>{:,}</b>",
    "&File": "파일(&F)",
    "&Training": "학습(&T)",
    "&View": "보기(&V)",
    "&Lessons": "수업(&L)",
    "&Help": "도움말(&H)",
    "epoch": "에폭",
    "epoch 0000000": "에폭 0000000",
    "iteration": "반복",
    "iteration 000000000": "반복 000000000",
    "training loss": "훈련 손실",
    "train loss 0.00000": "훈련 손실 0.00000",
    "test loss": "테스트 손실",
    "test loss 0.00000": "테스트 손실 0.00000",
    "accuracy": "정확도",
    "train accuracy 100.0 %": "훈련 정확도 100.0 %",
    "steps per second": "초당 단계 수",
    "000,000 steps/s": "초당 000,000단계",
    "as fast as possible": "가능한 한 빠르게",
    "{} steps/s": "초당 {}단계",
    "{:,.0f} steps/s": "초당 {:,.0f}단계",
    "paused": "일시 정지됨",
    "epoch 0": "에폭 0",
    "iteration 0": "반복 0",
    "epoch {}": "에폭 {}",
    "iteration {}": "반복 {}",
    "train loss {}": "훈련 손실 {}",
    "test loss {}": "테스트 손실 {}",
    "{} accuracy {}": "{} 정확도 {}",
    "train": "훈련",
    "test": "테스트",
    "the network changed": "신경망이 바뀌었습니다",
    "the number of hidden layers changed ({})": "은닉층 수가 바뀌었습니다 ({})",
    "the number of neurons changed ({})": "뉴런 수가 바뀌었습니다 ({})",
    "the activation of hidden layer {} changed to {}": "은닉층 {}의 활성화 함수가 {}(으)로 바뀌었습니다",
    "At least one input feature must stay on.": "입력 특성은 적어도 하나는 켜 두어야 합니다.",
    "the input {} was turned off": "입력 {}을(를) 껐습니다",
    "the input {} was turned on": "입력 {}을(를) 켰습니다",
    "Not done: {}": "실행하지 않았습니다: {}",

    # ---------------------------------------------------------------- training settings
    "Training settings": "학습 설정",
    "Learning rate": "학습률",
    "Step size of each update. Pick one or type any positive number (live).":
        "한 번 갱신할 때의 보폭입니다. 고르거나 양수를 직접 입력하세요 (즉시 반영).",
    "Batch size": "배치 크기",
    "Points per minibatch (live; takes effect at the next epoch).": "미니배치 하나의 점 개수 (다음 에폭부터 반영).",
    "Optimizer": "옵티마이저",
    "How gradients become updates (live).": "기울기로 가중치를 갱신하는 방법 (즉시 반영).",
    "Momentum": "모멘텀",
    "For momentum and nesterov (live).": "momentum과 nesterov에 쓰입니다 (즉시 반영).",
    "Activation": "활성화 함수",
    "Activation of every hidden layer (resets the network). Per layer: in the diagram.":
        "모든 은닉층의 활성화 함수 (신경망을 초기화합니다). 층마다 바꾸려면 다이어그램에서 고르세요.",
    "Initialiser": "초기화 방법",
    "Initial weights (resets the network).": "초기 가중치 (신경망을 초기화합니다).",
    "None": "없음",
    "Regularization": "정규화",
    "Penalty on the weights (live).": "가중치에 주는 벌점 (즉시 반영).",
    "Reg. rate": "정규화 계수",
    "Classification": "분류",
    "Regression": "회귀",
    "Problem type": "문제 유형",
    "CE": "CE",
    "cross-entropy": "교차 엔트로피",
    "BCE": "BCE",
    "binary cross-entropy": "이진 교차 엔트로피",
    "MSE": "MSE",
    "mean squared error": "평균 제곱 오차",
    "Output + loss": "출력층 + 손실",
    "Output layer and loss (resets the network).": "출력층과 손실 함수 (신경망을 초기화합니다).",
    "Precision": "정밀도",
    "Number type of the weights (resets the network).": "가중치의 수 형식 (신경망을 초기화합니다).",
    "Clip": "제한",
    "Gradient clipping": "기울기 제한",
    "Scale the gradients down when their total norm exceeds this (live).":
        "기울기 전체의 노름이 이 값을 넘으면 줄입니다 (즉시 반영).",
    "the initialiser changed to {}": "초기화 방법이 {}(으)로 바뀌었습니다",
    "the precision changed to {}": "정밀도가 {}(으)로 바뀌었습니다",
    "The learning rate must be a positive number, e.g. 0.03": "학습률은 양수여야 합니다. 예: 0.03",
    "the hidden activation changed to {}": "은닉층 활성화 함수가 {}(으)로 바뀌었습니다",
    "the output changed to {} + {}": "출력이 {} + {}(으)로 바뀌었습니다",

    # ---------------------------------------------------------------- data panel
    "Data": "데이터",
    "Noise": "잡음",
    "Test data": "테스트 데이터",
    "Classes": "클래스",
    "Number of spiral arms (classes)": "나선 팔의 개수 (클래스 수)",
    "Regenerate": "다시 만들기",
    "New random points (a new seed)": "새 무작위 점 (새 시드)",
    "Numbers in columns, the label in the last column": "열마다 숫자, 마지막 열은 레이블",
    "Click to add points": "클릭해서 점 추가",
    "click: add · shift-click: another class · right-click: remove":
        "클릭: 추가 · Shift+클릭: 다른 클래스 · 오른쪽 클릭: 삭제",
    "the spiral now has {} arms": "나선의 팔이 이제 {}개입니다",
    "the data set changed to {}": "데이터 세트가 {}(으)로 바뀌었습니다",
    "noise is {} %, test data {} %": "잡음 {} %, 테스트 데이터 {} %",
    "new points were generated": "새 점을 만들었습니다",
    "Import CSV": "CSV 가져오기",
    "CSV files (*.csv *.tsv *.txt);;All files (*)": "CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)",
    "This file cannot be used": "이 파일은 쓸 수 없습니다",
    "value {:+g}": "값 {:+g}",
    "class {}": "클래스 {}",
    "{} classes": "클래스 {}개",
    "regression": "회귀",
    "{}: {} training + {} test points, {}": "{}: 훈련 점 {}개 + 테스트 점 {}개, {}",
    "spiral": "나선",
    "circle": "원",
    "xor": "XOR",
    "gauss": "가우스",
    "2 spirals": "두 나선",
    "plane": "평면",
    "bumps": "봉우리",
    "moons": "반달",
    "The book's spiral: 2 to 6 interleaved arms, one class per arm.":
        "책의 나선 데이터: 서로 얽힌 팔 2~6개, 팔마다 클래스 하나.",
    "A disc of one class inside a ring of the other (Playground).":
        "한 클래스의 원판을 다른 클래스의 고리가 둘러쌉니다 (Playground).",
    "Four quadrants; opposite quadrants share a class (Playground).":
        "네 사분면, 마주 보는 사분면이 같은 클래스입니다 (Playground).",
    "Two Gaussian clouds around (2, 2) and (-2, -2); noise widens them (Playground).":
        "(2, 2)와 (-2, -2) 주위의 가우스 점 구름 두 개, 잡음을 키우면 넓게 퍼집니다 (Playground).",
    "Two spiral arms wound around each other (Playground).": "서로 감긴 나선 팔 두 개 (Playground).",
    "Regression: the target rises linearly along x1 + x2 (Playground).":
        "회귀: 목표값이 x1 + x2를 따라 선형으로 커집니다 (Playground).",
    "Regression: six positive and negative bumps (Playground).": "회귀: 양과 음의 봉우리 여섯 개 (Playground).",
    "The AND gate: four corner points, one line separates them.": "AND 게이트: 네 꼭짓점, 직선 하나로 나뉩니다.",
    "The OR gate: four corner points, one line separates them.": "OR 게이트: 네 꼭짓점, 직선 하나로 나뉩니다.",
    "The NAND gate: four corner points, one line separates them.": "NAND 게이트: 네 꼭짓점, 직선 하나로 나뉩니다.",
    "The XOR gate: no single line separates it; it needs a hidden layer.":
        "XOR 게이트: 직선 하나로는 나눌 수 없어 은닉층이 필요합니다.",
    "Two interleaving half circles.": "서로 맞물린 반원 두 개.",

    # ---------------------------------------------------------------- diagram, boundary, loss plot
    "+ layer": "+ 층",
    "add a hidden layer before the output": "출력층 앞에 은닉층 추가",
    "− layer": "− 층",
    "remove the last hidden layer": "마지막 은닉층 삭제",
    "new weight": "새 가중치",
    "{n} inputs": "입력 {n}개",
    "1 input": "입력 1개",
    "features": "특성",
    "{n} neurons": "뉴런 {n}개",
    "1 neuron": "뉴런 1개",
    "output": "출력",
    "{n} hidden layers": "은닉층 {n}개",
    "1 hidden layer": "은닉층 1개",
    "colour scale ±{s}": "색 눈금 ±{s}",
    "showing {shown} of {total} edges (near-zero weights hidden)": "연결 {total}개 중 {shown}개 표시 (0에 가까운 가중치는 숨김)",
    "showing the {shown} strongest of {total} edges": "연결 {total}개 중 가장 강한 {shown}개 표시",
    "{n} edges": "연결 {n}개",
    "not a number": "숫자가 아님",
    "gradient {g}": "기울기 {g}",
    "click to edit": "클릭해서 수정",
    "click to turn off": "클릭해서 끄기",
    "click to use": "클릭해서 사용",
    "neuron {u} of hidden layer {h}": "은닉층 {h}의 뉴런 {u}",
    "output {name}": "출력 {name}",
    "bias {b}": "편향 {b}",
    "“{t}” is not a number; type e.g. -0.5": "“{t}”은(는) 숫자가 아닙니다. 예: -0.5",
    "one neuron fewer": "뉴런 하나 빼기",
    "one neuron more": "뉴런 하나 더하기",
    "activation function of this layer": "이 층의 활성화 함수",
    "network output is not a number": "신경망 출력이 숫자가 아닙니다 (NaN)",
    "no input plane to draw (the data has more than two inputs)": "그릴 입력 평면이 없습니다 (입력이 셋 이상입니다)",
    "network output": "신경망 출력",
    "input {name}": "입력 {name}",
    "neuron {u} of hidden layer {h} ({act})": "은닉층 {h}의 뉴런 {u} ({act})",
    "output neuron {u}": "출력 뉴런 {u}",
    "output neuron {u}: probability of class {c}": "출력 뉴런 {u}: 클래스 {c}일 확률",
    "loss": "손실",
    "per batch": "배치마다",
    "no epoch finished yet": "아직 끝난 에폭이 없습니다",
    "epoch {e}": "에폭 {e}",
    "loss is not a number": "손실이 숫자가 아닙니다",
    "train loss {v}": "훈련 손실 {v}",
    "test loss {v}": "테스트 손실 {v}",
    "train accuracy {v}": "훈련 정확도 {v}",
    "test accuracy {v}": "테스트 정확도 {v}",
    "loss is not a number from epoch {e}": "에폭 {e}부터 손실이 숫자가 아닙니다",

    # ---------------------------------------------------------------- classroom: menus and actions
    "Save session": "세션 저장",
    "Save the session (network, optimizer, data, history) to its file":
        "세션(신경망, 옵티마이저, 데이터, 기록)을 파일에 저장합니다",
    "Open…": "열기…",
    "Open a saved session or a lesson file": "저장한 세션이나 수업 파일을 엽니다",
    "Save session as…": "다른 이름으로 세션 저장…",
    "Save the session to a new file": "세션을 새 파일에 저장합니다",
    "Save as lesson…": "수업으로 저장…",
    "Save this state as a lesson, choosing which controls students see":
        "지금 상태를 수업으로 저장하고 학생에게 보일 조작 항목을 고릅니다",
    "Export…": "내보내기…",
    "Save a picture, a drawing or an animation": "그림, 벡터 도면, 애니메이션으로 저장합니다",
    "Start page…": "시작 페이지…",
    "The lessons, to pick one": "수업 목록에서 하나를 고릅니다",
    "Close lesson": "수업 닫기",
    "Leave the lesson and show every control": "수업을 끝내고 모든 조작 항목을 보입니다",
    "Next lesson step": "수업 다음 단계",
    "Run the lesson's next step": "수업의 다음 단계를 실행합니다",
    "Previous lesson step": "수업 이전 단계",
    "Back to the lesson's step before": "수업의 이전 단계로 돌아갑니다",
    "Presenter mode": "발표 모드",
    "Large type and controls, full screen": "큰 글자와 큰 조작 항목, 전체 화면",
    "Full screen": "전체 화면",
    "Fill the screen": "화면을 가득 채웁니다",
    "High contrast": "고대비",
    "Black and white with strong borders, for a washed-out projector": "흐린 프로젝터를 위한 또렷한 흑백과 굵은 테두리",
    "Faster": "빠르게",
    "Train faster": "학습을 더 빠르게",
    "Slower": "느리게",
    "Train slower": "학습을 더 느리게",
    "Keyboard shortcuts": "단축키",
    "Every key, in a list": "모든 단축키 목록",
    "About nnviz": "nnviz 정보",
    "Follow the system": "시스템 설정 따르기",
    "Light": "밝게",
    "Dark": "어둡게",
    "Orange and blue (Playground)": "주황과 파랑 (Playground)",
    "Colour-blind safe (blue and red)": "색각 이상에 안전한 색 (파랑과 빨강)",
    "Strong (dark blue and vermillion)": "진한 색 (짙은 파랑과 주홍)",
    "Recent files": "최근 파일",
    "Presenter scale": "발표 배율",
    "Theme": "테마",
    "Colours": "색",
    "Language": "언어",
    "(none yet)": "(아직 없음)",
    "Clear the list": "목록 지우기",
    "Cannot open this lesson": "이 수업을 열 수 없습니다",
    "lesson opened: {}": "수업을 열었습니다: {}",
    "Open a session or a lesson": "세션이나 수업 열기",
    "nnviz sessions and lessons (*{} *{});;nnviz sessions (*{});;Lessons (*{});;All files (*)":
        "nnviz 세션과 수업 (*{} *{});;nnviz 세션 (*{});;수업 (*{});;모든 파일 (*)",
    "Cannot open this file": "이 파일을 열 수 없습니다",
    "opened {}": "열었습니다: {}",
    "nnviz sessions (*{})": "nnviz 세션 (*{})",
    "Saved {}": "저장했습니다: {}",
    "Cannot save": "저장할 수 없습니다",
    "Exported {} ({} frames)": "내보냈습니다: {} (프레임 {}개)",
    "Export failed": "내보내기에 실패했습니다",
    "nnviz {}: watch a neural network learn.": "nnviz {}: 신경망이 학습하는 모습을 봅니다.",
    "the lesson changed {}": "수업에서 바꾼 설정: {}",

    # ---------------------------------------------------------------- lesson panel and start page
    "Close the lesson": "수업 닫기",
    "Predict first": "먼저 예측해 보세요",
    "Reveal the answer": "정답 보기",
    "Show the answer and run this step": "정답을 보이고 이 단계를 실행합니다",
    "◀ Previous": "◀ 이전",
    "Back to the step before (the lesson is replayed to it)": "이전 단계로 돌아갑니다 (수업을 그 단계까지 다시 실행합니다)",
    "Next ▶": "다음 ▶",
    "Run the next step and show its note": "다음 단계를 실행하고 설명을 보입니다",
    "Restart lesson": "수업 처음부터",
    "Back to the start of the lesson": "수업의 처음으로 돌아갑니다",
    "The numbers of the example": "예제의 숫자",
    "Runs side by side": "실행 결과 나란히 보기",
    "No lesson open": "열린 수업이 없습니다",
    "Lesson {n} · step {k} of {total}": "수업 {n} · 단계 {k}/{total}",
    "Step {k} of {total}": "단계 {k}/{total}",
    "Ready": "준비",
    "Read the text above, then press Next to run the first step.": "위의 글을 읽고 다음을 눌러 첫 단계를 실행하세요.",
    "Step {k}": "단계 {k}",
    "Reveal ▶": "정답 보기 ▶",
    "The lesson is finished": "수업이 끝났습니다",
    "run": "실행",
    "epochs": "에폭",
    "now": "지금",
    "nnviz — lessons": "nnviz — 수업",
    "Lessons": "수업",
    "Each lesson sets up a network, its data and its weights, and walks through it step by step. Pick one, or explore freely.":
        "수업마다 신경망과 데이터, 가중치를 준비하고 한 단계씩 함께 따라갑니다. 수업을 고르거나 자유롭게 탐색하세요.",
    "Explore freely": "자유롭게 탐색",
    "Close this page and train the spiral as it is": "이 페이지를 닫고 나선 데이터를 그대로 학습합니다",
    "Show this page at start": "시작할 때 이 페이지 보이기",
    "Close": "닫기",

    # ---------------------------------------------------------------- the numbers of a lesson
    "Input x = {x}": "입력 x = {x}",
    "Layer {k}: a{k} = {formula} = {v}": "{k}층: a{k} = {formula} = {v}",
    "Layer {k}: z{k} = {f}(a{k}) = {v}": "{k}층: z{k} = {f}(a{k}) = {v}",
    "Softmax computed naively, exp(a) / Σ exp(a): {v}": "소프트맥스를 식 그대로 계산, exp(a) / Σ exp(a): {v}",
    "Softmax computed stably, exp(a − max a) / Σ exp(a − max a): {v}":
        "소프트맥스를 안정적으로 계산, exp(a − max a) / Σ exp(a − max a): {v}",
    "Output y = {v}": "출력 y = {v}",
    "Target t = {v}": "정답 t = {v}",
    "Error per output ½(t − y)² = {v}": "출력별 오차 ½(t − y)² = {v}",
    "Loss E = {v}": "손실 E = {v}",
    "Weights (x @ W: W[i, j] joins input i to neuron j):": "가중치 (x @ W: W[i, j]는 입력 i와 뉴런 j를 잇습니다):",
    "after {n} update(s)": "갱신 {n}번 후",

    # ---------------------------------------------------------------- controls a lesson hides
    "Data set": "데이터 세트",
    "Input features": "입력 특성",
    "Adding points": "점 추가",
    "Layers and neurons": "층과 뉴런",
    "Output layer": "출력층",
    "Loss function": "손실 함수",
    "Biases": "편향",
    "New random points": "새 무작위 점",
    "Editing weights": "가중치 수정",
    "Speed": "속도",
    "Step buttons": "단계 버튼",
    "Saving": "저장",
    "Opening files": "파일 열기",
    "Network": "신경망",
    "Buttons": "버튼",

    # ---------------------------------------------------------------- save as lesson
    "Save as lesson": "수업으로 저장",
    "Title": "제목",
    "Text for the students": "학생에게 보일 글",
    "What this lesson shows": "이 수업에서 보여 줄 것",
    "What to look at, what to try": "무엇을 보고 무엇을 해 볼지",
    "Hide these controls from students": "학생에게 숨길 조작 항목",
    "Save…": "저장…",
    "Lessons (*{})": "수업 (*{})",
    "Lesson": "수업",
    "Lesson saved: {}": "수업을 저장했습니다: {}",
    "Cannot save the lesson": "수업을 저장할 수 없습니다",

    # ---------------------------------------------------------------- shortcuts dialog
    "Every key works anywhere in the main window.": "모든 키는 메인 창 어디서나 작동합니다.",
    "Key": "키",
    "Action": "동작",
    "What it does": "설명",

    # ---------------------------------------------------------------- export
    "Whole window": "창 전체",
    "Network diagram": "신경망 다이어그램",
    "Decision boundary": "결정 경계",
    "Loss and accuracy": "손실과 정확도",
    "Lesson panel": "수업 패널",
    "Iteration {i} · forward: {name} (layer {k})": "반복 {i} · 순전파: {name} ({k}층)",
    "Iteration {i} · loss {v}": "반복 {i} · 손실 {v}",
    "Iteration {i} · backward: {name}": "반복 {i} · 역전파: {name}",
    "Iteration {i} · update {p} of layer {k}": "반복 {i} · {k}층 {p} 갱신",
    "Iteration {i}": "반복 {i}",
    "Writing the animation…": "애니메이션을 쓰는 중…",
    "Cancel": "취소",
    "Export": "내보내기",
    "Frame {k} of {n}": "프레임 {k}/{n}",
    "Export cancelled; nothing was written.": "내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.",
    "What to write": "내보낼 형식",
    "Picture (PNG)": "그림 (PNG)",
    "Vector drawing of the network diagram (SVG)": "신경망 다이어그램의 벡터 도면 (SVG)",
    "Animation (GIF)": "애니메이션 (GIF)",
    "Video (MP4)": "동영상 (MP4)",
    "MP4 needs the video encoder: pip install imageio-ffmpeg": "MP4에는 동영상 인코더가 필요합니다: pip install imageio-ffmpeg",
    "Picture": "그림",
    "Show": "대상",
    "Scale": "배율",
    "Animation": "애니메이션",
    "Frames of": "프레임 내용",
    "From iteration": "시작 반복",
    "To iteration": "끝 반복",
    "Every": "간격",
    "View": "화면",
    "Width (px)": "너비 (px)",
    "Frames per second": "초당 프레임 수",
    "Height (px)": "높이 (px)",
    " iterations": " 반복마다",
    "a range of iterations, trained again from the start": "반복 구간 (처음부터 다시 학습)",
    "the next iteration, stage by stage": "다음 반복을 단계별로",
    "PNG pictures (*.png)": "PNG 그림 (*.png)",
    "SVG drawings (*.svg)": "SVG 도면 (*.svg)",
    "GIF animations (*.gif)": "GIF 애니메이션 (*.gif)",
    "MP4 videos (*.mp4)": "MP4 동영상 (*.mp4)",
}

KO.update({
    "{} output, {} loss": "출력층 {}, 손실 함수 {}",
})

# ---------------------------------------------------------------- step-through (issue 4)
KO.update({
    "Step back": "한 단계 뒤로",
    "Back one stage (across iterations too)": "한 단계 뒤로 (반복을 넘어서도)",
    "Step stage": "단계 실행",
    "One stage: forward through a layer, the loss, backward, an update": "한 단계: 한 층의 순전파, 손실, 역전파, 갱신",
    "Auto-play stages": "단계 자동 재생",
    "Run the stages in slow motion until paused": "일시 정지할 때까지 단계를 천천히 실행합니다",
    "Gradient check": "기울기 확인",
    "Numerical against backprop gradients on the current batch": "현재 배치에서 수치 미분과 역전파 기울기를 비교합니다",
    "Breakpoints…": "중단점…",
    "When to pause: NaN/inf, gradient norm, loss rise, dead or saturated units":
        "멈출 조건: NaN/inf, 기울기 노름, 손실 증가, 죽은 뉴런이나 포화된 뉴런",
    "Breakpoints": "중단점",
    "a value turns NaN or infinite (pause on that stage)": "값이 NaN이나 무한대가 되면 (그 단계에서 멈춤)",
    "the gradient norm exceeds": "기울기 노름이 다음 값을 넘으면",
    "the mean loss rises by a factor of": "평균 손실이 다음 배수만큼 커지면",
    "more than this % of a ReLU layer is dead": "ReLU 층에서 죽은 뉴런이 이 비율(%)을 넘으면",
    "more than this % of a sigmoid/tanh layer is saturated": "sigmoid/tanh 층에서 포화된 뉴런이 이 비율(%)을 넘으면",
    "over a window of": "구간 길이",
    "iterations": "반복",
    "Training pauses on the stage where the condition first holds and the message says where and why. Each condition other than NaN stops once when it starts.":
        "조건이 처음 성립한 단계에서 학습이 멈추고, 어디서 왜 멈췄는지 메시지로 알려 줍니다. NaN을 뺀 조건은 성립하기 시작할 때 한 번만 멈춥니다.",
    "Checkpoints kept: dark = every iteration, pale = thinned (replayed on demand)":
        "보관된 체크포인트: 진한 부분 = 모든 반복, 옅은 부분 = 일부만 보관 (필요할 때 다시 계산)",
    "Each parameter's gradient from backpropagation is compared with a numerical one (central differences of the loss on the current batch). A relative error below the threshold passes: backprop is computing the true gradient.":
        "역전파로 구한 매개변수마다의 기울기를 수치 미분(현재 배치 손실의 중앙 차분)과 비교합니다. 상대 오차가 기준보다 작으면 통과입니다: 역전파가 올바른 기울기를 계산하고 있다는 뜻입니다.",
    "Check again": "다시 확인",
    "checking…": "확인하는 중…",
    "layer": "층",
    "parameter": "매개변수",
    "shape": "형상",
    "max relative error": "최대 상대 오차",
    "max absolute error": "최대 절대 오차",
    "result": "결과",
    "pass": "통과",
    "FAIL": "실패",
    "PASSED: backprop matches the numerical gradients": "통과: 역전파 기울기가 수치 미분과 일치합니다",
    "FAILED: backprop's gradients differ from the numerical ones": "실패: 역전파 기울기가 수치 미분과 다릅니다",
    "{head} (worst relative error {w:.2g}, threshold {t:g}; {p} parameters, batch of {n} at iteration {it}, {s:.2f} s)":
        "{head} (최대 상대 오차 {w:.2g}, 기준 {t:g}; 매개변수 {p}개, 반복 {it}의 배치 {n}개, {s:.2f}초)",
    "weights (W and b)": "가중치 (W와 b)",
    "gradients dL/dW, dL/db": "기울기 dL/dW, dL/db",
    "layer {k}": "{k}층",
    "Press → (Step stage) to run the next iteration stage by stage: forward through each layer, the loss, backward, the update.":
        "→ (단계 실행)를 누르면 다음 반복을 단계별로 실행합니다: 층마다 순전파, 손실, 역전파, 갱신.",
    "Node": "노드",
    "Click a neuron in the network to see how it computes its value.": "신경망의 뉴런을 클릭하면 그 값을 어떻게 계산하는지 볼 수 있습니다.",
    "Layer": "층",
    "Iteration {it} · stage {k} of {n}: {what}": "반복 {it} · 단계 {k}/{n}: {what}",
    "sample {s} of the batch": "배치의 샘플 {s}",
    "not in this batch": "이 배치에 없음",
    "traced point #{r} ({where})": "추적하는 점 #{r} ({where})",
    "Input {name}": "입력 {name}",
    "Output neuron {u}": "출력 뉴런 {u}",
    "Neuron {u} of hidden layer {h}": "은닉층 {h}의 뉴런 {u}",
    "(no neuron selected: click one in the network; showing neuron 1 of the stage's layer)":
        "(선택한 뉴런 없음: 신경망에서 하나를 클릭하세요. 지금 단계 층의 뉴런 1을 보여 줍니다)",
    "this neuron is not in the network shown": "이 뉴런은 보이는 신경망에 없습니다",
    "not reached yet": "아직 도달하지 않음",
    "this input is not used by the network": "신경망이 이 입력을 쓰지 않습니다",
    "not reached yet: the forward pass has not come to this layer": "아직 도달하지 않음: 순전파가 이 층에 오지 않았습니다",
    "Forward": "순전파",
    "(a = f(z) comes at the next stage)": "(a = f(z)는 다음 단계에서 계산합니다)",
    "Loss": "손실",
    "Backward": "역전파",
    "Update": "갱신",
    "the traced point is not in this batch: gradients exist for the batch's points only":
        "추적하는 점이 이 배치에 없습니다: 기울기는 배치에 든 점에만 있습니다",
    "Layer {l}: {name} (forward)": "{l}층: {name} (순전파)",
    "The loss ({name})": "손실 ({name})",
    "Backward from the loss ({name})": "손실에서 시작하는 역전파 ({name})",
    "dL/d(scores) = what the loss layer sends back, per sample": "dL/d(점수) = 손실 계층이 샘플마다 되돌려 보내는 값",
    "Layer {l}: {name} (backward)": "{l}층: {name} (역전파)",
    "dL/dz = dL/da × f'(z), element by element": "dL/dz = dL/da × f'(z), 원소별 곱",
    "dL/dW = xᵀ × dL/dz;  dL/db = Σ over the batch of dL/dz;  dL/dx = dL/dz × Wᵀ":
        "dL/dW = xᵀ × dL/dz;  dL/db = 배치에 대한 dL/dz의 합 Σ;  dL/dx = dL/dz × Wᵀ",
    "Update of {name}{d} (layer {l})": "{name}{d} 갱신 ({l}층)",
    "Step-through": "단계별 실행",
    "Time per stage in the animation and auto-play (100 ms to 3 s)": "애니메이션과 자동 재생에서 단계마다 걸리는 시간 (100 ms ~ 3 s)",
    "Auto-play": "자동 재생",
    "Inspector": "검사기",
    "Computation graph": "계산 그래프",
    "Histograms": "히스토그램",
    "Drag to go back to any earlier iteration; training resumed there replays deterministically":
        "끌어서 이전 반복으로 돌아갈 수 있습니다. 거기서 학습을 다시 시작하면 똑같이 재현됩니다",
    "Timeline": "타임라인",
    "iteration {k} of {n}": "반복 {k}/{n}",
    "iteration {r} is no longer kept: the earliest kept is {f}": "반복 {r}은(는) 더 이상 보관하지 않습니다: 가장 이른 보관 반복은 {f}입니다",
    "replayed from iteration {j} ({n} steps)": "반복 {j}부터 다시 계산함 ({n}단계)",
    "exact": "정확함",
    "{k} checkpoints, {mb:.1f} of {budget:.0f} MB": "체크포인트 {k}개, {budget:.0f} MB 중 {mb:.1f} MB",
})

KO.update({
    "↺ Restart lesson": "↺ 수업 처음부터",
})

# ---------------------------------------------------------------- the worker's notices (nnviz/classroom/messages.py)
KO.update({
    "network reset: initial weights restored": "신경망 초기화: 초기 가중치로 되돌렸습니다",
    "network reset because {}": "신경망을 새로 만들었습니다: {}",
    "training setting changed live: {}": "학습 설정을 바로 바꿨습니다: {}",
    "regularisation {} (live)": "정규화 {} (즉시 반영)",
    "weight {} set to {}": "가중치 {}을(를) {}(으)로 바꿨습니다",
    "saved {}": "저장했습니다: {}",
    "lesson {} opened": "수업 {}을(를) 열었습니다",
    "lesson {}: step {}": "수업 {}: 단계 {}",
    "could not build the requested session ({}); opened the default one": "요청한 세션을 만들 수 없어({}) 기본 세션을 열었습니다",
    "Training stopped: {}": "학습이 멈췄습니다: {}",
    "breakpoints: none": "중단점: 없음",
    "breakpoints: {}": "중단점: {}",
    "this is the start of training: there is no earlier stage": "학습의 처음입니다: 이전 단계가 없습니다",
    "this iteration cannot go on: a value became NaN/inf; lower the learning rate, step back, or Reset":
        "이 반복은 계속할 수 없습니다: 값이 NaN/inf가 되었습니다. 학습률을 낮추거나, 한 단계 뒤로 가거나, 초기화하세요",
})

KO.update({
    "Export...": "내보내기…",   # pyqtgraph's plot menu
})

# ---------------------------------------------------------------- the step-through inspector (nnviz/stepthrough/text.py,
# nnviz/stepthrough/stage.py, the inspector and the stage overlay): prose only, the formulas stay as they are
KO.update({
    "z is a score: the loss layer turns the scores into the network's answer":
        "z는 점수입니다: 손실 층이 점수를 신경망의 답으로 바꿉니다",
    "(the {k} largest of {n} terms; z sums all of them)": "(항 {n}개 중 큰 {k}개; z는 모든 항의 합입니다)",
    "(the diagonal of its Jacobian)": "(야코비 행렬의 대각 성분)",
    "dL/dz = {v} (from the loss layer)": "dL/dz = {v} (손실 층에서 옴)",
    "for sample {n}; the layer's gradients add these up over the {batch} samples of the batch":
        "표본 {n}의 값; 층의 기울기는 배치의 표본 {batch}개에 대해 이 값들을 더합니다",
    ";  summed over the batch: {v}": ";  배치 전체의 합: {v}",
    ";  with regularisation: {v}": ";  정규화 포함: {v}",
    "… (the {k} largest of {n} weights)": "… (가중치 {n}개 중 큰 {k}개)",
    " (input {i} → unit {j})": " (입력 {i} → 뉴런 {j})",
    " (unit {j})": " (뉴런 {j})",
    "lr_t (bias-corrected)": "lr_t (편향 보정)",
    "… ({n} more)": "… (그 밖에 {n}개)",
    "output y = {v}": "출력 y = {v}",
    "scores s = {v}": "점수 s = {v}",
    "probabilities y = {f}(s) = {v}": "확률 y = {f}(s) = {v}",
    "target t = {v}": "정답 t = {v}",
    "loss = {v}": "손실 = {v}",
    "0.5 (y − t)² per output = {v}": "출력별 0.5 (y − t)² = {v}",
    "L = mean over the {n} samples of the batch = {v}": "L = 배치의 표본 {n}개에 대한 평균 = {v}",
    "L = {data} + regularisation penalty {p} = {v}": "L = {data} + 정규화 벌점 {p} = {v}",
    "forward through layer {l} ({name})": "층 {l} ({name}) 순전파",
    "the loss ({name})": "손실 ({name})",
    "backward from the loss ({name})": "손실 ({name})에서 역전파",
    "backward through layer {l} ({name})": "층 {l} ({name}) 역전파",
    "update of {name}{d} (layer {l}, {opt})": "{name}{d} 갱신 (층 {l}, {opt})",
    "scores s": "점수 s",
    "y (the network's answer)": "y (신경망의 답)",
    "target t": "정답 t",
    "dL/dz (from above)": "dL/dz (위에서 옴)",
    "dL/ds (the scores)": "dL/ds (점수)",
    "{name} before": "갱신 전 {name}",
    "{name} after": "갱신 후 {name}",
    "loss: NaN/inf": "손실: NaN/inf",
    "… ({n} more incoming weights)": "… (들어오는 가중치 {n}개 더)",
})

# ---------------------------------------------------------------- the red panel: bad numbers and breakpoint hits
# (core/breakpoints.py Hit parts, nnviz/model/messages.py numeric_error_parts)
KO.update({
    " A weighted sum overflowed because the weights have grown huge. Usually the learning rate is too high: every "
    "update overshoots and the weights grow step after step (the loss curve climbs or jumps first). Try: lower the "
    "learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), add L2 regularisation, or Reset.":
        " 가중치가 너무 커져서 가중합이 넘쳤습니다. 대개 학습률이 너무 높아서입니다: 갱신할 때마다 지나쳐서 가중치가 "
        "단계마다 커집니다 (그 전에 손실 곡선이 오르거나 튑니다). 해 볼 것: 학습률 낮추기 (10분의 1로), 기울기 클리핑 "
        "켜기 (max_grad, 예: 5), L2 정규화 추가, 또는 초기화.",
    " The input data itself holds NaN/inf: check the data set (a CSV cell that is empty or not a number), or the "
    "feature transforms.":
        " 입력 데이터 자체에 NaN/inf가 있습니다: 데이터 세트 (비어 있거나 숫자가 아닌 CSV 칸)나 특성 변환을 확인하세요.",
    " Cross-entropy takes the log of the probability given to the true class; scores so far apart that this "
    "probability is 0 give log 0 = -inf. The scores exploded: lower the learning rate (try a tenth), turn on "
    "gradient clipping (max_grad, e.g. 5), or Reset.":
        " 교차 엔트로피는 정답 클래스의 확률에 log를 취합니다; 점수 차가 너무 커서 이 확률이 0이면 log 0 = -inf가 "
        "됩니다. 점수가 폭주했습니다: 학습률 낮추기 (10분의 1로), 기울기 클리핑 켜기 (max_grad, 예: 5), 또는 초기화.",
    " Binary cross-entropy takes log y and log(1 - y); a sigmoid output of exactly 0 or 1 gives log 0 = -inf. The "
    "scores exploded: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), or Reset.":
        " 이진 교차 엔트로피는 log y와 log(1 - y)를 씁니다; 시그모이드 출력이 정확히 0이나 1이면 log 0 = -inf가 "
        "됩니다. 점수가 폭주했습니다: 학습률 낮추기 (10분의 1로), 기울기 클리핑 켜기 (max_grad, 예: 5), 또는 초기화.",
    " The squared error overflowed: an output beyond about 1e154 squared exceeds the largest float (1.8e308). With "
    "squared error the gradient grows with the error, so a too-high learning rate makes the outputs explode: lower "
    "the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), or Reset.":
        " 제곱 오차가 넘쳤습니다: 약 1e154보다 큰 출력을 제곱하면 가장 큰 부동소수점 수 (1.8e308)를 넘습니다. 제곱 "
        "오차에서는 기울기가 오차와 함께 커지므로, 학습률이 너무 높으면 출력이 폭주합니다: 학습률 낮추기 (10분의 1로), "
        "기울기 클리핑 켜기 (max_grad, 예: 5), 또는 초기화.",
    " The gradient exploded on its way back: every layer multiplies it by its weights (and f'(z)), so with large "
    "weights it grows layer by layer. Try: turn on gradient clipping (max_grad, e.g. 5), lower the learning rate "
    "(try a tenth), or smaller initial weights (xavier/he).":
        " 기울기가 역전파 도중 폭주했습니다: 층마다 가중치 (와 f'(z))를 곱하므로, 가중치가 크면 층을 지날 때마다 "
        "커집니다. 해 볼 것: 기울기 클리핑 켜기 (max_grad, 예: 5), 학습률 낮추기 (10분의 1로), 또는 더 작은 초기 "
        "가중치 (xavier/he).",
    " The update w - lr x dL/dw overflowed: learning rate x gradient is too large for the numbers to hold. Try: "
    "lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5).":
        " 갱신 w - lr x dL/dw가 넘쳤습니다: 학습률 x 기울기가 수로 나타낼 수 없을 만큼 큽니다. 해 볼 것: 학습률 "
        "낮추기 (10분의 1로), 기울기 클리핑 켜기 (max_grad, 예: 5).",
    "Iteration {it}: input feature {i} of sample {n} is {v}.": "반복 {it}: 표본 {n}의 입력 특성 {i}이(가) {v}입니다.",
    " The largest term is w{i}·a{i} = {w} × {a} (edge {i} → {j}).":
        " 가장 큰 항은 w{i}·a{i} = {w} × {a} (연결 {i} → {j})입니다.",
    " Its input z was {z}.": " 입력 z는 {z}였습니다.",
    "Iteration {it}, forward: unit {j} of layer {l} ({name}) became {v} for sample {n}.":
        "반복 {it}, 순전파: 층 {l} ({name})의 뉴런 {j}이(가) 표본 {n}에서 {v}이(가) 되었습니다.",
    "Iteration {it}: the loss ({name}) became {v}; the largest score is output {u}.":
        "반복 {it}: 손실 ({name})이 {v}이(가) 되었습니다; 가장 큰 점수는 출력 {u}입니다.",
    "Iteration {it}, backward: dL/dW[{i0}, {j0}] (edge {i} → {j}) of layer {l} ({name}) became {v}.":
        "반복 {it}, 역전파: 층 {l} ({name})의 dL/dW[{i0}, {j0}] (연결 {i} → {j})이(가) {v}이(가) 되었습니다.",
    "Iteration {it}, backward: dL/db of unit {u} of layer {l} ({name}) became {v}.":
        "반복 {it}, 역전파: 층 {l} ({name}) 뉴런 {u}의 dL/db가 {v}이(가) 되었습니다.",
    "Iteration {it}, backward: dL/dx of input {i} of layer {l} ({name}) became {v} for sample {n}.":
        "반복 {it}, 역전파: 층 {l} ({name}) 입력 {i}의 dL/dx가 표본 {n}에서 {v}이(가) 되었습니다.",
    "Iteration {it}, update: {where} of layer {l} became {v} (it was {w}, dL/dw = {g}, lr = {lr}).":
        "반복 {it}, 갱신: 층 {l}의 {where}이(가) {v}이(가) 되었습니다 (이전 값 {w}, dL/dw = {g}, lr = {lr}).",
    " The largest score is output {u} of sample {n}: {v}.": " 가장 큰 점수는 표본 {n}의 출력 {u}: {v}입니다.",
    "the loss ({name}) became NaN/inf although every layer output was finite.":
        "모든 층의 출력이 유한한데도 손실 ({name})이 NaN/inf가 되었습니다.",
    "the output of layer {l} ({name}) became NaN/inf.": "층 {l} ({name})의 출력이 NaN/inf가 되었습니다.",
    "the parameter {name} holds NaN/inf after an update.": "갱신 후 매개변수 {name}에 NaN/inf가 있습니다.",
    "Iteration {it}: ": "반복 {it}: ",
    "Iteration {it}: the gradient norm is {v}, above {limit}. Gradients this large make big jumps and can explode "
    "into NaN. Try: turn on gradient clipping (max_grad, e.g. 5), lower the learning rate (try a tenth).":
        "반복 {it}: 기울기 노름이 {v}로 {limit}보다 큽니다. 이렇게 큰 기울기는 크게 건너뛰게 하고 NaN으로 폭주할 수 "
        "있습니다. 해 볼 것: 기울기 클리핑 켜기 (max_grad, 예: 5), 학습률 낮추기 (10분의 1로).",
    "Iteration {it}: the mean loss of the last {w} iterations ({recent}) is {ratio}× the {w} before ({before}). "
    "Training is diverging: the learning rate is probably too high (each step overshoots the minimum), or a setting "
    "just changed. Try: lower the learning rate (try a tenth); with momentum or Adam, a smaller step; or turn on "
    "gradient clipping (max_grad, e.g. 5).":
        "반복 {it}: 최근 {w}번 반복의 평균 손실 ({recent})이 그 전 {w}번 ({before})의 {ratio}배입니다. 학습이 발산하고 "
        "있습니다: 학습률이 너무 높거나 (단계마다 최솟값을 지나침), 설정이 방금 바뀌었습니다. 해 볼 것: 학습률 낮추기 "
        "(10분의 1로); 모멘텀이나 Adam이면 더 작은 보폭; 또는 기울기 클리핑 켜기 (max_grad, 예: 5).",
    "Iteration {it}: {k} of {n} ReLU units of layer {l} output 0 for every sample of the batch (first: unit {u}). "
    "Their gradient is 0, so they no longer learn and rarely recover. Causes: a too-high learning rate drove their "
    "weights or biases negative, or a bad initialisation. Try: lower the learning rate (try a tenth), He "
    "initialisation, or leaky_relu / elu.":
        "반복 {it}: 층 {l}의 ReLU 뉴런 {n}개 중 {k}개가 배치의 모든 표본에서 0을 출력합니다 (첫 번째: 뉴런 {u}). "
        "기울기가 0이라 더는 학습하지 않고 거의 회복되지 않습니다. 원인: 너무 높은 학습률이 가중치나 편향을 음수로 "
        "만들었거나, 초기화가 나빴습니다. 해 볼 것: 학습률 낮추기 (10분의 1로), He 초기화, 또는 leaky_relu / elu.",
    "Iteration {it}: {k} of {n} {name} units of layer {l} are saturated (output pinned near its limit for most of "
    "the batch; first: unit {u}). There f'(z) is almost 0, so almost no gradient flows back through them and "
    "learning stalls. Causes: large weights or inputs (too-large initial weights, a high learning rate, unscaled "
    "features). Try: smaller initial weights (xavier), lower the learning rate (try a tenth), normalised inputs, "
    "or ReLU.":
        "반복 {it}: 층 {l}의 {name} 뉴런 {n}개 중 {k}개가 포화되었습니다 (배치 대부분에서 출력이 한계 가까이에 "
        "고정됨; 첫 번째: 뉴런 {u}). 그곳에서는 f'(z)가 거의 0이라 기울기가 거의 역전파되지 않고 학습이 멈춥니다. "
        "원인: 큰 가중치나 입력 (너무 큰 초기 가중치, 높은 학습률, 스케일을 맞추지 않은 특성). 해 볼 것: 더 작은 초기 "
        "가중치 (xavier), 학습률 낮추기 (10분의 1로), 정규화된 입력, 또는 ReLU.",
    "Iteration {it}: {what} of layer {l} became {v}.": "반복 {it}: 층 {l}의 {what}이(가) {v}이(가) 되었습니다.",
    "forward stage": "순전파 단계",
    "loss stage": "손실 단계",
    "backward stage": "역전파 단계",
    "update stage": "갱신 단계",
    "Bad numbers": "잘못된 수",
    "Gradient norm breakpoint": "기울기 노름 중단점",
    "Loss rise breakpoint": "손실 상승 중단점",
    "Dead ReLU breakpoint": "죽은 ReLU 중단점",
    "Saturation breakpoint": "포화 중단점",
    "Breakpoint": "중단점",
    "the parameter {name} holds NaN/inf after an update": "갱신 후 매개변수 {name}에 NaN/inf가 있습니다",
    "the output of layer {l} ({name}) became NaN/inf in the forward pass":
        "순전파에서 층 {l} ({name})의 출력이 NaN/inf가 되었습니다",
    "the loss ({name}) became NaN/inf although every layer output was finite":
        "모든 층의 출력이 유한한데도 손실 ({name})이 NaN/inf가 되었습니다",
    "layer {l} ({name})": "층 {l} ({name})",
    "layer {l}": "층 {l}",
    "Bad numbers at {where}. ": "잘못된 수: {where}. ",
    "{kind} at {where}. ": "{kind} — 위치: {where}. ",
    " (learning rate now {lr})": " (현재 학습률 {lr})",
    "Training stopped at iteration {it}: ": "반복 {it}에서 학습이 멈췄습니다: ",
    "Training stopped in epoch {ep}: ": "에폭 {ep}에서 학습이 멈췄습니다: ",
    "Training stopped: ": "학습이 멈췄습니다: ",
    ". The weights have grown too large or the learning rate is too high: lower the learning rate, turn on gradient "
    "clipping, or press Reset.":
        ". 가중치가 너무 커졌거나 학습률이 너무 높습니다: 학습률을 낮추거나, 기울기 클리핑을 켜거나, 초기화를 누르세요.",
    # ---------------------------------------------------------------- presenting, layouts, runs (lessons room)
    "Blank screen": "화면 가리기",
    "A black screen while you talk; any key brings the window back": "설명하는 동안 화면을 검게 가립니다. 아무 키나 누르면 돌아옵니다",
    "Layout": "배치",
    "Explore": "탐색",
    "Every panel: data, network, output and loss": "모든 패널: 데이터, 신경망, 출력, 손실",
    "The inspector large under the network": "신경망 아래에 검사기를 크게",
    "Lecture": "강의",
    "Network and output large, for a projector": "프로젝터용: 신경망과 출력을 크게",
    "Show the settings toolbar": "설정 도구 모음 보이기",
    "The hyper-parameter toolbar (hide it to give the class room)": "하이퍼파라미터 도구 모음 (숨기면 화면이 넓어집니다)",
    "lr": "학습률",
    "momentum": "모멘텀",
    "regularisation": "정규화",
    "batch": "배치",
    "sizes": "크기",
    "data": "데이터",
    "layer sizes": "층 크기",
    "activation": "활성화 함수",
    "initialisation": "초기화 방법",
    "optimizer": "옵티마이저",
    "learning rate": "학습률",
    "book's init": "책의 초기화",
    "Opening the lesson…": "수업을 여는 중…",
    "Going to step {}…": "{}단계로 가는 중…",
    "Opening {}…": "{} 여는 중…",
    "Cannot switch the language": "언어를 바꿀 수 없습니다",
})
