# Regenerates docs/findings.md from the message catalogs: python3 docs/generate-findings.py (run from the repository root).
import re
def texts(path):
    # The English texts of a catalog: findings.properties beside the enum (in src/main/resources).
    props=path.replace('/java/','/resources/').rsplit('/',1)[0]+'/findings.properties'
    out={}
    for line in open(props, encoding='utf-8'):
        line=line.rstrip('\n')
        if line and not line.startswith('#') and '=' in line:
            k,v=line.split('=',1)
            out[k.strip()]=v.replace('\\\\','\\')
    return out
def parse(path):
    s=open(path).read()
    t=texts(path)
    out=[]
    for m in re.finditer(r'/\*\*\s*((?:(?!/\*\*).)*?)\s*\*/\s*\n\s*([A-Z_]+)\(\s*"([A-Z]+-\d{4})",\s*Severity\.([A-Z]+)\)', s, re.S):
        doc=re.sub(r'\s+',' ',m.group(1)).replace('{@link ','').replace('}','').replace('#','.')
        out.append((m.group(3),m.group(4),m.group(2),doc,t[m.group(3)]))
    return out
sections=[('Reading documents (`DocumentProblem`, module questionnaire-schema)','questionnaire-schema/src/main/java/dev/selfcheck/schema/DocumentProblem.java'),
('Questionnaires (`QuestionnaireProblem`, module core)','core/src/main/java/dev/selfcheck/core/QuestionnaireProblem.java'),
('Responses (`ResponseProblem`, module core)','core/src/main/java/dev/selfcheck/core/ResponseProblem.java'),
('Scoring (`ScoringProblem`, module scoring)','scoring/src/main/java/dev/selfcheck/scoring/ScoringProblem.java'),
('Analysis (`AnalysisProblem`, module analysis; see [analysis.md](analysis.md))','analysis/src/main/java/dev/selfcheck/analysis/AnalysisProblem.java'),
('Scenario files (`ScenarioProblem`, module scenarios; see [testing-rule-sets.md](testing-rule-sets.md))','scenarios/src/main/java/dev/selfcheck/scenarios/ScenarioProblem.java'),
('Panels (`PanelProblem`, module panel; see [panels.md](panels.md))','panel/src/main/java/dev/selfcheck/panel/PanelProblem.java'),
('Editions (`EditionProblem`, module editions; see [editions.md](editions.md))','editions/src/main/java/dev/selfcheck/editions/EditionProblem.java'),
('SurveyJS interop (`SurveyJsProblem`, module interop-surveyjs; see [interop-surveyjs.md](interop-surveyjs.md))','interop-surveyjs/src/main/java/dev/selfcheck/surveyjs/SurveyJsProblem.java')]
md='''# Findings

Everything the library finds wrong with a document is a `Finding` with a stable **code**, a
**severity** (`ERROR`: the document cannot be used; `WARNING`: it can, but probably not as intended;
`INFO`: worth knowing, a matter of taste),
a **JSON Pointer** (RFC 6901) to the element concerned, a **message** and, for documents read from
text, the **line and column**. Codes are never reused; a changed meaning gets a new code and an
entry in [upgrading.md](upgrading.md).

In the messages below, `{0}`, `{1}`, ... stand for the details filled in (ids, values, limits). The
texts live in message bundles (`findings.properties` beside each catalog enum, one more file per
language; see [Messages in other languages](#messages-in-other-languages)). This page is generated
from the catalogs and their English bundles, and a test checks that it lists every code.

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

## Messages in other languages

A finding made by the library knows its kind and its arguments (`Finding.type()`,
`Finding.arguments()`), so `finding.message(Locale.GERMAN)` renders it from the kind's message
bundle in the reader's language; `message()` is the English text, and a finding read back from JSON
(which stores the English message only) renders in English. English and German are complete: every
code has a German text, and a test fails the build when a text lacks its German counterpart or its
placeholders differ. Parts of a message that have words of their own (such as "a number", "the
total", why a band is empty) are texts of the same bundle passed as arguments
(`MessageBundle.localized`), so they follow the reader's language too: the descriptions of
conditions, score ranges, band gaps and lists in the analysis (`ANA-`), the kinds of value and the
findings of a questionnaire that does not load in scenario files (`TST-0004`, `TST-0006`,
`TST-0008`), the types, forms, allowed values, ranges and shapes of document values (`DOC-0032` to
`DOC-0036`), and what the JSON and YAML parsers say about a text that is not well-formed
(`DOC-0001`, and in `TST-0001`): `ParserMessage` keeps the parser's own words in English and names
the kind of problem (an unexpected end, an unexpected character, a colon expected, ...) from the
bundle's `parser.<kind>` texts in another language, with the line and column in the finding;
`GermanFindingsTest` renders them in German and finds no English. Still in English inside a German
message are the details that come from elsewhere: what the schema validator (for a violation
without a text of its own) and the file system say (`DOC-0037`, `DOC-0050`, and in `TST-0001` what
the file system says). A field constraint (`DOC-0040`)
is stated in Bean Validation's own words for the reader's language. Numbers are written with the language's
decimal separator.

To add a language, or a code's text in German, add a file beside each catalog's English bundle
(`findings.properties`, and for reasons and explanations the scoring module's `messages.properties`)
named with the language tag, such as `findings_fr.properties`: UTF-8, one `CODE=text` per line with
the placeholders `{0}`, `{1}`, ... of the English text, and one `part.<name>=text` (and
`parser.<kind>=text`) per part that the English file lists below its codes. A key the file lacks falls back to English;
a regional file (`findings_de_CH.properties`) overrides single keys of its language. `MessageBundle`
(core) reads the files; see [reports.md](reports.md#explanations-in-the-readers-language).
'''
open('docs/findings.md','w').write(md)
