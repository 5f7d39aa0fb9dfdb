package dev.selfcheck.core.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Not;
import java.util.List;

/** Helpers over conditions. */
public final class Conditions {

  private Conditions() {}

  /**
   * Collects the ids of the questions a condition refers to, in order of appearance.
   *
   * @param condition the condition
   * @param into where to add them
   */
  public static void questionRefs(Condition condition, List<String> into) {
    condition.accept(new Condition.Visitor<Void>() {
      @Override
      public Void visitAll(AllOf c) {
        c.parts().forEach(p -> questionRefs(p, into));
        return null;
      }

      @Override
      public Void visitAny(AnyOf c) {
        c.parts().forEach(p -> questionRefs(p, into));
        return null;
      }

      @Override
      public Void visitNot(Not c) {
        questionRefs(c.part(), into);
        return null;
      }

      @Override
      public Void visitAnswerIs(AnswerIs c) {
        into.add(c.question());
        return null;
      }

      @Override
      public Void visitAnswerComparison(AnswerComparison c) {
        into.add(c.question());
        return null;
      }

      @Override
      public Void visitQuantifier(Quantifier c) {
        into.addAll(c.questions());
        return null;
      }

      @Override
      public Void visitMeasure(MeasureComparison c) {
        return null;
      }

      @Override
      public Void visitScorable(ScorableIs c) {
        return null;
      }

      @Override
      public Void visitBand(BandIs c) {
        return null;
      }
    });
  }
}
