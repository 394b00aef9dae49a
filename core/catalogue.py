"""Every message template of the engine, by id: the one place its English is written.

Each entry is marked ``QT_TRANSLATE_NOOP(<id>, <template>)`` so lupdate files it under its
own id as the context (see core.messages). Placeholders are str.format names; numbers
come pre-formatted where the text needs a particular form. Ids are ``<area>.<what>``.
"""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP

CATALOGUE: dict[str, str] = {
    # --- breakpoints: why training paused (core.breakpoints)
    'bp.advice.MSELoss': QT_TRANSLATE_NOOP('bp.advice.MSELoss', ' The squared error overflowed: an output beyond about 1e154 squared exceeds the largest float (1.8e308). With squared error the gradient grows with the error, so a too-high learning rate makes the outputs explode: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), or Reset.'),
    'bp.advice.SigmoidWithLoss': QT_TRANSLATE_NOOP('bp.advice.SigmoidWithLoss', ' Binary cross-entropy takes log y and log(1 - y); a sigmoid output of exactly 0 or 1 gives log 0 = -inf. The scores exploded: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), or Reset.'),
    'bp.advice.SoftmaxWithLoss': QT_TRANSLATE_NOOP('bp.advice.SoftmaxWithLoss', ' Cross-entropy takes the log of the probability given to the true class; scores so far apart that this probability is 0 give log 0 = -inf. The scores exploded: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), or Reset.'),
    'bp.advice.backward': QT_TRANSLATE_NOOP('bp.advice.backward', " The gradient exploded on its way back: every layer multiplies it by its weights (and f'(z)), so with large weights it grows layer by layer. Try: turn on gradient clipping (max_grad, e.g. 5), lower the learning rate (try a tenth), or smaller initial weights (xavier/he)."),
    'bp.advice.forward': QT_TRANSLATE_NOOP('bp.advice.forward', ' A weighted sum overflowed because the weights have grown huge. Usually the learning rate is too high: every update overshoots and the weights grow step after step (the loss curve climbs or jumps first). Try: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5), add L2 regularisation, or Reset.'),
    'bp.advice.input': QT_TRANSLATE_NOOP('bp.advice.input', ' The input data itself holds NaN/inf: check the data set (a CSV cell that is empty or not a number), or the feature transforms.'),
    'bp.advice.update': QT_TRANSLATE_NOOP('bp.advice.update', ' The update w - lr x dL/dw overflowed: learning rate x gradient is too large for the numbers to hold. Try: lower the learning rate (try a tenth), turn on gradient clipping (max_grad, e.g. 5).'),
    'bp.backward.dW': QT_TRANSLATE_NOOP('bp.backward.dW', 'Iteration {it}, backward: dL/dW[{i0}, {j0}] (edge {i} → {j}) of layer {l} ({name}) became {v}.'),
    'bp.backward.db': QT_TRANSLATE_NOOP('bp.backward.db', 'Iteration {it}, backward: dL/db of unit {u} of layer {l} ({name}) became {v}.'),
    'bp.backward.dx': QT_TRANSLATE_NOOP('bp.backward.dx', 'Iteration {it}, backward: dL/dx of input {i} of layer {l} ({name}) became {v} for sample {n}.'),
    'bp.dead_relu': QT_TRANSLATE_NOOP('bp.dead_relu', 'Iteration {it}: {k} of {n} ReLU units of layer {l} output 0 for every sample of the batch (first: unit {u}). Their gradient is 0, so they no longer learn and rarely recover. Causes: a too-high learning rate drove their weights or biases negative, or a bad initialisation. Try: lower the learning rate (try a tenth), He initialisation, or leaky_relu / elu.'),
    'bp.forward.input': QT_TRANSLATE_NOOP('bp.forward.input', 'Iteration {it}: input feature {i} of sample {n} is {v}.'),
    'bp.forward.input_z': QT_TRANSLATE_NOOP('bp.forward.input_z', ' Its input z was {z}.'),
    'bp.forward.largest_term': QT_TRANSLATE_NOOP('bp.forward.largest_term', ' The largest term is w{i}·a{i} = {w} × {a} (edge {i} → {j}).'),
    'bp.forward.unit': QT_TRANSLATE_NOOP('bp.forward.unit', 'Iteration {it}, forward: unit {j} of layer {l} ({name}) became {v} for sample {n}.'),
    'bp.grad_norm': QT_TRANSLATE_NOOP('bp.grad_norm', 'Iteration {it}: the gradient norm is {v}, above {limit}. Gradients this large make big jumps and can explode into NaN. Try: turn on gradient clipping (max_grad, e.g. 5), lower the learning rate (try a tenth).'),
    'bp.iteration': QT_TRANSLATE_NOOP('bp.iteration', 'Iteration {it}: '),
    'bp.loss.largest_score': QT_TRANSLATE_NOOP('bp.loss.largest_score', ' The largest score is output {u} of sample {n}: {v}.'),
    'bp.loss.nan': QT_TRANSLATE_NOOP('bp.loss.nan', 'Iteration {it}: the loss ({name}) became {v}; the largest score is output {u}.'),
    'bp.loss_rise': QT_TRANSLATE_NOOP('bp.loss_rise', 'Iteration {it}: the mean loss of the last {w} iterations ({recent}) is {ratio}× the {w} before ({before}). Training is diverging: the learning rate is probably too high (each step overshoots the minimum), or a setting just changed. Try: lower the learning rate (try a tenth); with momentum or Adam, a smaller step; or turn on gradient clipping (max_grad, e.g. 5).'),
    'bp.saturated': QT_TRANSLATE_NOOP('bp.saturated', "Iteration {it}: {k} of {n} {name} units of layer {l} are saturated (output pinned near its limit for most of the batch; first: unit {u}). There f'(z) is almost 0, so almost no gradient flows back through them and learning stalls. Causes: large weights or inputs (too-large initial weights, a high learning rate, unscaled features). Try: smaller initial weights (xavier), lower the learning rate (try a tenth), normalised inputs, or ReLU."),
    'bp.state.nan': QT_TRANSLATE_NOOP('bp.state.nan', 'Iteration {it}: {what} of layer {l} became {v}.'),
    'bp.update.param': QT_TRANSLATE_NOOP('bp.update.param', 'Iteration {it}, update: {where} of layer {l} became {v} (it was {w}, dL/dw = {g}, lr = {lr}).'),
    'bp.what.forward': QT_TRANSLATE_NOOP('bp.what.forward', 'the output of layer {l} ({name}) became NaN/inf.'),
    'bp.what.loss': QT_TRANSLATE_NOOP('bp.what.loss', 'the loss ({name}) became NaN/inf although every layer output was finite.'),
    'bp.what.update': QT_TRANSLATE_NOOP('bp.what.update', 'the parameter {name} holds NaN/inf after an update.'),
    # --- specs (core.spec)
    'spec.range': QT_TRANSLATE_NOOP('spec.range', "{field} must be {range}; got {value}"),
    'spec.sizes': QT_TRANSLATE_NOOP('spec.sizes', "{field} must list at least two positive whole numbers (inputs, ..., outputs); got {sizes}"),
    'spec.too_deep': QT_TRANSLATE_NOOP('spec.too_deep', "{field}: {n} hidden layers is more than nnviz trains at interactive speed (at most {limit}); remove some layers"),
    'spec.too_wide': QT_TRANSLATE_NOOP('spec.too_wide', "{field}: a layer of {n} units is wider than nnviz trains and draws at interactive speed (at most {limit} units a layer); use a smaller layer"),
    'spec.too_many_params': QT_TRANSLATE_NOOP('spec.too_many_params', "{field}: this network has {n} weights and biases, more than nnviz trains at interactive speed (at most {limit}); use fewer or smaller layers"),
    'spec.not_dict': QT_TRANSLATE_NOOP('spec.not_dict', "{field} must be a set of named settings (a JSON object), not {type}"),
    'spec.unknown_keys': QT_TRANSLATE_NOOP('spec.unknown_keys', "unknown {field} setting(s) {keys}; known: {known}"),
    'spec.unknown_sections': QT_TRANSLATE_NOOP('spec.unknown_sections', "unknown session section(s) {keys}; a session spec has 'network', 'data' and 'train'"),
    'spec.choice': QT_TRANSLATE_NOOP('spec.choice', "unknown {what} {value} ({field}); choose one of {choices}"),
    'spec.not_name': QT_TRANSLATE_NOOP('spec.not_name', "{field} must be a name; got {value}"),
    'spec.activation': QT_TRANSLATE_NOOP('spec.activation', "hidden layer {i}: unknown activation {value}; choose one of {choices}"),
    'spec.init': QT_TRANSLATE_NOOP('spec.init', "unknown initialiser {value}; choose one of {choices} or give explicit weights"),
    'spec.bool': QT_TRANSLATE_NOOP('spec.bool', "{field} must be true or false; got {value}"),
    'spec.activation_count': QT_TRANSLATE_NOOP('spec.activation_count', "{field} lists {n} entries but the network has {hidden} hidden layer(s)"),
    'spec.ce_needs_softmax': QT_TRANSLATE_NOOP('spec.ce_needs_softmax', "cross_entropy needs output 'softmax' (got {output}); for one sigmoid output use loss 'bce'"),
    'spec.bce_needs_sigmoid': QT_TRANSLATE_NOOP('spec.bce_needs_sigmoid', "bce needs output 'sigmoid' (got {output})"),
    'spec.dtype': QT_TRANSLATE_NOOP('spec.dtype', "dtype {dtype} cannot train; use float64 or float32 (float16 is for inference and storing weights: Network.astype('float16'))"),
    'spec.init_name': QT_TRANSLATE_NOOP('spec.init_name', "init must be a name (book, xavier, he, uniform); give explicit arrays as 'weights'"),
    'spec.features': QT_TRANSLATE_NOOP('spec.features', "{field} must be a list of feature names; got {value}"),
    'spec.no_generator': QT_TRANSLATE_NOOP('spec.no_generator', "data {name} has no generator: pass the Dataset to Session(spec, dataset)"),
    'spec.reg_kind': QT_TRANSLATE_NOOP('spec.reg_kind', "unknown regularization {kind}; choose none, 'l1' or 'l2'"),
    # --- numbers going bad (core.network.check_finite)
    'numeric.stopped': QT_TRANSLATE_NOOP('numeric.stopped', "Training stopped{where}: {what}. The weights have grown too large or the learning rate is too high: lower the learning rate, turn on gradient clipping, or press Reset."),
    'numeric.at_iteration': QT_TRANSLATE_NOOP('numeric.at_iteration', " at iteration {it}"),
    'numeric.in_epoch': QT_TRANSLATE_NOOP('numeric.in_epoch', " in epoch {ep}"),
    'numeric.what.update': QT_TRANSLATE_NOOP('numeric.what.update', "the parameter {name} holds NaN/inf after an update"),
    'numeric.what.forward': QT_TRANSLATE_NOOP('numeric.what.forward', "the output of layer {l} ({name}) became NaN/inf in the forward pass"),
    'numeric.what.loss': QT_TRANSLATE_NOOP('numeric.what.loss', "the loss ({name}) became NaN/inf although every layer output was finite"),
}
