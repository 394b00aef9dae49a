"""Export: pictures and animations of the views.

- ``writers``: PNG at a scale, SVG, GIF/MP4 written atomically (no widget logic);
- ``dialog``: File > Export (the Exporter that replays a session copy into frames, and its dialog);
- ``session_copy``: a private copy of the live session, for export and Save as lesson.

``from nnviz import export; export.export_png(...)`` keeps working: the writers are re-exported here.
"""
from nnviz.export.writers import (
                                  ExportCancelled,
                                  export_animation,
                                  export_png,
                                  export_svg,
                                  grab_image,
                                  image_bytes,
                                  mp4_available,
                                  qimage_to_rgb,
)

__all__ = ["ExportCancelled", "export_animation", "export_png", "export_svg", "grab_image", "image_bytes", "mp4_available",
           "qimage_to_rgb"]
