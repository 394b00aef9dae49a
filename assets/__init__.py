"""nnviz's data files (lessons, translations, icons, launcher files, JSON Schemas).

Installed as the package ``nnviz.assets`` (see setup.py); this file makes it a package so that
``importlib.resources.files("nnviz.assets")`` finds it in a wheel and an editable install alike.
Read them through nnviz/resources.py, never by a path beside the source.
"""
