"""README.md from nbs/index.ipynb (what `nbdev_readme` makes with Quarto, for machines without Quarto).

usage: python .ci/readme.py [--check]   (--check: exit 1 if README.md is not what index.ipynb gives)
"""
import json, sys
from pathlib import Path

def render(nb_path='nbs/index.ipynb'):
    nb = json.loads(Path(nb_path).read_text()); out = []
    for c in nb['cells']:
        s = ''.join(c['source']).strip()
        if not s or s.startswith('#| hide'): continue
        if c['cell_type'] == 'markdown': out.append(s.replace('](images/', '](nbs/images/'))
        else:
            out.append('```python\n' + '\n'.join(l for l in s.split('\n') if not l.startswith('#|')) + '\n```')
            text = ''.join(''.join(o.get('text', '')) for o in c.get('outputs', []) if o.get('output_type') == 'stream').rstrip()
            if text: out.append('```\n' + text + '\n```')
    return '\n\n'.join(out) + '\n'

if __name__ == '__main__':
    md = render()
    if '--check' in sys.argv:
        ok = Path('README.md').read_text() == md
        print('README.md is in step with nbs/index.ipynb' if ok else 'README.md differs from nbs/index.ipynb: run python .ci/readme.py')
        sys.exit(0 if ok else 1)
    Path('README.md').write_text(md); print('wrote README.md')
