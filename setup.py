"""Package layout for setuptools (everything else is in pyproject.toml).

The code packages are found automatically; the top-level ``assets/`` folder is installed as the
package ``nnviz.assets``, so a wheel carries the lessons, translations, icons, launcher files and
schemas inside nnviz, and ``importlib.resources.files("nnviz.assets")`` finds them in a wheel and in
an editable install alike (nnviz/resources.py). pyproject.toml alone cannot combine automatic
discovery with one mapped folder, hence this file.
"""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["core", "core.*", "nnviz", "nnviz.*"]) + ["nnviz.assets"],
    package_dir={"nnviz.assets": "assets"},
)
