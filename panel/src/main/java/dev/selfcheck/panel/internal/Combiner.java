package dev.selfcheck.panel.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Combination;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelProblem;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/*
 * Route 2: combine the answers question by question, then let the engine score the combined
 * response once. Only answers of respondents to whom the question is shown take part. Choice
 * answers are combined on scale steps (Steps: the engine's option ranking; an unscored choice
 * question ranks its options in document order). Where a rule lands between two answers it takes
 * the lower one (see Combination). The rule of a question is the caller's (PanelAnalysis
 * settings), else the one the questionnaire sets for it or above it (Questionnaire.scoringOf(question),
 * inherited as core decides), else its type's default (Combination.defaultFor); the lead role
 * likewise (the caller's for the question or its nearest dimension, else the questionnaire's).
 * Which rule fits which type is core's Combination.fits. A question nobody answered becomes "don't know" when someone
 * said so and the question allows it, else "not applicable" when someone said so and it allows
 * that, else it stays unanswered. Text questions are not combined.
 */
/** Route 2 of a panel analysis. */
public final class Combiner {

  private final Scorer scorer;
  private final PanelAnalysis.Settings settings;
  private final Map<String, List<String>> paths;

  /**
   * @param scorer the scorer
   * @param settings the settings
   * @param paths per question id its dimension ids, outermost first
   */
  public Combiner(Scorer scorer, PanelAnalysis.Settings settings, Map<String, List<String>> paths) {
    this.scorer = scorer;
    this.settings = settings;
    this.paths = paths;
  }

  /**
   * Combines and scores.
   *
   * @param sheets the panel's members with their visible questions
   * @param findings receives the combination's findings
   * @return route 2
   */
  public PanelResult.Combined combine(List<Analyzer.Sheet> sheets, List<Finding> findings) {
    Questionnaire q = scorer.questionnaire();
    Map<String, Combination> used = new LinkedHashMap<>();
    Map<String, PanelResult.RuleSource> sources = new LinkedHashMap<>();
    Response.Builder combined = Response.builder()
        .questionnaireId(q.id())
        .questionnaireVersion(q.version())
        .respondent(Respondent.builder().id("panel").role("combined").build());
    q.allQuestions().forEach(question -> {
      if (question.type() == QuestionType.TEXT) {
        return;
      }
      String at = JsonPointer.append("/combination", question.id());
      ScoringSettings written = q.scoringOf(question);
      Combination rule = Combination.defaultFor(question.type());
      PanelResult.RuleSource source = PanelResult.RuleSource.DEFAULT;
      if (settings.rules().containsKey(question.id())) {
        rule = settings.rules().get(question.id());
        source = PanelResult.RuleSource.CALLER;
      } else if (written.combine().isPresent()) {
        rule = written.combine().get();
        source = PanelResult.RuleSource.DOCUMENT;
      }
      if (!rule.fits(question.type())) {
        findings.add(PanelProblem.RULE_DOES_NOT_FIT.at(at, rule.jsonName(), question.id(),
            question.type().jsonName(), Combination.defaultFor(question.type()).jsonName()));
        rule = Combination.defaultFor(question.type());
        source = PanelResult.RuleSource.DEFAULT;
      }
      used.put(question.id(), rule);
      sources.put(question.id(), source);
      List<Analyzer.Sheet> taking = sheets;
      Combination applied = rule;
      if (rule == Combination.LEAD_ROLE) {
        Optional<String> role = leadRole(question.id()).or(written::leadRole);
        List<Analyzer.Sheet> leads = role.isEmpty() ? List.of() : sheets.stream()
            .filter(s -> s.member().role().equals(role)).toList();
        applied = Combination.defaultFor(question.type());
        if (leads.stream().anyMatch(s -> answered(s, question.id()))) {
          taking = leads;
        } else {
          findings.add(PanelProblem.LEAD_ROLE_WITHOUT_ANSWER.at(at, role.orElse(""), question.id()));
        }
      }
      answer(question, applied, taking).ifPresent(a -> combined.putAnswer(question.id(), a));
    });
    Response response = combined.build();
    return new PanelResult.Combined(PanelResult.Route.COMBINE_THEN_SCORE, used, sources, response,
        scorer.score(response));
  }

  private Optional<String> leadRole(String questionId) {
    if (settings.leadRoles().containsKey(questionId)) {
      return Optional.of(settings.leadRoles().get(questionId));
    }
    List<String> path = paths.getOrDefault(questionId, List.of());
    for (int i = path.size() - 1; i >= 0; i--) {
      if (settings.leadRoles().containsKey(path.get(i))) {
        return Optional.of(settings.leadRoles().get(path.get(i)));
      }
    }
    return Optional.empty();
  }

  private static boolean answered(Analyzer.Sheet s, String questionId) {
    return s.visible().contains(questionId) && s.member().response().stateOf(questionId) == AnswerState.ANSWERED
        && s.member().response().answer(questionId).flatMap(Answer::value).isPresent();
  }

  private Optional<Answer> answer(Question question, Combination rule, List<Analyzer.Sheet> sheets) {
    String id = question.id();
    List<AnswerValue> values = new ArrayList<>();
    List<Rational> weights = new ArrayList<>();
    boolean dontKnow = false;
    boolean notApplicable = false;
    for (Analyzer.Sheet s : sheets) {
      if (!s.visible().contains(id)) {
        continue;
      }
      AnswerState state = s.member().response().stateOf(id);
      dontKnow |= state == AnswerState.DONT_KNOW;
      notApplicable |= state == AnswerState.NOT_APPLICABLE;
      if (answered(s, id)) {
        values.add(s.member().response().answer(id).orElseThrow().value().orElseThrow());
        weights.add(s.member().weight());
      }
    }
    Questionnaire q = scorer.questionnaire();
    if (values.isEmpty()) {
      if (dontKnow && q.allowsDontKnow(question)) {
        return Optional.of(Answer.dontKnow());
      }
      if (notApplicable && q.allowsNotApplicable(question)) {
        return Optional.of(Answer.notApplicable());
      }
      return Optional.empty();
    }
    return switch (question.type()) {
      case YES_NO -> Optional.of(Answer.of(AnswerValue.bool(yesNo(rule, values))));
      case MULTIPLE_CHOICE -> Optional.of(Answer.of(AnswerValue.options(union(question, values))));
      case NUMBER -> Optional.of(Answer.of(AnswerValue.number(number(rule, values, weights))));
      case SINGLE_CHOICE, ORDINAL_SCALE -> choice(question, rule, values, weights).map(v -> Answer.of(AnswerValue.option(v)));
      case TEXT -> Optional.empty();
    };
  }

  private static boolean yesNo(Combination rule, List<AnswerValue> values) {
    long yes = values.stream().filter(AnswerValue::asBoolean).count();
    long no = values.size() - yes;
    return switch (rule) {
      case ANY -> yes > 0;
      case ALL -> no == 0;
      default -> yes > no;
    };
  }

  private List<String> union(Question question, List<AnswerValue> values) {
    Set<String> chosen = new LinkedHashSet<>();
    values.forEach(v -> chosen.addAll(v.asOptions()));
    List<String> out = new ArrayList<>();
    for (AnswerOption o : scorer.questionnaire().optionsOf(question)) {
      if (chosen.remove(o.value())) {
        out.add(o.value());
      }
    }
    out.addAll(chosen);  // values the questionnaire does not know: kept, the engine reports them
    return out;
  }

  private static BigDecimal number(Combination rule, List<AnswerValue> values, List<Rational> weights) {
    List<Rational> xs = values.stream().map(v -> Rational.of(v.asNumber())).toList();
    Rational r = pick(rule, xs, weights, false);
    return r.isTerminatingDecimal()
        ? new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()))
        : r.toBigDecimal(10);
  }

  private Optional<String> choice(Question question, Combination rule, List<AnswerValue> values,
      List<Rational> weights) {
    Steps steps = Steps.of(scorer.model(), question.id()).orElseGet(() -> documentOrder(question));
    List<Rational> xs = new ArrayList<>();
    List<Rational> ws = new ArrayList<>();
    Map<String, Integer> chosen = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i).asOption();
      Integer step = steps.stepOf().get(v);
      if (step != null) {
        xs.add(Rational.of(step));
        ws.add(weights.get(i));
        chosen.merge(v, 1, Integer::sum);
      }
    }
    if (xs.isEmpty()) {
      return Optional.empty();
    }
    int step = pick(rule, xs, ws, true).numerator().intValueExact();
    String best = null;
    int most = 0;
    for (String option : steps.options().get(step)) {
      int c = chosen.getOrDefault(option, 0);
      if (best == null || c > most) {
        best = option;
        most = c;
      }
    }
    return Optional.of(best);
  }

  private Steps documentOrder(Question question) {
    Map<String, Integer> stepOf = new LinkedHashMap<>();
    List<List<String>> options = new ArrayList<>();
    for (AnswerOption o : scorer.questionnaire().optionsOf(question)) {
      stepOf.put(o.value(), options.size());
      options.add(List.of(o.value()));
    }
    return new Steps(stepOf, options.size(), options);
  }

  /** The combined value; for steps, a whole step (halves and even medians to the lower). */
  private static Rational pick(Combination rule, List<Rational> xs, List<Rational> weights, boolean steps) {
    List<Rational> sorted = Stats.sorted(xs);
    Rational r = switch (rule) {
      case MEAN -> Stats.mean(xs);
      case WEIGHTED_MEAN -> Stats.weightedMean(xs, weights);
      case MIN -> sorted.get(0);
      case MAX -> sorted.get(sorted.size() - 1);
      case MODE -> mode(sorted);
      default -> sorted.get((sorted.size() - 1) / 2);  // the median, the lower middle one
    };
    if (!steps) {
      return r;
    }
    // nearest step, a half to the lower one: ceil(r − 1/2)
    Rational shifted = r.minus(Rational.of(1, 2));
    BigInteger f = Stats.floor(shifted);
    BigInteger step = shifted.compareTo(Rational.of(f, BigInteger.ONE)) == 0 ? f : f.add(BigInteger.ONE);
    return Rational.of(step, BigInteger.ONE);
  }

  private static Rational mode(List<Rational> sorted) {
    Rational best = sorted.get(0);
    int most = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j).compareTo(sorted.get(i)) == 0) {
        j++;
      }
      if (j - i > most) {
        most = j - i;
        best = sorted.get(i);
      }
      i = j;
    }
    return best;
  }
}
