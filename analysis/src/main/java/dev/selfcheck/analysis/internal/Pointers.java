package dev.selfcheck.analysis.internal;

import static dev.selfcheck.core.JsonPointer.append;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Pointers (RFC 6901) of the elements of a questionnaire document. */
final class Pointers {

  private final Map<String, String> questions = new LinkedHashMap<>();
  private final Map<String, Integer> questionOrder = new LinkedHashMap<>();
  private final Map<String, String> dimensions = new LinkedHashMap<>();
  private final List<Question> questionList = new ArrayList<>();

  Pointers(Questionnaire questionnaire) {
    walk(questionnaire.dimensions(), "/dimensions");
  }

  private void walk(List<Dimension> dims, String base) {
    for (int i = 0; i < dims.size(); i++) {
      Dimension d = dims.get(i);
      String p = append(base, i);
      dimensions.putIfAbsent(d.id(), p);
      for (int j = 0; j < d.questions().size(); j++) {
        Question q = d.questions().get(j);
        if (questions.putIfAbsent(q.id(), append(append(p, "questions"), j)) == null) {
          questionOrder.put(q.id(), questionOrder.size());
          questionList.add(q);
        }
      }
      walk(d.dimensions(), append(p, "dimensions"));
    }
  }

  /** @return the pointer of a question (its first occurrence) */
  String question(String id) {
    return questions.get(id);
  }

  /** @return the position of a question in document order, or -1 */
  int order(String id) {
    return questionOrder.getOrDefault(id, -1);
  }

  /** @return the questions in document order, one per id */
  List<Question> questions() {
    return questionList;
  }

  /** @return the pointer of a dimension, or {@code ""} for the total */
  String dimension(String id) {
    return dimensions.getOrDefault(id, "");
  }
}
