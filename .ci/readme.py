"""README.md from nbs/index.ipynb (what `nbdev_readme` makes with Quarto, for machines without Quarto).
Cells marked `#| echo: false` show only their outputs; a Markdown output (a table) is kept as Markdown.

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
            if '#| echo: false' not in s:
                out.append('```python\n' + '\n'.join(l for l in s.split('\n') if not l.startswith('#|')) + '\n```')
            for o in c.get('outputs', []):   # printed text as a block; Markdown a cell displayed (a table) as Markdown
                if o.get('output_type') == 'stream' and ''.join(o.get('text', '')).strip():
                    out.append('```\n' + ''.join(o['text']).rstrip() + '\n```')
                elif 'text/markdown' in o.get('data', {}): out.append(''.join(o['data']['text/markdown']).strip())
    return '\n\n'.join(out) + '\n'

if __name__ == '__main__':
    md = render()
    if '--check' in sys.argv:
        ok = Path('README.md').read_text() == md
        print('README.md is in step with nbs/index.ipynb' if ok else 'README.md differs from nbs/index.ipynb: run python .ci/readme.py')
        sys.exit(0 if ok else 1)
    Path('README.md').write_text(md); print('wrote README.md')
