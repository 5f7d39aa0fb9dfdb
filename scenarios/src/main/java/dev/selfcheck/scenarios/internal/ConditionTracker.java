package dev.selfcheck.scenarios.internal;

import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/*
 * A response and its assessment as the questionnaire's condition program reads them: answers by
 * question index (a hidden question is seen as not answered by the program itself), and the
 * dimensions' scores, completion and bands from the assessment's DimensionResults. Whether a
 * condition and each of its parts holds is decided by core's ConditionProgram, the same program the
 * engine runs; coverage reads its trace, which evaluates every part (no short-circuit).
 */
/** The facts of one response and its assessment, for tracing rule conditions. */
public final class ConditionTracker implements ConditionProgram.Facts {

  private final ConditionProgram program;
  private final ConditionProgram.Facts answers;
  private final DimensionResult[] results;
  private final List<List<Band>> bands = new ArrayList<>();

  /**
   * A tracker for one response.
   *
   * @param questionnaire the questionnaire
   * @param response the response
   * @param assessment the response's assessment
   */
  public ConditionTracker(Questionnaire questionnaire, Response response, Assessment assessment) {
    this.program = questionnaire.conditions();
    this.answers = program.answers(response);
    List<String> ids = new ArrayList<>();
    questionnaire.allDimensions().forEach(d -> ids.add(d.id()));
    ids.add(DimensionResult.TOTAL);
    this.results = new DimensionResult[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      results[i] = assessment.dimension(ids.get(i)).orElse(null);
      bands.add(questionnaire.bandsOf(ids.get(i)));
    }
  }

  /**
   * Evaluates a rule's condition and every part of it.
   *
   * @param rule the rule's index in the questionnaire
   * @param record receives the pointer and value of every node, parents before their parts
   * @return the value of the condition
   */
  public boolean evaluate(int rule, BiConsumer<String, Boolean> record) {
    ConditionProgram.Trace trace = program.trace(rule, this);
    trace.steps().forEach(s -> record.accept(s.pointer(), s.holds()));
    return trace.holds();
  }

  @Override
  public boolean visible(int question) {
    return answers.visible(question);
  }

  @Override
  public AnswerState state(int question) {
    return answers.state(question);
  }

  @Override
  public int choice(int question) {
    return answers.choice(question);
  }

  @Override
  public AnswerValue value(int question) {
    return answers.value(question);
  }

  @Override
  public boolean scorable(int dimension) {
    return results[dimension] != null && results[dimension].scorable();
  }

  @Override
  public int compareScore(int dimension, int number) {
    return results[dimension].score().orElseThrow().compareTo(program.numbers().get(number));
  }

  @Override
  public int compareCompletion(int dimension, int number) {
    return results[dimension].completion().compareTo(program.numbers().get(number));
  }

  @Override
  public int band(int dimension) {
    return results[dimension].band().map(bands.get(dimension)::indexOf).orElse(-1);
  }
}
