package dev.selfcheck.editions.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.ResponseProblem;
import dev.selfcheck.editions.EditionProblem;
import dev.selfcheck.editions.MigrationPlan;
import dev.selfcheck.editions.MigrationResult;
import dev.selfcheck.editions.MigrationStep;
import dev.selfcheck.editions.MigrationStep.Carry;
import dev.selfcheck.editions.MigrationStep.Merge;
import dev.selfcheck.editions.MigrationStep.Rescale;
import dev.selfcheck.editions.MigrationStep.Retire;
import dev.selfcheck.editions.MigrationStep.Split;
import dev.selfcheck.editions.OptionTarget;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.ScoringEngine;
import dev.selfcheck.scoring.ScoringModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/*
 * Checks a migration plan against its two versions, and runs it on responses.
 *
 * One answer is mapped by one rule (map, below), which both the check and the run use: the check
 * maps every answer the older version accepts at its edges (Answers.samples) and asks the newer
 * version's response validation about each result (Answers.rejection); the run maps the answers
 * of a response. Options become what the step's option map says (an option, a state or nothing),
 * else they keep their value; states become what the state map says, else they stay. The value is
 * then shaped for the newer question's type: one option for single choice and ordinal scale, a
 * list for multiple choice, "yes"/"no" options for yes/no. Numbers, yes/no and texts are copied;
 * a rescale computes numbers exactly (BigDecimal multiplication and addition).
 *
 * A merge maps each source's answer, then combines those with a value: numbers by their value,
 * options by their item score in the newer version (ScoringModel.optionScore); the mean of options
 * is the option whose score is nearest the mean score, the lower on a tie. Sources with a state
 * count only when none has a value (the first in priority order).
 */
/** Checks and runs a migration plan. */
public final class Migrator {

  private final Questionnaire older;
  private final Questionnaire newer;
  private final MigrationPlan plan;
  private final ScoringModel newerModel;
  private final Map<String, Integer> olderOrder = new HashMap<>();

  /** The decimals of the mean of merged numbers. */
  private static final int MEAN_DECIMALS = 10;

  /**
   * @param older the older version
   * @param newer the newer version
   * @param plan the plan
   */
  public Migrator(Questionnaire older, Questionnaire newer, MigrationPlan plan) {
    this.older = older;
    this.newer = newer;
    this.plan = plan;
    this.newerModel = ScoringEngine.create().compile(newer).model();
    older.allQuestions().forEach(q -> olderOrder.put(q.id(), olderOrder.size()));
  }

  // ---------------------------------------------------------------- mapping one answer

  /** An answer mapped by a step: the new answer, or why there is none. */
  private record Mapped(Answer answer, String dropped) {
    static Mapped of(Answer a) {
      return new Mapped(a, null);
    }

    static Mapped drop(String reason) {
      return new Mapped(null, reason);
    }
  }

  private Mapped map(Answer a, Question to, Map<String, OptionTarget> options, Map<String, OptionTarget> states) {
    if (a.state() == AnswerState.DONT_KNOW || a.state() == AnswerState.NOT_APPLICABLE) {
      OptionTarget t = states.get(a.state().jsonName());
      return t == null ? Mapped.of(state(a.state())) : target(t, to);
    }
    AnswerValue v = a.valueOrNull();
    if (v == null) {
      return Mapped.drop("no answer");
    }
    return switch (v.kind()) {
      case STRING -> options.containsKey(v.asString()) ? target(options.get(v.asString()), to)
          : shape(List.of(v.asString()), to, v);
      case STRINGS -> {
        List<String> values = new ArrayList<>();
        OptionTarget other = null;
        for (String o : v.asOptions()) {
          OptionTarget t = options.get(o);
          if (t == null || t.kind() == OptionTarget.Kind.OPTION) {
            String value = t == null ? o : t.value();
            if (!values.contains(value)) {
              values.add(value);
            }
          } else if (other == null) {
            other = t;
          }
        }
        yield values.isEmpty() ? target(other, to) : shape(values, to, v);
      }
      default -> Mapped.of(Answer.of(v));
    };
  }

  private Mapped target(OptionTarget t, Question to) {
    return switch (t.kind()) {
      case OPTION -> shape(List.of(t.value()), to, AnswerValue.option(t.value()));
      case STATE -> Mapped.of(state(AnswerState.fromJsonName(t.value()).orElseThrow()));
      case DROP -> Mapped.drop(t.value());
    };
  }

  private static Answer state(AnswerState s) {
    return s == AnswerState.DONT_KNOW ? Answer.dontKnow() : Answer.notApplicable();
  }

  /** Option values shaped for the newer question's type. */
  private static Mapped shape(List<String> values, Question to, AnswerValue original) {
    if (to == null) {
      return Mapped.of(Answer.of(original));
    }
    return switch (to.type()) {
      case MULTIPLE_CHOICE -> Mapped.of(Answer.of(AnswerValue.options(values)));
      case SINGLE_CHOICE, ORDINAL_SCALE -> values.size() == 1 ? Mapped.of(Answer.of(AnswerValue.option(values.get(0))))
          : Mapped.drop("options " + values + " cannot be one option of '" + to.id() + "'");
      case YES_NO -> values.size() == 1 && (values.get(0).equals("yes") || values.get(0).equals("no"))
          ? Mapped.of(Answer.of(AnswerValue.bool(values.get(0).equals("yes")))) : Mapped.of(Answer.of(original));
      default -> Mapped.of(Answer.of(original));
    };
  }

  private static Mapped rescale(Rescale r, Answer a) {
    AnswerValue v = a.valueOrNull();
    if (v == null || v.kind() != AnswerValue.Kind.NUMBER) {
      return a.state() == AnswerState.NOT_ANSWERED ? Mapped.drop("no answer") : Mapped.of(state(a.state()));
    }
    BigDecimal x = v.asNumber();
    if (r.factor().isPresent()) {
      BigDecimal y = x.multiply(r.factor().get()).add(r.offset().orElse(BigDecimal.ZERO));
      return Mapped.of(Answer.of(AnswerValue.number(plain(y))));
    }
    for (Map.Entry<BigDecimal, BigDecimal> e : r.table().entrySet()) {
      if (e.getKey().compareTo(x) == 0) {
        return Mapped.of(Answer.of(AnswerValue.number(e.getValue())));
      }
    }
    return Mapped.drop("the rescale table has no row for " + x.toPlainString());
  }

  /** A number without trailing zeros, in plain notation (40, not 4E+1 or 40.0). */
  private static BigDecimal plain(BigDecimal x) {
    BigDecimal y = x.stripTrailingZeros();
    return y.scale() < 0 ? y.setScale(0) : y;
  }

  /** Takes the comment and evidence of the sources along, as the plan says. */
  private Answer withNotes(Answer mapped, List<Answer> sources) {
    Answer.Builder b = Answer.builder().from(mapped);
    if (plan.carryComments()) {
      List<String> comments = sources.stream().flatMap(s -> s.comment().stream()).filter(c -> !c.isBlank()).toList();
      if (!comments.isEmpty()) {
        b.comment(String.join("\n\n", comments));
      }
    }
    if (plan.carryEvidence()) {
      Set<String> evidence = new LinkedHashSet<>(mapped.evidence());
      sources.forEach(s -> evidence.addAll(s.evidence()));
      b.evidence(evidence);
    }
    return b.build();
  }

  static String words(Answer a) {
    if (a.state() != AnswerState.ANSWERED) {
      return a.state().jsonName();
    }
    AnswerValue v = a.valueOrNull();
    return switch (v.kind()) {
      case STRING -> "'" + v.asString() + "'";
      case STRINGS -> v.asOptions().toString();
      case BOOLEAN -> v.asBoolean() ? "yes" : "no";
      case NUMBER -> v.asNumber().toPlainString();
    };
  }

  // ---------------------------------------------------------------- check

  /**
   * Checks the plan.
   *
   * @return the findings, with pointers into the plan's JSON form
   */
  public List<Finding> check() {
    List<Finding> out = new ArrayList<>();
    if (!plan.fromId().equals(older.id()) || plan.fromVersion().compareTo(older.version()) != 0) {
      out.add(EditionProblem.PLAN_FROM_OTHER_VERSION.at("/from", plan.fromId() + " " + plan.fromVersion(),
          older.id() + " " + older.version()));
    }
    if (!plan.toId().equals(newer.id()) || plan.toVersion().compareTo(newer.version()) != 0) {
      out.add(EditionProblem.PLAN_TO_OTHER_VERSION.at("/to", plan.toId() + " " + plan.toVersion(),
          newer.id() + " " + newer.version()));
    }
    Set<String> read = new LinkedHashSet<>();
    Map<String, Integer> writtenBy = new HashMap<>();
    List<MigrationStep> steps = plan.steps();
    for (int i = 0; i < steps.size(); i++) {
      MigrationStep step = steps.get(i);
      String at = JsonPointer.append("/steps", i);
      List<String> reads = step.reads();
      for (int k = 0; k < reads.size(); k++) {
        read.add(reads.get(k));
        if (older.question(reads.get(k)).isEmpty()) {
          out.add(EditionProblem.UNKNOWN_OLD_QUESTION.at(readPointer(step, at, k), reads.get(k), older.version()));
        }
      }
      List<String> writes = step.writes();
      for (int k = 0; k < writes.size(); k++) {
        String w = writes.get(k);
        String wp = writePointer(step, at, k);
        if (newer.question(w).isEmpty()) {
          out.add(EditionProblem.UNKNOWN_NEW_QUESTION.at(wp, w, newer.version()));
        }
        Integer first = writtenBy.putIfAbsent(w, i);
        if (first != null) {
          out.add(EditionProblem.QUESTION_WRITTEN_TWICE.at(wp, w, first));
        }
      }
      answers(step, at, out);
    }
    older.allQuestions().filter(q -> !read.contains(q.id()))
        .forEach(q -> out.add(EditionProblem.ANSWERS_NOT_ACCOUNTED_FOR.at("/steps", q.id())));
    return List.copyOf(out);
  }

  private static String readPointer(MigrationStep step, String at, int k) {
    return step instanceof Merge ? JsonPointer.append(JsonPointer.append(at, "merge"), k)
        : JsonPointer.append(at, step.op());
  }

  private static String writePointer(MigrationStep step, String at, int k) {
    return step instanceof Split
        ? JsonPointer.append(JsonPointer.append(JsonPointer.append(at, "into"), k), "to")
        : JsonPointer.append(at, "to");
  }

  /** Every answer the older question accepts at its edges, mapped by the step, checked by the newer version. */
  private void answers(MigrationStep step, String at, List<Finding> out) {
    if (step instanceof Carry c) {
      carried(c, at, out);
    } else if (step instanceof Split s) {
      for (int j = 0; j < s.into().size(); j++) {
        carried(s.into().get(j), JsonPointer.append(JsonPointer.append(at, "into"), j), out);
      }
    } else if (step instanceof Merge m) {
      for (String from : m.from()) {
        carried(new Carry(from, m.to(), m.options(), Map.of()), at, out);
      }
    } else if (step instanceof Rescale r) {
      rescaled(r, at, out);
    }
  }

  private void carried(Carry c, String at, List<Finding> out) {
    Optional<Question> from = older.question(c.from());
    Optional<Question> to = newer.question(c.to());
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    Set<String> offered = new LinkedHashSet<>();
    older.optionsOf(from.get()).forEach(o -> offered.add(o.value()));
    c.options().keySet().stream().sorted().filter(v -> !offered.contains(v)).forEach(v -> out.add(
        EditionProblem.UNKNOWN_OPTION_MAPPED.at(JsonPointer.append(JsonPointer.append(at, "options"), v), v, c.from())));
    for (Answers.Sample s : Answers.samples(older, from.get(), from.get(), (q, question, v) -> v, "")) {
      Mapped m = map(s.answer(), to.get(), c.options(), c.states());
      if (m.answer() != null) {
        Optional<Finding> no = Answers.rejection(newer, c.to(), m.answer());
        if (no.isPresent()) {
          out.add(EditionProblem.INVALID_ANSWER_PRODUCED.at(entry(at, c, s.answer()), s.words(), c.from(), c.to(),
              newer.version(), no.get().message()));
        }
      }
    }
  }

  /** The map entry that decided an answer's mapping, else the step. */
  private static String entry(String at, Carry c, Answer a) {
    if (a.state() != AnswerState.ANSWERED) {
      String s = a.state().jsonName();
      return c.states().containsKey(s) ? JsonPointer.append(JsonPointer.append(at, "states"), s) : at;
    }
    AnswerValue v = a.valueOrNull();
    String o = v.kind() == AnswerValue.Kind.STRING ? v.asString()
        : v.kind() == AnswerValue.Kind.STRINGS && v.asOptions().size() == 1 ? v.asOptions().get(0) : null;
    return o != null && c.options().containsKey(o) ? JsonPointer.append(JsonPointer.append(at, "options"), o) : at;
  }

  private void rescaled(Rescale r, String at, List<Finding> out) {
    Optional<Question> from = older.question(r.from());
    if (from.isEmpty() || newer.question(r.to()).isEmpty()) {
      return;
    }
    if (from.get().type() != QuestionType.NUMBER) {
      out.add(EditionProblem.RESCALE_OF_NON_NUMBER.at(JsonPointer.append(at, "rescale"), r.from(),
          from.get().type().jsonName()));
      return;
    }
    List<Answer> inputs = new ArrayList<>();
    for (Answers.Sample s : Answers.samples(older, from.get(), from.get(), (q, question, v) -> v, "")) {
      inputs.add(s.answer());
    }
    r.table().keySet().stream().sorted().forEach(k -> inputs.add(Answer.of(AnswerValue.number(k))));
    for (Answer a : inputs) {
      Mapped m = rescale(r, a);
      if (m.answer() != null) {
        Optional<Finding> no = Answers.rejection(newer, r.to(), m.answer());
        if (no.isPresent()) {
          out.add(EditionProblem.INVALID_ANSWER_PRODUCED.at(at, words(a), r.from(), r.to(), newer.version(),
              no.get().message()));
        }
      }
    }
  }

  // ---------------------------------------------------------------- run

  /**
   * Migrates one response.
   *
   * @param response a response to the older version
   * @return the result
   */
  public MigrationResult run(Response response) {
    if (!response.questionnaireId().equals(older.id())
        || response.questionnaireVersion().compareTo(older.version()) != 0) {
      return new MigrationResult(Optional.empty(), Map.of(), List.of(), List.of(), List.of(),
          List.of(EditionProblem.RESPONSE_OF_OTHER_VERSION.at("/questionnaire",
              response.questionnaireId() + " " + response.questionnaireVersion(), older.id() + " " + older.version())));
    }
    Response.Builder b = Response.builder().questionnaireId(newer.id()).questionnaireVersion(newer.version());
    response.respondent().ifPresent(b::respondent);
    response.startedAt().ifPresent(b::startedAt);
    response.submittedAt().ifPresent(b::submittedAt);
    b.putAllExtensions(response.extensions());
    Map<String, Answer> answers = new LinkedHashMap<>();
    Map<String, MigrationResult.Provenance> provenance = new LinkedHashMap<>();
    List<MigrationResult.Lost> lost = new ArrayList<>();
    List<MigrationResult.Changed> changed = new ArrayList<>();
    List<MigrationStep> steps = plan.steps();
    for (int i = 0; i < steps.size(); i++) {
      int step = i;
      MigrationStep s = steps.get(i);
      if (s instanceof Retire r) {
        response.answer(r.question())
            .ifPresent(a -> lost.add(new MigrationResult.Lost(r.question(), words(a), r.reason(), step)));
      } else if (s instanceof Carry c) {
        carry(response, c, step, "carry", answers, provenance, lost, changed);
      } else if (s instanceof Split sp) {
        sp.into().forEach(c -> carry(response, c, step, "split", answers, provenance, lost, changed));
      } else if (s instanceof Rescale r) {
        response.answer(r.from()).ifPresent(a -> record(r.from(), r.to(), a,
            a.state() == AnswerState.NOT_ANSWERED ? notesOnly(a) : rescale(r, a), List.of(a), step, "rescale",
            answers, provenance, lost, changed));
      } else if (s instanceof Merge m) {
        merge(response, m, step, answers, provenance, lost, changed);
      }
    }
    b.putAllAnswers(answers);
    Response migrated = b.build();
    List<String> missing = new ArrayList<>();
    for (Finding f : newer.validate(migrated)) {
      if (f.is(ResponseProblem.REQUIRED_QUESTION_NOT_ANSWERED)) {
        missing.add(String.valueOf(f.arguments().get(0)));
      }
    }
    return new MigrationResult(Optional.of(migrated), provenance, lost, changed, missing, List.of());
  }

  /**
   * An answer that holds only a comment or evidence: carried as such when the plan keeps what it
   * holds, else lost.
   */
  private Mapped notesOnly(Answer a) {
    return notesOnly(List.of(a));
  }

  private Mapped notesOnly(List<Answer> sources) {
    Answer.Builder b = Answer.builder();
    boolean kept = false;
    if (plan.carryComments()) {
      List<String> comments = sources.stream().flatMap(s -> s.comment().stream()).filter(c -> !c.isBlank()).toList();
      if (!comments.isEmpty()) {
        b.comment(String.join("\n\n", comments));
        kept = true;
      }
    }
    if (plan.carryEvidence()) {
      Set<String> evidence = new LinkedHashSet<>();
      sources.forEach(s -> evidence.addAll(s.evidence()));
      if (!evidence.isEmpty()) {
        b.evidence(evidence);
        kept = true;
      }
    }
    return kept ? new Mapped(b.build(), null) : Mapped.drop("only a comment or evidence, which the plan drops");
  }

  private void carry(Response response, Carry c, int step, String op, Map<String, Answer> answers,
      Map<String, MigrationResult.Provenance> provenance, List<MigrationResult.Lost> lost,
      List<MigrationResult.Changed> changed) {
    response.answer(c.from()).ifPresent(a -> {
      Mapped m = a.state() == AnswerState.NOT_ANSWERED ? notesOnly(a)
          : map(a, newer.question(c.to()).orElse(null), c.options(), c.states());
      record(c.from(), c.to(), a, m, List.of(a), step, op, answers, provenance, lost, changed);
    });
  }

  private void record(String from, String to, Answer a, Mapped m, List<Answer> sources, int step, String op,
      Map<String, Answer> answers, Map<String, MigrationResult.Provenance> provenance,
      List<MigrationResult.Lost> lost, List<MigrationResult.Changed> changed) {
    if (m.answer() == null) {
      lost.add(new MigrationResult.Lost(from, words(a), m.dropped(), step));
      return;
    }
    answers.put(to, m.answer().state() == AnswerState.NOT_ANSWERED ? m.answer() : withNotes(m.answer(), sources));
    provenance.put(to, new MigrationResult.Provenance(List.of(from), step, op));
    if (!words(a).equals(words(m.answer()))) {
      changed.add(new MigrationResult.Changed(from, to, words(a), words(m.answer())));
    }
  }

  private void merge(Response response, Merge m, int step, Map<String, Answer> answers,
      Map<String, MigrationResult.Provenance> provenance, List<MigrationResult.Lost> lost,
      List<MigrationResult.Changed> changed) {
    Question to = newer.question(m.to()).orElse(null);
    List<String> order = new ArrayList<>(m.from());
    if (m.combine() == MigrationStep.Combine.FIRST) {
      order.sort(Comparator.comparing(id -> olderOrder.getOrDefault(id, Integer.MAX_VALUE)));
    }
    List<String> sources = new ArrayList<>();
    List<Answer> originals = new ArrayList<>();
    List<Answer> values = new ArrayList<>();
    Answer firstState = null;
    for (String id : order) {
      Optional<Answer> a = response.answer(id);
      if (a.isEmpty()) {
        continue;
      }
      if (a.get().state() == AnswerState.NOT_ANSWERED) {
        sources.add(id);
        originals.add(a.get());
        continue;
      }
      Mapped mapped = map(a.get(), to, m.options(), Map.of());
      if (mapped.answer() == null) {
        lost.add(new MigrationResult.Lost(id, words(a.get()), mapped.dropped(), step));
        continue;
      }
      sources.add(id);
      originals.add(a.get());
      if (mapped.answer().state() == AnswerState.ANSWERED) {
        values.add(mapped.answer());
      } else if (firstState == null) {
        firstState = mapped.answer();
      }
    }
    Answer combined = values.isEmpty() ? firstState : combine(m, values);
    if (combined == null) {
      if (originals.isEmpty()) {
        return;
      }
      Mapped notes = notesOnly(originals);
      if (notes.answer() == null) {
        originals.forEach(o -> lost.add(new MigrationResult.Lost(sources.get(originals.indexOf(o)), words(o),
            notes.dropped(), step)));
        return;
      }
      combined = notes.answer();
    } else {
      combined = withNotes(combined, originals);
    }
    answers.put(m.to(), combined);
    provenance.put(m.to(), new MigrationResult.Provenance(sources, step, "merge"));
    String before = originals.stream().map(Migrator::words).reduce((x, y) -> x + ", " + y).orElse("");
    if (!before.equals(words(combined))) {
      changed.add(new MigrationResult.Changed(String.join(",", sources), m.to(), before, words(combined)));
    }
  }

  private Answer combine(Merge m, List<Answer> values) {
    if (m.combine() == MigrationStep.Combine.FIRST || m.combine() == MigrationStep.Combine.PRIORITY
        || values.size() == 1) {
      return values.get(0);
    }
    boolean numbers = values.stream().allMatch(a -> a.valueOrNull().kind() == AnswerValue.Kind.NUMBER);
    List<Rational> keys = new ArrayList<>();
    for (Answer a : values) {
      Optional<Rational> k = numbers ? Optional.of(Rational.of(a.valueOrNull().asNumber()))
          : a.valueOrNull().kind() == AnswerValue.Kind.STRING
              ? newerModel.optionScore(m.to(), a.valueOrNull().asString()) : Optional.empty();
      if (k.isEmpty()) {
        return values.get(0);   // unscored options: the first in priority order
      }
      keys.add(k.get());
    }
    if (m.combine() != MigrationStep.Combine.MEAN) {
      int best = 0;
      for (int i = 1; i < keys.size(); i++) {
        int c = keys.get(i).compareTo(keys.get(best));
        if (m.combine() == MigrationStep.Combine.MIN ? c < 0 : c > 0) {
          best = i;
        }
      }
      return values.get(best);
    }
    Rational sum = Rational.ZERO;
    for (Rational k : keys) {
      sum = sum.plus(k);
    }
    Rational mean = sum.dividedBy(Rational.of(keys.size()));
    if (numbers) {
      return Answer.of(AnswerValue.number(plain(mean.toBigDecimal(MEAN_DECIMALS))));
    }
    String best = null;
    Rational bestScore = null;
    Rational bestDistance = null;
    for (dev.selfcheck.core.AnswerOption o : newerModel.optionsByScore(m.to())) {
      Rational score = newerModel.optionScore(m.to(), o.value()).orElseThrow();
      Rational d = score.minus(mean);
      d = d.signum() < 0 ? d.negate() : d;
      if (best == null || d.compareTo(bestDistance) < 0
          || d.compareTo(bestDistance) == 0 && score.compareTo(bestScore) < 0) {
        best = o.value();
        bestScore = score;
        bestDistance = d;
      }
    }
    return Answer.of(AnswerValue.option(best));
  }
}
