package dev.selfcheck.analysis.internal;

import java.util.List;

/**
 * A variable of the abstract domain: the raw answer to one question, the score or completion of
 * one dimension, or an opaque fact the analysis does not model (it may be either true or false).
 *
 * @param index the position in the {@link Variables} registry
 * @param kind what the variable stands for
 * @param id the question or dimension id, or a description for opaque variables
 * @param cells the domain: every value the variable can take falls into exactly one cell
 */
record Variable(int index, Kind kind, String id, List<Cell> cells) {

  /** What a variable stands for. */
  enum Kind {
    ANSWER,
    SCORE,
    COMPLETION,
    OPAQUE
  }

  Variable {
    cells = List.copyOf(cells);
  }

  int size() {
    return cells.size();
  }

  /** @return how messages name the variable with one of its cells */
  String describe(int cell) {
    String who = switch (kind) {
      case ANSWER -> "'" + id + "'";
      case SCORE -> "the score of '" + id + "'";
      case COMPLETION -> "the completion of '" + id + "'";
      case OPAQUE -> id;
    };
    return who + " " + cells.get(cell).description();
  }
}
