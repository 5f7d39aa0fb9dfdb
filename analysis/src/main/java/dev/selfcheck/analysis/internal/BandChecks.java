package dev.selfcheck.analysis.internal;

import static dev.selfcheck.core.JsonPointer.append;

import dev.selfcheck.analysis.AnalysisProblem;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/*
 * Checks of the band lists: the questionnaire's (used by the total and by every dimension without
 * bands of its own) and every dimension's own.
 *
 *   Gaps: the scores between the lowest and the highest band end that no band contains, found
 *   exactly by sweeping the bands in order of their lower ends.
 *   Unreachable bands: a band none of whose scores (those not taken by an earlier band: the first
 *   band that contains a score wins) lies in the score range of any result that uses the list. The
 *   ranges over-approximate, so "unreachable" is proven. A band that earlier bands cover completely
 *   is left to core, which reports the overlap (QST-0041).
 *   Scores without a band outside the gaps: the responses that answer every scored question with
 *   its lowest or highest score are scored by the real engine; a result that lies in no band is a
 *   real score without a band, typically below the first band or above the last one.
 */
/** The checks of band lists. */
final class BandChecks {

  /** An interval of scores that no band contains. */
  private record Hole(BigDecimal lo, boolean loInclusive, BigDecimal hi, boolean hiInclusive) {
    boolean contains(Rational x) {
      int a = x.compareTo(lo);
      int b = x.compareTo(hi);
      return (a > 0 || a == 0 && loInclusive) && (b < 0 || b == 0 && hiInclusive);
    }
  }

  /** One list of bands, where it is, and the results that use it. */
  private record BandList(String pointer, List<Band> bands, List<String> users) {}

  private final Questionnaire questionnaire;
  private final ScoreRanges ranges;
  private final List<Finding> validation;
  private final List<Finding> findings;

  BandChecks(Questionnaire questionnaire, ScoreRanges ranges, List<Finding> validation,
      List<Finding> findings) {
    this.questionnaire = questionnaire;
    this.ranges = ranges;
    this.validation = validation;
    this.findings = findings;
  }

  void run() {
    Pointers pointers = new Pointers(questionnaire);
    List<BandList> lists = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    shared.add("total");
    questionnaire.allDimensions().filter(d -> !d.ownBands()).map(Dimension::id)
        .forEach(shared::add);
    lists.add(new BandList("/bands", questionnaire.bands(), shared));
    // a dimension with "bands": [] places its score in no band: nothing to check
    questionnaire.allDimensions().filter(d -> !d.bands().isEmpty()).forEach(d -> lists.add(
        new BandList(append(pointers.dimension(d.id()), "bands"), d.bands(), List.of(d.id()))));
    List<List<Hole>> holes = new ArrayList<>();
    for (BandList list : lists) {
      holes.add(gaps(list));
      if (ranges != null) {
        unreachable(list);
      }
    }
    if (validation.stream().noneMatch(Finding::isError)) {
      scoresWithoutBand(lists, holes);
    }
  }

  private static boolean empty(Band b) {
    int c = b.lower().compareTo(b.upper());
    return c > 0 || c == 0 && !(b.lowerInclusive() && b.upperInclusive());
  }

  private List<Hole> gaps(BandList list) {
    List<Band> bands = list.bands();
    List<Integer> order = IntStream.range(0, bands.size()).filter(i -> !empty(bands.get(i))).boxed()
        .sorted(Comparator.<Integer, BigDecimal>comparing(i -> bands.get(i).lower())
            .thenComparing(i -> !bands.get(i).lowerInclusive()))
        .toList();
    List<Hole> holes = new ArrayList<>();
    BigDecimal end = null;
    boolean endInclusive = false;
    int endBand = -1;
    for (int i : order) {
      Band b = bands.get(i);
      if (end != null) {
        int c = b.lower().compareTo(end);
        if (c > 0 || c == 0 && !endInclusive && !b.lowerInclusive()) {
          Hole hole = new Hole(end, !endInclusive, b.lower(), !b.lowerInclusive());
          holes.add(hole);
          findings.add(AnalysisProblem.BAND_GAP.at(append(list.pointer(), i), describe(hole),
              bands.get(endBand).id(), b.id()));
        }
      }
      int u = end == null ? 1 : b.upper().compareTo(end);
      if (u > 0 || u == 0 && b.upperInclusive() && !endInclusive) {
        end = b.upper();
        endInclusive = b.upperInclusive();
        endBand = i;
      }
    }
    return holes;
  }

  private static MessageBundle.Localized describe(Hole h) {
    if (h.lo().compareTo(h.hi()) == 0) {
      return Analyzer.part("theScore", h.lo());
    }
    return Analyzer.part("theScoresIn", h.loInclusive() ? "[" : "(", h.lo(), h.hi(),
        h.hiInclusive() ? "]" : ")");
  }

  private void unreachable(BandList list) {
    List<Band> bands = list.bands();
    Set<BigDecimal> cuts = new TreeSet<>();
    bands.forEach(b -> {
      cuts.add(b.lower());
      cuts.add(b.upper());
    });
    for (int k = 0; k < bands.size(); k++) {
      Band b = bands.get(k);
      if (empty(b) || !reaches(bands, b, Rational.of(b.lower()), Rational.of(b.upper()), cuts)) {
        continue; // empty, or covered by earlier bands: core reports it
      }
      boolean reached = false;
      for (String user : list.users()) {
        ScoreRanges.Range r = ranges.of(user);
        reached |= r.mayScorable() && reaches(bands, b, r.lo(), r.hi(), cuts);
      }
      if (!reached) {
        MessageBundle.Localized why = Analyzer.joined(list.users().stream().map(user -> {
          ScoreRanges.Range r = ranges.of(user);
          return r.mayScorable()
              ? Analyzer.part("scoresFrom", user, Analyzer.number(r.lo()), Analyzer.number(r.hi()))
              : Analyzer.part("neverScored", user);
        }).toList(), "semicolon", "semicolon");
        findings.add(AnalysisProblem.UNREACHABLE_BAND.at(append(list.pointer(), k), b.id(), why));
      }
    }
  }

  /** Whether some score in [lo, hi] has {@code band} as its first band. */
  private static boolean reaches(List<Band> bands, Band band, Rational lo, Rational hi,
      Set<BigDecimal> cuts) {
    List<Cell> cells = new ArrayList<>();
    Abstraction.interval(lo, hi, cuts, cells, "");
    return cells.stream().anyMatch(c -> Abstraction.bandOf(bands, c.number().orElseThrow()) == band);
  }

  private void scoresWithoutBand(List<BandList> lists, List<List<Hole>> holes) {
    Scorer scorer;
    try {
      scorer = ScoringEngine.create().compile(questionnaire);
    } catch (IllegalArgumentException e) {
      return;
    }
    for (boolean highest : new boolean[] {false, true}) {
      Assessment a = scorer.score(Witnesses.extreme(questionnaire, highest));
      List<DimensionResult> results = new ArrayList<>(a.dimensions());
      results.add(a.total());
      for (DimensionResult r : results) {
        if (r.score().isEmpty() || r.band().isPresent()) {
          continue;
        }
        for (int i = 0; i < lists.size(); i++) {
          BandList list = lists.get(i);
          Rational score = r.score().get();
          if (!list.bands().isEmpty() && list.users().contains(r.id())
              && holes.get(i).stream().noneMatch(h -> h.contains(score))) {
            findings.add(AnalysisProblem.SCORE_WITHOUT_BAND.at(list.pointer(), Analyzer.number(score),
                r.id(), Analyzer.part(highest ? "highest" : "lowest")));
          }
        }
      }
    }
  }
}
