package dev.selfcheck.surveyjs.internal;

import dev.selfcheck.core.FindingType;
import dev.selfcheck.surveyjs.Loss;
import java.util.ArrayList;
import java.util.List;

/** Collects the loss report of one conversion, in the order the input is read. */
final class Losses {

  private final List<Loss> losses = new ArrayList<>();
  private final boolean quiet;

  Losses() {
    this(false);
  }

  private Losses(boolean quiet) {
    this.quiet = quiet;
  }

  /** A sink that drops everything: for a first pass whose findings the second pass repeats. */
  static Losses quiet() {
    return new Losses(true);
  }

  void add(FindingType type, String source, String target, Object... arguments) {
    if (!quiet) {
      losses.add(Loss.of(type.at(source, arguments), target));
    }
  }

  List<Loss> list() {
    return List.copyOf(losses);
  }
}
