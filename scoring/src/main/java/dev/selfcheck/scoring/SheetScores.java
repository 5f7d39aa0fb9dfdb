package dev.selfcheck.scoring;

import dev.selfcheck.core.Band;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.scoring.internal.Kernel;
import dev.selfcheck.scoring.internal.Work;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The reusable results of scoring an {@link AnswerSheet}: per dimension (by index: the
 * dimensions in document order, parents first, as in {@link Assessment#dimensions()}, then the
 * total last) whether it is scorable, its exact score, band and counts, and the fired
 * recommendations; each the same as in the {@link Assessment} of the equivalent response.
 *
 * <p>Overwritten by every {@link Scorer#score(AnswerSheet, SheetScores)}; reading allocates only
 * what is returned. Not thread-safe. Obtain it with {@link Scorer#newSheetScores()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SheetScores {

  final Kernel core;
  final Work results;

  SheetScores(Kernel core) {
    this.core = core;
    this.results = core.newWork(false); // SheetScores reads per node and per rule only
  }

  /** @return how many results there are: every dimension and the total */
  public int size() {
    return core.dimensionIds().size();
  }

  /** @return the index of the total (the last) */
  public int totalIndex() {
    return size() - 1;
  }

  /**
   * @param dimensionId a dimension id, or {@value DimensionResult#TOTAL}
   * @return its index
   * @throws IllegalArgumentException if there is no such dimension
   */
  public int indexOf(String dimensionId) {
    int i = core.dimensionIds().indexOf(dimensionId);
    if (i < 0) {
      throw new IllegalArgumentException("no dimension '" + dimensionId + "'");
    }
    return i;
  }

  /**
   * @param index a result's index
   * @return the id of its dimension, or {@value DimensionResult#TOTAL}
   */
  public String id(int index) {
    return core.dimensionIds().get(index);
  }

  /**
   * @param index a result's index
   * @return whether it has a score
   */
  public boolean scorable(int index) {
    return results.scorable(index);
  }

  /**
   * @param index a result's index
   * @return the exact score, as {@link DimensionResult#score()}
   */
  public Optional<Rational> score(int index) {
    return Optional.ofNullable(results.score(index));
  }

  /**
   * Compares a score with a number without building it.
   *
   * @param index a result's index
   * @param value a number
   * @return negative, zero or positive as the score is below, at or above the value
   * @throws IllegalStateException if the result is not scorable
   */
  public int compareScore(int index, Rational value) {
    if (!results.scorable(index)) {
      throw new IllegalStateException("'" + id(index) + "' is not scorable");
    }
    return results.compareScore(index, value);
  }

  /**
   * @param index a result's index
   * @return the score rounded half up to the dimension's decimals, as {@link
   *     DimensionResult#displayScore()}
   */
  public Optional<BigDecimal> displayScore(int index) {
    int decimals = core.decimals(index);
    return score(index).map(s -> s.toBigDecimal(decimals));
  }

  /**
   * @param index a result's index
   * @return the band the score lies in, as {@link DimensionResult#band()}
   */
  public Optional<Band> band(int index) {
    int b = results.band(index);
    return b < 0 ? Optional.empty() : Optional.of(core.bands(index)[b]);
  }

  /**
   * @param index a result's index
   * @return the band's index among the dimension's bands, or -1
   */
  public int bandIndex(int index) {
    return results.band(index);
  }

  /**
   * @param index a result's index
   * @return the completion, as {@link DimensionResult#completion()}
   */
  public Rational completion(int index) {
    return results.completion(index);
  }

  /**
   * @param index a result's index
   * @return scored questions answered with a value
   */
  public int answered(int index) {
    return results.answered(index);
  }

  /**
   * @param index a result's index
   * @return scored questions answered "don't know"
   */
  public int dontKnow(int index) {
    return results.dontKnow(index);
  }

  /**
   * @param index a result's index
   * @return scored questions answered "not applicable"
   */
  public int notApplicable(int index) {
    return results.notApplicable(index);
  }

  /**
   * @param index a result's index
   * @return scored questions not answered
   */
  public int notAnswered(int index) {
    return results.notAnswered(index);
  }

  /**
   * @param recommendationId a recommendation id
   * @return whether it fired
   */
  public boolean recommends(String recommendationId) {
    List<Recommendation> catalog = core.recommendations();
    for (int i = 0; i < catalog.size(); i++) {
      if (results.recommended(i) && catalog.get(i).id().equals(recommendationId)) {
        return true;
      }
    }
    return false;
  }

  /** @return the fired recommendations, in the order of {@link Assessment#recommendations()} */
  public List<Recommendation> recommendations() {
    List<Recommendation> catalog = core.recommendations();
    List<Recommendation> out = new ArrayList<>();
    for (int r : core.outputOrder()) {
      if (results.recommended(r)) {
        out.add(catalog.get(r));
      }
    }
    return out;
  }
}
