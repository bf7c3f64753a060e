"""The bundle's ``podium`` executable: the same command line as ``main.py``.

``freeze_support()`` comes first: batch export starts worker processes with ``spawn``,
and in a frozen program each worker is this executable started again, which must run the
worker instead of the command line.

In a bundle ``sys.executable`` is this program, not a Python interpreter, yet the editor's
preview starts its render worker as ``sys.executable -m editor.preview.render_worker FD``.
So ``-m MODULE ARGS`` runs MODULE here, for Podium's own packages only.
"""

import multiprocessing
import runpy
import sys

OWN = ("editor.", "exporters.", "models.")


def _run_module_if_asked() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "-m" and sys.argv[2].startswith(OWN):
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _run_module_if_asked()
    from main import main

    sys.exit(main())
