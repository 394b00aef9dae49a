<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../nnviz/export/dialog.py" line="50" />
            <source>Whole window</source>
            <translation>창 전체</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="50" />
            <source>Network diagram</source>
            <translation>신경망 다이어그램</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="50" />
            <source>Decision boundary</source>
            <translation>결정 경계</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="51" />
            <source>Loss and accuracy</source>
            <translation>손실과 정확도</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="51" />
            <source>Lesson panel</source>
            <translation>수업 패널</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="213" />
            <source>Iteration {i} · forward: {name} (layer {k})</source>
            <translation>반복 {i} · 순전파: {name} ({k}층)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="215" />
            <source>Iteration {i} · loss {v}</source>
            <translation>반복 {i} · 손실 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="217" />
            <source>Iteration {i} · backward: {name}</source>
            <translation>반복 {i} · 역전파: {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="219" />
            <source>Iteration {i} · update {p} of layer {k}</source>
            <translation>반복 {i} · {k}층 {p} 갱신</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="220" />
            <location filename="../../nnviz/export/dialog.py" line="282" />
            <source>Iteration {i}</source>
            <translation>반복 {i}</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="285" />
            <source>Writing the animation…</source>
            <translation>애니메이션을 쓰는 중…</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="285" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="286" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="300" />
            <source>Frame {k} of {n}</source>
            <translation>프레임 {k}/{n}</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="306" />
            <source>Export cancelled; nothing was written.</source>
            <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="80" />
            <source>Input x = {x}</source>
            <translation>입력 x = {x}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="92" />
            <source>Layer {k}: a{k} = {formula} = {v}</source>
            <translation>{k}층: a{k} = {formula} = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="95" />
            <source>Layer {k}: z{k} = {f}(a{k}) = {v}</source>
            <translation>{k}층: z{k} = {f}(a{k}) = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="101" />
            <source>Softmax computed naively, exp(a) / Σ exp(a): {v}</source>
            <translation>소프트맥스를 식 그대로 계산, exp(a) / Σ exp(a): {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="102" />
            <source>Softmax computed stably, exp(a − max a) / Σ exp(a − max a): {v}</source>
            <translation>소프트맥스를 안정적으로 계산, exp(a − max a) / Σ exp(a − max a): {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="107" />
            <source>Output y = {v}</source>
            <translation>출력 y = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="110" />
            <source>Target t = {v}</source>
            <translation>정답 t = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="117" />
            <source>Error per output ½(t − y)² = {v}</source>
            <translation>출력별 오차 ½(t − y)² = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="118" />
            <source>Loss E = {v}</source>
            <translation>손실 E = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="119" />
            <source>Weights (x @ W: W[i, j] joins input i to neuron j):</source>
            <translation>가중치 (x @ W: W[i, j]는 입력 i와 뉴런 j를 잇습니다):</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="126" />
            <source>after {n} update(s)</source>
            <translation>갱신 {n}번 후</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="17" />
            <source>Data set</source>
            <translation>데이터 세트</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="17" />
            <source>Noise</source>
            <translation>잡음</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="17" />
            <source>Classes</source>
            <translation>클래스</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="17" />
            <source>Test data</source>
            <translation>테스트 데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="18" />
            <source>Input features</source>
            <translation>입력 특성</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="18" />
            <source>Adding points</source>
            <translation>점 추가</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="18" />
            <source>Layers and neurons</source>
            <translation>층과 뉴런</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="19" />
            <source>Activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="19" />
            <source>Output layer</source>
            <translation>출력층</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="19" />
            <source>Loss function</source>
            <translation>손실 함수</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="20" />
            <source>Initialiser</source>
            <translation>초기화 방법</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="20" />
            <source>Biases</source>
            <translation>편향</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="20" />
            <source>New random points</source>
            <translation>새 무작위 점</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="20" />
            <source>Precision</source>
            <translation>정밀도</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="21" />
            <source>Editing weights</source>
            <translation>가중치 수정</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="21" />
            <source>Optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="21" />
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="22" />
            <source>Batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="22" />
            <source>Momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="22" />
            <source>Regularization</source>
            <translation>정규화</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="23" />
            <source>Reg. rate</source>
            <translation>정규화 계수</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="23" />
            <source>Gradient clipping</source>
            <translation>기울기 제한</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="23" />
            <source>Speed</source>
            <translation>속도</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="24" />
            <source>Step buttons</source>
            <translation>단계 버튼</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="24" />
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="24" />
            <source>Reset</source>
            <translation>초기화</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="24" />
            <source>Saving</source>
            <translation>저장</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="25" />
            <source>Opening files</source>
            <translation>파일 열기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="37" />
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="37" />
            <source>Network</source>
            <translation>신경망</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="37" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/controls.py" line="38" />
            <source>Buttons</source>
            <translation>버튼</translation>
        </message>
        <message>
            <location filename="../../nnviz/crashlog.py" line="157" />
            <source>nnviz: something went wrong</source>
            <translation>nnviz: 문제가 생겼습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/crashlog.py" line="158" />
            <source>Something went wrong: {error}</source>
            <translation>문제가 생겼습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../nnviz/crashlog.py" line="161" />
            <source>nnviz keeps running, but what you just did may not have finished. The details are in the log file {path}; please include them when you report the problem.</source>
            <translation>nnviz는 계속 실행되지만 방금 한 작업이 끝나지 않았을 수 있습니다. 자세한 내용은 로그 파일 {path}에 있습니다. 문제를 알릴 때 함께 보내 주세요.</translation>
        </message>
        <message>
            <location filename="../../nnviz/crashlog.py" line="163" />
            <source>nnviz keeps running, but what you just did may not have finished.</source>
            <translation>nnviz는 계속 실행되지만 방금 한 작업이 끝나지 않았을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/crashlog.py" line="165" />
            <source>Copy details</source>
            <translation>자세한 내용 복사</translation>
        </message>
        <message>
            <location filename="../../nnviz/frames.py" line="54" />
            <source>This view could not draw: {error}</source>
            <translation>이 화면을 그리지 못했습니다: {error}</translation>
        </message>
        <message>
            <location filename="../../nnviz/frames.py" line="58" />
            <source>The other views go on. The details are in the log (Help &gt; Open log folder).</source>
            <translation>다른 화면은 계속 그려집니다. 자세한 내용은 로그에 있습니다 (도움말 &gt; 로그 폴더 열기).</translation>
        </message>
    </context>
    <context>
        <name>About</name>
        <message>
            <location filename="../../nnviz/about.py" line="30" />
            <source>The MIT licence (the LICENSE file is not installed).</source>
            <translation>MIT 라이선스 (LICENSE 파일이 설치되어 있지 않습니다).</translation>
        </message>
        <message>
            <location filename="../../nnviz/about.py" line="39" />
            <source>Watch a neural network learn: the forward and backward pass, the loss and the decision boundary.</source>
            <translation>신경망이 학습하는 모습을 봅니다: 순전파와 역전파, 손실, 결정 경계.</translation>
        </message>
        <message>
            <location filename="../../nnviz/about.py" line="41" />
            <source>Licence: {} (the full text is under Show Details).</source>
            <translation>라이선스: {} (전문은 '자세한 정보 표시'에 있습니다).</translation>
        </message>
        <message>
            <location filename="../../nnviz/about.py" line="42" />
            <source>Files: {}</source>
            <translation>파일: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/about.py" line="43" />
            <source>Settings: {}</source>
            <translation>설정: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/about.py" line="59" />
            <source>About nnviz</source>
            <translation>nnviz 정보</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../nnviz/app.py" line="68" />
            <source>Some of nnviz's files are missing</source>
            <translation>nnviz의 파일 일부가 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/app.py" line="69" />
            <source>nnviz works, but without these:</source>
            <translation>nnviz는 동작하지만, 다음이 없습니다:</translation>
        </message>
    </context>
    <context>
        <name>BoundaryMaps</name>
        <message>
            <location filename="../../nnviz/views/boundary_maps.py" line="42" />
            <source>activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary_maps.py" line="46" />
            <source>feature value</source>
            <translation>특성 값</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary_maps.py" line="49" />
            <source>output</source>
            <translation>출력</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary_maps.py" line="75" />
            <source>input {name}</source>
            <translation>입력 {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary_maps.py" line="91" />
            <source>neuron {u} of hidden layer {h} ({act})</source>
            <translation>은닉층 {h}의 뉴런 {u} ({act})</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary_maps.py" line="97" />
            <source>output neuron {u}</source>
            <translation>출력 뉴런 {u}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary_maps.py" line="104" />
            <source>output neuron {u}: probability of class {c}</source>
            <translation>출력 뉴런 {u}: 클래스 {c}일 확률</translation>
        </message>
    </context>
    <context>
        <name>BoundaryView</name>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="436" />
            <source>network output is not a number</source>
            <translation>신경망 출력이 숫자가 아닙니다 (NaN)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="291" />
            <location filename="../../nnviz/views/boundary.py" line="321" />
            <source>train {n}</source>
            <translation>훈련 {n}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="323" />
            <source>test {n}</source>
            <translation>테스트 {n}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="325" />
            <source>misclassified: {a} of {n} train, {b} of {m} test</source>
            <translation>잘못 분류: 훈련 {n}개 중 {a}개, 테스트 {m}개 중 {b}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="326" />
            <source>misclassified: {a} of {n}</source>
            <translation>잘못 분류: {n}개 중 {a}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="338" />
            <source>no input plane to draw (the data has one input)</source>
            <translation>그릴 입력 평면이 없습니다 (입력이 하나뿐입니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="340" />
            <source>no input plane to draw (the data has more than two inputs)</source>
            <translation>그릴 입력 평면이 없습니다 (입력이 셋 이상입니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="345" />
            <source>network output</source>
            <translation>신경망 출력</translation>
        </message>
    </context>
    <context>
        <name>Breakpoints</name>
        <message>
            <location filename="../../nnviz/model/messages.py" line="18" />
            <source>forward stage</source>
            <translation>순전파 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="19" />
            <source>loss stage</source>
            <translation>손실 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="20" />
            <source>backward stage</source>
            <translation>역전파 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="21" />
            <source>update stage</source>
            <translation>갱신 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="22" />
            <source>Bad numbers</source>
            <translation>잘못된 수</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="23" />
            <source>Gradient norm breakpoint</source>
            <translation>기울기 노름 중단점</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="24" />
            <source>Loss rise breakpoint</source>
            <translation>손실 상승 중단점</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="25" />
            <source>Dead ReLU breakpoint</source>
            <translation>죽은 ReLU 중단점</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="26" />
            <source>Saturation breakpoint</source>
            <translation>포화 중단점</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="49" />
            <source>layer {l} ({name})</source>
            <translation>층 {l} ({name})</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="50" />
            <source>layer {l}</source>
            <translation>층 {l}</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="54" />
            <source>Bad numbers at {where}. </source>
            <translation>잘못된 수: {where}. </translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="55" />
            <source>Breakpoint</source>
            <translation>중단점</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="57" />
            <source>{kind} at {where}. </source>
            <translation>{kind} — 위치: {where}. </translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="62" />
            <source> (learning rate now {lr})</source>
            <translation> (현재 학습률 {lr})</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="93" />
            <source>carrying out a command</source>
            <translation>명령을 실행하는</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="94" />
            <source>training</source>
            <translation>학습하는</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="95" />
            <source>preparing the picture</source>
            <translation>화면을 준비하는</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="96" />
            <source>preparing the stage view</source>
            <translation>단계 화면을 준비하는</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="97" />
            <source>starting the session</source>
            <translation>세션을 시작하는</translation>
        </message>
        <message>
            <location filename="../../nnviz/model/messages.py" line="102" />
            <source>Something went wrong while {where} ({error}). Training is paused and the window keeps working; the details are in the log (Help &gt; Open log folder).</source>
            <translation>{where} 중에 문제가 생겼습니다 ({error}). 학습은 일시 정지되었고 창은 계속 동작합니다. 자세한 내용은 로그에 있습니다 (도움말 &gt; 로그 폴더 열기).</translation>
        </message>
    </context>
    <context>
        <name>BreakpointsDialog</name>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="115" />
            <source>Breakpoints</source>
            <translation>중단점</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="116" />
            <source>a value turns NaN or infinite (pause on that stage)</source>
            <translation>값이 NaN이나 무한대가 되면 (그 단계에서 멈춤)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="117" />
            <source>the gradient norm exceeds</source>
            <translation>기울기 노름이 다음 값을 넘으면</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="118" />
            <source>the mean loss rises by a factor of</source>
            <translation>평균 손실이 다음 배수만큼 커지면</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="119" />
            <source>more than this % of a ReLU layer is dead</source>
            <translation>ReLU 층에서 죽은 뉴런이 이 비율(%)을 넘으면</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="120" />
            <source>more than this % of a sigmoid/tanh layer is saturated</source>
            <translation>sigmoid/tanh 층에서 포화된 뉴런이 이 비율(%)을 넘으면</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="121" />
            <source>over a window of</source>
            <translation>구간 길이</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="122" />
            <source>iterations</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="123" />
            <source>Training pauses on the stage where the condition first holds and the message says where and why. Each condition other than NaN stops once when it starts.</source>
            <translation>조건이 처음 성립한 단계에서 학습이 멈추고, 어디서 왜 멈췄는지 메시지로 알려 줍니다. NaN을 뺀 조건은 성립하기 시작할 때 한 번만 멈춥니다.</translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="261" />
            <source>Opening the lesson…</source>
            <translation>수업을 여는 중…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="265" />
            <source>Cannot open this lesson</source>
            <translation>이 수업을 열 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="268" />
            <source>lesson opened: {}</source>
            <translation>수업을 열었습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="410" />
            <source>Cannot switch the language</source>
            <translation>언어를 바꿀 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="452" />
            <source>Exported {} ({} frames)</source>
            <translation>내보냈습니다: {} (프레임 {}개)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="455" />
            <source>Export failed</source>
            <translation>내보내기에 실패했습니다</translation>
        </message>
    </context>
    <context>
        <name>ClassroomTexts</name>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="15" />
            <source>Save session</source>
            <translation>세션 저장</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="16" />
            <source>Save the session (network, optimizer, data, history) to its file</source>
            <translation>세션(신경망, 옵티마이저, 데이터, 기록)을 파일에 저장합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="17" />
            <source>Open…</source>
            <translation>열기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="17" />
            <source>Open a saved session or a lesson file</source>
            <translation>저장한 세션이나 수업 파일을 엽니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="18" />
            <source>Save session as…</source>
            <translation>다른 이름으로 세션 저장…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="18" />
            <source>Save the session to a new file</source>
            <translation>세션을 새 파일에 저장합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="19" />
            <source>Save as lesson…</source>
            <translation>수업으로 저장…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="20" />
            <source>Save this state as a lesson, choosing which controls students see</source>
            <translation>지금 상태를 수업으로 저장하고 학생에게 보일 조작 항목을 고릅니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="21" />
            <location filename="../../nnviz/classroom/texts.py" line="65" />
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="21" />
            <source>Save a picture, a drawing or an animation</source>
            <translation>그림, 벡터 도면, 애니메이션으로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="22" />
            <source>Start page…</source>
            <translation>시작 페이지…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="22" />
            <source>The lessons, to pick one</source>
            <translation>수업 목록에서 하나를 고릅니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="23" />
            <source>Close lesson</source>
            <translation>수업 닫기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="23" />
            <source>Leave the lesson and show every control</source>
            <translation>수업을 끝내고 모든 조작 항목을 보입니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="24" />
            <source>Next lesson step</source>
            <translation>수업 다음 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="24" />
            <source>Run the lesson's next step</source>
            <translation>수업의 다음 단계를 실행합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="25" />
            <source>Previous lesson step</source>
            <translation>수업 이전 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="25" />
            <source>Back to the lesson's step before</source>
            <translation>수업의 이전 단계로 돌아갑니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="26" />
            <source>Presenter mode</source>
            <translation>발표 모드</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="26" />
            <source>Large type and controls, full screen</source>
            <translation>큰 글자와 큰 조작 항목, 전체 화면</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="27" />
            <source>Full screen</source>
            <translation>전체 화면</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="27" />
            <source>Fill the screen</source>
            <translation>화면을 가득 채웁니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="28" />
            <source>High contrast</source>
            <translation>고대비</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="29" />
            <source>Black and white with strong borders, for a washed-out projector</source>
            <translation>흐린 프로젝터를 위한 또렷한 흑백과 굵은 테두리</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="30" />
            <source>Faster</source>
            <translation>빠르게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="30" />
            <source>Train faster</source>
            <translation>학습을 더 빠르게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="31" />
            <source>Slower</source>
            <translation>느리게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="31" />
            <source>Train slower</source>
            <translation>학습을 더 느리게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="32" />
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="32" />
            <source>Every key, in a list</source>
            <translation>모든 단축키 목록</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="33" />
            <source>About nnviz</source>
            <translation>nnviz 정보</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="34" />
            <source>Blank screen</source>
            <translation>화면 가리기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="35" />
            <source>A black screen while you talk; any key brings the window back</source>
            <translation>설명하는 동안 화면을 검게 가립니다. 아무 키나 누르면 돌아옵니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="36" />
            <source>Follow the system</source>
            <translation>시스템 설정 따르기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="37" />
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="38" />
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="39" />
            <source>Orange and blue (Playground)</source>
            <translation>주황과 파랑 (Playground)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="40" />
            <source>Colour-blind safe (blue and red)</source>
            <translation>색각 이상에 안전한 색 (파랑과 빨강)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="41" />
            <source>Strong (dark blue and vermillion)</source>
            <translation>진한 색 (짙은 파랑과 주홍)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="44" />
            <source>Recent files</source>
            <translation>최근 파일</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="45" />
            <source>Presenter scale</source>
            <translation>발표 배율</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="46" />
            <source>Theme</source>
            <translation>테마</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="47" />
            <source>Colours</source>
            <translation>색</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="48" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="49" />
            <source>&amp;Lessons</source>
            <translation>수업(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/texts.py" line="50" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
    </context>
    <context>
        <name>DataPanel</name>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="179" />
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="183" />
            <source>Noise</source>
            <translation>잡음</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="184" />
            <source>Test data</source>
            <translation>테스트 데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="186" />
            <source>Number of spiral arms (classes)</source>
            <translation>나선 팔의 개수 (클래스 수)</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="185" />
            <source>Classes</source>
            <translation>클래스</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="187" />
            <source>Regenerate</source>
            <translation>다시 만들기</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="188" />
            <source>New random points (a new seed)</source>
            <translation>새 무작위 점 (새 시드)</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="189" />
            <source>Import CSV…</source>
            <translation>CSV 가져오기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="190" />
            <source>Numbers in columns, the label in the last column</source>
            <translation>열마다 숫자, 마지막 열은 레이블</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="191" />
            <source>Click to add points</source>
            <translation>클릭해서 점 추가</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="192" />
            <source>click: add · shift-click: another class · right-click: remove</source>
            <translation>클릭: 추가 · Shift+클릭: 다른 클래스 · 오른쪽 클릭: 삭제</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="172" />
            <source>the spiral now has {} arms</source>
            <translation>나선의 팔이 이제 {}개입니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="212" />
            <source>the data set changed to {}</source>
            <translation>데이터 세트가 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="229" />
            <source>noise is {} %, test data {} %</source>
            <translation>잡음 {} %, 테스트 데이터 {} %</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="234" />
            <source>new points were generated</source>
            <translation>새 점을 만들었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="237" />
            <source>Import CSV</source>
            <translation>CSV 가져오기</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="238" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="249" />
            <source>This file cannot be used</source>
            <translation>이 파일은 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="280" />
            <source>value {:+g}</source>
            <translation>값 {:+g}</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="283" />
            <source>class {}</source>
            <translation>클래스 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="355" />
            <source>data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="355" />
            <source>custom</source>
            <translation>직접 만든 데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="355" />
            <source>csv</source>
            <translation>CSV 파일</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="360" />
            <source>{} classes</source>
            <translation>클래스 {}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="361" />
            <source>regression</source>
            <translation>회귀</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="362" />
            <source>{}: {} training + {} test points, {}</source>
            <translation>{}: 훈련 점 {}개 + 테스트 점 {}개, {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="7" />
            <source>spiral</source>
            <translation>나선</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="7" />
            <source>circle</source>
            <translation>원</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="8" />
            <source>xor</source>
            <translation>XOR</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="8" />
            <source>gauss</source>
            <translation>가우스</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="9" />
            <source>2 spirals</source>
            <translation>두 나선</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="9" />
            <source>plane</source>
            <translation>평면</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="10" />
            <source>bumps</source>
            <translation>봉우리</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="10" />
            <source>moons</source>
            <translation>반달</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="14" />
            <source>The book's spiral: 2 to 6 interleaved arms, one class per arm.</source>
            <translation>책의 나선 데이터: 서로 얽힌 팔 2~6개, 팔마다 클래스 하나.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="15" />
            <source>A disc of one class inside a ring of the other (Playground).</source>
            <translation>한 클래스의 원판을 다른 클래스의 고리가 둘러쌉니다 (Playground).</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="16" />
            <source>Four quadrants; opposite quadrants share a class (Playground).</source>
            <translation>네 사분면, 마주 보는 사분면이 같은 클래스입니다 (Playground).</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="17" />
            <source>Two Gaussian clouds around (2, 2) and (-2, -2); noise widens them (Playground).</source>
            <translation>(2, 2)와 (-2, -2) 주위의 가우스 점 구름 두 개, 잡음을 키우면 넓게 퍼집니다 (Playground).</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="18" />
            <source>Two spiral arms wound around each other (Playground).</source>
            <translation>서로 감긴 나선 팔 두 개 (Playground).</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="19" />
            <source>Regression: the target rises linearly along x1 + x2 (Playground).</source>
            <translation>회귀: 목표값이 x1 + x2를 따라 선형으로 커집니다 (Playground).</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="20" />
            <source>Regression: six positive and negative bumps (Playground).</source>
            <translation>회귀: 양과 음의 봉우리 여섯 개 (Playground).</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="21" />
            <source>The AND gate: four corner points, one line separates them.</source>
            <translation>AND 게이트: 네 꼭짓점, 직선 하나로 나뉩니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="22" />
            <source>The OR gate: four corner points, one line separates them.</source>
            <translation>OR 게이트: 네 꼭짓점, 직선 하나로 나뉩니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="23" />
            <source>The NAND gate: four corner points, one line separates them.</source>
            <translation>NAND 게이트: 네 꼭짓점, 직선 하나로 나뉩니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="24" />
            <source>The XOR gate: no single line separates it; it needs a hidden layer.</source>
            <translation>XOR 게이트: 직선 하나로는 나눌 수 없어 은닉층이 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="25" />
            <source>Two interleaving half circles.</source>
            <translation>서로 맞물린 반원 두 개.</translation>
        </message>
    </context>
    <context>
        <name>DensityStrip</name>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="33" />
            <source>Checkpoints kept: dark = every iteration, pale = thinned (replayed on demand)</source>
            <translation>보관된 체크포인트: 진한 부분 = 모든 반복, 옅은 부분 = 일부만 보관 (필요할 때 다시 계산)</translation>
        </message>
    </context>
    <context>
        <name>DiagramPaint</name>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="74" />
            <source>weight w</source>
            <translation>가중치 w</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="74" />
            <source>gradient ∂E/∂w</source>
            <translation>기울기 ∂E/∂w</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="75" />
            <source>update Δw</source>
            <translation>갱신량 Δw</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="167" />
            <source>{n} inputs</source>
            <translation>입력 {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="167" />
            <source>1 input</source>
            <translation>입력 1개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="168" />
            <source>features</source>
            <translation>특성</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="171" />
            <source>{n} neurons</source>
            <translation>뉴런 {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="171" />
            <source>1 neuron</source>
            <translation>뉴런 1개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="174" />
            <source>output</source>
            <translation>출력</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_paint.py" line="175" />
            <source>layer {k} · {what}</source>
            <translation>층 {k} · {what}</translation>
        </message>
    </context>
    <context>
        <name>DiagramPointer</name>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="99" />
            <location filename="../../nnviz/views/diagram_pointer.py" line="126" />
            <source>not a number</source>
            <translation>숫자가 아님</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="102" />
            <source>gradient {g}</source>
            <translation>기울기 {g}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="103" />
            <source>click to edit</source>
            <translation>클릭해서 수정</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="116" />
            <source>click to turn off</source>
            <translation>클릭해서 끄기</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="116" />
            <source>click to use</source>
            <translation>클릭해서 사용</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="119" />
            <source>neuron {u} of hidden layer {h}</source>
            <translation>은닉층 {h}의 뉴런 {u}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="120" />
            <source>output {name}</source>
            <translation>출력 {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="125" />
            <source>bias {b}</source>
            <translation>편향 {b}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_pointer.py" line="189" />
            <source>“{t}” is not a number; type e.g. -0.5</source>
            <translation>“{t}”은(는) 숫자가 아닙니다. 예: -0.5</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="412" />
            <location filename="../../nnviz/export/dialog.py" line="479" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="413" />
            <source>What to write</source>
            <translation>내보낼 형식</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="414" />
            <source>Picture (PNG)</source>
            <translation>그림 (PNG)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="415" />
            <source>Vector drawing of the network diagram (SVG)</source>
            <translation>신경망 다이어그램의 벡터 도면 (SVG)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="416" />
            <source>Animation (GIF)</source>
            <translation>애니메이션 (GIF)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="417" />
            <source>Video (MP4)</source>
            <translation>동영상 (MP4)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="419" />
            <source>MP4 needs the video encoder: pip install imageio-ffmpeg</source>
            <translation>MP4에는 동영상 인코더가 필요합니다: pip install imageio-ffmpeg</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="420" />
            <source>Picture</source>
            <translation>그림</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="421" />
            <source>Show</source>
            <translation>대상</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="422" />
            <source>Scale</source>
            <translation>배율</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="423" />
            <source>Animation</source>
            <translation>애니메이션</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="424" />
            <source>Frames of</source>
            <translation>프레임 내용</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="424" />
            <source>From iteration</source>
            <translation>시작 반복</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="424" />
            <source>To iteration</source>
            <translation>끝 반복</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="425" />
            <source>Every</source>
            <translation>간격</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="425" />
            <source>View</source>
            <translation>화면</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="425" />
            <source>Width (px)</source>
            <translation>너비 (px)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="426" />
            <source>Frames per second</source>
            <translation>초당 프레임 수</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="428" />
            <source>Height (px)</source>
            <translation>높이 (px)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="429" />
            <source> iterations</source>
            <translation> 반복마다</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="432" />
            <source>a range of iterations, trained again from the start</source>
            <translation>반복 구간 (처음부터 다시 학습)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="433" />
            <source>the next iteration, stage by stage</source>
            <translation>다음 반복을 단계별로</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="436" />
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="437" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="477" />
            <source>PNG pictures (*.png)</source>
            <translation>PNG 그림 (*.png)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="477" />
            <source>SVG drawings (*.svg)</source>
            <translation>SVG 도면 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="478" />
            <source>GIF animations (*.gif)</source>
            <translation>GIF 애니메이션 (*.gif)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="478" />
            <source>MP4 videos (*.mp4)</source>
            <translation>MP4 동영상 (*.mp4)</translation>
        </message>
        <message>
            <location filename="../../nnviz/export/dialog.py" line="505" />
            <source>Export failed</source>
            <translation>내보내기에 실패했습니다</translation>
        </message>
    </context>
    <context>
        <name>GradCheckDialog</name>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="66" />
            <source>Gradient check</source>
            <translation>기울기 확인</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="68" />
            <source>Each parameter's gradient from backpropagation is compared with a numerical one (central differences of the loss on the current batch). A relative error below the threshold passes: backprop is computing the true gradient.</source>
            <translation>역전파로 구한 매개변수마다의 기울기를 수치 미분(현재 배치 손실의 중앙 차분)과 비교합니다. 상대 오차가 기준보다 작으면 통과입니다: 역전파가 올바른 기울기를 계산하고 있다는 뜻입니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="71" />
            <source>Check again</source>
            <translation>다시 확인</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="75" />
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="80" />
            <source>checking…</source>
            <translation>확인하는 중…</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="96" />
            <source>layer</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="96" />
            <source>parameter</source>
            <translation>매개변수</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="96" />
            <source>shape</source>
            <translation>형상</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="97" />
            <source>max relative error</source>
            <translation>최대 상대 오차</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="97" />
            <source>max absolute error</source>
            <translation>최대 절대 오차</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="98" />
            <source>result</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="103" />
            <source>pass</source>
            <translation>통과</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="103" />
            <source>FAIL</source>
            <translation>실패</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="110" />
            <source>PASSED: backprop matches the numerical gradients</source>
            <translation>통과: 역전파 기울기가 수치 미분과 일치합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="111" />
            <source>FAILED: backprop's gradients differ from the numerical ones</source>
            <translation>실패: 역전파 기울기가 수치 미분과 다릅니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/gradcheck.py" line="112" />
            <source>{head} (worst relative error {w:.2g}, threshold {t:g}; {p} parameters, batch of {n} at iteration {it}, {s:.2f} s)</source>
            <translation>{head} (최대 상대 오차 {w:.2g}, 기준 {t:g}; 매개변수 {p}개, 반복 {it}의 배치 {n}개, {s:.2f}초)</translation>
        </message>
    </context>
    <context>
        <name>GraphicsScene</name>
        <message>
            <location filename="../../nnviz/classroom/extra_strings.py" line="29" />
            <source>Export...</source>
            <translation>내보내기…</translation>
        </message>
    </context>
    <context>
        <name>HealthMixin</name>
        <message>
            <location filename="../../nnviz/window_health.py" line="21" />
            <source>The training thread has stopped. Training and the views are frozen; Restart training starts it again from the last state shown.</source>
            <translation>학습 스레드가 멈췄습니다. 학습과 화면이 멈춰 있습니다. '학습 다시 시작'을 누르면 마지막으로 보인 상태에서 다시 시작합니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_health.py" line="23" />
            <source>The training thread has not answered for {:.0f} s (a very large network, or a problem). Wait, or Restart training from the last state shown.</source>
            <translation>학습 스레드가 {:.0f}초 동안 응답하지 않습니다 (아주 큰 신경망이거나 문제가 있습니다). 기다리거나, 마지막으로 보인 상태에서 '학습 다시 시작'을 누르세요.</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_health.py" line="45" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_health.py" line="54" />
            <source>Open log folder</source>
            <translation>로그 폴더 열기</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_health.py" line="55" />
            <source>The folder of nnviz's log files (for a problem report)</source>
            <translation>nnviz 로그 파일이 있는 폴더 (문제 보고용)</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_health.py" line="59" />
            <source>Could not open {}</source>
            <translation>{}을(를) 열 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>HistogramsView</name>
        <message>
            <location filename="../../nnviz/stepthrough/histograms.py" line="49" />
            <source>weights (W and b)</source>
            <translation>가중치 (W와 b)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/histograms.py" line="50" />
            <source>gradients dL/dW, dL/db</source>
            <translation>기울기 dL/dW, dL/db</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/histograms.py" line="52" />
            <location filename="../../nnviz/stepthrough/histograms.py" line="74" />
            <source>layer {k}</source>
            <translation>{k}층</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/histograms.py" line="123" />
            <source>{n} nan</source>
            <translation>NaN {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/histograms.py" line="124" />
            <source>{n} +inf</source>
            <translation>+inf {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/histograms.py" line="125" />
            <source>{n} −inf</source>
            <translation>−inf {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/histograms.py" line="127" />
            <source>{values} not shown</source>
            <translation>{values}는 그리지 않음</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="193" />
            <source>Press → (Step stage) to run the next iteration stage by stage: forward through each layer, the loss, backward, the update.</source>
            <translation>→ (단계 실행)을 누르면 다음 반복을 단계별로 실행합니다: 층마다 순전파, 손실, 역전파, 갱신.</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="195" />
            <source>Node</source>
            <translation>노드</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="196" />
            <source>Click a neuron in the network to see how it computes its value.</source>
            <translation>신경망의 뉴런을 클릭하면 그 값을 어떻게 계산하는지 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="197" />
            <source>Layer</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="216" />
            <source>Iteration {it} · stage {k} of {n}: {what}</source>
            <translation>반복 {it} · 단계 {k}/{n}: {what}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="219" />
            <source>sample {s} of the batch</source>
            <translation>배치의 샘플 {s}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="220" />
            <source>not in this batch</source>
            <translation>이 배치에 없음</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="221" />
            <source>traced point #{r} ({where})</source>
            <translation>추적하는 점 #{r} ({where})</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="233" />
            <source>Input {name}</source>
            <translation>입력 {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="236" />
            <source>Neuron {u} of hidden layer {h}</source>
            <translation>은닉층 {h}의 뉴런 {u}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="245" />
            <source>(no neuron selected: click one in the network; showing neuron 1 of the stage's layer)</source>
            <translation>(선택한 뉴런 없음: 신경망에서 하나를 클릭하세요. 지금 단계 층의 뉴런 1을 보여 줍니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="270" />
            <source>this neuron is not in the network shown</source>
            <translation>이 뉴런은 보이는 신경망에 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="276" />
            <source>not reached yet</source>
            <translation>아직 도달하지 않음</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="282" />
            <location filename="../../nnviz/stepthrough/inspector.py" line="284" />
            <source>this input is not used by the network</source>
            <translation>신경망이 이 입력을 쓰지 않습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="289" />
            <source>not reached yet: the forward pass has not come to this layer</source>
            <translation>아직 도달하지 않음: 순전파가 이 층에 오지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="255" />
            <location filename="../../nnviz/stepthrough/inspector.py" line="294" />
            <source>Forward</source>
            <translation>순전파</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="235" />
            <source>Output neuron {u} (layer {k})</source>
            <translation>출력 뉴런 {u} (층 {k})</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="255" />
            <location filename="../../nnviz/stepthrough/inspector.py" line="302" />
            <source>Loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="255" />
            <location filename="../../nnviz/stepthrough/inspector.py" line="308" />
            <source>Backward</source>
            <translation>역전파</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="255" />
            <location filename="../../nnviz/stepthrough/inspector.py" line="314" />
            <source>Update</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="298" />
            <source>(z = h(a) comes at the next stage)</source>
            <translation>(z = h(a)는 다음 단계에서 계산합니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="334" />
            <source>the traced point is not in this batch: gradients exist for the batch's points only</source>
            <translation>추적하는 점이 이 배치에 없습니다: 기울기는 배치에 든 점에만 있습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="360" />
            <source>… ({n} more incoming weights)</source>
            <translation>… (들어오는 가중치 {n}개 더)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="428" />
            <source>Layer {l}: {name} (forward)</source>
            <translation>{l}층: {name} (순전파)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="443" />
            <source>The loss ({name})</source>
            <translation>손실 ({name})</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="452" />
            <source>Backward from the loss ({name})</source>
            <translation>손실에서 시작하는 역전파 ({name})</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="454" />
            <source>dL/d(scores) = what the loss layer sends back, per sample</source>
            <translation>dL/d(점수) = 손실 계층이 샘플마다 되돌려 보내는 값</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="456" />
            <source>Layer {l}: {name} (backward)</source>
            <translation>{l}층: {name} (역전파)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="459" />
            <source>dL/da = dL/dz × h′(a), element by element</source>
            <translation>dL/da = dL/dz × h′(a), 원소별 곱</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="461" />
            <source>dL/dW = xᵀ × dL/da;  dL/db = Σ over the batch of dL/da;  dL/dx = dL/da × Wᵀ</source>
            <translation>dL/dW = xᵀ × dL/da;  dL/db = 배치에 대한 dL/da의 합 Σ;  dL/dx = dL/da × Wᵀ</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="463" />
            <source>dL/dW = xᵀ × dL/da;  dL/dx = dL/da × Wᵀ</source>
            <translation>dL/dW = xᵀ × dL/da;  dL/dx = dL/da × Wᵀ</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="483" />
            <source>Update of {name}{d} (layer {l})</source>
            <translation>{name}{d} 갱신 ({l}층)</translation>
        </message>
    </context>
    <context>
        <name>InspectorText</name>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="200" />
            <source>(the diagonal of its Jacobian)</source>
            <translation>(야코비 행렬의 대각 성분)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="37" />
            <source>a is a score: the loss layer turns the scores into the network's answer</source>
            <translation>a는 점수입니다: 손실 층이 점수를 신경망의 답으로 바꿉니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="45" />
            <source>Affine</source>
            <translation>완전연결 Affine</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="45" />
            <source>MatMul</source>
            <translation>행렬곱 MatMul</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="46" />
            <source>Sigmoid</source>
            <translation>시그모이드</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="46" />
            <source>Tanh</source>
            <translation>쌍곡탄젠트 tanh</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="47" />
            <source>ReLU</source>
            <translation>렐루 ReLU</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="47" />
            <source>LeakyReLU</source>
            <translation>리키 렐루</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="48" />
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="48" />
            <source>Identity</source>
            <translation>항등 함수</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="49" />
            <source>Softmax</source>
            <translation>소프트맥스</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="49" />
            <source>SoftmaxWithLoss</source>
            <translation>소프트맥스-손실 Softmax-with-Loss</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="50" />
            <source>SigmoidWithLoss</source>
            <translation>시그모이드-손실 Sigmoid-with-Loss</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="50" />
            <source>MSELoss</source>
            <translation>평균제곱오차 손실 MSE</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="162" />
            <source>(the {k} largest of {n} terms; a sums all of them)</source>
            <translation>(항 {n}개 중 큰 {k}개; a는 모든 항의 합입니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="209" />
            <source>(from the loss layer)</source>
            <translation>(손실 층에서 옴)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="211" />
            <source>for sample {n}; the layer's gradients add these up over the {batch} samples of the batch</source>
            <translation>표본 {n}의 값; 층의 기울기는 배치의 표본 {batch}개에 대해 이 값들을 더합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="214" />
            <source>;  summed over the batch: {v}</source>
            <translation>;  배치 전체의 합: {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="225" />
            <source>;  with regularisation: {v}</source>
            <translation>;  정규화 포함: {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="228" />
            <source>… (the {k} largest of {n} weights)</source>
            <translation>… (가중치 {n}개 중 큰 {k}개)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="291" />
            <source> (input {i} → unit {j})</source>
            <translation> (입력 {i} → 뉴런 {j})</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="292" />
            <source> (unit {j})</source>
            <translation> (뉴런 {j})</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="298" />
            <source>lr_t (bias-corrected)</source>
            <translation>lr_t (편향 보정)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="302" />
            <source>… ({n} more)</source>
            <translation>… (그 밖에 {n}개)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="349" />
            <source>output y = {v}</source>
            <translation>출력 y = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="352" />
            <source>scores a = {v}</source>
            <translation>점수 a = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="353" />
            <source>probabilities y = {f}(a) = {v}</source>
            <translation>확률 y = {f}(a) = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="354" />
            <source>target t = {v}</source>
            <translation>정답 t = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="355" />
            <source>loss = {v}</source>
            <translation>손실 = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="364" />
            <source>0.5 (y − t)² per output = {v}</source>
            <translation>출력별 0.5 (y − t)² = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="369" />
            <source>L = mean over the {n} samples of the batch = {v}</source>
            <translation>L = 배치의 표본 {n}개에 대한 평균 = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/text.py" line="373" />
            <source>L = {data} + regularisation penalty {p} = {v}</source>
            <translation>L = {data} + 정규화 벌점 {p} = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/stage.py" line="111" />
            <source>forward through layer {l} ({name})</source>
            <translation>층 {l} ({name}) 순전파</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/stage.py" line="114" />
            <source>the loss ({name})</source>
            <translation>손실 ({name})</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/stage.py" line="117" />
            <source>backward from the loss ({name})</source>
            <translation>손실 ({name})에서 역전파</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/stage.py" line="118" />
            <source>backward through layer {l} ({name})</source>
            <translation>층 {l} ({name}) 역전파</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/stage.py" line="121" />
            <source>update of {name}{d} (layer {l}, {opt})</source>
            <translation>{name}{d} 갱신 (층 {l}, {opt})</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="445" />
            <source>scores a</source>
            <translation>점수 a</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="446" />
            <source>y (the network's answer)</source>
            <translation>y (신경망의 답)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="447" />
            <source>target t</source>
            <translation>정답 t</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="467" />
            <source>dL/da (from above)</source>
            <translation>dL/da (위에서 옴)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="474" />
            <source>dL/da (the scores)</source>
            <translation>dL/da (점수)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="485" />
            <source>{name} before</source>
            <translation>갱신 전 {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/inspector.py" line="486" />
            <source>{name} after</source>
            <translation>갱신 후 {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/overlay.py" line="369" />
            <source>loss: NaN/inf</source>
            <translation>손실: NaN/inf</translation>
        </message>
    </context>
    <context>
        <name>Layouts</name>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="177" />
            <source>Explore</source>
            <translation>탐색</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="177" />
            <source>Every panel: data, network, output and loss</source>
            <translation>모든 패널: 데이터, 신경망, 출력, 손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="178" />
            <source>Step-through</source>
            <translation>단계별 실행</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="178" />
            <source>The inspector large under the network</source>
            <translation>신경망 아래에 검사기를 크게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="179" />
            <source>Lecture</source>
            <translation>강의</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="179" />
            <source>Network and output large, for a projector</source>
            <translation>프로젝터용: 신경망과 출력을 크게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="181" />
            <source>Show the settings toolbar</source>
            <translation>설정 도구 모음 보이기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="182" />
            <source>The hyper-parameter toolbar (hide it to give the class room)</source>
            <translation>하이퍼파라미터 도구 모음 (숨기면 화면이 넓어집니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/presenting.py" line="184" />
            <source>Layout</source>
            <translation>배치</translation>
        </message>
    </context>
    <context>
        <name>LessonController</name>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="222" />
            <source>Going to step {}…</source>
            <translation>{}단계로 가는 중…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="318" />
            <source>data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="318" />
            <source>layer sizes</source>
            <translation>층 크기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="319" />
            <source>activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="319" />
            <source>initialisation</source>
            <translation>초기화 방법</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="320" />
            <source>optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="320" />
            <source>learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="321" />
            <source>momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="321" />
            <source>regularisation</source>
            <translation>정규화</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="330" />
            <source>the lesson changed {}</source>
            <translation>수업에서 바꾼 설정: {}</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="325" />
            <source>Close the lesson</source>
            <translation>수업 닫기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="326" />
            <source>Predict first</source>
            <translation>먼저 예측해 보세요</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="327" />
            <source>Reveal the answer</source>
            <translation>정답 보기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="328" />
            <location filename="../../nnviz/classroom/lesson_panel.py" line="404" />
            <source>Show the answer and run this step</source>
            <translation>정답을 보이고 이 단계를 실행합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="329" />
            <source>◀ Previous</source>
            <translation>◀ 이전</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="330" />
            <source>Back to the step before (the lesson is replayed to it)</source>
            <translation>이전 단계로 돌아갑니다 (수업을 그 단계까지 다시 실행합니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="331" />
            <source>Next ▶</source>
            <translation>다음 ▶</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="332" />
            <location filename="../../nnviz/classroom/lesson_panel.py" line="405" />
            <source>Run the next step and show its note</source>
            <translation>다음 단계를 실행하고 설명을 보입니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="333" />
            <source>Back to the start of the lesson</source>
            <translation>수업의 처음으로 돌아갑니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="334" />
            <source>The numbers of the example</source>
            <translation>예제의 숫자</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="335" />
            <source>Runs side by side</source>
            <translation>실행 결과 나란히 보기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="349" />
            <source>No lesson open</source>
            <translation>열린 수업이 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="373" />
            <source>Lesson {n} · step {k} of {total}</source>
            <translation>수업 {n} · 단계 {k}/{total}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="371" />
            <source>Step {k} of {total}</source>
            <translation>단계 {k}/{total}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="379" />
            <source>Ready</source>
            <translation>준비</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="380" />
            <source>Read the text above, then press Next to run the first step.</source>
            <translation>위의 글을 읽고 다음을 눌러 첫 단계를 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="382" />
            <source>Step {k}</source>
            <translation>단계 {k}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="408" />
            <source>The lesson is finished</source>
            <translation>수업이 끝났습니다</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="129" />
            <location filename="../../nnviz/views/loss_plot.py" line="294" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="130" />
            <location filename="../../nnviz/views/loss_plot.py" line="295" />
            <source>accuracy (%)</source>
            <translation>정확도 (%)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="131" />
            <location filename="../../nnviz/views/loss_plot.py" line="286" />
            <location filename="../../nnviz/views/loss_plot.py" line="572" />
            <location filename="../../nnviz/views/loss_plot.py" line="574" />
            <source>epoch</source>
            <translation>에폭</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="148" />
            <location filename="../../nnviz/views/loss_plot.py" line="575" />
            <source>per batch</source>
            <translation>배치마다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="149" />
            <location filename="../../nnviz/views/loss_plot.py" line="575" />
            <source>train</source>
            <translation>훈련</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="152" />
            <location filename="../../nnviz/views/loss_plot.py" line="576" />
            <source>test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="295" />
            <source>acc. (%)</source>
            <translation>정확도 (%)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="340" />
            <location filename="../../nnviz/views/loss_plot.py" line="518" />
            <source>no epoch finished yet</source>
            <translation>아직 끝난 에폭이 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="341" />
            <location filename="../../nnviz/views/loss_plot.py" line="529" />
            <source>epoch {e}</source>
            <translation>에폭 {e}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="345" />
            <source>loss is not a number</source>
            <translation>손실이 숫자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="347" />
            <location filename="../../nnviz/views/loss_plot.py" line="529" />
            <source>train loss {v}</source>
            <translation>훈련 손실 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="349" />
            <location filename="../../nnviz/views/loss_plot.py" line="531" />
            <source>test loss {v}</source>
            <translation>테스트 손실 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="352" />
            <location filename="../../nnviz/views/loss_plot.py" line="532" />
            <source>train accuracy {v}</source>
            <translation>훈련 정확도 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="354" />
            <location filename="../../nnviz/views/loss_plot.py" line="532" />
            <source>test accuracy {v}</source>
            <translation>테스트 정확도 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="520" />
            <location filename="../../nnviz/views/loss_plot.py" line="536" />
            <source>loss is not a number from epoch {e}</source>
            <translation>에폭 {e}부터 손실이 숫자가 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../nnviz/main_window.py" line="314" />
            <source>as fast as possible</source>
            <translation>가능한 한 빠르게</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="314" />
            <source>{} steps/s</source>
            <translation>초당 {}단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="326" />
            <location filename="../../nnviz/main_window.py" line="345" />
            <source>the network changed</source>
            <translation>신경망이 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="442" />
            <source>Not done: {}</source>
            <translation>실행하지 않았습니다: {}</translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="402" />
            <source>+ layer</source>
            <translation>+ 층</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="403" />
            <source>add a hidden layer before the output</source>
            <translation>출력층 앞에 은닉층 추가</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="404" />
            <source>− layer</source>
            <translation>− 층</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="405" />
            <source>remove the last hidden layer</source>
            <translation>마지막 은닉층 삭제</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="171" />
            <source>weight</source>
            <translation>가중치</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="406" />
            <source>new weight</source>
            <translation>새 가중치</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="384" />
            <source>{n} hidden layers</source>
            <translation>은닉층 {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="385" />
            <source>1 hidden layer</source>
            <translation>은닉층 1개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="440" />
            <source>showing {shown} of {total} edges (near-zero weights hidden)</source>
            <translation>연결 {total}개 중 {shown}개 표시 (0에 가까운 가중치는 숨김)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="443" />
            <source>showing the {shown} strongest of {total} edges</source>
            <translation>연결 {total}개 중 가장 강한 {shown}개 표시</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="446" />
            <source>{n} edges</source>
            <translation>연결 {n}개</translation>
        </message>
    </context>
    <context>
        <name>OffThread</name>
        <message>
            <location filename="../../nnviz/files/offthread.py" line="46" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
    </context>
    <context>
        <name>RunsTable</name>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="55" />
            <source>run</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="55" />
            <source>epochs</source>
            <translation>에폭</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="55" />
            <location filename="../../nnviz/classroom/runs_table.py" line="116" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="55" />
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="56" />
            <source>now</source>
            <translation>지금</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="88" />
            <source>lr</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="88" />
            <source>momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="88" />
            <source>regularisation</source>
            <translation>정규화</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="89" />
            <source>batch</source>
            <translation>배치</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="89" />
            <source>sizes</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="95" />
            <source>book's init</source>
            <translation>책의 초기화</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/runs_table.py" line="117" />
            <source>epoch</source>
            <translation>에폭</translation>
        </message>
    </context>
    <context>
        <name>SaveLessonDialog</name>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="79" />
            <location filename="../../nnviz/classroom/save_lesson.py" line="105" />
            <source>Save as lesson</source>
            <translation>수업으로 저장</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="80" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="81" />
            <source>Text for the students</source>
            <translation>학생에게 보일 글</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="82" />
            <source>What this lesson shows</source>
            <translation>이 수업에서 보여 줄 것</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="83" />
            <source>What to look at, what to try</source>
            <translation>무엇을 보고 무엇을 해 볼지</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="84" />
            <source>Hide these controls from students</source>
            <translation>학생에게 숨길 조작 항목</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="89" />
            <source>Save…</source>
            <translation>저장…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="90" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="106" />
            <source>Lessons (*{})</source>
            <translation>수업 (*{})</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="115" />
            <source>Lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="137" />
            <source>Lesson saved: {}</source>
            <translation>수업을 저장했습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="144" />
            <source>Cannot save the lesson</source>
            <translation>수업을 저장할 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>SessionFiles</name>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="57" />
            <source>(none yet)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="61" />
            <source>Clear the list</source>
            <translation>목록 지우기</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="73" />
            <source>Open a session or a lesson</source>
            <translation>세션이나 수업 열기</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="74" />
            <source>nnviz sessions and lessons (*{} *{});;nnviz sessions (*{});;Lessons (*{});;All files (*)</source>
            <translation>nnviz 세션과 수업 (*{} *{});;nnviz 세션 (*{});;수업 (*{});;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="87" />
            <source>Opening {}…</source>
            <translation>{} 여는 중…</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="92" />
            <source>Cannot open this file</source>
            <translation>이 파일을 열 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="99" />
            <source>opened {}</source>
            <translation>열었습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="118" />
            <source>Save session</source>
            <translation>세션 저장</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="119" />
            <source>nnviz sessions (*{})</source>
            <translation>nnviz 세션 (*{})</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="135" />
            <source>Saved {}</source>
            <translation>저장했습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/files/session_files.py" line="146" />
            <source>Cannot save</source>
            <translation>저장할 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="63" />
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="64" />
            <source>Every key works anywhere in the main window.</source>
            <translation>모든 키는 메인 창 어디서나 작동합니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="65" />
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="65" />
            <source>Action</source>
            <translation>동작</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="65" />
            <source>What it does</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="68" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="116" />
            <source>nnviz — lessons</source>
            <translation>nnviz — 수업</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="117" />
            <source>Lessons</source>
            <translation>수업</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="118" />
            <source>Each lesson sets up a network, its data and its weights, and walks through it step by step. Pick one, or explore freely.</source>
            <translation>수업마다 신경망과 데이터, 가중치를 준비하고 한 단계씩 함께 따라갑니다. 수업을 고르거나 자유롭게 탐색하세요.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="120" />
            <source>Explore freely</source>
            <translation>자유롭게 탐색</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="121" />
            <source>Close this page and train the spiral as it is</source>
            <translation>이 페이지를 닫고 나선 데이터를 그대로 학습합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="122" />
            <source>Show this page at start</source>
            <translation>시작할 때 이 페이지 보이기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="123" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>StepFit</name>
        <message>
            <location filename="../../nnviz/classroom/lesson_fit.py" line="98" />
            <location filename="../../nnviz/classroom/lesson_fit.py" line="112" />
            <source>more ▾</source>
            <translation>더 보기 ▾</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_fit.py" line="76" />
            <location filename="../../nnviz/classroom/lesson_fit.py" line="98" />
            <location filename="../../nnviz/classroom/lesson_fit.py" line="112" />
            <source>less ▴</source>
            <translation>접기 ▴</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_fit.py" line="76" />
            <source>show ▾</source>
            <translation>보기 ▾</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_fit.py" line="77" />
            <source>Show the numbers of the example</source>
            <translation>예제의 숫자 보기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_fit.py" line="78" />
            <source>Fold the numbers away</source>
            <translation>예제의 숫자 접기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_fit.py" line="100" />
            <source>Show the lesson's text</source>
            <translation>수업 본문 전체 보기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_fit.py" line="101" />
            <source>Fold the lesson's text away</source>
            <translation>수업 본문 접기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_fit.py" line="107" />
            <source>↺ Restart lesson</source>
            <translation>↺ 수업 처음부터</translation>
        </message>
    </context>
    <context>
        <name>StepThrough</name>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="253" />
            <source>Step-through</source>
            <translation>단계별 실행</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="254" />
            <source>Time per stage in the animation and auto-play (100 ms to 3 s)</source>
            <translation>애니메이션과 자동 재생에서 단계마다 걸리는 시간 (100 ms ~ 3 s)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="251" />
            <source>Auto-play</source>
            <translation>자동 재생</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="242" />
            <source>Step back</source>
            <translation>한 단계 뒤로</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="242" />
            <source>Back one stage (across iterations too)</source>
            <translation>한 단계 뒤로 (반복을 넘어서도)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="243" />
            <source>Step stage</source>
            <translation>단계 실행</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="244" />
            <source>One stage: forward through a layer, the loss, backward, an update</source>
            <translation>한 단계: 한 층의 순전파, 손실, 역전파, 갱신</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="245" />
            <source>Auto-play stages</source>
            <translation>단계 자동 재생</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="245" />
            <source>Run the stages in slow motion until paused</source>
            <translation>일시 정지할 때까지 단계를 천천히 실행합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="246" />
            <source>Gradient check</source>
            <translation>기울기 확인</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="247" />
            <source>Numerical against backprop gradients on the current batch</source>
            <translation>현재 배치에서 수치 미분과 역전파 기울기를 비교합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="248" />
            <source>Breakpoints…</source>
            <translation>중단점…</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="249" />
            <source>When to pause: NaN/inf, gradient norm, loss rise, dead or saturated units</source>
            <translation>멈출 조건: NaN/inf, 기울기 노름, 손실 증가, 죽은 뉴런이나 포화된 뉴런</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="255" />
            <source>Inspector</source>
            <translation>검사기</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="255" />
            <source>Computation graph</source>
            <translation>계산 그래프</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough/panel.py" line="256" />
            <source>Histograms</source>
            <translation>히스토그램</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="59" />
            <location filename="../../nnviz/views/timeline.py" line="95" />
            <source>Drag to go back to any earlier iteration; training resumed there replays deterministically</source>
            <translation>끌어서 이전 반복으로 돌아갈 수 있습니다. 거기서 학습을 다시 시작하면 똑같이 재현됩니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="68" />
            <location filename="../../nnviz/views/timeline.py" line="94" />
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="124" />
            <source>iteration {k} of {n}</source>
            <translation>반복 {k}/{n}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="126" />
            <source>iteration {r} is no longer kept: the earliest kept is {f}</source>
            <translation>반복 {r}은(는) 더 이상 보관하지 않습니다: 가장 이른 보관 반복은 {f}입니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="129" />
            <source>replayed from iteration {j} ({n} steps)</source>
            <translation>반복 {j}부터 다시 계산함 ({n}단계)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="132" />
            <source>exact</source>
            <translation>정확함</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="133" />
            <source>{k} checkpoints, {mb:.1f} of {budget:.0f} MB</source>
            <translation>체크포인트 {k}개, {budget:.0f} MB 중 {mb:.1f} MB</translation>
        </message>
    </context>
    <context>
        <name>ToolbarsMixin</name>
        <message>
            <location filename="../../nnviz/window_bars.py" line="294" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="295" />
            <source>Speed</source>
            <translation>속도</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="296" />
            <source> Speed </source>
            <translation> 속도 </translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="299" />
            <source>Steps per second, up to as fast as possible</source>
            <translation>초당 단계 수 (최대: 가능한 한 빠르게)</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="301" />
            <source>Epoch &lt;b&gt;0 000 000&lt;/b&gt;</source>
            <translation>에폭 &lt;b&gt;0 000 000&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="298" />
            <source> Stage </source>
            <translation> 단계 </translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="304" />
            <source>epoch</source>
            <translation>에폭</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="304" />
            <source>epoch 0000000</source>
            <translation>에폭 0000000</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="305" />
            <source>iteration</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="305" />
            <source>iteration 000000000</source>
            <translation>반복 000000000</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="306" />
            <source>training loss</source>
            <translation>훈련 손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="306" />
            <source>train loss 0.00000</source>
            <translation>훈련 손실 0.00000</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="307" />
            <source>test loss</source>
            <translation>테스트 손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="307" />
            <source>test loss 0.00000</source>
            <translation>테스트 손실 0.00000</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="309" />
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="309" />
            <source>train accuracy 100.0 %</source>
            <translation>훈련 정확도 100.0 %</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="312" />
            <source>steps per second</source>
            <translation>초당 단계 수</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="313" />
            <source>000,000 steps/s</source>
            <translation>초당 000,000단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="313" />
            <location filename="../../nnviz/window_bars.py" line="344" />
            <source>auto-playing stages</source>
            <translation>단계 자동 재생 중</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="323" />
            <source>Epoch &lt;b&gt;{:,}&lt;/b&gt;</source>
            <translation>에폭 &lt;b&gt;{:,}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="329" />
            <source>epoch 0</source>
            <translation>에폭 0</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="329" />
            <source>iteration 0</source>
            <translation>반복 0</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="332" />
            <source>epoch {}</source>
            <translation>에폭 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="333" />
            <source>iteration {}</source>
            <translation>반복 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="334" />
            <source>train loss {}</source>
            <translation>훈련 손실 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="335" />
            <source>test loss {}</source>
            <translation>테스트 손실 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="311" />
            <location filename="../../nnviz/window_bars.py" line="337" />
            <source>test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="310" />
            <location filename="../../nnviz/window_bars.py" line="337" />
            <source>train</source>
            <translation>훈련</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="302" />
            <location filename="../../nnviz/window_bars.py" line="338" />
            <source>{} accuracy {}</source>
            <translation>{} 정확도 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="342" />
            <source>{:,.0f} steps/s</source>
            <translation>초당 {:,.0f}단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_bars.py" line="313" />
            <location filename="../../nnviz/window_bars.py" line="346" />
            <source>paused</source>
            <translation>일시 정지됨</translation>
        </message>
    </context>
    <context>
        <name>TrainPanel</name>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="189" />
            <source>Training settings</source>
            <translation>학습 설정</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="191" />
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="192" />
            <source>Step size of each update. Pick one or type any positive number (live).</source>
            <translation>한 번 갱신할 때의 보폭입니다. 고르거나 양수를 직접 입력하세요 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="193" />
            <source>Batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="194" />
            <source>Points per minibatch (live; takes effect at the next epoch).</source>
            <translation>미니배치 하나의 점 개수 (다음 에폭부터 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="195" />
            <source>Optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="195" />
            <source>How gradients become updates (live).</source>
            <translation>기울기로 가중치를 갱신하는 방법 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="196" />
            <source>Momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="196" />
            <source>For momentum and nesterov (live).</source>
            <translation>momentum과 nesterov에 쓰입니다 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="197" />
            <source>Activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="198" />
            <source>Activation of every hidden layer (resets the network). Per layer: in the diagram.</source>
            <translation>모든 은닉층의 활성화 함수 (신경망을 초기화합니다). 층마다 바꾸려면 다이어그램에서 고르세요.</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="199" />
            <source>Initialiser</source>
            <translation>초기화 방법</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="199" />
            <source>Initial weights (resets the network).</source>
            <translation>초기 가중치 (신경망을 초기화합니다).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="215" />
            <source>0.01 × N(0, 1), as in the book</source>
            <translation>책처럼 0.01 × N(0, 1)</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="217" />
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="200" />
            <source>Regularization</source>
            <translation>정규화</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="200" />
            <source>Penalty on the weights (live).</source>
            <translation>가중치에 주는 벌점 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="201" />
            <source>Reg. rate</source>
            <translation>정규화 계수</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="218" />
            <source>Classification</source>
            <translation>분류</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="219" />
            <source>Regression</source>
            <translation>회귀</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="202" />
            <source>Problem type</source>
            <translation>문제 유형</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="220" />
            <source>CE</source>
            <translation>CE</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="220" />
            <source>cross-entropy</source>
            <translation>교차 엔트로피</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="221" />
            <source>BCE</source>
            <translation>BCE</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="221" />
            <source>binary cross-entropy</source>
            <translation>이진 교차 엔트로피</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="222" />
            <source>MSE</source>
            <translation>MSE</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="222" />
            <source>mean squared error</source>
            <translation>평균 제곱 오차</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="225" />
            <source>{} output, {} loss</source>
            <translation>출력층 {}, 손실 함수 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="203" />
            <source>Output + loss</source>
            <translation>출력층 + 손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="203" />
            <source>Output layer and loss (resets the network).</source>
            <translation>출력층과 손실 함수 (신경망을 초기화합니다).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="204" />
            <source>Precision</source>
            <translation>정밀도</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="204" />
            <source>Number type of the weights (resets the network).</source>
            <translation>가중치의 수 형식 (신경망을 초기화합니다).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="226" />
            <source>Clip</source>
            <translation>제한</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="205" />
            <source>Gradient clipping</source>
            <translation>기울기 제한</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="206" />
            <source>Scale the gradients down when their total norm exceeds this (live).</source>
            <translation>기울기 전체의 노름이 이 값을 넘으면 줄입니다 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="261" />
            <source>the initialiser changed to {}</source>
            <translation>초기화 방법이 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="171" />
            <source>the precision changed to {}</source>
            <translation>정밀도가 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="240" />
            <source>The learning rate must be a positive number, e.g. 0.03</source>
            <translation>학습률은 양수여야 합니다. 예: 0.03</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="255" />
            <source>book</source>
            <translation>책의 초기화</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="255" />
            <source>uniform</source>
            <translation>균등 분포</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="265" />
            <source>the hidden activation changed to {}</source>
            <translation>은닉층 활성화 함수가 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="277" />
            <source>the output changed to {} + {}</source>
            <translation>출력이 {} + {}(으)로 바뀌었습니다</translation>
        </message>
    </context>
    <context>
        <name>WindowTextsMixin</name>
        <message>
            <location filename="../../nnviz/window_texts.py" line="35" />
            <source>nnviz — watch a neural network learn</source>
            <translation>nnviz — 신경망이 학습하는 모습 보기</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="36" />
            <source>Lower learning rate ÷10 and reset</source>
            <translation>학습률 ÷10 후 초기화</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="37" />
            <location filename="../../nnviz/window_texts.py" line="44" />
            <source>Reset</source>
            <translation>초기화</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="38" />
            <source>Restart training</source>
            <translation>학습 다시 시작</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="39" />
            <source>A new training thread, from the last state the window showed</source>
            <translation>창에 마지막으로 보인 상태에서 새 학습 스레드를 시작합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="40" />
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="41" />
            <source>  Output</source>
            <translation>  출력</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="42" />
            <source>  Loss and accuracy</source>
            <translation>  손실과 정확도</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="44" />
            <source>New network with the initial weights</source>
            <translation>초기 가중치로 신경망을 처음부터 다시</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="45" />
            <source>Play / pause training</source>
            <translation>학습 재생 / 일시 정지</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="46" />
            <source>Step</source>
            <translation>한 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="46" />
            <source>One minibatch</source>
            <translation>미니배치 하나</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="47" />
            <source>Step epoch</source>
            <translation>한 에폭</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="47" />
            <source>One epoch</source>
            <translation>에폭 하나</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="48" />
            <source>Import CSV…</source>
            <translation>CSV 가져오기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="49" />
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="50" />
            <source>Show test data</source>
            <translation>테스트 데이터 표시</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="50" />
            <source>Draw the test points (outlined) on the boundary</source>
            <translation>테스트 점을 (테두리로) 결정 경계 위에 그립니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="51" />
            <source>Discretize output</source>
            <translation>출력 이산화</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="51" />
            <source>Paint each region in its winning class only</source>
            <translation>각 영역을 가장 확률이 높은 클래스 색으로만 칠합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="52" />
            <source>Log scale</source>
            <translation>로그 눈금</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="52" />
            <source>Loss on a logarithmic axis</source>
            <translation>손실을 로그 축으로 표시</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="54" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="55" />
            <source>&amp;Training</source>
            <translation>학습(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="56" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="67" />
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <location filename="../../nnviz/window_texts.py" line="67" />
            <source>Play</source>
            <translation>재생</translation>
        </message>
    </context>
    <context>
        <name>backend.cupy_device</name>
        <message>
            <location filename="../../core/catalogue.py" line="165" />
            <source>backend 'cupy' found no usable CUDA device ({error}); use backend='numpy'</source>
            <translation>백엔드 'cupy'가 쓸 수 있는 CUDA 장치를 찾지 못했습니다({error}). backend='numpy'를 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>backend.cupy_missing</name>
        <message>
            <location filename="../../core/catalogue.py" line="164" />
            <source>backend 'cupy' needs CuPy: pip install 'nnviz[gpu]' (cupy-cuda12x) on a machine with an NVIDIA GPU and CUDA 12</source>
            <translation>백엔드 'cupy'에는 CuPy가 필요합니다: NVIDIA GPU와 CUDA 12가 있는 컴퓨터에서 pip install 'nnviz[gpu]' (cupy-cuda12x)</translation>
        </message>
    </context>
    <context>
        <name>backend.cupy_none</name>
        <message>
            <location filename="../../core/catalogue.py" line="166" />
            <source>backend 'cupy' found no CUDA device; use backend='numpy'</source>
            <translation>백엔드 'cupy'가 CUDA 장치를 찾지 못했습니다. backend='numpy'를 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>backend.dtype_missing</name>
        <message>
            <location filename="../../core/catalogue.py" line="163" />
            <source>dtype {name} is not available on backend {backend}</source>
            <translation>백엔드 {backend}에서는 dtype {name}을(를) 쓸 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>backend.dtype_unknown</name>
        <message>
            <location filename="../../core/catalogue.py" line="162" />
            <source>unknown dtype {name}; choose one of {choices}</source>
            <translation>알 수 없는 dtype {name}. 다음 중 하나를 고르세요: {choices}</translation>
        </message>
    </context>
    <context>
        <name>backend.strict_missing</name>
        <message>
            <location filename="../../core/catalogue.py" line="161" />
            <source>backend 'array_api_strict' needs the package array-api-strict (pip install array-api-strict)</source>
            <translation>백엔드 'array_api_strict'에는 array-api-strict 패키지가 필요합니다(pip install array-api-strict)</translation>
        </message>
    </context>
    <context>
        <name>backend.unknown</name>
        <message>
            <location filename="../../core/catalogue.py" line="160" />
            <source>unknown backend {name}; choose one of {choices}</source>
            <translation>알 수 없는 백엔드 {name}. 다음 중 하나를 고르세요: {choices}</translation>
        </message>
    </context>
    <context>
        <name>bp.advice.MSELoss</name>
        <message>
            <location filename="../../core/catalogue.py" line="13" />
            <source> The squared error overflowed: an output beyond about 1e154 squared exceeds the largest float (1.8e308). With squared error the gradient grows with the error, so a too-high learning rate makes the outputs explode: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), or Reset.</source>
            <translation> 제곱 오차가 넘쳤습니다: 약 1e154보다 큰 출력을 제곱하면 가장 큰 부동소수점 수 (1.8e308)를 넘습니다. 제곱 오차에서는 기울기가 오차와 함께 커지므로, 학습률이 너무 높으면 출력이 폭주합니다: 학습률 낮추기 (10분의 1로), 기울기 클리핑 켜기 (max_grad, 예: 5), 또는 초기화.</translation>
        </message>
    </context>
    <context>
        <name>bp.advice.SigmoidWithLoss</name>
        <message>
            <location filename="../../core/catalogue.py" line="14" />
            <source> Binary cross-entropy takes log y and log(1 - y); a sigmoid output of exactly 0 or 1 gives log 0 = -inf. The scores exploded: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), or Reset.</source>
            <translation> 이진 교차 엔트로피는 log y와 log(1 - y)를 씁니다; 시그모이드 출력이 정확히 0이나 1이면 log 0 = -inf가 됩니다. 점수가 폭주했습니다: 학습률 낮추기 (10분의 1로), 기울기 클리핑 켜기 (max_grad, 예: 5), 또는 초기화.</translation>
        </message>
    </context>
    <context>
        <name>bp.advice.SoftmaxWithLoss</name>
        <message>
            <location filename="../../core/catalogue.py" line="15" />
            <source> Cross-entropy takes the log of the probability given to the true class; scores so far apart that this probability is 0 give log 0 = -inf. The scores exploded: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), or Reset.</source>
            <translation> 교차 엔트로피는 정답 클래스의 확률에 log를 취합니다; 점수 차가 너무 커서 이 확률이 0이면 log 0 = -inf가 됩니다. 점수가 폭주했습니다: 학습률 낮추기 (10분의 1로), 기울기 클리핑 켜기 (max_grad, 예: 5), 또는 초기화.</translation>
        </message>
    </context>
    <context>
        <name>bp.advice.backward</name>
        <message>
            <location filename="../../core/catalogue.py" line="16" />
            <source> The gradient exploded on its way back: every layer multiplies it by its weights (and f'(z)), so with large weights it grows layer by layer. Try: turn on gradient clipping (max_grad, e.g. 5), lower the learning rate (try a tenth), or smaller initial weights (xavier/he).</source>
            <translation> 기울기가 역전파 도중 폭주했습니다: 층마다 가중치 (와 f'(z))를 곱하므로, 가중치가 크면 층을 지날 때마다 커집니다. 해 볼 것: 기울기 클리핑 켜기 (max_grad, 예: 5), 학습률 낮추기 (10분의 1로), 또는 더 작은 초기 가중치 (xavier/he).</translation>
        </message>
    </context>
    <context>
        <name>bp.advice.forward</name>
        <message>
            <location filename="../../core/catalogue.py" line="17" />
            <source> A weighted sum overflowed because the weights have grown huge. Usually the learning rate is too high: every update overshoots and the weights grow step after step (the loss curve climbs or jumps first). Try: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), add L2 regularisation, or Reset.</source>
            <translation> 가중치가 너무 커져서 가중합이 넘쳤습니다. 대개 학습률이 너무 높아서입니다: 갱신할 때마다 지나쳐서 가중치가 단계마다 커집니다 (그 전에 손실 곡선이 오르거나 튑니다). 해 볼 것: 학습률 낮추기 (10분의 1로), 기울기 클리핑 켜기 (max_grad, 예: 5), L2 정규화 추가, 또는 초기화.</translation>
        </message>
    </context>
    <context>
        <name>bp.advice.input</name>
        <message>
            <location filename="../../core/catalogue.py" line="18" />
            <source> The input data itself holds NaN/inf: check the data set (a CSV cell that is empty or not a number), or the feature transforms.</source>
            <translation> 입력 데이터 자체에 NaN/inf가 있습니다: 데이터 세트 (비어 있거나 숫자가 아닌 CSV 칸)나 특성 변환을 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>bp.advice.update</name>
        <message>
            <location filename="../../core/catalogue.py" line="19" />
            <source> The update w - lr x dL/dw overflowed: learning rate x gradient is too large for the numbers to hold. Try: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5).</source>
            <translation> 갱신 w - lr x dL/dw가 넘쳤습니다: 학습률 x 기울기가 수로 나타낼 수 없을 만큼 큽니다. 해 볼 것: 학습률 낮추기 (10분의 1로), 기울기 클리핑 켜기 (max_grad, 예: 5).</translation>
        </message>
    </context>
    <context>
        <name>bp.backward.dW</name>
        <message>
            <location filename="../../core/catalogue.py" line="20" />
            <source>Iteration {it}, backward: dL/dW[{i0}, {j0}] (edge {i} → {j}) of layer {l} ({name}) became {v}.</source>
            <translation>반복 {it}, 역전파: 층 {l} ({name})의 dL/dW[{i0}, {j0}] (연결 {i} → {j})이(가) {v}이(가) 되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.backward.db</name>
        <message>
            <location filename="../../core/catalogue.py" line="21" />
            <source>Iteration {it}, backward: dL/db of unit {u} of layer {l} ({name}) became {v}.</source>
            <translation>반복 {it}, 역전파: 층 {l} ({name}) 뉴런 {u}의 dL/db가 {v}이(가) 되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.backward.dx</name>
        <message>
            <location filename="../../core/catalogue.py" line="22" />
            <source>Iteration {it}, backward: dL/dx of input {i} of layer {l} ({name}) became {v} for sample {n}.</source>
            <translation>반복 {it}, 역전파: 층 {l} ({name}) 입력 {i}의 dL/dx가 표본 {n}에서 {v}이(가) 되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.dead_relu</name>
        <message>
            <location filename="../../core/catalogue.py" line="23" />
            <source>Iteration {it}: {k} of {n} ReLU units of layer {l} output 0 for every sample of the batch (first: unit {u}). Their gradient is 0, so they no longer learn and rarely recover. Causes: a too-high learning rate drove their weights or biases negative, or a bad initialisation. Try: lower the learning rate (try a tenth), He initialisation, or leaky_relu / elu.</source>
            <translation>반복 {it}: 층 {l}의 ReLU 뉴런 {n}개 중 {k}개가 배치의 모든 표본에서 0을 출력합니다 (첫 번째: 뉴런 {u}). 기울기가 0이라 더는 학습하지 않고 거의 회복되지 않습니다. 원인: 너무 높은 학습률이 가중치나 편향을 음수로 만들었거나, 초기화가 나빴습니다. 해 볼 것: 학습률 낮추기 (10분의 1로), He 초기화, 또는 leaky_relu / elu.</translation>
        </message>
    </context>
    <context>
        <name>bp.forward.input</name>
        <message>
            <location filename="../../core/catalogue.py" line="24" />
            <source>Iteration {it}: input feature {i} of sample {n} is {v}.</source>
            <translation>반복 {it}: 표본 {n}의 입력 특성 {i}이(가) {v}입니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.forward.input_z</name>
        <message>
            <location filename="../../core/catalogue.py" line="25" />
            <source> Its input z was {z}.</source>
            <translation> 입력 z는 {z}였습니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.forward.largest_term</name>
        <message>
            <location filename="../../core/catalogue.py" line="26" />
            <source> The largest term is w{i}·a{i} = {w} × {a} (edge {i} → {j}).</source>
            <translation> 가장 큰 항은 w{i}·a{i} = {w} × {a} (연결 {i} → {j})입니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.forward.unit</name>
        <message>
            <location filename="../../core/catalogue.py" line="27" />
            <source>Iteration {it}, forward: unit {j} of layer {l} ({name}) became {v} for sample {n}.</source>
            <translation>반복 {it}, 순전파: 층 {l} ({name})의 뉴런 {j}이(가) 표본 {n}에서 {v}이(가) 되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.grad_norm</name>
        <message>
            <location filename="../../core/catalogue.py" line="28" />
            <source>Iteration {it}: the gradient norm is {v}, above {limit}. Gradients this large make big jumps and can explode into NaN. Try: turn on gradient clipping (max_grad, e.g. 5), lower the learning rate (try a tenth).</source>
            <translation>반복 {it}: 기울기 노름이 {v}로 {limit}보다 큽니다. 이렇게 큰 기울기는 크게 건너뛰게 하고 NaN으로 폭주할 수 있습니다. 해 볼 것: 기울기 클리핑 켜기 (max_grad, 예: 5), 학습률 낮추기 (10분의 1로).</translation>
        </message>
    </context>
    <context>
        <name>bp.iteration</name>
        <message>
            <location filename="../../core/catalogue.py" line="29" />
            <source>Iteration {it}: </source>
            <translation>반복 {it}: </translation>
        </message>
    </context>
    <context>
        <name>bp.loss.largest_score</name>
        <message>
            <location filename="../../core/catalogue.py" line="30" />
            <source> The largest score is output {u} of sample {n}: {v}.</source>
            <translation> 가장 큰 점수는 표본 {n}의 출력 {u}: {v}입니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.loss.nan</name>
        <message>
            <location filename="../../core/catalogue.py" line="31" />
            <source>Iteration {it}: the loss ({name}) became {v}; the largest score is output {u}.</source>
            <translation>반복 {it}: 손실 ({name})이 {v}이(가) 되었습니다; 가장 큰 점수는 출력 {u}입니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.loss_rise</name>
        <message>
            <location filename="../../core/catalogue.py" line="32" />
            <source>Iteration {it}: the mean loss of the last {w} iterations ({recent}) is {ratio}× the {w} before ({before}). Training is diverging: the learning rate is probably too high (each step overshoots the minimum), or a setting just changed. Try: lower the learning rate (try a tenth); with momentum or Adam, a smaller step; or turn on gradient clipping (max_grad, e.g. 5).</source>
            <translation>반복 {it}: 최근 {w}번 반복의 평균 손실 ({recent})이 그 전 {w}번 ({before})의 {ratio}배입니다. 학습이 발산하고 있습니다: 학습률이 너무 높거나 (단계마다 최솟값을 지나침), 설정이 방금 바뀌었습니다. 해 볼 것: 학습률 낮추기 (10분의 1로); 모멘텀이나 Adam이면 더 작은 보폭; 또는 기울기 클리핑 켜기 (max_grad, 예: 5).</translation>
        </message>
    </context>
    <context>
        <name>bp.saturated</name>
        <message>
            <location filename="../../core/catalogue.py" line="33" />
            <source>Iteration {it}: {k} of {n} {name} units of layer {l} are saturated (output pinned near its limit for most of the batch; first: unit {u}). There f'(z) is almost 0, so almost no gradient flows back through them and learning stalls. Causes: large weights or inputs (too-large initial weights, a high learning rate, unscaled features). Try: smaller initial weights (xavier), lower the learning rate (try a tenth), normalised inputs, or ReLU.</source>
            <translation>반복 {it}: 층 {l}의 {name} 뉴런 {n}개 중 {k}개가 포화되었습니다 (배치 대부분에서 출력이 한계 가까이에 고정됨; 첫 번째: 뉴런 {u}). 그곳에서는 f'(z)가 거의 0이라 기울기가 거의 역전파되지 않고 학습이 멈춥니다. 원인: 큰 가중치나 입력 (너무 큰 초기 가중치, 높은 학습률, 스케일을 맞추지 않은 특성). 해 볼 것: 더 작은 초기 가중치 (xavier), 학습률 낮추기 (10분의 1로), 정규화된 입력, 또는 ReLU.</translation>
        </message>
    </context>
    <context>
        <name>bp.state.nan</name>
        <message>
            <location filename="../../core/catalogue.py" line="34" />
            <source>Iteration {it}: {what} of layer {l} became {v}.</source>
            <translation>반복 {it}: 층 {l}의 {what}이(가) {v}이(가) 되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.update.param</name>
        <message>
            <location filename="../../core/catalogue.py" line="35" />
            <source>Iteration {it}, update: {where} of layer {l} became {v} (it was {w}, dL/dw = {g}, lr = {lr}).</source>
            <translation>반복 {it}, 갱신: 층 {l}의 {where}이(가) {v}이(가) 되었습니다 (이전 값 {w}, dL/dw = {g}, lr = {lr}).</translation>
        </message>
    </context>
    <context>
        <name>bp.what.forward</name>
        <message>
            <location filename="../../core/catalogue.py" line="36" />
            <source>the output of layer {l} ({name}) became NaN/inf.</source>
            <translation>층 {l} ({name})의 출력이 NaN/inf가 되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.what.loss</name>
        <message>
            <location filename="../../core/catalogue.py" line="37" />
            <source>the loss ({name}) became NaN/inf although every layer output was finite.</source>
            <translation>모든 층의 출력이 유한한데도 손실 ({name})이 NaN/inf가 되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>bp.what.update</name>
        <message>
            <location filename="../../core/catalogue.py" line="38" />
            <source>the parameter {name} holds NaN/inf after an update.</source>
            <translation>갱신 후 매개변수 {name}에 NaN/inf가 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>csv.bad_has_header</name>
        <message>
            <location filename="../../core/catalogue.py" line="97" />
            <source>has_header must be 'auto', True or False; got {value}</source>
            <translation>has_header는 'auto', True, False 중 하나여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>csv.bad_kind</name>
        <message>
            <location filename="../../core/catalogue.py" line="96" />
            <source>kind must be 'auto', 'classification' or 'regression'; got {value}</source>
            <translation>kind는 'auto', 'classification', 'regression' 중 하나여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>csv.empty</name>
        <message>
            <location filename="../../core/catalogue.py" line="98" />
            <source>{source}: the file is empty; it needs rows of numbers separated by commas, semicolons or tabs, with the label in one column</source>
            <translation>{source}: 파일이 비어 있습니다. 쉼표, 세미콜론, 탭으로 구분된 숫자 행과 한 열의 레이블이 필요합니다</translation>
        </message>
    </context>
    <context>
        <name>csv.empty_cell</name>
        <message>
            <location filename="../../core/catalogue.py" line="112" />
            <source>{where}: the cell is empty; fill it in or delete the row</source>
            <translation>{where}: 칸이 비어 있습니다. 채우거나 그 행을 지우세요</translation>
        </message>
    </context>
    <context>
        <name>csv.empty_label</name>
        <message>
            <location filename="../../core/catalogue.py" line="117" />
            <source>{where}: the label cell is empty; fill it in or delete the row</source>
            <translation>{where}: 레이블 칸이 비어 있습니다. 채우거나 그 행을 지우세요</translation>
        </message>
    </context>
    <context>
        <name>csv.header_only</name>
        <message>
            <location filename="../../core/catalogue.py" line="102" />
            <source>{source}: only a header (line {line}), no data rows; add rows of numbers below it</source>
            <translation>{source}: 머리글({line}행)만 있고 데이터 행이 없습니다. 그 아래에 숫자 행을 넣으세요</translation>
        </message>
    </context>
    <context>
        <name>csv.label_not_finite</name>
        <message>
            <location filename="../../core/catalogue.py" line="118" />
            <source>{where}: label {cell} is not a finite number; replace it or delete the row</source>
            <translation>{where}: 레이블 {cell}은(는) 유한한 수가 아닙니다. 바꾸거나 그 행을 지우세요</translation>
        </message>
    </context>
    <context>
        <name>csv.label_not_number</name>
        <message>
            <location filename="../../core/catalogue.py" line="119" />
            <source>{where}: label {cell} is not a number, but regression needs numeric targets; use kind='classification'</source>
            <translation>{where}: 레이블 {cell}은(는) 숫자가 아닌데, 회귀에는 숫자 목표값이 필요합니다. kind='classification'을 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>csv.long_cell</name>
        <message>
            <location filename="../../core/catalogue.py" line="109" />
            <source>{source}: line {line}, column {col}: a cell of more than {limit} characters, which is no number; is a closing quote missing?</source>
            <translation>{source}: {line}행, {col}열: {limit}자가 넘는 칸은 숫자가 아닙니다. 닫는 따옴표가 빠졌나요?</translation>
        </message>
    </context>
    <context>
        <name>csv.missing</name>
        <message>
            <location filename="../../core/catalogue.py" line="93" />
            <source>{source}: no such file; check the path and the file name</source>
            <translation>{source}: 그런 파일이 없습니다. 경로와 파일 이름을 확인하세요</translation>
        </message>
    </context>
    <context>
        <name>csv.no_label_column</name>
        <message>
            <location filename="../../core/catalogue.py" line="100" />
            <source>{source}: label column {value} does not exist; line {line} has {n} columns (use 0 to {last}, counted from 0, or -1 for the last)</source>
            <translation>{source}: 레이블 열 {value}이(가) 없습니다. {line}행에는 열이 {n}개 있습니다(0부터 세어 0에서 {last}까지, 마지막 열은 -1)</translation>
        </message>
    </context>
    <context>
        <name>csv.non_ascii_digits</name>
        <message>
            <location filename="../../core/catalogue.py" line="114" />
            <source>{where}: {cell} is not a number nnviz reads: write its digits as 0-9 (not full-width or Arabic-Indic digits)</source>
            <translation>{where}: {cell}은(는) nnviz가 읽는 숫자가 아닙니다: 숫자를 0-9로 쓰세요(전각 숫자나 아라비아-인도 숫자가 아니라)</translation>
        </message>
    </context>
    <context>
        <name>csv.not_a_number</name>
        <message>
            <location filename="../../core/catalogue.py" line="113" />
            <source>{where}: {cell} is not a number; correct it or delete the row</source>
            <translation>{where}: {cell}은(는) 숫자가 아닙니다. 고치거나 그 행을 지우세요</translation>
        </message>
    </context>
    <context>
        <name>csv.not_finite</name>
        <message>
            <location filename="../../core/catalogue.py" line="116" />
            <source>{where}: {cell} is not a finite number; replace it with a value or delete the row</source>
            <translation>{where}: {cell}은(는) 유한한 수가 아닙니다. 값으로 바꾸거나 그 행을 지우세요</translation>
        </message>
    </context>
    <context>
        <name>csv.not_utf8</name>
        <message>
            <location filename="../../core/catalogue.py" line="107" />
            <source>{source}: not UTF-8 text (byte {byte} on line {line}); save it again as 'CSV UTF-8'</source>
            <translation>{source}: UTF-8 텍스트가 아닙니다({line}행의 바이트 {byte}). 'CSV UTF-8'로 다시 저장하세요</translation>
        </message>
    </context>
    <context>
        <name>csv.nul</name>
        <message>
            <location filename="../../core/catalogue.py" line="108" />
            <source>{source}: line {line} holds a NUL character, so this is not a CSV text file; export it from the spreadsheet as 'CSV UTF-8'</source>
            <translation>{source}: {line}행에 NUL 문자가 있어 CSV 텍스트 파일이 아닙니다. 스프레드시트에서 'CSV UTF-8'로 내보내세요</translation>
        </message>
    </context>
    <context>
        <name>csv.one_class</name>
        <message>
            <location filename="../../core/catalogue.py" line="120" />
            <source>{where}: every data row (lines {first}-{last}) has the same label {label}; classification needs at least two classes (or use kind='regression')</source>
            <translation>{where}: 모든 데이터 행({first}-{last}행)의 레이블이 {label}(으)로 같습니다. 분류에는 클래스가 둘 이상 필요합니다(또는 kind='regression'을 쓰세요)</translation>
        </message>
    </context>
    <context>
        <name>csv.one_column</name>
        <message>
            <location filename="../../core/catalogue.py" line="99" />
            <source>{source}: line {line} has only 1 column, so there is no feature column besides the label; separate the cells with commas, semicolons or tabs</source>
            <translation>{source}: {line}행에 열이 하나뿐이라 레이블 말고는 특성 열이 없습니다. 칸을 쉼표, 세미콜론, 탭으로 구분하세요</translation>
        </message>
    </context>
    <context>
        <name>csv.ragged</name>
        <message>
            <location filename="../../core/catalogue.py" line="104" />
            <source>{where}: expected {n} cells (like line {first}) but found {found}; every row needs the same number of cells</source>
            <translation>{where}: ({first}행처럼) 칸이 {n}개 있어야 하는데 {found}개입니다. 모든 행의 칸 수가 같아야 합니다</translation>
        </message>
    </context>
    <context>
        <name>csv.too_large</name>
        <message>
            <location filename="../../core/catalogue.py" line="95" />
            <source>{source}: the file is larger than {limit}, more than {rows} rows of numbers need; use a sample of the data</source>
            <translation>{source}: 파일이 {limit}보다 큽니다. 숫자 {rows}행에 필요한 크기보다 큽니다: 데이터의 일부만 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>csv.too_many_features</name>
        <message>
            <location filename="../../core/catalogue.py" line="101" />
            <source>{source}: line {line}, column {col}: {n} feature columns, at most {limit} are supported; remove some columns</source>
            <translation>{source}: {line}행, {col}열: 특성 열이 {n}개입니다. 최대 {limit}개까지 됩니다: 열을 줄이세요</translation>
        </message>
    </context>
    <context>
        <name>csv.too_many_rows</name>
        <message>
            <location filename="../../core/catalogue.py" line="103" />
            <source>{source}: line {line}: more than {limit} data rows; use a sample of at most {limit} rows</source>
            <translation>{source}: {line}행: 데이터 행이 {limit}개보다 많습니다. 최대 {limit}행의 표본을 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>csv.trailing_separator_note</name>
        <message>
            <location filename="../../core/catalogue.py" line="106" />
            <source>{source}: every row ends with a separator ({sep}); the empty last column it makes was left out</source>
            <translation>{source}: 모든 행이 구분자({sep})로 끝납니다. 그 때문에 생긴 빈 마지막 열은 뺐습니다</translation>
        </message>
    </context>
    <context>
        <name>csv.trailing_separator_row</name>
        <message>
            <location filename="../../core/catalogue.py" line="105" />
            <source>{where}: this row ends with a separator ({sep}) after its last cell, unlike line {first} ({n} cells); remove the trailing separator</source>
            <translation>{where}: 이 행은 마지막 칸 뒤에 구분자({sep})가 있습니다. {first}행({n}칸)과 다릅니다: 끝의 구분자를 지우세요</translation>
        </message>
    </context>
    <context>
        <name>csv.unclosed_quote</name>
        <message>
            <location filename="../../core/catalogue.py" line="111" />
            <source>{source}: line {line}, column {col}: a quote opens this cell but never closes (the cell runs to the end of the file); is a closing quote missing?</source>
            <translation>{source}: {line}행, {col}열: 따옴표가 이 칸을 열고 닫지 않습니다(칸이 파일 끝까지 이어집니다). 닫는 따옴표가 빠졌나요?</translation>
        </message>
    </context>
    <context>
        <name>csv.underscore</name>
        <message>
            <location filename="../../core/catalogue.py" line="115" />
            <source>{where}: {cell} is not a number nnviz reads: write it without the underscores (1000, not 1_000)</source>
            <translation>{where}: {cell}은(는) nnviz가 읽는 숫자가 아닙니다: 밑줄 없이 쓰세요(1_000이 아니라 1000)</translation>
        </message>
    </context>
    <context>
        <name>csv.unexpected</name>
        <message>
            <location filename="../../core/catalogue.py" line="167" />
            <source>{source}: cannot be read ({error}); check that it is a CSV text file of numbers, or use a smaller sample</source>
            <translation>{source}: 읽을 수 없습니다({error}). 숫자로 된 CSV 텍스트 파일인지 확인하거나 더 작은 표본을 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>csv.unreadable</name>
        <message>
            <location filename="../../core/catalogue.py" line="94" />
            <source>{source}: cannot be read ({error}); check that it is a file you may read</source>
            <translation>{source}: 읽을 수 없습니다({error}). 읽을 수 있는 파일인지 확인하세요</translation>
        </message>
    </context>
    <context>
        <name>csv.unreadable_quotes</name>
        <message>
            <location filename="../../core/catalogue.py" line="110" />
            <source>{source}: line {line}, column {col}: cannot be read as CSV ({error}); check the quotes there: a quote that opens a cell must close it</source>
            <translation>{source}: {line}행, {col}열: CSV로 읽을 수 없습니다({error}). 거기의 따옴표를 확인하세요: 칸을 여는 따옴표는 그 칸을 닫아야 합니다</translation>
        </message>
    </context>
    <context>
        <name>data.feature_names</name>
        <message>
            <location filename="../../core/catalogue.py" line="149" />
            <source>{n} feature names for {k} input columns</source>
            <translation>입력 열 {k}개에 특성 이름이 {n}개입니다</translation>
        </message>
    </context>
    <context>
        <name>data.int_range</name>
        <message>
            <location filename="../../core/catalogue.py" line="159" />
            <source>{what} must be a whole number from {lo} to {hi}; got {value}</source>
            <translation>{what}은(는) {lo}에서 {hi}까지의 정수여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.kind</name>
        <message>
            <location filename="../../core/catalogue.py" line="144" />
            <source>data kind must be 'classification' or 'regression', not {kind}</source>
            <translation>데이터 종류는 'classification'이나 'regression'이어야 합니다. {kind}이(가) 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>data.labels_count</name>
        <message>
            <location filename="../../core/catalogue.py" line="146" />
            <source>need one label per point: {n} points but labels of shape {got}</source>
            <translation>점마다 레이블이 하나 필요합니다: 점은 {n}개인데 레이블의 모양은 {got}입니다</translation>
        </message>
    </context>
    <context>
        <name>data.labels_range</name>
        <message>
            <location filename="../../core/catalogue.py" line="148" />
            <source>class indices must lie in 0..{last} (one per class name {names}); got {lo}..{hi}</source>
            <translation>클래스 번호는 0..{last} 안이어야 합니다(클래스 이름 {names}마다 하나). 받은 범위: {lo}..{hi}</translation>
        </message>
    </context>
    <context>
        <name>data.labels_whole</name>
        <message>
            <location filename="../../core/catalogue.py" line="147" />
            <source>classification labels must be whole class indices 0, 1, 2, ...</source>
            <translation>분류 레이블은 정수 클래스 번호 0, 1, 2, ...여야 합니다</translation>
        </message>
    </context>
    <context>
        <name>data.no_training</name>
        <message>
            <location filename="../../core/catalogue.py" line="155" />
            <source>a test ratio of {ratio} of {n} points leaves no training point; lower the test ratio or add points</source>
            <translation>점 {n}개에 테스트 비율 {ratio}(이)면 학습할 점이 남지 않습니다: 테스트 비율을 낮추거나 점을 더하세요</translation>
        </message>
    </context>
    <context>
        <name>data.noise_range</name>
        <message>
            <location filename="../../core/catalogue.py" line="152" />
            <source>noise must be from 0 to {max} (a fraction: a 25 % slider is 0.25); got {value}</source>
            <translation>노이즈는 0에서 {max}까지여야 합니다(비율: 슬라이더 25 %는 0.25). 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.noise_type</name>
        <message>
            <location filename="../../core/catalogue.py" line="151" />
            <source>noise must be a number from 0 to {max}; got {value}</source>
            <translation>노이즈는 0에서 {max}까지의 수여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.point_class</name>
        <message>
            <location filename="../../core/catalogue.py" line="157" />
            <source>the new point's class must be 0..{last}; got {value}</source>
            <translation>새 점의 클래스는 0..{last}여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.point_coords</name>
        <message>
            <location filename="../../core/catalogue.py" line="156" />
            <source>a new point needs {n} finite coordinates; got {got}</source>
            <translation>새 점에는 유한한 좌표 {n}개가 필요합니다. 받은 값: {got}</translation>
        </message>
    </context>
    <context>
        <name>data.point_target</name>
        <message>
            <location filename="../../core/catalogue.py" line="158" />
            <source>the new point's target must be a finite number; got {value}</source>
            <translation>새 점의 목표값은 유한한 수여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.test_ratio_range</name>
        <message>
            <location filename="../../core/catalogue.py" line="154" />
            <source>test ratio must be from 0 to 0.9 (0.5 keeps half for testing); got {value}</source>
            <translation>테스트 비율은 0에서 0.9까지여야 합니다(0.5는 절반을 테스트용으로 둡니다). 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.test_ratio_type</name>
        <message>
            <location filename="../../core/catalogue.py" line="153" />
            <source>test ratio must be a number from 0 to 0.9; got {value}</source>
            <translation>테스트 비율은 0에서 0.9까지의 수여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>data.unknown</name>
        <message>
            <location filename="../../core/catalogue.py" line="150" />
            <source>unknown data set {name}; choose from {choices}</source>
            <translation>알 수 없는 데이터 세트 {name}. 다음 중에서 고르세요: {choices}</translation>
        </message>
    </context>
    <context>
        <name>data.x_shape</name>
        <message>
            <location filename="../../core/catalogue.py" line="145" />
            <source>inputs must be a 2-D array (points, features); got shape {got}</source>
            <translation>입력은 2차원 배열(점, 특성)이어야 합니다. 받은 모양: {got}</translation>
        </message>
    </context>
    <context>
        <name>diagram</name>
        <message>
            <location filename="../../nnviz/views/diagram_widgets.py" line="110" />
            <source>one neuron fewer</source>
            <translation>뉴런 하나 빼기</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_widgets.py" line="111" />
            <source>one neuron more</source>
            <translation>뉴런 하나 더하기</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram_widgets.py" line="112" />
            <source>activation function of this layer</source>
            <translation>이 층의 활성화 함수</translation>
        </message>
    </context>
    <context>
        <name>features.none</name>
        <message>
            <location filename="../../core/catalogue.py" line="137" />
            <source>at least one input feature must be selected (for example x1 and x2)</source>
            <translation>입력 특성을 하나 이상 골라야 합니다(예: x1과 x2)</translation>
        </message>
    </context>
    <context>
        <name>features.shape</name>
        <message>
            <location filename="../../core/catalogue.py" line="140" />
            <source>feature transforms need 2-D points (n, 2); got shape {got}</source>
            <translation>특성 변환에는 2차원 점 (n, 2)가 필요합니다. 받은 모양: {got}</translation>
        </message>
    </context>
    <context>
        <name>features.twice</name>
        <message>
            <location filename="../../core/catalogue.py" line="139" />
            <source>input features listed twice: {features}</source>
            <translation>입력 특성이 두 번 나열되었습니다: {features}</translation>
        </message>
    </context>
    <context>
        <name>features.unknown</name>
        <message>
            <location filename="../../core/catalogue.py" line="138" />
            <source>unknown input feature {name}; choose from {choices}</source>
            <translation>알 수 없는 입력 특성 {name}. 다음 중에서 고르세요: {choices}</translation>
        </message>
    </context>
    <context>
        <name>file.array_type</name>
        <message>
            <location filename="../../core/catalogue.py" line="88" />
            <source>array {field} has type {dtype}, not numbers</source>
            <translation>배열 {field}의 형식이 {dtype}입니다. 숫자가 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>file.bad_spec</name>
        <message>
            <location filename="../../core/catalogue.py" line="85" />
            <source>{field} cannot be built: {error}</source>
            <translation>{field}(으)로 만들 수 없습니다: {error}</translation>
        </message>
    </context>
    <context>
        <name>file.labels</name>
        <message>
            <location filename="../../core/catalogue.py" line="90" />
            <source>array {field} must hold class indices 0 to {k} - 1 (one per class name)</source>
            <translation>배열 {field}에는 클래스 번호 0부터 {k} - 1까지만 있어야 합니다(클래스 이름마다 하나)</translation>
        </message>
    </context>
    <context>
        <name>file.missing</name>
        <message>
            <location filename="../../core/catalogue.py" line="80" />
            <source>{field} is missing</source>
            <translation>{field}이(가) 없습니다</translation>
        </message>
    </context>
    <context>
        <name>file.n_params</name>
        <message>
            <location filename="../../core/catalogue.py" line="86" />
            <source>it stores {n} parameters but its network has {want} (state.n_params)</source>
            <translation>매개변수가 {n}개 저장되어 있지만 신경망에는 {want}개가 있습니다(state.n_params)</translation>
        </message>
    </context>
    <context>
        <name>file.nonfinite</name>
        <message>
            <location filename="../../core/catalogue.py" line="89" />
            <source>array {field} holds NaN or infinity (first at {at}); the session had blown up or the file was edited: press Reset after opening an older copy</source>
            <translation>배열 {field}에 NaN이나 무한대가 있습니다(처음 위치: {at}). 세션이 발산했거나 파일이 고쳐졌습니다: 이전 사본을 연 뒤 초기화하세요</translation>
        </message>
    </context>
    <context>
        <name>file.perm</name>
        <message>
            <location filename="../../core/catalogue.py" line="91" />
            <source>array {field} must be an order of the training rows (each row once)</source>
            <translation>배열 {field}은(는) 학습 행의 순서여야 합니다(각 행이 한 번씩)</translation>
        </message>
    </context>
    <context>
        <name>file.want_choice</name>
        <message>
            <location filename="../../core/catalogue.py" line="84" />
            <source>{field} is {value}; it must be one of {choices}</source>
            <translation>{field}이(가) {value}입니다. 다음 중 하나여야 합니다: {choices}</translation>
        </message>
    </context>
    <context>
        <name>file.want_finite</name>
        <message>
            <location filename="../../core/catalogue.py" line="83" />
            <source>{field} must be a finite number; it is {value}</source>
            <translation>{field}은(는) 유한한 수여야 합니다. 지금 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>file.want_range</name>
        <message>
            <location filename="../../core/catalogue.py" line="82" />
            <source>{field} must be {range}; it is {value}</source>
            <translation>{field}은(는) {range}여야 합니다. 지금 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>file.want_shape</name>
        <message>
            <location filename="../../core/catalogue.py" line="87" />
            <source>array {field} has shape {got}; the declared network and data need {want}</source>
            <translation>배열 {field}의 모양이 {got}입니다. 선언된 신경망과 데이터에는 {want}이(가) 필요합니다</translation>
        </message>
    </context>
    <context>
        <name>file.want_type</name>
        <message>
            <location filename="../../core/catalogue.py" line="81" />
            <source>{field} must be {kind}, not {got}</source>
            <translation>{field}은(는) {kind}여야 합니다. {got}이(가) 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>intent.last_feature</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="64" />
            <source>at least one input feature must stay on</source>
            <translation>입력 특성은 적어도 하나는 켜져 있어야 합니다</translation>
        </message>
    </context>
    <context>
        <name>intent.no_feature</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="65" />
            <source>there is no input feature '{name}'; the features are {features}</source>
            <translation>입력 특성 '{name}'은(는) 없습니다; 입력 특성은 {features}입니다</translation>
        </message>
    </context>
    <context>
        <name>intent.no_layer</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="67" />
            <source>the network has no hidden layer {layer}</source>
            <translation>신경망에 은닉층 {layer}이(가) 없습니다</translation>
        </message>
    </context>
    <context>
        <name>intent.no_neuron</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="68" />
            <source>hidden layer {layer} needs at least one neuron</source>
            <translation>은닉층 {layer}에는 뉴런이 적어도 하나 있어야 합니다</translation>
        </message>
    </context>
    <context>
        <name>intent.nothing_to_remove</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="69" />
            <source>the network has no hidden layer to remove</source>
            <translation>신경망에 지울 은닉층이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>io.arrays_damaged</name>
        <message>
            <location filename="../../core/catalogue.py" line="76" />
            <source>its arrays are damaged ({error})</source>
            <translation>배열이 손상되었습니다({error})</translation>
        </message>
    </context>
    <context>
        <name>io.bad_json</name>
        <message>
            <location filename="../../core/catalogue.py" line="71" />
            <source>its {member} is not valid JSON ({error})</source>
            <translation>{member}이(가) 올바른 JSON이 아닙니다({error})</translation>
        </message>
    </context>
    <context>
        <name>io.checksum</name>
        <message>
            <location filename="../../core/catalogue.py" line="74" />
            <source>its checksum does not match: the file was modified or damaged after it was saved</source>
            <translation>체크섬이 맞지 않습니다: 저장된 뒤에 파일이 바뀌었거나 손상되었습니다</translation>
        </message>
    </context>
    <context>
        <name>io.damaged</name>
        <message>
            <location filename="../../core/catalogue.py" line="70" />
            <source>the archive is damaged ({error}); open an older copy or save the session again</source>
            <translation>압축 파일이 손상되었습니다({error}). 이전 사본을 열거나 세션을 다시 저장하세요</translation>
        </message>
    </context>
    <context>
        <name>io.empty</name>
        <message>
            <location filename="../../core/catalogue.py" line="65" />
            <source>the file is empty; it may be from a save that was interrupted: open an older copy</source>
            <translation>파일이 비어 있습니다. 저장이 중간에 끊긴 파일일 수 있습니다: 이전 사본을 여세요</translation>
        </message>
    </context>
    <context>
        <name>io.file_too_large</name>
        <message>
            <location filename="../../core/catalogue.py" line="66" />
            <source>the file is {size} bytes, more than any nnviz session needs (at most {limit}); it is not a session file or it was padded</source>
            <translation>파일이 {size}바이트로, 어떤 nnviz 세션보다도 큽니다(최대 {limit}). 세션 파일이 아니거나 내용이 부풀려졌습니다</translation>
        </message>
    </context>
    <context>
        <name>io.format_tag</name>
        <message>
            <location filename="../../core/catalogue.py" line="72" />
            <source>it is not an nnviz session file (wrong format tag)</source>
            <translation>nnviz 세션 파일이 아닙니다(형식 표시가 다릅니다)</translation>
        </message>
    </context>
    <context>
        <name>io.inconsistent</name>
        <message>
            <location filename="../../core/catalogue.py" line="77" />
            <source>its contents are inconsistent ({error}); open an older copy or save the session again</source>
            <translation>내용이 서로 맞지 않습니다({error}). 이전 사본을 열거나 세션을 다시 저장하세요</translation>
        </message>
    </context>
    <context>
        <name>io.member_too_large</name>
        <message>
            <location filename="../../core/catalogue.py" line="69" />
            <source>member {member} holds {size} bytes, more than its contents can need ({limit}): the file was padded or damaged</source>
            <translation>{member}에 {size}바이트가 들어 있어, 그 내용에 필요한 크기({limit})보다 큽니다: 파일이 부풀려졌거나 손상되었습니다</translation>
        </message>
    </context>
    <context>
        <name>io.missing</name>
        <message>
            <location filename="../../core/catalogue.py" line="63" />
            <source>the file does not exist; check the folder and the name</source>
            <translation>파일이 없습니다. 폴더와 이름을 확인하세요</translation>
        </message>
    </context>
    <context>
        <name>io.newer</name>
        <message>
            <location filename="../../core/catalogue.py" line="73" />
            <source>it was written by a newer nnviz (format version {version}; this one reads up to {max}): update nnviz</source>
            <translation>더 새 nnviz가 쓴 파일입니다(형식 버전 {version}, 이 nnviz는 {max}까지 읽습니다): nnviz를 업데이트하세요</translation>
        </message>
    </context>
    <context>
        <name>io.not_session</name>
        <message>
            <location filename="../../core/catalogue.py" line="68" />
            <source>it is a zip archive but not an nnviz session (members: {members})</source>
            <translation>zip 압축 파일이지만 nnviz 세션이 아닙니다(들어 있는 것: {members})</translation>
        </message>
    </context>
    <context>
        <name>io.not_zip</name>
        <message>
            <location filename="../../core/catalogue.py" line="67" />
            <source>it is not an nnviz session file (not a zip archive, or truncated); open the .nnviz file nnviz saved</source>
            <translation>nnviz 세션 파일이 아닙니다(zip 압축 파일이 아니거나 잘렸습니다). nnviz가 저장한 .nnviz 파일을 여세요</translation>
        </message>
    </context>
    <context>
        <name>io.pickle</name>
        <message>
            <location filename="../../core/catalogue.py" line="75" />
            <source>it contains Python objects (pickle), which nnviz never loads because they could run code</source>
            <translation>파이썬 객체(pickle)가 들어 있습니다. 코드를 실행할 수 있어서 nnviz는 절대 읽지 않습니다</translation>
        </message>
    </context>
    <context>
        <name>io.refused</name>
        <message>
            <location filename="../../core/catalogue.py" line="62" />
            <source>cannot open {path}: {why}. Nothing was changed.</source>
            <translation>{path}을(를) 열 수 없습니다: {why}. 아무것도 바뀌지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>io.save_failed</name>
        <message>
            <location filename="../../core/catalogue.py" line="78" />
            <source>could not save {path}: {error}. The previous file, if any, is unchanged; choose another folder or free some space.</source>
            <translation>{path}을(를) 저장할 수 없습니다: {error}. 이전 파일은(있다면) 그대로입니다. 다른 폴더를 고르거나 공간을 비우세요.</translation>
        </message>
    </context>
    <context>
        <name>io.unreadable</name>
        <message>
            <location filename="../../core/catalogue.py" line="64" />
            <source>it could not be read ({error}); check that it is a file you may read</source>
            <translation>파일을 읽을 수 없습니다({error}). 읽을 수 있는 파일인지 확인하세요</translation>
        </message>
    </context>
    <context>
        <name>io.weights_dtype</name>
        <message>
            <location filename="../../core/catalogue.py" line="79" />
            <source>weights_dtype must be float16, float32 or float64, not {value}</source>
            <translation>weights_dtype은 float16, float32, float64 중 하나여야 합니다. {value}이(가) 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>net.b_extra</name>
        <message>
            <location filename="../../core/catalogue.py" line="133" />
            <source>layer {l}: this network has no biases (bias=False); give b as None</source>
            <translation>층 {l}: 이 신경망에는 편향이 없습니다(bias=False). b는 None으로 주세요</translation>
        </message>
    </context>
    <context>
        <name>net.b_missing</name>
        <message>
            <location filename="../../core/catalogue.py" line="132" />
            <source>layer {l}: this network has biases; give b of shape {want}</source>
            <translation>층 {l}: 이 신경망에는 편향이 있습니다. 모양이 {want}인 b를 주세요</translation>
        </message>
    </context>
    <context>
        <name>net.b_shape</name>
        <message>
            <location filename="../../core/catalogue.py" line="134" />
            <source>layer {l}: b has shape {got}, expected {want}</source>
            <translation>층 {l}: b의 모양이 {got}입니다. {want}이어야 합니다</translation>
        </message>
    </context>
    <context>
        <name>net.edit_finite</name>
        <message>
            <location filename="../../core/catalogue.py" line="136" />
            <source>a weight must be a finite number, not {value}</source>
            <translation>가중치는 유한한 수여야 합니다. {value}이(가) 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>net.edit_outside</name>
        <message>
            <location filename="../../core/catalogue.py" line="135" />
            <source>layer {l} has W of shape {shape}; ({i}, {j}) is outside it</source>
            <translation>층 {l}의 W는 모양이 {shape}입니다. ({i}, {j})는 그 밖입니다</translation>
        </message>
    </context>
    <context>
        <name>net.w_shape</name>
        <message>
            <location filename="../../core/catalogue.py" line="131" />
            <source>layer {l} (Affine {a}-&gt;{b}): W has shape {got}, expected {want} (in, out)</source>
            <translation>층 {l} (Affine {a}-&gt;{b}): W의 모양이 {got}입니다. {want}(입력, 출력)이어야 합니다</translation>
        </message>
    </context>
    <context>
        <name>net.weights_count</name>
        <message>
            <location filename="../../core/catalogue.py" line="130" />
            <source>expected weights for {n} layer(s), got {got}</source>
            <translation>층 {n}개의 가중치가 필요한데 {got}개를 받았습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.before_checkpoint</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="72" />
            <source>iteration {it} is before the earliest kept checkpoint (iteration {first}): its stages cannot be shown</source>
            <translation>반복 {it}은(는) 가장 이른 보관 체크포인트(반복 {first})보다 앞섭니다: 그 단계들은 보여 줄 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.breakpoints</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="45" />
            <source>breakpoints: {which}</source>
            <translation>중단점: {which}</translation>
        </message>
    </context>
    <context>
        <name>notice.breakpoints_none</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="44" />
            <source>breakpoints: none</source>
            <translation>중단점: 없음</translation>
        </message>
    </context>
    <context>
        <name>notice.cannot_go_on</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="48" />
            <source>this iteration cannot go on: a value became NaN/inf; lower the learning rate, step back, or Reset</source>
            <translation>이 반복은 계속할 수 없습니다: 값이 NaN/inf가 되었습니다. 학습률을 낮추거나, 한 단계 뒤로 가거나, 초기화하세요</translation>
        </message>
    </context>
    <context>
        <name>notice.could_not_run</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="71" />
            <source>the iteration could not run: {error}</source>
            <translation>이 반복을 실행할 수 없습니다: {error}</translation>
        </message>
    </context>
    <context>
        <name>notice.fallback</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="41" />
            <source>could not build the requested session ({error}); opened the default one</source>
            <translation>요청한 세션을 만들 수 없어({error}) 기본 세션을 열었습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.history_budget</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="34" />
            <source>history budget {mb} MB (kept from iteration {it})</source>
            <translation>기록 예산 {mb} MB (반복 {it}부터 보관)</translation>
        </message>
    </context>
    <context>
        <name>notice.iteration</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="51" />
            <source>iteration {it}</source>
            <translation>반복 {it}</translation>
        </message>
    </context>
    <context>
        <name>notice.lesson_opened</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="39" />
            <source>lesson {lesson} opened</source>
            <translation>수업 {lesson}을(를) 열었습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.lesson_session</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="38" />
            <source>lesson opened</source>
            <translation>수업을 열었습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.lesson_step</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="40" />
            <source>lesson {lesson}: step {step}</source>
            <translation>수업 {lesson}: 단계 {step}</translation>
        </message>
    </context>
    <context>
        <name>notice.lr_lowered</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="26" />
            <source>learning rate lowered to {lr}; network reset: initial weights restored</source>
            <translation>학습률을 {lr}(으)로 낮췄습니다; 신경망 초기화: 초기 가중치로 되돌렸습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.new_data</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="25" />
            <source>new data ({what})</source>
            <translation>새 데이터({what})</translation>
        </message>
    </context>
    <context>
        <name>notice.not_kept</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="75" />
            <source>iteration {want} is no longer kept: the earliest kept point is iteration {first}; showing iteration {first}</source>
            <translation>반복 {want}은(는) 더 이상 보관되어 있지 않습니다: 가장 이른 보관 지점은 반복 {first}입니다; 반복 {first}을(를) 보여 줍니다</translation>
        </message>
    </context>
    <context>
        <name>notice.opened</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="36" />
            <source>opened {path}</source>
            <translation>열었습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>notice.rebuilt</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="24" />
            <source>network reset because {reason}</source>
            <translation>신경망을 새로 만들었습니다: {reason}</translation>
        </message>
    </context>
    <context>
        <name>notice.reg</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="30" />
            <source>regularisation {what} (live)</source>
            <translation>정규화 {what} (즉시 반영)</translation>
        </message>
    </context>
    <context>
        <name>notice.reg_none</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="31" />
            <source>regularisation none (live)</source>
            <translation>정규화 없음 (즉시 반영)</translation>
        </message>
    </context>
    <context>
        <name>notice.reg_rate</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="32" />
            <source>{kind} rate {rate}</source>
            <translation>{kind} 비율 {rate}</translation>
        </message>
    </context>
    <context>
        <name>notice.replayed</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="78" />
            <source>iteration {it} was not kept exactly: replayed from iteration {start} ({steps} steps)</source>
            <translation>반복 {it}은(는) 그대로 보관되지 않았습니다: 반복 {start}부터 다시 계산했습니다 ({steps}단계)</translation>
        </message>
    </context>
    <context>
        <name>notice.reset</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="23" />
            <source>network reset: initial weights restored</source>
            <translation>신경망 초기화: 초기 가중치로 되돌렸습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.restarted</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="55" />
            <source>training restarted from the weights of iteration {it}</source>
            <translation>반복 {it}의 가중치로 학습을 다시 시작했습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.restarted_default</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="53" />
            <source>training restarted with the default session</source>
            <translation>기본 세션으로 학습을 다시 시작했습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.saved</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="37" />
            <source>saved {path}</source>
            <translation>저장했습니다: {path}</translation>
        </message>
    </context>
    <context>
        <name>notice.start_of_training</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="46" />
            <source>this is the start of training: there is no earlier stage</source>
            <translation>학습의 처음입니다: 이전 단계가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.stopped</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="43" />
            <source>Training stopped: {why}</source>
            <translation>학습이 멈췄습니다: {why}</translation>
        </message>
    </context>
    <context>
        <name>notice.train</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="28" />
            <source>training setting changed live: {what}</source>
            <translation>학습 설정을 바로 바꿨습니다: {what}</translation>
        </message>
    </context>
    <context>
        <name>notice.weight</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="33" />
            <source>weight {weight} set to {value}</source>
            <translation>가중치 {weight}을(를) {value}(으)로 바꿨습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.why.activation</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="61" />
            <source>the activation of hidden layer {l} changed to {name}</source>
            <translation>은닉층 {l}의 활성화 함수가 {name}(으)로 바뀌었습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.why.feature_off</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="57" />
            <source>the input {name} was turned off</source>
            <translation>입력 {name}을(를) 껐습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.why.feature_on</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="58" />
            <source>the input {name} was turned on</source>
            <translation>입력 {name}을(를) 켰습니다</translation>
        </message>
    </context>
    <context>
        <name>notice.why.layers</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="60" />
            <source>the number of hidden layers changed ({arrow})</source>
            <translation>은닉층 수가 바뀌었습니다 ({arrow})</translation>
        </message>
    </context>
    <context>
        <name>notice.why.units</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="59" />
            <source>the number of neurons changed ({arrow})</source>
            <translation>뉴런 수가 바뀌었습니다 ({arrow})</translation>
        </message>
    </context>
    <context>
        <name>numeric.at_iteration</name>
        <message>
            <location filename="../../core/catalogue.py" line="170" />
            <source> at iteration {it}</source>
            <translation> (반복 {it})</translation>
        </message>
    </context>
    <context>
        <name>numeric.in_epoch</name>
        <message>
            <location filename="../../core/catalogue.py" line="171" />
            <source> in epoch {ep}</source>
            <translation> (에폭 {ep})</translation>
        </message>
    </context>
    <context>
        <name>numeric.stopped</name>
        <message>
            <location filename="../../core/catalogue.py" line="169" />
            <source>Training stopped{where}: {what}. The weights have grown too large or the learning rate is too high: lower the learning rate, turn on gradient clipping, or press Reset.</source>
            <translation>학습이 멈췄습니다{where}: {what}. 가중치가 너무 커졌거나 학습률이 너무 높습니다: 학습률을 낮추거나, 기울기 클리핑을 켜거나, 초기화를 누르세요.</translation>
        </message>
    </context>
    <context>
        <name>numeric.what.forward</name>
        <message>
            <location filename="../../core/catalogue.py" line="173" />
            <source>the output of layer {l} ({name}) became NaN/inf in the forward pass</source>
            <translation>순전파에서 층 {l} ({name})의 출력이 NaN/inf가 되었습니다</translation>
        </message>
    </context>
    <context>
        <name>numeric.what.loss</name>
        <message>
            <location filename="../../core/catalogue.py" line="174" />
            <source>the loss ({name}) became NaN/inf although every layer output was finite</source>
            <translation>모든 층의 출력이 유한한데도 손실 ({name})이 NaN/inf가 되었습니다</translation>
        </message>
    </context>
    <context>
        <name>numeric.what.update</name>
        <message>
            <location filename="../../core/catalogue.py" line="172" />
            <source>the parameter {name} holds NaN/inf after an update</source>
            <translation>갱신 후 매개변수 {name}에 NaN/inf가 있습니다</translation>
        </message>
    </context>
    <context>
        <name>opt.no_setting</name>
        <message>
            <location filename="../../core/catalogue.py" line="141" />
            <source>optimizer {name} has no setting {key}; it has {has}</source>
            <translation>최적화기 {name}에는 설정 {key}이(가) 없습니다. 있는 설정: {has}</translation>
        </message>
    </context>
    <context>
        <name>opt.state_for</name>
        <message>
            <location filename="../../core/catalogue.py" line="142" />
            <source>optimizer state is for {got}, not {name}</source>
            <translation>최적화기 상태가 {name}이(가) 아니라 {got}의 것입니다</translation>
        </message>
    </context>
    <context>
        <name>opt.unknown</name>
        <message>
            <location filename="../../core/catalogue.py" line="143" />
            <source>unknown optimizer {name}; choose one of {choices}</source>
            <translation>알 수 없는 최적화기 {name}. 다음 중 하나를 고르세요: {choices}</translation>
        </message>
    </context>
    <context>
        <name>session.checkpoint_param</name>
        <message>
            <location filename="../../core/catalogue.py" line="128" />
            <source>checkpoint parameter of shape {got} does not fit {want}</source>
            <translation>모양이 {got}인 체크포인트 매개변수는 {want}에 맞지 않습니다</translation>
        </message>
    </context>
    <context>
        <name>session.checkpoint_perm</name>
        <message>
            <location filename="../../core/catalogue.py" line="129" />
            <source>checkpoint is inside an epoch but carries no shuffle order</source>
            <translation>체크포인트가 에폭 중간인데 섞은 순서가 없습니다</translation>
        </message>
    </context>
    <context>
        <name>session.checkpoint_shape</name>
        <message>
            <location filename="../../core/catalogue.py" line="127" />
            <source>this checkpoint belongs to a network with a different shape</source>
            <translation>이 체크포인트는 모양이 다른 신경망의 것입니다</translation>
        </message>
    </context>
    <context>
        <name>session.class_outputs</name>
        <message>
            <location filename="../../core/catalogue.py" line="123" />
            <source>the data has {k} classes but the output layer has {n} neurons; set the last size to {k}</source>
            <translation>데이터에는 클래스가 {k}개 있는데 출력층의 뉴런은 {n}개입니다: 마지막 크기를 {k}(으)로 하세요</translation>
        </message>
    </context>
    <context>
        <name>session.inputs</name>
        <message>
            <location filename="../../core/catalogue.py" line="124" />
            <source>the network has {n} input neuron(s) but the data gives {k} feature(s); set the first size to {k}</source>
            <translation>신경망의 입력 뉴런은 {n}개인데 데이터의 특성은 {k}개입니다: 첫 크기를 {k}(으)로 하세요</translation>
        </message>
    </context>
    <context>
        <name>session.one_output</name>
        <message>
            <location filename="../../core/catalogue.py" line="122" />
            <source>one output neuron can only separate 2 classes; this data has {k}: give the output layer {k} neurons with softmax</source>
            <translation>출력 뉴런 하나로는 클래스 2개만 나눌 수 있는데 이 데이터에는 {k}개가 있습니다: 출력층에 뉴런 {k}개와 softmax를 주세요</translation>
        </message>
    </context>
    <context>
        <name>session.regression_outputs</name>
        <message>
            <location filename="../../core/catalogue.py" line="121" />
            <source>regression needs 1 output neuron; the network has {n}: set the last size to 1</source>
            <translation>회귀에는 출력 뉴런이 1개 필요한데 신경망에는 {n}개가 있습니다: 마지막 크기를 1로 하세요</translation>
        </message>
    </context>
    <context>
        <name>session.targets_finite</name>
        <message>
            <location filename="../../core/catalogue.py" line="126" />
            <source>targets must be finite numbers</source>
            <translation>목표값은 유한한 수여야 합니다</translation>
        </message>
    </context>
    <context>
        <name>session.targets_shape</name>
        <message>
            <location filename="../../core/catalogue.py" line="125" />
            <source>targets must have shape ({n}, {k}): one row per point, one column per output neuron; got {got}</source>
            <translation>목표값의 모양은 ({n}, {k})여야 합니다: 점마다 한 행, 출력 뉴런마다 한 열. 받은 모양: {got}</translation>
        </message>
    </context>
    <context>
        <name>setting.batch_size</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="87" />
            <source>batch size</source>
            <translation>배치 크기</translation>
        </message>
    </context>
    <context>
        <name>setting.beta1</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="90" />
            <source>beta1</source>
            <translation>β1</translation>
        </message>
    </context>
    <context>
        <name>setting.beta2</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="91" />
            <source>beta2</source>
            <translation>β2</translation>
        </message>
    </context>
    <context>
        <name>setting.decay_rate</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="89" />
            <source>decay rate</source>
            <translation>감쇠율</translation>
        </message>
    </context>
    <context>
        <name>setting.epochs</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="94" />
            <source>epochs</source>
            <translation>에폭</translation>
        </message>
    </context>
    <context>
        <name>setting.eval_every</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="93" />
            <source>test evaluation interval</source>
            <translation>시험 평가 간격</translation>
        </message>
    </context>
    <context>
        <name>setting.loss</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="95" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
    </context>
    <context>
        <name>setting.lr</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="85" />
            <source>lr</source>
            <translation>학습률</translation>
        </message>
    </context>
    <context>
        <name>setting.max_grad</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="92" />
            <source>gradient clipping norm</source>
            <translation>기울기 클리핑 한계</translation>
        </message>
    </context>
    <context>
        <name>setting.momentum</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="88" />
            <source>momentum</source>
            <translation>모멘텀</translation>
        </message>
    </context>
    <context>
        <name>setting.optimizer</name>
        <message>
            <location filename="../../nnviz/model/notices.py" line="86" />
            <source>optimizer</source>
            <translation>옵티마이저</translation>
        </message>
    </context>
    <context>
        <name>spec.activation</name>
        <message>
            <location filename="../../core/catalogue.py" line="50" />
            <source>hidden layer {i}: unknown activation {value}; choose one of {choices}</source>
            <translation>은닉층 {i}: 알 수 없는 활성화 함수 {value}. 다음 중 하나를 고르세요: {choices}</translation>
        </message>
    </context>
    <context>
        <name>spec.activation_count</name>
        <message>
            <location filename="../../core/catalogue.py" line="53" />
            <source>{field} lists {n} entries but the network has {hidden} hidden layer(s)</source>
            <translation>{field}에는 항목이 {n}개 있지만 신경망의 은닉층은 {hidden}개입니다</translation>
        </message>
    </context>
    <context>
        <name>spec.bce_needs_sigmoid</name>
        <message>
            <location filename="../../core/catalogue.py" line="55" />
            <source>bce needs output 'sigmoid' (got {output})</source>
            <translation>bce에는 출력 'sigmoid'가 필요합니다(받은 값: {output})</translation>
        </message>
    </context>
    <context>
        <name>spec.bool</name>
        <message>
            <location filename="../../core/catalogue.py" line="52" />
            <source>{field} must be true or false; got {value}</source>
            <translation>{field}은(는) true 또는 false여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>spec.ce_needs_softmax</name>
        <message>
            <location filename="../../core/catalogue.py" line="54" />
            <source>cross_entropy needs output 'softmax' (got {output}); for one sigmoid output use loss 'bce'</source>
            <translation>cross_entropy에는 출력 'softmax'가 필요합니다(받은 값: {output}). 시그모이드 출력 하나에는 손실 'bce'를 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>spec.choice</name>
        <message>
            <location filename="../../core/catalogue.py" line="48" />
            <source>unknown {what} {value} ({field}); choose one of {choices}</source>
            <translation>알 수 없는 {what} {value} ({field}). 다음 중 하나를 고르세요: {choices}</translation>
        </message>
    </context>
    <context>
        <name>spec.dtype</name>
        <message>
            <location filename="../../core/catalogue.py" line="56" />
            <source>dtype {dtype} cannot train; use float64 or float32 (float16 is for inference and storing weights: Network.astype('float16'))</source>
            <translation>dtype {dtype}(으)로는 학습할 수 없습니다. float64나 float32를 쓰세요(float16은 추론과 가중치 저장용입니다: Network.astype('float16'))</translation>
        </message>
    </context>
    <context>
        <name>spec.features</name>
        <message>
            <location filename="../../core/catalogue.py" line="58" />
            <source>{field} must be a list of feature names; got {value}</source>
            <translation>{field}은(는) 특성 이름의 목록이어야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>spec.init</name>
        <message>
            <location filename="../../core/catalogue.py" line="51" />
            <source>unknown initialiser {value}; choose one of {choices} or give explicit weights</source>
            <translation>알 수 없는 초기화 방법 {value}. {choices} 중 하나를 고르거나 가중치를 직접 주세요</translation>
        </message>
    </context>
    <context>
        <name>spec.init_name</name>
        <message>
            <location filename="../../core/catalogue.py" line="57" />
            <source>init must be a name (book, xavier, he, uniform); give explicit arrays as 'weights'</source>
            <translation>init은 이름(book, xavier, he, uniform)이어야 합니다. 배열을 직접 주려면 'weights'를 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>spec.no_generator</name>
        <message>
            <location filename="../../core/catalogue.py" line="59" />
            <source>data {name} has no generator: pass the Dataset to Session(spec, dataset)</source>
            <translation>데이터 {name}에는 생성기가 없습니다: Session(spec, dataset)에 Dataset을 넘기세요</translation>
        </message>
    </context>
    <context>
        <name>spec.not_dict</name>
        <message>
            <location filename="../../core/catalogue.py" line="45" />
            <source>{field} must be a set of named settings (a JSON object), not {type}</source>
            <translation>{field}은(는) 이름이 붙은 설정의 묶음(JSON 객체)이어야 합니다. {type}이(가) 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>spec.not_name</name>
        <message>
            <location filename="../../core/catalogue.py" line="49" />
            <source>{field} must be a name; got {value}</source>
            <translation>{field}은(는) 이름이어야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>spec.range</name>
        <message>
            <location filename="../../core/catalogue.py" line="40" />
            <source>{field} must be {range}; got {value}</source>
            <translation>{field}은(는) {range}여야 합니다. 받은 값: {value}</translation>
        </message>
    </context>
    <context>
        <name>spec.reg_kind</name>
        <message>
            <location filename="../../core/catalogue.py" line="60" />
            <source>unknown regularization {kind}; choose none, 'l1' or 'l2'</source>
            <translation>알 수 없는 정규화 {kind}. 없음, 'l1', 'l2' 중에서 고르세요</translation>
        </message>
    </context>
    <context>
        <name>spec.sizes</name>
        <message>
            <location filename="../../core/catalogue.py" line="41" />
            <source>{field} must list at least two positive whole numbers (inputs, ..., outputs); got {sizes}</source>
            <translation>{field}에는 두 개 이상의 양의 정수(입력, ..., 출력)를 나열해야 합니다. 받은 값: {sizes}</translation>
        </message>
    </context>
    <context>
        <name>spec.too_deep</name>
        <message>
            <location filename="../../core/catalogue.py" line="42" />
            <source>{field}: {n} hidden layers is more than nnviz trains at interactive speed (at most {limit}); remove some layers</source>
            <translation>{field}: 은닉층 {n}개는 nnviz가 바로바로 학습할 수 있는 수보다 많습니다(최대 {limit}개). 층을 줄이세요</translation>
        </message>
    </context>
    <context>
        <name>spec.too_many_params</name>
        <message>
            <location filename="../../core/catalogue.py" line="44" />
            <source>{field}: this network has {n} weights and biases, more than nnviz trains at interactive speed (at most {limit}); use fewer or smaller layers</source>
            <translation>{field}: 이 신경망의 가중치와 편향은 {n}개로, nnviz가 바로바로 학습할 수 있는 수보다 많습니다(최대 {limit}개). 층의 수나 크기를 줄이세요</translation>
        </message>
    </context>
    <context>
        <name>spec.too_wide</name>
        <message>
            <location filename="../../core/catalogue.py" line="43" />
            <source>{field}: a layer of {n} units is wider than nnviz trains and draws at interactive speed (at most {limit} units a layer); use a smaller layer</source>
            <translation>{field}: 유닛 {n}개짜리 층은 nnviz가 바로바로 학습하고 그릴 수 있는 폭보다 넓습니다(한 층에 최대 {limit}개). 더 작은 층을 쓰세요</translation>
        </message>
    </context>
    <context>
        <name>spec.unknown_keys</name>
        <message>
            <location filename="../../core/catalogue.py" line="46" />
            <source>unknown {field} setting(s) {keys}; known: {known}</source>
            <translation>알 수 없는 {field} 설정 {keys}. 아는 설정: {known}</translation>
        </message>
    </context>
    <context>
        <name>spec.unknown_sections</name>
        <message>
            <location filename="../../core/catalogue.py" line="47" />
            <source>unknown session section(s) {keys}; a session spec has 'network', 'data' and 'train'</source>
            <translation>알 수 없는 세션 항목 {keys}. 세션 명세에는 'network', 'data', 'train'이 있습니다</translation>
        </message>
    </context>
</TS>
