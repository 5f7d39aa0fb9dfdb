// Loads a survey that selfcheck exported into survey-core's Model and answers it as a respondent
// would: SurveyJsClientTest (interop-surveyjs) writes a request file and reads what this prints.
//
// Request: {"survey": <survey JSON>, "answerSets": [{<name>: <value>, ...}, ...]}
// Answer:  {"jsonErrors": [...], "pages": [{"name", "questions": [{"name", "type"}]}],
//           "answerSets": [{"visible": [<name>, ...], "data": <survey.data>}]}
//
// Each answer set is entered in document order, a question only while survey-core shows it
// (visibleIf evaluated by survey-core itself), passing over the questions again until nothing
// changes; hidden questions lose their values (the survey's clearInvisibleValues: "onHidden").
import { readFileSync } from "node:fs";
import { Model, Serializer } from "survey-core";

// The custom properties selfcheck writes, registered as a host registers them.
Serializer.addProperty("itemvalue", { name: "score:number" });
Serializer.addProperty("survey", { name: "questionnaireId" });
Serializer.addProperty("survey", { name: "questionnaireVersion" });

const request = JSON.parse(readFileSync(process.argv[2], "utf8"));

function load() {
  return new Model(request.survey);
}

const shape = load();
const result = {
  jsonErrors: (shape.jsonErrors || []).map((e) => String(e.message || e)),
  pages: shape.pages.map((page) => ({
    name: page.name,
    questions: page.questions.map((q) => ({ name: q.name, type: q.getType() })),
  })),
  answerSets: [],
};

for (const answers of request.answerSets) {
  const survey = load();
  const questions = survey.getAllQuestions();
  for (let pass = 0; pass <= questions.length; pass++) {
    let changed = false;
    for (const q of questions) {
      if (Object.prototype.hasOwnProperty.call(answers, q.name) && q.isVisible
          && JSON.stringify(survey.getValue(q.name)) !== JSON.stringify(answers[q.name])) {
        survey.setValue(q.name, answers[q.name]);
        changed = true;
      }
    }
    if (!changed) {
      break;
    }
  }
  result.answerSets.push({
    visible: questions.filter((q) => q.isVisible).map((q) => q.name),
    data: survey.data,
  });
}

process.stdout.write(JSON.stringify(result));
