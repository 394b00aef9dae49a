"""The ``nnviz`` command."""
import argparse
import sys

from nnviz import __version__


def main(argv=None):
    p = argparse.ArgumentParser(prog="nnviz", description="Watch a neural network learn.")
    p.add_argument("--version", action="version", version=f"nnviz {__version__}")
    p.parse_args(argv)
    print(f"nnviz {__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
