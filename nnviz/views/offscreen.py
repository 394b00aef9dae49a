"""Drawing a view at a chosen size without disturbing it on screen (the CLI's PNGs, exports)."""


def render_at(widget, width, height, relayout=None):
    """``widget`` laid out at width x height, grabbed as a QImage; its size is put back after.

    ``relayout`` is called after each resize for views that place items themselves."""
    old = widget.size()
    widget.resize(int(width), int(height))
    widget.layout().activate()
    if relayout:
        relayout()
    img = widget.grab().toImage()
    widget.resize(old)
    widget.layout().activate()
    if relayout:
        relayout()
    return img
