package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.compile;
import static dev.selfcheck.scoring.Fixtures.dec;
import static dev.selfcheck.scoring.Fixtures.en;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionProgram;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.ItemCount;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Conversion;
import dev.selfcheck.core.Rounding;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * The answer sheet against {@code score(Response)} on generated questionnaires that use every
 * feature of the format: visibility conditions (on answers of earlier questions, any condition
 * kind), every question type (single choice, ordinal scale, multiple choice summed or as a share
 * with a cap, yes/no, numbers by thresholds and by points, text), every aggregation, missing
 * policy, normalisation, conditional terms, rescale (factor, offset), clamp (min, max), minimum answered share,
 * bands, and rules over answers, scores, completion, scorability and bands. Each generated
 * response is filled into a sheet answer by answer (values through {@code answer}, options
 * through {@code choose}, states through {@code state}) and both results are compared.
 */
class AnswerSheetPropertyTest {

  /** One generated questionnaire and response. */
  record Case(Questionnaire questionnaire, Response response) {}

  /** Generates one case from a random source. */
  static final class Generator {
    private final Random r;
    private final boolean conditions;
    private final List<Question> earlier = new ArrayList<>();
    private final List<String> dimensions = new ArrayList<>();
    private int questions;

    Generator(Random r) {
      this(r, true);
    }

    /** A generator; without conditions no question has a visibility condition. */
    Generator(Random r, boolean conditions) {
      this.r = r;
      this.conditions = conditions;
    }

    Case generate() {
      Questionnaire.Builder b = Fixtures.questionnaire();
      boolean rootLinear = r.nextBoolean();
      ScoringSettings.Builder root = settings(rootLinear, false);
      int count = 1 + r.nextInt(3);
      for (int i = 0; i < count; i++) {
        b.addDimensions(dimension(1 + r.nextInt(2), rootLinear));
      }
      b.scoring(terms(root).build());
      b.bands(bands());
      b.recommendations(List.of(Fixtures.recommendation("r1", 2), Fixtures.recommendation("r2", 1)));
      for (int i = 0; i < 4; i++) {
        b.addRules(Rule.builder().id("rule" + i).when(ruleCondition())
            .addRecommend(r.nextBoolean() ? "r1" : "r2").build());
      }
      Questionnaire q = b.build();
      return new Case(q, response(q));
    }

    private Dimension dimension(int depth, boolean parentNormalizes) {
      String id = "d" + (dimensions.size() + 1);
      dimensions.add(id);
      Dimension.Builder d = Fixtures.dim(id).weight(weight());
      boolean linear = r.nextBoolean();
      if (r.nextInt(3) > 0) {
        d.scoring(settings(linear, parentNormalizes).build());
      }
      int items = 1 + r.nextInt(4);
      for (int i = 0; i < items; i++) {
        d.addQuestions(question());
      }
      if (depth > 1) {
        for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
          d.addDimensions(dimension(depth - 1, false));
        }
      }
      if (r.nextInt(4) == 0) {
        d.bands(bands());
      }
      return d.build();
    }

    private BigDecimal weight() {
      return BigDecimal.valueOf(r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(200), r.nextInt(3));
    }

    private BigDecimal decimal(int min, int max, int scale) {
      return BigDecimal.valueOf(min + r.nextInt(max - min + 1), scale);
    }

    /** Settings; normalisation only with a linear aggregation (the format refuses it elsewhere). */
    private ScoringSettings.Builder settings(boolean linear, boolean parentNormalizes) {
      ScoringSettings.Builder s = ScoringSettings.builder();
      Aggregation a = linear
          ? (r.nextBoolean() ? Aggregation.WEIGHTED_MEAN : Aggregation.WEIGHTED_SUM)
          : List.of(Aggregation.MINIMUM, Aggregation.MAXIMUM, Aggregation.SHARE_MEETING).get(r.nextInt(3));
      s.aggregation(a);
      if (a == Aggregation.SHARE_MEETING) {
        s.threshold(decimal(-20, 60, 1));
      }
      s.normalize(linear && r.nextInt(3) == 0);
      switch (r.nextInt(3)) {
        case 0:
          s.missing(MissingPolicy.COUNT_AS).missingScore(decimal(-20, 60, 1));
          break;
        case 1:
          s.missing(MissingPolicy.PRORATE);
          break;
        default:
          s.missing(MissingPolicy.EXCLUDE);
      }
      if (r.nextInt(3) == 0) {
        s.minAnsweredShare(List.of(dec("0.25"), dec("0.5"), BigDecimal.ONE).get(r.nextInt(3)));
      }
      if (r.nextInt(3) == 0) {
        s.factor(decimal(-30, 30, 1));
      }
      if (r.nextInt(3) == 0) {
        s.offset(decimal(-50, 50, 1));
      }
      if (r.nextInt(4) == 0) {
        BigDecimal min = decimal(-20, 20, 1);
        s.min(min).max(min.add(decimal(0, 80, 1)));
      }
      if (r.nextInt(4) == 0) {
        s.round(Rounding.of(Rounding.Rule.values()[r.nextInt(4)], r.nextInt(3)));
      }
      if (r.nextInt(5) == 0) {
        BigDecimal raw = decimal(-20, 0, 0);
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
          s.addConvert(Conversion.of(raw, decimal(-50, 50, 1), Map.of("se", decimal(0, 9, 1))));
          raw = raw.add(decimal(1, 30, 1));
        }
      }
      if (r.nextBoolean()) {
        s.decimals(r.nextInt(4));
      }
      return terms(s);
    }

    /** Sometimes conditional terms over the answers of earlier questions, and a count. */
    private ScoringSettings.Builder terms(ScoringSettings.Builder s) {
      if (!earlier.isEmpty() && r.nextInt(4) == 0) {
        for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
          s.addTerm(Term.builder().id("t" + i).when(visibility(2)).add(decimal(-30, 30, 1)).build());
        }
      }
      if (!earlier.isEmpty() && r.nextInt(4) == 0) { // a count of earlier questions in a state
        s.addCount(ItemCount.builder().id("c").test(Quantifier.builder().atLeast(0)
            .questions(earlier.stream().map(Question::id).limit(1 + r.nextInt(4)).toList())
            .state(AnswerState.values()[r.nextInt(AnswerState.values().length)]).build()).build());
      }
      return s;
    }

    private Question question() {
      String id = "q" + (++questions);
      QuestionType type = QuestionType.values()[r.nextInt(QuestionType.values().length)];
      Question.Builder b = Question.builder().id(id).type(type).text(en("Question " + id))
          .allowDontKnow(r.nextBoolean()).allowNotApplicable(r.nextBoolean()).weight(weight());
      switch (type) {
        case SINGLE_CHOICE:
        case ORDINAL_SCALE:
        case MULTIPLE_CHOICE: {
          int n = 2 + r.nextInt(3);
          for (int i = 0; i < n; i++) {
            BigDecimal score = r.nextInt(6) == 0 ? null : decimal(-10, 50, r.nextInt(2));
            b.addOption(AnswerOption.of("o" + (i + 1), en("option " + (i + 1)), score));
          }
          if (type == QuestionType.MULTIPLE_CHOICE) {
            ItemScoring.Builder s = ItemScoring.builder()
                .multiple(r.nextBoolean() ? ItemScoring.Multiple.SUM : ItemScoring.Multiple.SHARE);
            if (r.nextBoolean()) {
              s.cap(decimal(0, 60, 1));
            }
            b.scoring(s.build());
          } else {
            b.reversed(r.nextInt(4) == 0);
          }
          break;
        }
        case YES_NO:
          if (r.nextInt(5) > 0) {
            b.scoring(ItemScoring.builder().yes(decimal(-10, 50, 1)).no(decimal(-10, 50, 1)).build());
          }
          break;
        case NUMBER: {
          ItemScoring.Builder s = ItemScoring.builder();
          boolean points = r.nextBoolean();
          BigDecimal x = decimal(-50, 50, r.nextInt(2));
          for (int i = 0, n = (points ? 2 : 1) + r.nextInt(3); i < n; i++) {
            if (points) {
              s.addPoint(ItemScoring.Point.of(x, decimal(-10, 50, r.nextInt(3))));
            } else {
              s.addThreshold(ItemScoring.Threshold.of(x, decimal(-10, 50, r.nextInt(3))));
            }
            x = x.add(decimal(1, 40, r.nextInt(2)));
          }
          b.scoring(s.build());
          break;
        }
        default:
          break;
      }
      if (conditions && !earlier.isEmpty() && r.nextInt(3) == 0) {
        b.visibleWhen(visibility(2));
      }
      Question q = b.build();
      earlier.add(q);
      return q;
    }

    /** A condition over the answers of earlier questions (so no cycle). */
    private Condition visibility(int depth) {
      int pick = r.nextInt(depth > 0 ? 5 : 2);
      if (pick == 2) {
        return Not.of(visibility(depth - 1));
      } else if (pick == 3) {
        return AllOf.of(List.of(visibility(depth - 1), visibility(depth - 1)));
      } else if (pick == 4) {
        return AnyOf.of(List.of(visibility(depth - 1), visibility(depth - 1)));
      }
      Question q = earlier.get(r.nextInt(earlier.size()));
      if (pick == 0) {
        return AnswerIs.of(q.id(), AnswerState.values()[r.nextInt(AnswerState.values().length)]);
      }
      return comparison(q);
    }

    private Condition comparison(Question q) {
      switch (q.type()) {
        case SINGLE_CHOICE:
        case ORDINAL_SCALE: {
          Operator op = q.type() == QuestionType.ORDINAL_SCALE
              ? List.of(Operator.EQ, Operator.GE, Operator.LT).get(r.nextInt(3))
              : r.nextBoolean() ? Operator.EQ : Operator.NE;
          return AnswerComparison.of(q.id(), op,
              List.of(Literal.of(q.options().get(r.nextInt(q.options().size())).value())));
        }
        case MULTIPLE_CHOICE:
          return AnswerComparison.of(q.id(), Operator.CONTAINS,
              List.of(Literal.of(q.options().get(r.nextInt(q.options().size())).value())));
        case YES_NO:
          return AnswerComparison.of(q.id(), Operator.EQ, List.of(Literal.of(r.nextBoolean())));
        case NUMBER:
          return AnswerComparison.of(q.id(), r.nextBoolean() ? Operator.GT : Operator.LE,
              List.of(Literal.of(decimal(-50, 100, 0))));
        default:
          return AnswerComparison.of(q.id(), Operator.EQ, List.of(Literal.of("yes")));
      }
    }

    private Condition ruleCondition() {
      String d = r.nextInt(4) == 0 ? DimensionResult.TOTAL : dimensions.get(r.nextInt(dimensions.size()));
      switch (r.nextInt(6)) {
        case 0:
          return MeasureComparison.of(MeasureComparison.Measure.SCORE, d,
              List.of(Operator.GE, Operator.LT, Operator.EQ).get(r.nextInt(3)), decimal(-20, 60, 0));
        case 1:
          return MeasureComparison.of(MeasureComparison.Measure.COMPLETION, d, Operator.GE, dec("0.5"));
        case 2:
          return ScorableIs.of(d, r.nextBoolean());
        case 3:
          return BandIs.of(d, r.nextBoolean() ? Operator.EQ : Operator.NE, List.of("b0"));
        case 4:
          return Not.of(visibility(1));
        default:
          return visibility(2);
      }
    }

    private List<Band> bands() {
      if (r.nextInt(3) == 0) {
        return List.of();
      }
      List<Band> out = new ArrayList<>();
      BigDecimal c = decimal(-500, 0, 1);
      for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
        BigDecimal next = c.add(decimal(1, 800, 1));
        out.add(Fixtures.band("b" + i, c.toPlainString(), true, next.toPlainString(), i == n - 1));
        c = next;
      }
      return out;
    }

    private Response response(Questionnaire q) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      for (Question question : earlier) {
        int pick = r.nextInt(10);
        if (pick < 2) {
          continue;
        } else if (pick == 2 && q.allowsDontKnow(question)) {
          answers.put(question.id(), Answer.dontKnow());
        } else if (pick == 3 && q.allowsNotApplicable(question)) {
          answers.put(question.id(), Answer.notApplicable());
        } else {
          answers.put(question.id(), Answer.of(value(q, question)));
        }
      }
      return Response.builder().questionnaireId(q.id()).questionnaireVersion(q.version())
          .answers(answers).build();
    }

    private AnswerValue value(Questionnaire q, Question question) {
      List<AnswerOption> options = q.optionsOf(question);
      switch (question.type()) {
        case SINGLE_CHOICE:
        case ORDINAL_SCALE:
          return AnswerValue.option(options.get(r.nextInt(options.size())).value());
        case MULTIPLE_CHOICE: {
          List<String> chosen = new ArrayList<>();
          for (AnswerOption o : options) {
            if (r.nextBoolean()) {
              chosen.add(o.value());
            }
          }
          return AnswerValue.options(chosen);
        }
        case YES_NO:
          return AnswerValue.bool(r.nextBoolean());
        case NUMBER:
          return AnswerValue.number(decimal(-80, 160, r.nextInt(3)));
        default:
          return AnswerValue.text(r.nextBoolean() ? "yes" : "no");
      }
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.randomValue(random -> new Generator(random).generate())
        .filter(c -> c.questionnaire().validate().stream().noneMatch(Finding::isError));
  }

  @Property(tries = 1000)
  void should_score_as_the_response_when_a_sheet_holds_any_answers(@ForAll("cases") Case c) {
    // GIVEN
    Scorer scorer = compile(c.questionnaire());
    AnswerSheet sheet = scorer.newAnswerSheet();
    for (Map.Entry<String, Answer> e : c.response().answers().entrySet()) {
      Answer a = e.getValue();
      if (a.state() != AnswerState.ANSWERED) {
        sheet.state(e.getKey(), a.state());
      } else if (a.value().orElseThrow().kind() == AnswerValue.Kind.STRING
          && sheet.questionIndex(e.getKey()) >= 0
          && c.questionnaire().question(e.getKey()).orElseThrow().type() == QuestionType.SINGLE_CHOICE) {
        sheet.choose(e.getKey(), a.value().get().asOption());
      } else {
        sheet.answer(e.getKey(), a.value().get());
      }
    }
    // WHEN
    SheetScores s = scorer.score(sheet, scorer.newSheetScores());
    Assessment a = scorer.score(c.response());
    // THEN
    AnswerSheetTest.thenSame(s, a);
    Statistics.label("total scorable").collect(a.total().scorable());
    Statistics.label("hidden").collect(a.total().hidden() > 0);
    Statistics.label("fired").collect(!a.recommendations().isEmpty());
  }

  @Property(tries = 500)
  void should_fire_the_rules_whose_conditions_hold_over_the_reported_results(
      @ForAll("cases") Case c) {
    // GIVEN the conditions decided over the assessment's reported scores, bands and completion
    Scorer scorer = compile(c.questionnaire());
    Assessment a = scorer.score(c.response());
    ConditionProgram program = c.questionnaire().conditions();
    Map<Integer, DimensionResult> results = new HashMap<>();
    List<DimensionResult> all = new ArrayList<>(a.dimensions());
    all.add(a.total());
    all.forEach(r -> results.put(program.dimensionIndex(r.id()), r));
    ConditionProgram.Facts answers = program.answers(c.response());
    ConditionProgram.Facts facts = new ConditionProgram.ResponseFacts(program, c.response()) {
      @Override
      public boolean visible(int question) {
        return answers.visible(question);
      }

      @Override
      public boolean scorable(int dimension) {
        return results.get(dimension).scorable();
      }

      @Override
      public int compareScore(int dimension, int number) {
        return results.get(dimension).score().orElseThrow()
            .compareTo(Rational.of(program.numbers().get(number)));
      }

      @Override
      public int compareCompletion(int dimension, int number) {
        return results.get(dimension).completion()
            .compareTo(Rational.of(program.numbers().get(number)));
      }

      @Override
      public int band(int dimension) {
        DimensionResult r = results.get(dimension);
        return r.band().map(b -> c.questionnaire().bandsOf(r.id()).indexOf(b)).orElse(-1);
      }
    };
    Set<String> holding = new TreeSet<>();
    for (int i = 0; i < program.ruleCount(); i++) {
      if (program.holds(i, facts)) {
        holding.add(c.questionnaire().rules().get(i).id());
      }
    }
    // WHEN
    Set<String> fired = new TreeSet<>();
    a.recommendations().forEach(f -> fired.addAll(f.rules()));
    // THEN
    then(fired).isEqualTo(holding);
    Statistics.label("rules fired").collect(!fired.isEmpty());
  }
}
