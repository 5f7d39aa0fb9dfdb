# Copies the tagged regions of docs/src/test/java/dev/selfcheck/docs/*.java into the Markdown
# blocks marked <!-- snippet: Class#tag --> (run from the repository root after editing a region).
# DocumentationSnippetsTest fails the build when the two differ.
import glob
import re

def source(cls):
    own = f'docs/src/test/java/dev/selfcheck/docs/{cls}.java'
    found = [own] if glob.glob(own) else glob.glob(f'*/src/test/java/**/{cls}.java', recursive=True)
    if len(found) != 1:
        raise SystemExit(f'expected one test class {cls}, found {found}')
    return found[0]

def region(cls, tag):
    lines = open(source(cls), encoding='utf-8').read().split('\n')
    start = end = None
    for i, line in enumerate(lines):
        if line.strip() == f'// tag::{tag}[]':
            start = i + 1
        if line.strip() == f'// end::{tag}[]':
            end = i
    body = lines[start:end]
    indent = min(len(l) - len(l.lstrip()) for l in body if l.strip())
    return '\n'.join('' if not l.strip() else l[indent:] for l in body)

for path in glob.glob('docs/*.md') + ['README.md']:
    text = open(path, encoding='utf-8').read()
    # The closing fence is the first line that starts with ``` (an empty block is filled too).
    new = re.sub(r'(<!-- snippet: (\w+)#([\w-]+) -->\n```java\n)(.*?)(^```)',
                 lambda m: m.group(1) + region(m.group(2), m.group(3)) + '\n' + m.group(5), text,
                 flags=re.S | re.M)
    if new != text:
        open(path, 'w', encoding='utf-8').write(new)
        print('updated', path)
