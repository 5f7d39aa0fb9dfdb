# Regenerates docs/findings.md from the message catalogs: python3 docs/generate-findings.py (run from the repository root).
import re
def parse(path):
    s=open(path).read()
    out=[]
    for m in re.finditer(r'/\*\*\s*((?:(?!/\*\*).)*?)\s*\*/\s*\n\s*([A-Z_]+)\(\s*"([A-Z]+-\d{4})",\s*Severity\.([A-Z]+),\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+)\)', s, re.S):
        doc=re.sub(r'\s+',' ',m.group(1)).replace('{@link ','').replace('}','').replace('#','.')
        tmpl=''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(5))).replace('\\"','"')
        out.append((m.group(3),m.group(4),m.group(2),doc,tmpl))
    return out
sections=[('Reading documents (`DocumentProblem`, module questionnaire-schema)','questionnaire-schema/src/main/java/dev/selfcheck/schema/DocumentProblem.java'),
('Questionnaires (`QuestionnaireProblem`, module core)','core/src/main/java/dev/selfcheck/core/QuestionnaireProblem.java'),
('Responses (`ResponseProblem`, module core)','core/src/main/java/dev/selfcheck/core/ResponseProblem.java'),
('Scoring (`ScoringProblem`, module scoring)','scoring/src/main/java/dev/selfcheck/scoring/ScoringProblem.java'),
('Analysis (`AnalysisProblem`, module analysis; see [analysis.md](analysis.md))','analysis/src/main/java/dev/selfcheck/analysis/AnalysisProblem.java'),
('Scenario files (`ScenarioProblem`, module scenarios; see [testing-rule-sets.md](testing-rule-sets.md))','scenarios/src/main/java/dev/selfcheck/scenarios/ScenarioProblem.java')]
md='''# Findings

Everything the library finds wrong with a document is a `Finding` with a stable **code**, a
**severity** (`ERROR`: the document cannot be used; `WARNING`: it can, but probably not as intended;
`INFO`: worth knowing, a matter of taste),
a **JSON Pointer** (RFC 6901) to the element concerned, a **message** and, for documents read from
text, the **line and column**. Codes are never reused; a changed meaning gets a new code and an
entry in [upgrading.md](upgrading.md).

In the messages below, `%s` stands for the details filled in (ids, values, limits). This page is
generated from the message catalogs, and a test checks that it lists every code.

'''
bar='\\|'
for title,path in sections:
    md+='## '+title+'\n\n| code | severity | name | when | message |\n| --- | --- | --- | --- | --- |\n'
    for code,sev,name,doc,tmpl in parse(path):
        md+='| `%s` | %s | `%s` | %s | %s |\n' % (code,sev,name,doc,tmpl.replace('|',bar))
    md+='\n'
md+='''## Where the pointer points

- A missing required member: the object that lacks it (`DOC-0030` at `/dimensions/0` for a
  dimension without `label`); the message names the member.
- An unknown member: the member itself (`/dimensions/0/colour`).
- A reference that does not resolve: the referring member (`/dimensions/0/questions/2/scale`,
  `/rules/4/recommend/1`, `/…/visibleWhen/all/0/answer`).
- A duplicate id: the `id` of the second occurrence; the message names the first.
- A text that lacks a translation: the text object (`/dimensions/1/label`).
- An answer: `/answers/<question id>`, its `/value` or `/state`, or `/value/<index>` for one option
  of a multiple-choice answer.
'''
open('docs/findings.md','w').write(md)
