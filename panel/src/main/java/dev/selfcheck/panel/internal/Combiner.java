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
 * Which rule fits which type is core's Combination.fits; a sum the number question does not allow
 * (outside its min and max) is no answer, so the type's default is used instead, with a finding. A question nobody answered becomes "don't know" when someone
 * said so and the question allows it, else "not applicable" when someone said so and it allows
 * that, else it stays unanswered. Text questions are not combined. The answers arrive counted
 * (Votes: per distinct value its count and weight), so every rule reads counts, not respondents.
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
   * The answers one question got, counted as they come: per distinct answer value its count and
   * the sum of its respondents' weights, and whether anyone said "don't know" or "not applicable".
   * Only respondents to whom the question is shown are counted. The values the question is known to
   * take (given when made, such as its options) are counted by their position, without a look-up:
   * a count and Σ (weight − 1), so that respondents of weight 1 add no fraction.
   */
  public static final class Votes {
    private final Map<AnswerValue, long[]> counts = new LinkedHashMap<>();
    private final Map<AnswerValue, Rational.Sum> weights = new LinkedHashMap<>();
    private final List<AnswerValue> known;
    private final long[] knownCounts;
    /** Per known value Σ (weight − 1), null until a weight other than 1 came. */
    private Rational.Sum[] knownExtra;
    private boolean dontKnow;
    private boolean notApplicable;

    /** Votes without known values: every value is counted by a look-up. */
    public Votes() {
      this(List.of());
    }

    /** @param known the values counted by position (see {@link #add(AnswerState, int, AnswerValue, Rational)}) */
    public Votes(List<AnswerValue> known) {
      this.known = List.copyOf(known);
      this.knownCounts = new long[known.size()];
    }

    /**
     * Counts one respondent's answer state and, when answered, its value.
     *
     * @param state the answer state
     * @param value the value, when answered
     * @param weight the respondent's weight
     */
    public void add(AnswerState state, Optional<AnswerValue> value, Rational weight) {
      add(state, -1, value.orElse(null), weight);
    }

    /**
     * Counts one respondent's answer state and, when answered, its value.
     *
     * @param state the answer state
     * @param slot the position of the value among the known values, or -1 when it is none of them
     * @param value the value, or null
     * @param weight the respondent's weight
     */
    public void add(AnswerState state, int slot, AnswerValue value, Rational weight) {
      dontKnow |= state == AnswerState.DONT_KNOW;
      notApplicable |= state == AnswerState.NOT_APPLICABLE;
      if (state != AnswerState.ANSWERED || value == null) {
        return;
      }
      if (slot >= 0) {
        knownCounts[slot]++;
        if (!weight.equals(Rational.ONE)) {
          if (knownExtra == null) {
            knownExtra = new Rational.Sum[knownCounts.length];
          }
          if (knownExtra[slot] == null) {
            knownExtra[slot] = new Rational.Sum();
          }
          knownExtra[slot].add(weight.minus(Rational.ONE));
        }
        return;
      }
      long[] c = counts.get(value);
      if (c == null) {
        counts.put(value, new long[] {1});
        weights.put(value, new Rational.Sum().add(weight));
      } else {
        c[0]++;
        weights.get(value).add(weight);
      }
    }

    /** @return whether someone answered */
    public boolean answered() {
      if (!counts.isEmpty()) {
        return true;
      }
      for (long c : knownCounts) {
        if (c > 0) {
          return true;
        }
      }
      return false;
    }

    /** @return these votes with every value counted by look-up (the known ones first) */
    private Votes looked() {
      Votes out = new Votes();
      out.dontKnow = dontKnow;
      out.notApplicable = notApplicable;
      for (int k = 0; k < knownCounts.length; k++) {
        if (knownCounts[k] > 0) {
          Rational.Sum w = new Rational.Sum().add(Rational.of(knownCounts[k]));
          if (knownExtra != null && knownExtra[k] != null) {
            w.add(knownExtra[k].value());
          }
          out.counts.merge(known.get(k), new long[] {knownCounts[k]}, (a, b) -> new long[] {a[0] + b[0]});
          out.weights.merge(known.get(k), w, (a, b) -> a.add(b.value()));
        }
      }
      counts.forEach((v, c) -> {
        out.counts.merge(v, new long[] {c[0]}, (a, b) -> new long[] {a[0] + b[0]});
        out.weights.merge(v, new Rational.Sum().add(weights.get(v).value()), (a, b) -> a.add(b.value()));
      });
      return out;
    }
  }

  /**
   * Combines and scores.
   *
   * @param votes per question id the answers of the panel (a question without votes had none)
   * @param leadVotes per question id the answers of the respondents with its lead role
   * @param findings receives the combination's findings
   * @return route 2
   */
  public PanelResult.Combined combine(Map<String, Votes> votes, Map<String, Votes> leadVotes,
      List<Finding> findings) {
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
      Votes taking = votes.getOrDefault(question.id(), NONE).looked();
      Combination applied = rule;
      if (rule == Combination.LEAD_ROLE) {
        Optional<String> role = leadRole(question);
        Votes leads = leadVotes.getOrDefault(question.id(), NONE).looked();
        applied = Combination.defaultFor(question.type());
        if (leads.answered()) {
          taking = leads;
        } else {
          findings.add(PanelProblem.LEAD_ROLE_WITHOUT_ANSWER.at(at, role.orElse(""), question.id()));
        }
      }
      if (applied == Combination.SUM && taking.answered()) {
        // a sum the question does not allow is no answer: the type's default instead
        BigDecimal total = number(Combination.SUM, taking);
        Combination fallback = Combination.defaultFor(question.type());
        Optional<Finding> outside = question.min().filter(min -> total.compareTo(min) < 0)
            .map(min -> PanelProblem.SUM_BELOW_MIN.at(at, total, question.id(), min, fallback.jsonName()))
            .or(() -> question.max().filter(max -> total.compareTo(max) > 0)
                .map(max -> PanelProblem.SUM_ABOVE_MAX.at(at, total, question.id(), max, fallback.jsonName())));
        if (outside.isPresent()) {
          findings.add(outside.get());
          applied = fallback;
          used.put(question.id(), fallback);
          sources.put(question.id(), PanelResult.RuleSource.DEFAULT);
        }
      }
      answer(question, applied, taking).ifPresent(a -> combined.putAnswer(question.id(), a));
    });
    Response response = combined.build();
    return new PanelResult.Combined(PanelResult.Route.COMBINE_THEN_SCORE, used, sources, response,
        scorer.score(response));
  }

  private static final Votes NONE = new Votes();

  /**
   * @param question a question
   * @return its lead role: the caller's (see {@link #leadRole(String)}), else the one the
   *     questionnaire gives it
   */
  public Optional<String> leadRole(Question question) {
    return leadRole(question.id()).or(() -> scorer.questionnaire().scoringOf(question).leadRole());
  }

  /**
   * @param questionId a question id
   * @return the caller's lead role: the question's own, else that of its nearest dimension that has one
   */
  public Optional<String> leadRole(String questionId) {
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

  private Optional<Answer> answer(Question question, Combination rule, Votes votes) {
    Questionnaire q = scorer.questionnaire();
    if (!votes.answered()) {
      if (votes.dontKnow && q.allowsDontKnow(question)) {
        return Optional.of(Answer.dontKnow());
      }
      if (votes.notApplicable && q.allowsNotApplicable(question)) {
        return Optional.of(Answer.notApplicable());
      }
      return Optional.empty();
    }
    return switch (question.type()) {
      case YES_NO -> Optional.of(Answer.of(AnswerValue.bool(yesNo(rule, votes))));
      case MULTIPLE_CHOICE -> Optional.of(Answer.of(AnswerValue.options(union(question, votes))));
      case NUMBER -> Optional.of(Answer.of(AnswerValue.number(number(rule, votes))));
      case SINGLE_CHOICE, ORDINAL_SCALE -> choice(question, rule, votes).map(v -> Answer.of(AnswerValue.option(v)));
      case TEXT -> Optional.empty();
    };
  }

  private static boolean yesNo(Combination rule, Votes votes) {
    long yes = 0;
    long no = 0;
    for (Map.Entry<AnswerValue, long[]> e : votes.counts.entrySet()) {
      if (e.getKey().asBoolean()) {
        yes += e.getValue()[0];
      } else {
        no += e.getValue()[0];
      }
    }
    return switch (rule) {
      case ANY -> yes > 0;
      case ALL -> no == 0;
      default -> yes > no;
    };
  }

  private List<String> union(Question question, Votes votes) {
    Set<String> chosen = new LinkedHashSet<>();
    votes.counts.keySet().forEach(v -> chosen.addAll(v.asOptions()));
    List<String> out = new ArrayList<>();
    for (AnswerOption o : scorer.questionnaire().optionsOf(question)) {
      if (chosen.remove(o.value())) {
        out.add(o.value());
      }
    }
    out.addAll(chosen);  // values the questionnaire does not know: kept, the engine reports them
    return out;
  }

  private static BigDecimal number(Combination rule, Votes votes) {
    Tally xs = new Tally();
    Rational.Sum weighted = new Rational.Sum();
    Rational.Sum weights = new Rational.Sum();
    votes.counts.forEach((v, c) -> {
      Rational x = Rational.of(v.asNumber());
      Rational w = votes.weights.get(v).value();
      xs.add(x, c[0]);
      weighted.addProduct(x, w);
      weights.add(w);
    });
    Rational r = pick(rule, xs, weighted, weights, false);
    return r.isTerminatingDecimal()
        ? new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()))
        : r.toBigDecimal(10);
  }

  private Optional<String> choice(Question question, Combination rule, Votes votes) {
    Steps steps = Steps.of(scorer.model(), question.id()).orElseGet(() -> documentOrder(question));
    Tally xs = new Tally();
    Rational.Sum weighted = new Rational.Sum();
    Rational.Sum weights = new Rational.Sum();
    Map<String, Long> chosen = new LinkedHashMap<>();
    votes.counts.forEach((value, c) -> {
      String v = value.asOption();
      Integer step = steps.stepOf().get(v);
      if (step != null) {
        Rational x = Rational.of(step);
        Rational w = votes.weights.get(value).value();
        xs.add(x, c[0]);
        weighted.addProduct(x, w);
        weights.add(w);
        chosen.merge(v, c[0], Long::sum);
      }
    });
    if (xs.isEmpty()) {
      return Optional.empty();
    }
    int step = pick(rule, xs, weighted, weights, true).numerator().intValueExact();
    String best = null;
    long most = 0;
    for (String option : steps.options().get(step)) {
      long c = chosen.getOrDefault(option, 0L);
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

  /**
   * The combined value; for steps, a whole step (halves and even medians to the lower).
   *
   * @param weighted Σ weight × value
   * @param weights Σ weight
   */
  private static Rational pick(Combination rule, Tally xs, Rational.Sum weighted, Rational.Sum weights,
      boolean steps) {
    Rational r = switch (rule) {
      case MEAN -> xs.mean();
      case WEIGHTED_MEAN -> weighted.value().dividedBy(weights.value());
      case MIN -> xs.min();
      case MAX -> xs.max();
      case MODE -> mode(xs);
      case SUM -> xs.sum();
      default -> xs.at((xs.n() - 1) / 2);  // the median, the lower middle one
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

  /** The most frequent value, the lowest of equally frequent ones. */
  private static Rational mode(Tally xs) {
    Rational[] best = {null};
    long[] most = {0};
    xs.forEach((x, c) -> {
      if (c > most[0]) {
        most[0] = c;
        best[0] = x;
      }
    });
    return best[0];
  }
}
