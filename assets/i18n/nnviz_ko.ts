<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="89" />
            <source>Save session</source>
            <translation>세션 저장</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="89" />
            <source>Save the session (network, optimizer, data, history) to its file</source>
            <translation>세션(신경망, 옵티마이저, 데이터, 기록)을 파일에 저장합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="91" />
            <source>Open…</source>
            <translation>열기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="91" />
            <source>Open a saved session or a lesson file</source>
            <translation>저장한 세션이나 수업 파일을 엽니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="98" />
            <source>Save session as…</source>
            <translation>다른 이름으로 세션 저장…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="99" />
            <source>Save the session to a new file</source>
            <translation>세션을 새 파일에 저장합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="100" />
            <source>Save as lesson…</source>
            <translation>수업으로 저장…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="101" />
            <source>Save this state as a lesson, choosing which controls students see</source>
            <translation>지금 상태를 수업으로 저장하고 학생에게 보일 조작 항목을 고릅니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="102" />
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="102" />
            <source>Save a picture, a drawing or an animation</source>
            <translation>그림, 벡터 도면, 애니메이션으로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="103" />
            <source>Start page…</source>
            <translation>시작 페이지…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="103" />
            <source>The lessons, to pick one</source>
            <translation>수업 목록에서 하나를 고릅니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="104" />
            <source>Close lesson</source>
            <translation>수업 닫기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="104" />
            <source>Leave the lesson and show every control</source>
            <translation>수업을 끝내고 모든 조작 항목을 보입니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="105" />
            <source>Next lesson step</source>
            <translation>수업 다음 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="106" />
            <source>Run the lesson's next step</source>
            <translation>수업의 다음 단계를 실행합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="107" />
            <source>Previous lesson step</source>
            <translation>수업 이전 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="108" />
            <source>Back to the lesson's step before</source>
            <translation>수업의 이전 단계로 돌아갑니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="109" />
            <source>Presenter mode</source>
            <translation>발표 모드</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="110" />
            <source>Large type and controls, full screen</source>
            <translation>큰 글자와 큰 조작 항목, 전체 화면</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="111" />
            <source>Full screen</source>
            <translation>전체 화면</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="111" />
            <source>Fill the screen</source>
            <translation>화면을 가득 채웁니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="112" />
            <source>High contrast</source>
            <translation>고대비</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="113" />
            <source>Black and white with strong borders, for a washed-out projector</source>
            <translation>흐린 프로젝터를 위한 또렷한 흑백과 굵은 테두리</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="114" />
            <source>Faster</source>
            <translation>빠르게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="114" />
            <source>Train faster</source>
            <translation>학습을 더 빠르게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="115" />
            <source>Slower</source>
            <translation>느리게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="115" />
            <source>Train slower</source>
            <translation>학습을 더 느리게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="116" />
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="116" />
            <source>Every key, in a list</source>
            <translation>모든 단축키 목록</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="117" />
            <source>About nnviz</source>
            <translation>nnviz 정보</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="129" />
            <source>Follow the system</source>
            <translation>시스템 설정 따르기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="129" />
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="129" />
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="136" />
            <source>Orange and blue (Playground)</source>
            <translation>주황과 파랑 (Playground)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="137" />
            <source>Colour-blind safe (blue and red)</source>
            <translation>색각 이상에 안전한 색 (파랑과 빨강)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="138" />
            <source>Strong (dark blue and vermillion)</source>
            <translation>진한 색 (짙은 파랑과 주홍)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="35" />
            <source>Whole window</source>
            <translation>창 전체</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="35" />
            <source>Network diagram</source>
            <translation>신경망 다이어그램</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="35" />
            <source>Decision boundary</source>
            <translation>결정 경계</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="36" />
            <source>Loss and accuracy</source>
            <translation>손실과 정확도</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="36" />
            <source>Lesson panel</source>
            <translation>수업 패널</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="191" />
            <source>Iteration {i} · forward: {name} (layer {k})</source>
            <translation>반복 {i} · 순전파: {name} ({k}층)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="193" />
            <source>Iteration {i} · loss {v}</source>
            <translation>반복 {i} · 손실 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="195" />
            <source>Iteration {i} · backward: {name}</source>
            <translation>반복 {i} · 역전파: {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="197" />
            <source>Iteration {i} · update {p} of layer {k}</source>
            <translation>반복 {i} · {k}층 {p} 갱신</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="198" />
            <location filename="../../nnviz/classroom/export_dialog.py" line="288" />
            <source>Iteration {i}</source>
            <translation>반복 {i}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="292" />
            <source>Writing the animation…</source>
            <translation>애니메이션을 쓰는 중…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="292" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="293" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="307" />
            <source>Frame {k} of {n}</source>
            <translation>프레임 {k}/{n}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="313" />
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
            <location filename="../../nnviz/classroom/numbers.py" line="102" />
            <source>Softmax computed naively, exp(a) / Σ exp(a): {v}</source>
            <translation>소프트맥스를 식 그대로 계산, exp(a) / Σ exp(a): {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="103" />
            <source>Softmax computed stably, exp(a − max a) / Σ exp(a − max a): {v}</source>
            <translation>소프트맥스를 안정적으로 계산, exp(a − max a) / Σ exp(a − max a): {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="108" />
            <source>Output y = {v}</source>
            <translation>출력 y = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="111" />
            <source>Target t = {v}</source>
            <translation>정답 t = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="118" />
            <source>Error per output ½(t − y)² = {v}</source>
            <translation>출력별 오차 ½(t − y)² = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="119" />
            <source>Loss E = {v}</source>
            <translation>손실 E = {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="120" />
            <source>Weights (x @ W: W[i, j] joins input i to neuron j):</source>
            <translation>가중치 (x @ W: W[i, j]는 입력 i와 뉴런 j를 잇습니다):</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/numbers.py" line="127" />
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
            <location filename="../../nnviz/stepthrough_ui.py" line="141" />
            <source>Step back</source>
            <translation>한 단계 뒤로</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="142" />
            <source>Back one stage (across iterations too)</source>
            <translation>한 단계 뒤로 (반복을 넘어서도)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="143" />
            <source>Step stage</source>
            <translation>단계 실행</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="144" />
            <source>One stage: forward through a layer, the loss, backward, an update</source>
            <translation>한 단계: 한 층의 순전파, 손실, 역전파, 갱신</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="145" />
            <source>Auto-play stages</source>
            <translation>단계 자동 재생</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="146" />
            <source>Run the stages in slow motion until paused</source>
            <translation>일시 정지할 때까지 단계를 천천히 실행합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="147" />
            <source>Gradient check</source>
            <translation>기울기 확인</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="148" />
            <source>Numerical against backprop gradients on the current batch</source>
            <translation>현재 배치에서 수치 미분과 역전파 기울기를 비교합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="149" />
            <source>Breakpoints…</source>
            <translation>중단점…</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="150" />
            <source>When to pause: NaN/inf, gradient norm, loss rise, dead or saturated units</source>
            <translation>멈출 조건: NaN/inf, 기울기 노름, 손실 증가, 죽은 뉴런이나 포화된 뉴런</translation>
        </message>
    </context>
    <context>
        <name>BoundaryView</name>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="66" />
            <source>network output is not a number</source>
            <translation>신경망 출력이 숫자가 아닙니다 (NaN)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="182" />
            <source>no input plane to draw (the data has more than two inputs)</source>
            <translation>그릴 입력 평면이 없습니다 (입력이 셋 이상입니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="187" />
            <source>network output</source>
            <translation>신경망 출력</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="227" />
            <source>input {name}</source>
            <translation>입력 {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="243" />
            <source>neuron {u} of hidden layer {h} ({act})</source>
            <translation>은닉층 {h}의 뉴런 {u} ({act})</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="249" />
            <source>output neuron {u}</source>
            <translation>출력 뉴런 {u}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/boundary.py" line="256" />
            <source>output neuron {u}: probability of class {c}</source>
            <translation>출력 뉴런 {u}: 클래스 {c}일 확률</translation>
        </message>
    </context>
    <context>
        <name>BreakpointsDialog</name>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="44" />
            <source>Breakpoints</source>
            <translation>중단점</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="47" />
            <source>a value turns NaN or infinite (pause on that stage)</source>
            <translation>값이 NaN이나 무한대가 되면 (그 단계에서 멈춤)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="49" />
            <source>the gradient norm exceeds</source>
            <translation>기울기 노름이 다음 값을 넘으면</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="54" />
            <source>the mean loss rises by a factor of</source>
            <translation>평균 손실이 다음 배수만큼 커지면</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="61" />
            <source>more than this % of a ReLU layer is dead</source>
            <translation>ReLU 층에서 죽은 뉴런이 이 비율(%)을 넘으면</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="65" />
            <source>more than this % of a sigmoid/tanh layer is saturated</source>
            <translation>sigmoid/tanh 층에서 포화된 뉴런이 이 비율(%)을 넘으면</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="74" />
            <source>over a window of</source>
            <translation>구간 길이</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="76" />
            <source>iterations</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="81" />
            <source>Training pauses on the stage where the condition first holds and the message says where and why. Each condition other than NaN stops once when it starts.</source>
            <translation>조건이 처음 성립한 단계에서 학습이 멈추고, 어디서 왜 멈췄는지 메시지로 알려 줍니다. NaN을 뺀 조건은 성립하기 시작할 때 한 번만 멈춥니다.</translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="167" />
            <source>Recent files</source>
            <translation>최근 파일</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="186" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="189" />
            <source>Presenter scale</source>
            <translation>발표 배율</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="194" />
            <source>Theme</source>
            <translation>테마</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="197" />
            <source>Colours</source>
            <translation>색</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="200" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="204" />
            <source>&amp;Lessons</source>
            <translation>수업(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="207" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="222" />
            <location filename="../../nnviz/i18n.py" line="316" />
            <location filename="../../nnviz/i18n.py" line="317" />
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="268" />
            <source>(none yet)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="272" />
            <source>Clear the list</source>
            <translation>목록 지우기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="285" />
            <source>Cannot open this lesson</source>
            <translation>이 수업을 열 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="288" />
            <source>lesson opened: {}</source>
            <translation>수업을 열었습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="365" />
            <source>Open a session or a lesson</source>
            <translation>세션이나 수업 열기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="366" />
            <source>nnviz sessions and lessons (*{} *{});;nnviz sessions (*{});;Lessons (*{});;All files (*)</source>
            <translation>nnviz 세션과 수업 (*{} *{});;nnviz 세션 (*{});;수업 (*{});;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="380" />
            <source>Cannot open this file</source>
            <translation>이 파일을 열 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="387" />
            <source>opened {}</source>
            <translation>열었습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="405" />
            <source>Save session</source>
            <translation>세션 저장</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="406" />
            <source>nnviz sessions (*{})</source>
            <translation>nnviz 세션 (*{})</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="422" />
            <source>Saved {}</source>
            <translation>저장했습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="427" />
            <source>Cannot save</source>
            <translation>저장할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="585" />
            <source>Exported {} ({} frames)</source>
            <translation>내보냈습니다: {} (프레임 {}개)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="588" />
            <source>Export failed</source>
            <translation>내보내기에 실패했습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="592" />
            <source>About nnviz</source>
            <translation>nnviz 정보</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/classroom.py" line="593" />
            <source>nnviz {}: watch a neural network learn.</source>
            <translation>nnviz {}: 신경망이 학습하는 모습을 봅니다.</translation>
        </message>
    </context>
    <context>
        <name>DataPanel</name>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="73" />
            <source>Data</source>
            <translation>데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="104" />
            <source>Noise</source>
            <translation>잡음</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="110" />
            <source>Test data</source>
            <translation>테스트 데이터</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="114" />
            <source>Number of spiral arms (classes)</source>
            <translation>나선 팔의 개수 (클래스 수)</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="115" />
            <source>Classes</source>
            <translation>클래스</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="120" />
            <source>Regenerate</source>
            <translation>다시 만들기</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="121" />
            <source>New random points (a new seed)</source>
            <translation>새 무작위 점 (새 시드)</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="122" />
            <source>Import CSV…</source>
            <translation>CSV 가져오기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="123" />
            <source>Numbers in columns, the label in the last column</source>
            <translation>열마다 숫자, 마지막 열은 레이블</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="128" />
            <source>Click to add points</source>
            <translation>클릭해서 점 추가</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="132" />
            <source>click: add · shift-click: another class · right-click: remove</source>
            <translation>클릭: 추가 · Shift+클릭: 다른 클래스 · 오른쪽 클릭: 삭제</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="152" />
            <source>the spiral now has {} arms</source>
            <translation>나선의 팔이 이제 {}개입니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="171" />
            <source>the data set changed to {}</source>
            <translation>데이터 세트가 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="188" />
            <source>noise is {} %, test data {} %</source>
            <translation>잡음 {} %, 테스트 데이터 {} %</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="193" />
            <source>new points were generated</source>
            <translation>새 점을 만들었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="196" />
            <source>Import CSV</source>
            <translation>CSV 가져오기</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="197" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV 파일 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="208" />
            <source>This file cannot be used</source>
            <translation>이 파일은 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="239" />
            <source>value {:+g}</source>
            <translation>값 {:+g}</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="242" />
            <source>class {}</source>
            <translation>클래스 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="279" />
            <source>{} classes</source>
            <translation>클래스 {}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="280" />
            <source>regression</source>
            <translation>회귀</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/data_panel.py" line="281" />
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
            <location filename="../../nnviz/views/timeline.py" line="25" />
            <source>Checkpoints kept: dark = every iteration, pale = thinned (replayed on demand)</source>
            <translation>보관된 체크포인트: 진한 부분 = 모든 반복, 옅은 부분 = 일부만 보관 (필요할 때 다시 계산)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="427" />
            <location filename="../../nnviz/classroom/export_dialog.py" line="494" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="428" />
            <source>What to write</source>
            <translation>내보낼 형식</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="429" />
            <source>Picture (PNG)</source>
            <translation>그림 (PNG)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="430" />
            <source>Vector drawing of the network diagram (SVG)</source>
            <translation>신경망 다이어그램의 벡터 도면 (SVG)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="431" />
            <source>Animation (GIF)</source>
            <translation>애니메이션 (GIF)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="432" />
            <source>Video (MP4)</source>
            <translation>동영상 (MP4)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="434" />
            <source>MP4 needs the video encoder: pip install imageio-ffmpeg</source>
            <translation>MP4에는 동영상 인코더가 필요합니다: pip install imageio-ffmpeg</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="435" />
            <source>Picture</source>
            <translation>그림</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="436" />
            <source>Show</source>
            <translation>대상</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="437" />
            <source>Scale</source>
            <translation>배율</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="438" />
            <source>Animation</source>
            <translation>애니메이션</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="439" />
            <source>Frames of</source>
            <translation>프레임 내용</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="439" />
            <source>From iteration</source>
            <translation>시작 반복</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="439" />
            <source>To iteration</source>
            <translation>끝 반복</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="440" />
            <source>Every</source>
            <translation>간격</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="440" />
            <source>View</source>
            <translation>화면</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="440" />
            <source>Width (px)</source>
            <translation>너비 (px)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="441" />
            <source>Frames per second</source>
            <translation>초당 프레임 수</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="443" />
            <source>Height (px)</source>
            <translation>높이 (px)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="444" />
            <source> iterations</source>
            <translation> 반복마다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="447" />
            <source>a range of iterations, trained again from the start</source>
            <translation>반복 구간 (처음부터 다시 학습)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="448" />
            <source>the next iteration, stage by stage</source>
            <translation>다음 반복을 단계별로</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="451" />
            <source>Export…</source>
            <translation>내보내기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="452" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="492" />
            <source>PNG pictures (*.png)</source>
            <translation>PNG 그림 (*.png)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="492" />
            <source>SVG drawings (*.svg)</source>
            <translation>SVG 도면 (*.svg)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="493" />
            <source>GIF animations (*.gif)</source>
            <translation>GIF 애니메이션 (*.gif)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="493" />
            <source>MP4 videos (*.mp4)</source>
            <translation>MP4 동영상 (*.mp4)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/export_dialog.py" line="520" />
            <source>Export failed</source>
            <translation>내보내기에 실패했습니다</translation>
        </message>
    </context>
    <context>
        <name>GradCheckDialog</name>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="22" />
            <source>Gradient check</source>
            <translation>기울기 확인</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="27" />
            <source>Each parameter's gradient from backpropagation is compared with a numerical one (central differences of the loss on the current batch). A relative error below the threshold passes: backprop is computing the true gradient.</source>
            <translation>역전파로 구한 매개변수마다의 기울기를 수치 미분(현재 배치 손실의 중앙 차분)과 비교합니다. 상대 오차가 기준보다 작으면 통과입니다: 역전파가 올바른 기울기를 계산하고 있다는 뜻입니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="42" />
            <source>Check again</source>
            <translation>다시 확인</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="57" />
            <source>checking…</source>
            <translation>확인하는 중…</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="69" />
            <source>layer</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="69" />
            <source>parameter</source>
            <translation>매개변수</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="69" />
            <source>shape</source>
            <translation>형상</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="70" />
            <source>max relative error</source>
            <translation>최대 상대 오차</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="70" />
            <source>max absolute error</source>
            <translation>최대 절대 오차</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="71" />
            <source>result</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="76" />
            <source>pass</source>
            <translation>통과</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="76" />
            <source>FAIL</source>
            <translation>실패</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="83" />
            <source>PASSED: backprop matches the numerical gradients</source>
            <translation>통과: 역전파 기울기가 수치 미분과 일치합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="84" />
            <source>FAILED: backprop's gradients differ from the numerical ones</source>
            <translation>실패: 역전파 기울기가 수치 미분과 다릅니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/gradcheck_dialog.py" line="85" />
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
        <name>HistogramsView</name>
        <message>
            <location filename="../../nnviz/views/histograms.py" line="33" />
            <source>weights (W and b)</source>
            <translation>가중치 (W와 b)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/histograms.py" line="34" />
            <source>gradients dL/dW, dL/db</source>
            <translation>기울기 dL/dW, dL/db</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/histograms.py" line="56" />
            <source>layer {k}</source>
            <translation>{k}층</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="189" />
            <source>Press → (Step stage) to run the next iteration stage by stage: forward through each layer, the loss, backward, the update.</source>
            <translation>→ (단계 실행)를 누르면 다음 반복을 단계별로 실행합니다: 층마다 순전파, 손실, 역전파, 갱신.</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="191" />
            <source>Node</source>
            <translation>노드</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="192" />
            <source>Click a neuron in the network to see how it computes its value.</source>
            <translation>신경망의 뉴런을 클릭하면 그 값을 어떻게 계산하는지 볼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="193" />
            <source>Layer</source>
            <translation>층</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="206" />
            <source>Iteration {it} · stage {k} of {n}: {what}</source>
            <translation>반복 {it} · 단계 {k}/{n}: {what}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="209" />
            <source>sample {s} of the batch</source>
            <translation>배치의 샘플 {s}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="210" />
            <source>not in this batch</source>
            <translation>이 배치에 없음</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="211" />
            <source>traced point #{r} ({where})</source>
            <translation>추적하는 점 #{r} ({where})</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="223" />
            <source>Input {name}</source>
            <translation>입력 {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="225" />
            <source>Output neuron {u}</source>
            <translation>출력 뉴런 {u}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="226" />
            <source>Neuron {u} of hidden layer {h}</source>
            <translation>은닉층 {h}의 뉴런 {u}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="235" />
            <source>(no neuron selected: click one in the network; showing neuron 1 of the stage's layer)</source>
            <translation>(선택한 뉴런 없음: 신경망에서 하나를 클릭하세요. 지금 단계 층의 뉴런 1을 보여 줍니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="247" />
            <source>this neuron is not in the network shown</source>
            <translation>이 뉴런은 보이는 신경망에 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="253" />
            <source>not reached yet</source>
            <translation>아직 도달하지 않음</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="259" />
            <location filename="../../nnviz/views/inspector.py" line="261" />
            <source>this input is not used by the network</source>
            <translation>신경망이 이 입력을 쓰지 않습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="266" />
            <source>not reached yet: the forward pass has not come to this layer</source>
            <translation>아직 도달하지 않음: 순전파가 이 층에 오지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="271" />
            <source>Forward</source>
            <translation>순전파</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="275" />
            <source>(a = f(z) comes at the next stage)</source>
            <translation>(a = f(z)는 다음 단계에서 계산합니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="279" />
            <source>Loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="285" />
            <source>Backward</source>
            <translation>역전파</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="291" />
            <source>Update</source>
            <translation>갱신</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="311" />
            <source>the traced point is not in this batch: gradients exist for the batch's points only</source>
            <translation>추적하는 점이 이 배치에 없습니다: 기울기는 배치에 든 점에만 있습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="363" />
            <source>Layer {l}: {name} (forward)</source>
            <translation>{l}층: {name} (순전파)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="373" />
            <source>The loss ({name})</source>
            <translation>손실 ({name})</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="380" />
            <source>Backward from the loss ({name})</source>
            <translation>손실에서 시작하는 역전파 ({name})</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="381" />
            <source>dL/d(scores) = what the loss layer sends back, per sample</source>
            <translation>dL/d(점수) = 손실 계층이 샘플마다 되돌려 보내는 값</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="383" />
            <source>Layer {l}: {name} (backward)</source>
            <translation>{l}층: {name} (역전파)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="385" />
            <source>dL/dz = dL/da × f'(z), element by element</source>
            <translation>dL/dz = dL/da × f'(z), 원소별 곱</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="387" />
            <source>dL/dW = xᵀ × dL/dz;  dL/db = Σ over the batch of dL/dz;  dL/dx = dL/dz × Wᵀ</source>
            <translation>dL/dW = xᵀ × dL/dz;  dL/db = 배치에 대한 dL/dz의 합 Σ;  dL/dx = dL/dz × Wᵀ</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/inspector.py" line="404" />
            <source>Update of {name}{d} (layer {l})</source>
            <translation>{name}{d} 갱신 ({l}층)</translation>
        </message>
    </context>
    <context>
        <name>LessonController</name>
        <message>
            <location filename="../../nnviz/classroom/lesson_controller.py" line="273" />
            <source>the lesson changed {}</source>
            <translation>수업에서 바꾼 설정: {}</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="185" />
            <source>Close the lesson</source>
            <translation>수업 닫기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="186" />
            <source>Predict first</source>
            <translation>먼저 예측해 보세요</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="187" />
            <source>Reveal the answer</source>
            <translation>정답 보기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="188" />
            <source>Show the answer and run this step</source>
            <translation>정답을 보이고 이 단계를 실행합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="189" />
            <source>◀ Previous</source>
            <translation>◀ 이전</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="190" />
            <source>Back to the step before (the lesson is replayed to it)</source>
            <translation>이전 단계로 돌아갑니다 (수업을 그 단계까지 다시 실행합니다)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="191" />
            <location filename="../../nnviz/classroom/lesson_panel.py" line="256" />
            <source>Next ▶</source>
            <translation>다음 ▶</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="192" />
            <source>Run the next step and show its note</source>
            <translation>다음 단계를 실행하고 설명을 보입니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="193" />
            <source>↺ Restart lesson</source>
            <translation>↺ 수업 처음부터</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="194" />
            <source>Back to the start of the lesson</source>
            <translation>수업의 처음으로 돌아갑니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="195" />
            <source>The numbers of the example</source>
            <translation>예제의 숫자</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="196" />
            <source>Runs side by side</source>
            <translation>실행 결과 나란히 보기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="208" />
            <source>No lesson open</source>
            <translation>열린 수업이 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="230" />
            <source>Lesson {n} · step {k} of {total}</source>
            <translation>수업 {n} · 단계 {k}/{total}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="232" />
            <source>Step {k} of {total}</source>
            <translation>단계 {k}/{total}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="235" />
            <source>Ready</source>
            <translation>준비</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="236" />
            <source>Read the text above, then press Next to run the first step.</source>
            <translation>위의 글을 읽고 다음을 눌러 첫 단계를 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="238" />
            <source>Step {k}</source>
            <translation>단계 {k}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="256" />
            <source>Reveal ▶</source>
            <translation>정답 보기 ▶</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="259" />
            <source>The lesson is finished</source>
            <translation>수업이 끝났습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="332" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/lesson_panel.py" line="333" />
            <source>epoch</source>
            <translation>에폭</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="235" />
            <source>loss</source>
            <translation>손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="236" />
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="237" />
            <location filename="../../nnviz/views/loss_plot.py" line="285" />
            <source>epoch</source>
            <translation>에폭</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="245" />
            <source>per batch</source>
            <translation>배치마다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="246" />
            <source>train</source>
            <translation>훈련</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="249" />
            <source>test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="318" />
            <location filename="../../nnviz/views/loss_plot.py" line="478" />
            <source>no epoch finished yet</source>
            <translation>아직 끝난 에폭이 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="319" />
            <location filename="../../nnviz/views/loss_plot.py" line="487" />
            <source>epoch {e}</source>
            <translation>에폭 {e}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="322" />
            <source>loss is not a number</source>
            <translation>손실이 숫자가 아닙니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="324" />
            <location filename="../../nnviz/views/loss_plot.py" line="488" />
            <source>train loss {v}</source>
            <translation>훈련 손실 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="326" />
            <location filename="../../nnviz/views/loss_plot.py" line="489" />
            <source>test loss {v}</source>
            <translation>테스트 손실 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="329" />
            <location filename="../../nnviz/views/loss_plot.py" line="490" />
            <source>train accuracy {v}</source>
            <translation>훈련 정확도 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="331" />
            <location filename="../../nnviz/views/loss_plot.py" line="491" />
            <source>test accuracy {v}</source>
            <translation>테스트 정확도 {v}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/loss_plot.py" line="480" />
            <location filename="../../nnviz/views/loss_plot.py" line="492" />
            <source>loss is not a number from epoch {e}</source>
            <translation>에폭 {e}부터 손실이 숫자가 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../nnviz/main_window.py" line="70" />
            <source>nnviz — watch a neural network learn</source>
            <translation>nnviz — 신경망이 학습하는 모습 보기</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="128" />
            <source>Lower learning rate ÷10 and reset</source>
            <translation>학습률 ÷10 후 초기화</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="129" />
            <location filename="../../nnviz/main_window.py" line="213" />
            <source>Reset</source>
            <translation>초기화</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="130" />
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="144" />
            <source>  Output</source>
            <translation>  출력</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="158" />
            <source>  Loss and accuracy</source>
            <translation>  손실과 정확도</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="214" />
            <source>New network with the initial weights</source>
            <translation>초기 가중치로 신경망을 처음부터 다시</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="215" />
            <location filename="../../nnviz/main_window.py" line="495" />
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="216" />
            <source>Play / pause training</source>
            <translation>학습 재생 / 일시 정지</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="217" />
            <source>Step</source>
            <translation>한 단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="218" />
            <source>One minibatch</source>
            <translation>미니배치 하나</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="219" />
            <source>Step epoch</source>
            <translation>한 에폭</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="220" />
            <source>One epoch</source>
            <translation>에폭 하나</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="221" />
            <source>Open session…</source>
            <translation>세션 열기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="223" />
            <source>Save session…</source>
            <translation>세션 저장…</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="225" />
            <source>Import CSV…</source>
            <translation>CSV 가져오기…</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="226" />
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="227" />
            <source>Show test data</source>
            <translation>테스트 데이터 표시</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="228" />
            <source>Draw the test points (outlined) on the boundary</source>
            <translation>테스트 점을 (테두리로) 결정 경계 위에 그립니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="229" />
            <source>Discretize output</source>
            <translation>출력 이산화</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="230" />
            <source>Paint each region in its winning class only</source>
            <translation>각 영역을 가장 확률이 높은 클래스 색으로만 칠합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="231" />
            <source>Log scale</source>
            <translation>로그 눈금</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="232" />
            <source>Loss on a logarithmic axis</source>
            <translation>손실을 로그 축으로 표시</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="236" />
            <source>Training</source>
            <translation>학습</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="243" />
            <source> Speed </source>
            <translation> 속도 </translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="247" />
            <source>Steps per second, up to as fast as possible</source>
            <translation>초당 단계 수 (최대: 가능한 한 빠르게)</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="255" />
            <source>Epoch &lt;b&gt;0 000 000&lt;/b&gt;</source>
            <translation>에폭 &lt;b&gt;0 000 000&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="270" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="275" />
            <source>&amp;Training</source>
            <translation>학습(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="278" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="286" />
            <source>epoch</source>
            <translation>에폭</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="286" />
            <source>epoch 0000000</source>
            <translation>에폭 0000000</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="287" />
            <source>iteration</source>
            <translation>반복</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="287" />
            <source>iteration 000000000</source>
            <translation>반복 000000000</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="288" />
            <source>training loss</source>
            <translation>훈련 손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="288" />
            <source>train loss 0.00000</source>
            <translation>훈련 손실 0.00000</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="289" />
            <source>test loss</source>
            <translation>테스트 손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="289" />
            <source>test loss 0.00000</source>
            <translation>테스트 손실 0.00000</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="290" />
            <source>accuracy</source>
            <translation>정확도</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="290" />
            <source>train accuracy 100.0 %</source>
            <translation>훈련 정확도 100.0 %</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="291" />
            <source>steps per second</source>
            <translation>초당 단계 수</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="291" />
            <source>000,000 steps/s</source>
            <translation>초당 000,000단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="352" />
            <source>as fast as possible</source>
            <translation>가능한 한 빠르게</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="352" />
            <source>{} steps/s</source>
            <translation>초당 {}단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="362" />
            <source>the network changed</source>
            <translation>신경망이 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="367" />
            <source>the number of hidden layers changed ({})</source>
            <translation>은닉층 수가 바뀌었습니다 ({})</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="369" />
            <source>the number of neurons changed ({})</source>
            <translation>뉴런 수가 바뀌었습니다 ({})</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="372" />
            <source>the activation of hidden layer {} changed to {}</source>
            <translation>은닉층 {}의 활성화 함수가 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="382" />
            <source>At least one input feature must stay on.</source>
            <translation>입력 특성은 적어도 하나는 켜 두어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="385" />
            <source>the input {} was turned off</source>
            <translation>입력 {}을(를) 껐습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="388" />
            <source>the input {} was turned on</source>
            <translation>입력 {}을(를) 켰습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="495" />
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="511" />
            <source>Not done: {}</source>
            <translation>실행하지 않았습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="525" />
            <source>Epoch &lt;b&gt;{:,}&lt;/b&gt;</source>
            <translation>에폭 &lt;b&gt;{:,}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="531" />
            <source>epoch 0</source>
            <translation>에폭 0</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="531" />
            <source>iteration 0</source>
            <translation>반복 0</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="534" />
            <source>epoch {}</source>
            <translation>에폭 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="535" />
            <source>iteration {}</source>
            <translation>반복 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="536" />
            <source>train loss {}</source>
            <translation>훈련 손실 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="537" />
            <source>test loss {}</source>
            <translation>테스트 손실 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="539" />
            <source>test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="539" />
            <source>train</source>
            <translation>훈련</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="540" />
            <source>{} accuracy {}</source>
            <translation>{} 정확도 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="542" />
            <source>{:,.0f} steps/s</source>
            <translation>초당 {:,.0f}단계</translation>
        </message>
        <message>
            <location filename="../../nnviz/main_window.py" line="542" />
            <source>paused</source>
            <translation>일시 정지됨</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="14" />
            <source>network reset: initial weights restored</source>
            <translation>신경망 초기화: 초기 가중치로 되돌렸습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="15" />
            <source>network reset because {}</source>
            <translation>신경망을 새로 만들었습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="16" />
            <source>training setting changed live: {}</source>
            <translation>학습 설정을 바로 바꿨습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="17" />
            <source>regularisation {} (live)</source>
            <translation>정규화 {} (즉시 반영)</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="18" />
            <source>weight {} set to {}</source>
            <translation>가중치 {}을(를) {}(으)로 바꿨습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="19" />
            <source>opened {}</source>
            <translation>열었습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="20" />
            <source>saved {}</source>
            <translation>저장했습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="21" />
            <source>lesson {} opened</source>
            <translation>수업 {}을(를) 열었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="22" />
            <source>lesson {}: step {}</source>
            <translation>수업 {}: 단계 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="24" />
            <source>could not build the requested session ({}); opened the default one</source>
            <translation>요청한 세션을 만들 수 없어({}) 기본 세션을 열었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="25" />
            <source>Training stopped: {}</source>
            <translation>학습이 멈췄습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="26" />
            <source>breakpoints: none</source>
            <translation>중단점: 없음</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="27" />
            <source>breakpoints: {}</source>
            <translation>중단점: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="29" />
            <source>this is the start of training: there is no earlier stage</source>
            <translation>학습의 처음입니다: 이전 단계가 없습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="31" />
            <source>this iteration cannot go on: a value became NaN/inf; lower the learning rate, step back, or Reset</source>
            <translation>이 반복은 계속할 수 없습니다: 값이 NaN/inf가 되었습니다. 학습률을 낮추거나, 한 단계 뒤로 가거나, 초기화하세요</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/messages.py" line="33" />
            <source>iteration {}</source>
            <translation>반복 {}</translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="461" />
            <source>+ layer</source>
            <translation>+ 층</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="462" />
            <source>add a hidden layer before the output</source>
            <translation>출력층 앞에 은닉층 추가</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="464" />
            <source>− layer</source>
            <translation>− 층</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="465" />
            <source>remove the last hidden layer</source>
            <translation>마지막 은닉층 삭제</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="493" />
            <source>new weight</source>
            <translation>새 가중치</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="711" />
            <source>{n} inputs</source>
            <translation>입력 {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="711" />
            <source>features</source>
            <translation>특성</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="713" />
            <source>{n} neurons</source>
            <translation>뉴런 {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="713" />
            <source>1 neuron</source>
            <translation>뉴런 1개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="715" />
            <source>output</source>
            <translation>출력</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="737" />
            <source>{n} hidden layers</source>
            <translation>은닉층 {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="738" />
            <source>1 hidden layer</source>
            <translation>은닉층 1개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="777" />
            <source>colour scale ±{s}</source>
            <translation>색 눈금 ±{s}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="779" />
            <source>showing {shown} of {total} edges (near-zero weights hidden)</source>
            <translation>연결 {total}개 중 {shown}개 표시 (0에 가까운 가중치는 숨김)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="782" />
            <source>showing the {shown} strongest of {total} edges</source>
            <translation>연결 {total}개 중 가장 강한 {shown}개 표시</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="785" />
            <source>{n} edges</source>
            <translation>연결 {n}개</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1035" />
            <location filename="../../nnviz/views/diagram.py" line="1061" />
            <source>not a number</source>
            <translation>숫자가 아님</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1038" />
            <source>gradient {g}</source>
            <translation>기울기 {g}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1039" />
            <source>click to edit</source>
            <translation>클릭해서 수정</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1052" />
            <source>click to turn off</source>
            <translation>클릭해서 끄기</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1052" />
            <source>click to use</source>
            <translation>클릭해서 사용</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1055" />
            <source>neuron {u} of hidden layer {h}</source>
            <translation>은닉층 {h}의 뉴런 {u}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1056" />
            <source>output {name}</source>
            <translation>출력 {name}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1060" />
            <source>bias {b}</source>
            <translation>편향 {b}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="1124" />
            <source>“{t}” is not a number; type e.g. -0.5</source>
            <translation>“{t}”은(는) 숫자가 아닙니다. 예: -0.5</translation>
        </message>
    </context>
    <context>
        <name>SaveLessonDialog</name>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="72" />
            <location filename="../../nnviz/classroom/save_lesson.py" line="98" />
            <source>Save as lesson</source>
            <translation>수업으로 저장</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="73" />
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="74" />
            <source>Text for the students</source>
            <translation>학생에게 보일 글</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="75" />
            <source>What this lesson shows</source>
            <translation>이 수업에서 보여 줄 것</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="76" />
            <source>What to look at, what to try</source>
            <translation>무엇을 보고 무엇을 해 볼지</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="77" />
            <source>Hide these controls from students</source>
            <translation>학생에게 숨길 조작 항목</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="82" />
            <source>Save…</source>
            <translation>저장…</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="83" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="99" />
            <source>Lessons (*{})</source>
            <translation>수업 (*{})</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="108" />
            <source>Lesson</source>
            <translation>수업</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="159" />
            <source>Lesson saved: {}</source>
            <translation>수업을 저장했습니다: {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/save_lesson.py" line="166" />
            <source>Cannot save the lesson</source>
            <translation>수업을 저장할 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="58" />
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="59" />
            <source>Every key works anywhere in the main window.</source>
            <translation>모든 키는 메인 창 어디서나 작동합니다.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="60" />
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="60" />
            <source>Action</source>
            <translation>동작</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="60" />
            <source>What it does</source>
            <translation>설명</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/shortcuts.py" line="63" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="83" />
            <source>nnviz — lessons</source>
            <translation>nnviz — 수업</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="84" />
            <source>Lessons</source>
            <translation>수업</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="85" />
            <source>Each lesson sets up a network, its data and its weights, and walks through it step by step. Pick one, or explore freely.</source>
            <translation>수업마다 신경망과 데이터, 가중치를 준비하고 한 단계씩 함께 따라갑니다. 수업을 고르거나 자유롭게 탐색하세요.</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="87" />
            <source>Explore freely</source>
            <translation>자유롭게 탐색</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="88" />
            <source>Close this page and train the spiral as it is</source>
            <translation>이 페이지를 닫고 나선 데이터를 그대로 학습합니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="89" />
            <source>Show this page at start</source>
            <translation>시작할 때 이 페이지 보이기</translation>
        </message>
        <message>
            <location filename="../../nnviz/classroom/start_page.py" line="90" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>StepThrough</name>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="165" />
            <source>Step-through</source>
            <translation>단계별 실행</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="174" />
            <source>Time per stage in the animation and auto-play (100 ms to 3 s)</source>
            <translation>애니메이션과 자동 재생에서 단계마다 걸리는 시간 (100 ms ~ 3 s)</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="180" />
            <source>Auto-play</source>
            <translation>자동 재생</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="216" />
            <source>Inspector</source>
            <translation>검사기</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="217" />
            <source>Computation graph</source>
            <translation>계산 그래프</translation>
        </message>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="218" />
            <source>Histograms</source>
            <translation>히스토그램</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="51" />
            <source>Drag to go back to any earlier iteration; training resumed there replays deterministically</source>
            <translation>끌어서 이전 반복으로 돌아갈 수 있습니다. 거기서 학습을 다시 시작하면 똑같이 재현됩니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="57" />
            <source>Timeline</source>
            <translation>타임라인</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="104" />
            <source>iteration {k} of {n}</source>
            <translation>반복 {k}/{n}</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="106" />
            <source>iteration {r} is no longer kept: the earliest kept is {f}</source>
            <translation>반복 {r}은(는) 더 이상 보관하지 않습니다: 가장 이른 보관 반복은 {f}입니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="109" />
            <source>replayed from iteration {j} ({n} steps)</source>
            <translation>반복 {j}부터 다시 계산함 ({n}단계)</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="112" />
            <source>exact</source>
            <translation>정확함</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/timeline.py" line="113" />
            <source>{k} checkpoints, {mb:.1f} of {budget:.0f} MB</source>
            <translation>체크포인트 {k}개, {budget:.0f} MB 중 {mb:.1f} MB</translation>
        </message>
    </context>
    <context>
        <name>TrainPanel</name>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="59" />
            <source>Training settings</source>
            <translation>학습 설정</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="88" />
            <source>Learning rate</source>
            <translation>학습률</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="89" />
            <source>Step size of each update. Pick one or type any positive number (live).</source>
            <translation>한 번 갱신할 때의 보폭입니다. 고르거나 양수를 직접 입력하세요 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="93" />
            <source>Batch size</source>
            <translation>배치 크기</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="94" />
            <source>Points per minibatch (live; takes effect at the next epoch).</source>
            <translation>미니배치 하나의 점 개수 (다음 에폭부터 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="98" />
            <source>Optimizer</source>
            <translation>옵티마이저</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="98" />
            <source>How gradients become updates (live).</source>
            <translation>기울기로 가중치를 갱신하는 방법 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="104" />
            <source>Momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="104" />
            <source>For momentum and nesterov (live).</source>
            <translation>momentum과 nesterov에 쓰입니다 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="108" />
            <source>Activation</source>
            <translation>활성화 함수</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="109" />
            <source>Activation of every hidden layer (resets the network). Per layer: in the diagram.</source>
            <translation>모든 은닉층의 활성화 함수 (신경망을 초기화합니다). 층마다 바꾸려면 다이어그램에서 고르세요.</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="113" />
            <source>Initialiser</source>
            <translation>초기화 방법</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="113" />
            <source>Initial weights (resets the network).</source>
            <translation>초기 가중치 (신경망을 초기화합니다).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="116" />
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="119" />
            <source>Regularization</source>
            <translation>정규화</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="119" />
            <source>Penalty on the weights (live).</source>
            <translation>가중치에 주는 벌점 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="126" />
            <source>Reg. rate</source>
            <translation>정규화 계수</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="129" />
            <source>Classification</source>
            <translation>분류</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="130" />
            <source>Regression</source>
            <translation>회귀</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="131" />
            <source>Problem type</source>
            <translation>문제 유형</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="134" />
            <source>CE</source>
            <translation>CE</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="134" />
            <source>cross-entropy</source>
            <translation>교차 엔트로피</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="135" />
            <source>BCE</source>
            <translation>BCE</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="135" />
            <source>binary cross-entropy</source>
            <translation>이진 교차 엔트로피</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="135" />
            <source>MSE</source>
            <translation>MSE</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="135" />
            <source>mean squared error</source>
            <translation>평균 제곱 오차</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="138" />
            <source>{} output, {} loss</source>
            <translation>출력층 {}, 손실 함수 {}</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="139" />
            <source>Output + loss</source>
            <translation>출력층 + 손실</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="139" />
            <source>Output layer and loss (resets the network).</source>
            <translation>출력층과 손실 함수 (신경망을 초기화합니다).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="143" />
            <source>Precision</source>
            <translation>정밀도</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="143" />
            <source>Number type of the weights (resets the network).</source>
            <translation>가중치의 수 형식 (신경망을 초기화합니다).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="145" />
            <source>Clip</source>
            <translation>제한</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="155" />
            <source>Gradient clipping</source>
            <translation>기울기 제한</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="156" />
            <source>Scale the gradients down when their total norm exceeds this (live).</source>
            <translation>기울기 전체의 노름이 이 값을 넘으면 줄입니다 (즉시 반영).</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="171" />
            <source>the initialiser changed to {}</source>
            <translation>초기화 방법이 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="173" />
            <source>the precision changed to {}</source>
            <translation>정밀도가 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="194" />
            <source>The learning rate must be a positive number, e.g. 0.03</source>
            <translation>학습률은 양수여야 합니다. 예: 0.03</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="209" />
            <source>the hidden activation changed to {}</source>
            <translation>은닉층 활성화 함수가 {}(으)로 바뀌었습니다</translation>
        </message>
        <message>
            <location filename="../../nnviz/panels/train_panel.py" line="221" />
            <source>the output changed to {} + {}</source>
            <translation>출력이 {} + {}(으)로 바뀌었습니다</translation>
        </message>
    </context>
    <context>
        <name>diagram</name>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="367" />
            <source>one neuron fewer</source>
            <translation>뉴런 하나 빼기</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="370" />
            <source>one neuron more</source>
            <translation>뉴런 하나 더하기</translation>
        </message>
        <message>
            <location filename="../../nnviz/views/diagram.py" line="379" />
            <source>activation function of this layer</source>
            <translation>이 층의 활성화 함수</translation>
        </message>
    </context>
    <context>
        <name>self.window</name>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="193" />
            <source>&amp;Training</source>
            <translation>학습(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>win</name>
        <message>
            <location filename="../../nnviz/stepthrough_ui.py" line="243" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
    </context>
</TS>
