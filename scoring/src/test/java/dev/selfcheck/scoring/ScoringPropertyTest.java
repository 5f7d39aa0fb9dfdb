package dev.selfcheck.scoring;

import static dev.selfcheck.scoring.Fixtures.band;
import static dev.selfcheck.scoring.Fixtures.choiceOf;
import static dev.selfcheck.scoring.Fixtures.compile;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Aggregation;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.MissingPolicy;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ScoringSettings;
import dev.selfcheck.core.Term;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Scoring laws over generated questionnaires (1–3 levels of dimensions; scored single-choice,
 * yes/no and number questions; weights 0–2 with up to 2 decimals, siblings never all zero; random
 * aggregation, missing policy, normalisation and minimum answered share; optional bands) and
 * generated responses (values, "don't know", "not applicable", no answer).
 */
class ScoringPropertyTest {

  private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
  private static final BigDecimal NEAR = new BigDecimal("1e-50");

  // ------------------------------------------------------------------ the generated model

  enum Kind { CHOICE, YES_NO, NUMBER }

  /** How freely settings are chosen. */
  enum Mode {
    /** Any aggregation, missing policy, normalisation, minimum answered share. */
    ANY,
    /** Weighted mean or sum, missing exclude, normalisation allowed, no minimum share. */
    MONOTONE,
    /** Weighted mean or sum, missing exclude, no normalisation, no minimum share. */
    REFERENCE
  }

  /** A scored question: option scores, yes/no scores or threshold scores (with their froms). */
  record Item(String id, Kind kind, List<BigDecimal> scores, List<BigDecimal> from, boolean reversed,
      BigDecimal weight) {}

  /** A dimension; the root (id "total") holds the questionnaire's settings and its dimensions. */
  record Node(String id, BigDecimal weight, Optional<ScoringSettings> settings, List<Item> items,
      List<Node> children) {}

  record Case(Node root, List<Band> bands, Map<String, Answer> answers) {

    Questionnaire questionnaire() {
      return questionnaire("", BigDecimal.ONE);
    }

    /** The questionnaire, with the weights of the children of one node multiplied. */
    Questionnaire questionnaire(String scaledNode, BigDecimal factor) {
      Questionnaire.Builder b = Fixtures.questionnaire().bands(bands);
      root.settings().ifPresent(b::scoring);
      BigDecimal f = root.id().equals(scaledNode) ? factor : BigDecimal.ONE;
      for (Node n : root.children()) {
        b.addDimensions(dimension(n, f, scaledNode, factor));
      }
      return b.build();
    }

    private static Dimension dimension(Node n, BigDecimal own, String scaledNode, BigDecimal factor) {
      BigDecimal f = n.id().equals(scaledNode) ? factor : BigDecimal.ONE;
      Dimension.Builder d = Fixtures.dim(n.id()).weight(n.weight().multiply(own));
      n.settings().ifPresent(d::scoring);
      n.items().forEach(i -> d.addQuestions(question(i, f)));
      n.children().forEach(c -> d.addDimensions(dimension(c, f, scaledNode, factor)));
      return d.build();
    }

    private static Question question(Item i, BigDecimal f) {
      Question q;
      switch (i.kind()) {
        case CHOICE:
          q = choiceOf(i.id(), i.scores().stream().map(BigDecimal::toPlainString).toArray(String[]::new))
              .reversed(i.reversed()).build();
          break;
        case YES_NO:
          q = Fixtures.yesNo(i.id(), i.scores().get(0).toPlainString(), i.scores().get(1).toPlainString());
          break;
        default:
          ItemScoring.Builder s = ItemScoring.builder();
          for (int k = 0; k < i.from().size(); k++) {
            s.addThreshold(ItemScoring.Threshold.of(i.from().get(k), i.scores().get(k)));
          }
          q = Fixtures.number(i.id(), s.build());
      }
      return Question.builder().from(q).weight(i.weight().multiply(f)).build();
    }

    Response response() {
      return response(new ArrayList<>(answers.keySet()));
    }

    Response response(List<String> order) {
      Map<String, Answer> m = new LinkedHashMap<>();
      order.forEach(id -> m.put(id, answers.get(id)));
      return Response.builder().questionnaireId(Fixtures.ID).questionnaireVersion(Fixtures.VERSION)
          .answers(m).build();
    }

    List<Node> nodes() {
      List<Node> out = new ArrayList<>();
      collect(root, out);
      return out;
    }

    private static void collect(Node n, List<Node> out) {
      out.add(n);
      n.children().forEach(c -> collect(c, out));
    }

    Case with(String question, Answer answer) {
      Map<String, Answer> m = new LinkedHashMap<>(answers);
      m.put(question, answer);
      return new Case(root, bands, m);
    }
  }

  // ------------------------------------------------------------------ generators

  /** Generates one case from a random source. */
  static final class Generator {
    private final Random r;
    private final Mode mode;
    private int questions;
    private int dims;

    Generator(Random r, Mode mode) {
      this.r = r;
      this.mode = mode;
    }

    Case generate() {
      int depth = 1 + r.nextInt(3);
      Effective top = new Effective(Aggregation.WEIGHTED_MEAN, false);
      ScoringSettings.Builder rootSettings = settings(top);
      if (mode == Mode.REFERENCE || r.nextBoolean()) {
        rootSettings.decimals(r.nextInt(5));
      }
      Effective rootEffective = top.apply(rootSettings.build());
      int count = 1 + r.nextInt(3);
      List<BigDecimal> weights = weights(count);
      List<Node> children = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        children.add(node(weights.get(i), 1, depth, rootEffective));
      }
      Node root = new Node(DimensionResult.TOTAL, BigDecimal.ONE, Optional.of(rootSettings.build()), List.of(),
          children);
      Map<String, Answer> answers = new LinkedHashMap<>();
      List<Node> all = new ArrayList<>();
      Case.collect(root, all);
      for (Node n : all) {
        for (Item i : n.items()) {
          answer(i).ifPresent(a -> answers.put(i.id(), a));
        }
      }
      return new Case(root, bands(), answers);
    }

    /** Aggregation and normalisation in force, to keep the questionnaire valid. */
    record Effective(Aggregation aggregation, boolean normalize) {
      Effective apply(ScoringSettings s) {
        return new Effective(s.aggregation().orElse(aggregation), s.normalize().orElse(normalize));
      }
    }

    private Node node(BigDecimal weight, int level, int depth, Effective parent) {
      String id = "d" + (++dims);
      Optional<ScoringSettings> own = r.nextInt(3) == 0 ? Optional.of(settings(parent).build()) : Optional.empty();
      Effective effective = own.map(parent::apply).orElse(parent);
      int subs = level < depth ? 1 + r.nextInt(2) : 0;
      int items = subs == 0 ? 1 + r.nextInt(4) : r.nextInt(3);
      List<BigDecimal> weights = weights(subs + items);
      List<Item> is = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        is.add(item(weights.get(i)));
      }
      List<Node> cs = new ArrayList<>();
      for (int i = 0; i < subs; i++) {
        cs.add(node(weights.get(items + i), level + 1, depth, effective));
      }
      return new Node(id, weight, own, is, cs);
    }

    private ScoringSettings.Builder settings(Effective parent) {
      ScoringSettings.Builder s = ScoringSettings.builder();
      if (mode != Mode.ANY) {
        s.aggregation(r.nextBoolean() ? Aggregation.WEIGHTED_MEAN : Aggregation.WEIGHTED_SUM);
        if (mode == Mode.MONOTONE && r.nextInt(4) == 0) {
          s.normalize(r.nextBoolean());
        }
        return s;
      }
      Aggregation a = Aggregation.values()[r.nextInt(Aggregation.values().length)];
      if (r.nextInt(4) > 0) {
        s.aggregation(a);
        if (a == Aggregation.SHARE_MEETING) {
          s.threshold(decimal(-20, 60, 1));
        }
      } else {
        a = parent.aggregation();
      }
      boolean linear = a == Aggregation.WEIGHTED_MEAN || a == Aggregation.WEIGHTED_SUM;
      if (!linear && parent.normalize()) {
        s.normalize(false);
      } else if (linear && r.nextInt(3) == 0) {
        s.normalize(r.nextBoolean());
      }
      switch (r.nextInt(4)) {
        case 0:
          s.missing(MissingPolicy.COUNT_AS).missingScore(decimal(-20, 60, 1));
          break;
        case 1:
          s.missing(MissingPolicy.PRORATE);
          break;
        case 2:
          s.missing(MissingPolicy.EXCLUDE);
          break;
        default:
          break;
      }
      if (r.nextInt(3) == 0) {
        s.minAnsweredShare(List.of(new BigDecimal("0.25"), new BigDecimal("0.5"), BigDecimal.ONE).get(r.nextInt(3)));
      }
      if (r.nextInt(4) == 0) { // a conditional term on the first question's state (q1 always exists)
        s.addTerm(Term.builder().id("t").add(decimal(-30, 30, 1)).when(AnswerIs.of("q1",
            AnswerState.values()[r.nextInt(AnswerState.values().length)])).build());
      }
      return s;
    }

    /** Weights with 0–2 decimals between 0 and 2; never all zero. */
    private List<BigDecimal> weights(int n) {
      List<BigDecimal> w = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int scale = r.nextInt(3);
        int max = 2 * (int) Math.pow(10, scale);
        w.add(r.nextInt(4) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextInt(max + 1), scale));
      }
      if (w.stream().allMatch(x -> x.signum() == 0) && n > 0) {
        w.set(r.nextInt(n), BigDecimal.ONE);
      }
      return w;
    }

    /** A decimal from min/10^scale to max/10^scale. */
    private BigDecimal decimal(int min, int max, int scale) {
      return BigDecimal.valueOf(min + r.nextInt(max - min + 1), scale);
    }

    private Item item(BigDecimal weight) {
      String id = "q" + (++questions);
      Kind kind = Kind.values()[r.nextInt(3)];
      List<BigDecimal> scores = new ArrayList<>();
      List<BigDecimal> from = new ArrayList<>();
      int n = kind == Kind.CHOICE ? 2 + r.nextInt(3) : kind == Kind.YES_NO ? 2 : 1 + r.nextInt(3);
      BigDecimal step = BigDecimal.valueOf(r.nextInt(10), 0);
      for (int i = 0; i < n; i++) {
        scores.add(decimal(-10, 50, r.nextInt(2)));
        if (kind == Kind.NUMBER) {
          step = step.add(BigDecimal.valueOf(1 + r.nextInt(10), r.nextInt(2)));
          from.add(step);
        }
      }
      return new Item(id, kind, scores, from, kind == Kind.CHOICE && r.nextInt(4) == 0, weight);
    }

    private Optional<Answer> answer(Item i) {
      int pick = r.nextInt(20);
      if (pick < 3) {
        return Optional.empty();
      } else if (pick < 6) {
        return Optional.of(Answer.dontKnow());
      } else if (pick < 8) {
        return Optional.of(Answer.notApplicable());
      }
      switch (i.kind()) {
        case CHOICE:
          return Optional.of(Answer.of(AnswerValue.option("o" + (1 + r.nextInt(i.scores().size())))));
        case YES_NO:
          return Optional.of(Answer.of(AnswerValue.bool(r.nextBoolean())));
        default:
          return Optional.of(Answer.of(AnswerValue.number(decimal(-20, 400, r.nextInt(2)))));
      }
    }

    private List<Band> bands() {
      if (r.nextBoolean()) {
        return List.of();
      }
      List<BigDecimal> cuts = new ArrayList<>();
      BigDecimal c = decimal(-1000, 500, 2);
      for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
        cuts.add(c);
        c = c.add(decimal(1, 2000, 2));
      }
      List<Band> out = new ArrayList<>();
      for (int i = 0; i + 1 < cuts.size(); i++) {
        boolean last = i + 2 == cuts.size();
        out.add(band("b" + i, cuts.get(i).toPlainString(), true, cuts.get(i + 1).toPlainString(), last));
      }
      return out;
    }
  }

  private static Arbitrary<Case> cases(Mode mode) {
    return Arbitraries.randomValue(random -> new Generator(random, mode).generate());
  }

  @Provide
  Arbitrary<Case> anyCase() {
    return cases(Mode.ANY);
  }

  @Provide
  Arbitrary<Case> monotoneCase() {
    return cases(Mode.MONOTONE);
  }

  @Provide
  Arbitrary<Case> referenceCase() {
    return cases(Mode.REFERENCE);
  }

  private static List<DimensionResult> results(Assessment a) {
    List<DimensionResult> all = new ArrayList<>(a.dimensions());
    all.add(a.total());
    return all;
  }

  private static Map<String, Optional<Rational>> scores(Assessment a) {
    Map<String, Optional<Rational>> m = new LinkedHashMap<>();
    results(a).forEach(d -> m.put(d.id(), d.score()));
    return m;
  }

  // ------------------------------------------------------------------ (a) range

  @Property(tries = 1000)
  void should_lie_within_its_range_when_a_dimension_is_scorable(@ForAll("anyCase") Case c) {
    // GIVEN
    Scorer scorer = compile(c.questionnaire());
    // WHEN
    Assessment a = scorer.score(c.response());
    // THEN
    for (DimensionResult d : results(a)) {
      d.score().ifPresent(s -> then(s).as("score of %s", d.id()).isBetween(d.minScore(), d.maxScore()));
      Statistics.label("scorable").collect(d.scorable());
    }
  }

  // ------------------------------------------------------------------ (b) monotonicity

  @Property(tries = 800)
  void should_never_lower_a_weighted_score_when_one_answer_gets_a_higher_item_score(
      @ForAll("monotoneCase") Case c, @ForAll Random random) {
    // GIVEN an answered question of positive weight, and a value of that question scoring higher
    Map<String, List<String>> ancestors = new HashMap<>();
    Map<String, Item> items = new HashMap<>();
    walk(c.root(), new ArrayList<>(), ancestors, items);
    List<String> candidates = new ArrayList<>();
    c.answers().forEach((id, answer) -> {
      if (answer.state() == AnswerState.ANSWERED && items.get(id).weight().signum() > 0) {
        candidates.add(id);
      }
    });
    Statistics.label("has a candidate").collect(!candidates.isEmpty());
    if (candidates.isEmpty()) {
      return;
    }
    String id = candidates.get(random.nextInt(candidates.size()));
    Item item = items.get(id);
    BigDecimal before = itemScore(item, c.answers().get(id).value().orElseThrow());
    Optional<AnswerValue> better = valuesOf(item).stream().filter(v -> itemScore(item, v).compareTo(before) > 0)
        .findFirst();
    Statistics.label("has a better answer").collect(better.isPresent());
    if (better.isEmpty()) {
      return;
    }
    Scorer scorer = compile(c.questionnaire());
    // WHEN
    Assessment low = scorer.score(c.response());
    Assessment high = scorer.score(c.with(id, Answer.of(better.get())).response());
    // THEN its dimension and every ancestor keep or raise their score
    for (String d : ancestors.get(id)) {
      Optional<Rational> s0 = low.dimension(d).orElseThrow().score();
      Optional<Rational> s1 = high.dimension(d).orElseThrow().score();
      then(s1.isPresent()).as("%s stays scorable", d).isEqualTo(s0.isPresent());
      s0.ifPresent(s -> then(s1.get()).as("score of %s after raising %s", d, id).isGreaterThanOrEqualTo(s));
    }
  }

  private static void walk(Node n, List<String> path, Map<String, List<String>> ancestors, Map<String, Item> items) {
    List<String> here = new ArrayList<>(path);
    here.add(0, n.id());
    for (Item i : n.items()) {
      ancestors.put(i.id(), here);
      items.put(i.id(), i);
    }
    n.children().forEach(ch -> walk(ch, here, ancestors, items));
  }

  private static List<AnswerValue> valuesOf(Item i) {
    List<AnswerValue> out = new ArrayList<>();
    switch (i.kind()) {
      case CHOICE:
        for (int k = 1; k <= i.scores().size(); k++) {
          out.add(AnswerValue.option("o" + k));
        }
        break;
      case YES_NO:
        out.add(AnswerValue.bool(true));
        out.add(AnswerValue.bool(false));
        break;
      default:
        out.add(AnswerValue.number(i.from().get(0).subtract(BigDecimal.ONE)));
        i.from().forEach(f -> out.add(AnswerValue.number(f)));
    }
    return out;
  }

  /** The item score, computed here from the documented rules. */
  private static BigDecimal itemScore(Item i, AnswerValue v) {
    switch (i.kind()) {
      case CHOICE: {
        BigDecimal s = i.scores().get(Integer.parseInt(v.asOption().substring(1)) - 1);
        if (!i.reversed()) {
          return s;
        }
        BigDecimal lo = Collections.min(i.scores());
        BigDecimal hi = Collections.max(i.scores());
        return lo.add(hi).subtract(s);
      }
      case YES_NO:
        return i.scores().get(v.asBoolean() ? 0 : 1);
      default: {
        BigDecimal s = i.scores().get(0);
        for (int k = 0; k < i.from().size(); k++) {
          if (i.from().get(k).compareTo(v.asNumber()) <= 0) {
            s = i.scores().get(k);
          }
        }
        return s;
      }
    }
  }

  // ------------------------------------------------------------------ (c) answer order

  @Property(tries = 800)
  void should_give_the_same_assessment_when_the_answers_are_put_in_another_order(
      @ForAll("anyCase") Case c, @ForAll Random random) {
    // GIVEN
    Scorer scorer = compile(c.questionnaire());
    List<String> shuffled = new ArrayList<>(c.answers().keySet());
    Collections.shuffle(shuffled, random);
    // WHEN
    String inOrder = scorer.score(c.response()).toJson();
    String reordered = scorer.score(c.response(shuffled)).toJson();
    // THEN
    then(reordered).isEqualTo(inOrder);
  }

  // ------------------------------------------------------------------ (d) weight scale

  @Property(tries = 800)
  void should_change_no_score_when_the_weights_of_siblings_are_multiplied_by_one_constant(
      @ForAll("anyCase") Case c, @ForAll Random random) {
    // GIVEN a node whose aggregation does not depend on the scale of the weights
    Questionnaire q = c.questionnaire();
    Scorer scorer = compile(q);
    Assessment before = scorer.score(c.response());
    List<String> invariant = new ArrayList<>();
    for (Node n : c.nodes()) {
      if (!n.children().isEmpty() || !n.items().isEmpty()) {
        invariant.add(n.id());
      }
    }
    invariant.removeIf(id -> !scaleInvariant(scorer, id, q));
    Statistics.label("has a scale-invariant node").collect(!invariant.isEmpty());
    if (invariant.isEmpty()) {
      return;
    }
    String node = invariant.get(random.nextInt(invariant.size()));
    BigDecimal factor = random.nextBoolean() ? BigDecimal.valueOf(3) : new BigDecimal("0.5");
    // WHEN
    Assessment after = compile(c.questionnaire(node, factor)).score(c.response());
    // THEN
    then(scores(after)).as("after multiplying the weights under %s by %s", node, factor).isEqualTo(scores(before));
  }

  /** Weighted mean, share meeting or normalisation: the aggregations that ignore the weights' scale. */
  private static boolean scaleInvariant(Scorer scorer, String id, Questionnaire q) {
    Aggregation a = Aggregation.WEIGHTED_MEAN;
    boolean normalize = false;
    List<Optional<ScoringSettings>> chain = new ArrayList<>();
    chain.add(q.scoring());
    if (!DimensionResult.TOTAL.equals(id)) {
      pathTo(q.dimensions(), id, chain);
    }
    for (Optional<ScoringSettings> s : chain) {
      a = s.flatMap(ScoringSettings::aggregation).orElse(a);
      normalize = s.flatMap(ScoringSettings::normalize).orElse(normalize);
    }
    return normalize || a == Aggregation.WEIGHTED_MEAN || a == Aggregation.SHARE_MEETING;
  }

  private static boolean pathTo(List<Dimension> dims, String id, List<Optional<ScoringSettings>> chain) {
    for (Dimension d : dims) {
      chain.add(d.scoring());
      if (d.id().equals(id) || pathTo(d.dimensions(), id, chain)) {
        return true;
      }
      chain.remove(chain.size() - 1);
    }
    return false;
  }

  // ------------------------------------------------------------------ (e) reference model

  @Property(tries = 1000)
  void should_equal_an_independent_decimal_model_when_means_and_sums_exclude_missing_answers(
      @ForAll("referenceCase") Case c) {
    // GIVEN
    Map<String, BigDecimal> expected = new HashMap<>();
    reference(c.root(), Aggregation.WEIGHTED_MEAN, c.answers(), expected);
    int decimals = c.root().settings().flatMap(ScoringSettings::decimals).orElse(2);
    // WHEN
    Assessment a = compile(c.questionnaire()).score(c.response());
    // THEN
    for (DimensionResult d : results(a)) {
      BigDecimal want = expected.get(d.id());
      if (want == null) {
        then(d.displayScore()).as("display score of %s", d.id()).isEmpty();
        continue;
      }
      // The reference divides to 60 digits, so a score that lies exactly on a rounding half (6.955)
      // may come out just below it (6.95499…); there either neighbour is the reference's answer.
      BigDecimal below = want.subtract(NEAR).setScale(decimals, RoundingMode.HALF_UP);
      BigDecimal above = want.add(NEAR).setScale(decimals, RoundingMode.HALF_UP);
      Statistics.label("display rounding").collect(below.equals(above) ? "compared" : "within 1e-50 of a half");
      then(d.displayScore()).as("display score of %s (%s)", d.id(), want)
          .hasValueSatisfying(shown -> then(shown).isIn(below, above));
      boolean near = c.bands().stream().anyMatch(b -> want.subtract(b.lower()).abs().compareTo(NEAR) < 0
          || want.subtract(b.upper()).abs().compareTo(NEAR) < 0);
      Statistics.label("band comparison").collect(near ? "skipped: within 1e-50 of a boundary" : "compared");
      if (!near) {
        Optional<String> band = c.bands().stream().filter(b -> b.contains(want)).map(Band::id).findFirst();
        then(d.band().map(Band::id)).as("band of %s (%s)", d.id(), want).isEqualTo(band);
      }
    }
  }

  /** Weighted mean or sum over the children with a value, in 60-digit decimals; null if none. */
  private static BigDecimal reference(Node n, Aggregation inherited, Map<String, Answer> answers,
      Map<String, BigDecimal> out) {
    Aggregation a = n.settings().flatMap(ScoringSettings::aggregation).orElse(inherited);
    List<BigDecimal[]> parts = new ArrayList<>();
    for (Item i : n.items()) {
      Answer answer = answers.get(i.id());
      if (answer != null && answer.state() == AnswerState.ANSWERED) {
        parts.add(new BigDecimal[] {i.weight(), itemScore(i, answer.value().orElseThrow())});
      }
    }
    for (Node c : n.children()) {
      BigDecimal v = reference(c, a, answers, out);
      if (v != null) {
        parts.add(new BigDecimal[] {c.weight(), v});
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (BigDecimal[] p : parts) {
      sum = sum.add(p[0].multiply(p[1], MC), MC);
      weights = weights.add(p[0]);
    }
    BigDecimal value;
    if (parts.isEmpty()) {
      value = null;
    } else if (a == Aggregation.WEIGHTED_SUM) {
      value = sum;
    } else {
      value = weights.signum() == 0 ? null : sum.divide(weights, MC);
    }
    if (value != null) {
      out.put(n.id(), value);
    }
    return value;
  }

  @Property(tries = 50)
  void should_make_valid_questionnaires_when_cases_are_generated(@ForAll("anyCase") Case c) {
    // GIVEN
    // WHEN
    Questionnaire q = c.questionnaire();
    // THEN
    then(q.validate()).noneMatch(f -> f.isError());
    then(q.allQuestions().count()).isPositive();
  }
}
