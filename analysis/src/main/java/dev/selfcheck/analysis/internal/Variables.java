package dev.selfcheck.analysis.internal;

import dev.selfcheck.core.AnswerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The registry of all variables of one analysis; a variable's index is its position here. */
final class Variables {

  private final List<Variable> all = new ArrayList<>();

  Variable add(Variable.Kind kind, String id, List<Cell> cells) {
    Variable v = new Variable(all.size(), kind, id, cells);
    all.add(v);
    return v;
  }

  /**
   * A fresh variable for a fact the analysis does not model: it may hold or not, independently of
   * everything else, so nothing is ever concluded from it.
   *
   * @param what how messages name the fact
   * @return the variable
   */
  Variable opaque(String what) {
    return add(Variable.Kind.OPAQUE, what, List.of(
        new Cell("holds", AnswerState.ANSWERED, Optional.empty(), Optional.empty()),
        new Cell("does not hold", AnswerState.NOT_ANSWERED, Optional.empty(), Optional.empty())));
  }

  int size() {
    return all.size();
  }
}
