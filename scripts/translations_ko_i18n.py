"""Korean for the texts added by the i18n branch: a refused click on the diagram (nnviz.model.intents,
ids ``intent.*`` in nnviz/model/notices.py). English template -> Korean; the Qt context is the id."""

KO = {
    "at least one input feature must stay on": "입력 특성은 적어도 하나는 켜져 있어야 합니다",
    "there is no input feature '{name}'; the features are {features}":
        "입력 특성 '{name}'은(는) 없습니다; 입력 특성은 {features}입니다",
    "the network has no hidden layer {layer}": "신경망에 은닉층 {layer}이(가) 없습니다",
    "hidden layer {layer} needs at least one neuron": "은닉층 {layer}에는 뉴런이 적어도 하나 있어야 합니다",
    "the network has no hidden layer to remove": "신경망에 지울 은닉층이 없습니다",
}
