"""Execute notebooks top to bottom the way Colab does: every cell, no nbdev flag honoured, in a scratch copy of nbs/.

usage: python .ci/colab_run.py [--timeout S] [--keep DIR] NOTEBOOK ...
Fails (exit 1) on the first cell error of any notebook; prints each notebook's wall-clock time.
"""
import argparse, shutil, sys, tempfile, time
from pathlib import Path
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('notebooks', nargs='+'); p.add_argument('--timeout', type=int, default=900, help='seconds per cell')
    p.add_argument('--keep', default=None, help='write the executed notebooks here')
    a = p.parse_args(argv)
    nbs = [Path(n).resolve() for n in a.notebooks]
    work = Path(tempfile.mkdtemp(prefix='colab-')) / 'nbs'
    shutil.copytree(nbs[0].parent, work)          # images and relative paths as in the repository; runs/ stays in the scratch copy
    failed, total = [], time.time()
    for nb_path in nbs:
        nb = nbformat.read(nb_path, as_version=4); t0 = time.time()
        client = NotebookClient(nb, timeout=a.timeout, kernel_name='python3', resources={'metadata': {'path': str(work)}})
        try: client.execute(); status = 'ok'
        except CellExecutionError as e: status = 'FAILED'; failed.append(nb_path.name); print(str(e)[-3000:], file=sys.stderr)
        print(f'{nb_path.name:24s} {status:6s} {time.time() - t0:7.1f} s', flush=True)
        if a.keep: Path(a.keep).mkdir(parents=True, exist_ok=True); nbformat.write(nb, Path(a.keep) / nb_path.name)
    print(f'{len(nbs)} notebooks in {time.time() - total:.0f} s; failed: {failed or "none"}')
    return 1 if failed else 0

if __name__ == '__main__': sys.exit(main())
