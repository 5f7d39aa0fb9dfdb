package dev.selfcheck.editions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One step of a {@link MigrationPlan}: which answers of the older version it reads and which
 * question of the newer version it writes.
 *
 * <p>Option maps are keyed by the older question's option values; an option not in the map keeps
 * its value. State maps are keyed by {@code dontKnow} and {@code notApplicable}; a state not in the
 * map is kept. Values are immutable copies.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public sealed interface MigrationStep {

  /** @return the older questions this step reads */
  List<String> reads();

  /** @return the newer questions this step writes */
  List<String> writes();

  /** @return the step's name in the plan's JSON ({@code carry}, {@code retire}, ...) */
  String op();

  /**
   * Carries one question's answers over: under the same id, or renamed or moved to another
   * ({@code to}), with options remapped.
   *
   * @param from the older question
   * @param to the newer question
   * @param options what older options become
   * @param states what "don't know" and "not applicable" become
   */
  record Carry(String from, String to, Map<String, OptionTarget> options, Map<String, OptionTarget> states)
      implements MigrationStep {
    /** Copies the maps. */
    public Carry {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      options = Map.copyOf(options);
      states = Map.copyOf(states);
    }

    @Override
    public List<String> reads() {
      return List.of(from);
    }

    @Override
    public List<String> writes() {
      return List.of(to);
    }

    @Override
    public String op() {
      return "carry";
    }
  }

  /**
   * Retires a question: its answers are dropped, for the stated reason.
   *
   * @param question the older question
   * @param reason why, in words
   */
  record Retire(String question, String reason) implements MigrationStep {
    /** Checks that a reason is given. */
    public Retire {
      Objects.requireNonNull(question, "question");
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("retiring '" + question + "' needs a reason");
      }
    }

    @Override
    public List<String> reads() {
      return List.of(question);
    }

    @Override
    public List<String> writes() {
      return List.of();
    }

    @Override
    public String op() {
      return "retire";
    }
  }

  /**
   * Rescales a number: {@code factor × value + offset}, or by a table of exact values (a value not
   * in the table is dropped).
   *
   * @param from the older question
   * @param to the newer question
   * @param factor the factor of a linear rescale, empty for a table
   * @param offset the offset of a linear rescale (zero when only a factor is given)
   * @param table the table, empty for a linear rescale
   */
  record Rescale(String from, String to, Optional<BigDecimal> factor, Optional<BigDecimal> offset,
      Map<BigDecimal, BigDecimal> table) implements MigrationStep {
    /** Checks that the step is either linear or a table. */
    public Rescale {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      table = Map.copyOf(table);
      if (factor.isPresent() == !table.isEmpty()) {
        throw new IllegalArgumentException("rescaling '" + from + "' needs either a factor or a table");
      }
    }

    @Override
    public List<String> reads() {
      return List.of(from);
    }

    @Override
    public List<String> writes() {
      return List.of(to);
    }

    @Override
    public String op() {
      return "rescale";
    }
  }

  /**
   * Splits one question into several: each part carries the answer to its question with its own
   * option map.
   *
   * @param from the older question
   * @param into the parts, each a carry from {@code from}
   */
  record Split(String from, List<Carry> into) implements MigrationStep {
    /** Checks that every part reads {@code from}. */
    public Split {
      Objects.requireNonNull(from, "from");
      into = List.copyOf(into);
      if (into.size() < 2 || into.stream().anyMatch(c -> !c.from().equals(from))) {
        throw new IllegalArgumentException("splitting '" + from + "' needs two or more parts that read it");
      }
    }

    @Override
    public List<String> reads() {
      return List.of(from);
    }

    @Override
    public List<String> writes() {
      return into.stream().map(Carry::to).toList();
    }

    @Override
    public String op() {
      return "split";
    }
  }

  /**
   * Merges several questions into one: each answer mapped by {@code options}, then combined.
   *
   * @param from the older questions, in priority order
   * @param to the newer question
   * @param combine how the mapped answers become one
   * @param options what older options become (keyed by option value, for all sources)
   */
  record Merge(List<String> from, String to, Combine combine, Map<String, OptionTarget> options)
      implements MigrationStep {
    /** Checks that two or more questions are merged. */
    public Merge {
      from = List.copyOf(from);
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(combine, "combine");
      options = Map.copyOf(options);
      if (from.size() < 2) {
        throw new IllegalArgumentException("merging into '" + to + "' needs two or more questions");
      }
    }

    @Override
    public List<String> reads() {
      return from;
    }

    @Override
    public List<String> writes() {
      return List.of(to);
    }

    @Override
    public String op() {
      return "merge";
    }
  }

  /** How a merge combines the mapped answers (answer states count only when no source has a value). */
  enum Combine {
    /** The lowest: of numbers, or of options by their item score in the newer version. */
    MIN,
    /** The highest. */
    MAX,
    /** The mean of numbers; of options, the option whose score is nearest the mean score (the lower on a tie). */
    MEAN,
    /** The first answered source in the older questionnaire's order. */
    FIRST,
    /** The first answered source in the order of {@code from}. */
    PRIORITY;

    /** @return the name in JSON */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
