package dev.selfcheck.core.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionReference;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.ScorableIs;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Helpers over conditions. */
public final class Conditions {

  private Conditions() {}

  /**
   * Collects the ids of the questions a condition refers to, in order of appearance, through the
   * named conditions it refers to (each followed once; unknown names are skipped).
   *
   * @param condition the condition
   * @param named the questionnaire's named conditions
   * @param into where to add them
   */
  public static void questionRefs(Condition condition, Map<String, Condition> named,
      List<String> into) {
    refs(condition, named, new HashSet<>(), into, null);
  }

  /**
   * The kind of the first condition on results ({@code score}, {@code completion}, {@code band})
   * in a condition, through the named conditions it refers to.
   *
   * @param condition the condition
   * @param named the questionnaire's named conditions
   * @return the kind, or null if the condition reads answers only
   */
  public static String resultKind(Condition condition, Map<String, Condition> named) {
    String[] kind = new String[1];
    refs(condition, named, new HashSet<>(), null, kind);
    return kind[0];
  }

  /**
   * Collects the names a condition refers to directly (not through other named conditions).
   *
   * @param condition the condition
   * @param into where to add them
   */
  public static void names(Condition condition, List<String> into) {
    condition.walk("", (part, p) -> {
      if (part instanceof ConditionReference r) {
        into.add(r.name());
      }
    });
  }

  private static void refs(Condition condition, Map<String, Condition> named, Set<String> seen,
      List<String> questions, String[] kind) {
    condition.accept(new Condition.Visitor<Void>() {
      @Override
      public Void visitAll(AllOf c) {
        c.parts().forEach(p -> refs(p, named, seen, questions, kind));
        return null;
      }

      @Override
      public Void visitAny(AnyOf c) {
        c.parts().forEach(p -> refs(p, named, seen, questions, kind));
        return null;
      }

      @Override
      public Void visitNot(Not c) {
        refs(c.part(), named, seen, questions, kind);
        return null;
      }

      @Override
      public Void visitAnswerIs(AnswerIs c) {
        add(c.question());
        return null;
      }

      @Override
      public Void visitAnswerComparison(AnswerComparison c) {
        add(c.question());
        return null;
      }

      @Override
      public Void visitQuantifier(Quantifier c) {
        c.questions().forEach(this::add);
        return null;
      }

      @Override
      public Void visitMeasure(MeasureComparison c) {
        return result(c.measure().jsonName());
      }

      @Override
      public Void visitScorable(ScorableIs c) {
        return result("score");
      }

      @Override
      public Void visitBand(BandIs c) {
        return result("band");
      }

      @Override
      public Void visitReference(ConditionReference c) {
        Condition target = named.get(c.name());
        if (target != null && seen.add(c.name())) {
          refs(target, named, seen, questions, kind);
        }
        return null;
      }

      private void add(String question) {
        if (questions != null) {
          questions.add(question);
        }
      }

      private Void result(String k) {
        if (kind != null && kind[0] == null) {
          kind[0] = k;
        }
        return null;
      }
    });
  }
}
