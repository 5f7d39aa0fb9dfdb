package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class BandPropertyTest {

  private static final BigDecimal LIMIT = new BigDecimal("1000");

  /** A band and a score, which is often exactly at an end (possibly written with another scale). */
  record Case(Band band, BigDecimal score, String where) {}

  private static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals().between(LIMIT.negate(), LIMIT).ofScale(3)
        .flatMap(d -> Arbitraries.integers().between(0, 3).map(extra -> d.setScale(d.scale() + extra)));
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Band> bands = Combinators.combine(decimals(), decimals(), Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as((a, b, lowerInclusive, upperInclusive) -> Band.builder().id("b").label(Fixtures.text("band"))
            .lower(a.min(b)).upper(a.max(b)).lowerInclusive(lowerInclusive).upperInclusive(upperInclusive)
            .build());
    return bands.flatMap(band -> Arbitraries.oneOf(
        Arbitraries.just(new Case(band, band.lower(), "at lower")),
        Arbitraries.just(new Case(band, band.upper(), "at upper")),
        Arbitraries.integers().between(1, 4)
            .map(extra -> new Case(band, band.lower().setScale(band.lower().scale() + extra), "at lower")),
        Arbitraries.integers().between(1, 4)
            .map(extra -> new Case(band, band.upper().setScale(band.upper().scale() + extra), "at upper")),
        decimals().map(score -> new Case(band, score, "anywhere"))));
  }

  /** The obvious reference: the signs of the differences to both ends. */
  private static boolean reference(Band band, BigDecimal score) {
    int aboveLower = score.subtract(band.lower()).signum();
    int belowUpper = band.upper().subtract(score).signum();
    return (aboveLower > 0 || (aboveLower == 0 && band.lowerInclusive()))
        && (belowUpper > 0 || (belowUpper == 0 && band.upperInclusive()));
  }

  @Property(tries = 2000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void should_agree_with_reference_when_score_is_tested(@ForAll("cases") Case testCase) {
    // GIVEN
    Statistics.label("where").collect(testCase.where());
    Statistics.label("contained").collect(reference(testCase.band(), testCase.score()));

    // WHEN
    boolean contained = testCase.band().contains(testCase.score());

    // THEN
    then(contained).as("%s contains %s", testCase.band(), testCase.score())
        .isEqualTo(reference(testCase.band(), testCase.score()));
    Statistics.label("where").coverage(coverage -> {
      coverage.check("at lower").count(n -> n > 0);
      coverage.check("at upper").count(n -> n > 0);
    });
  }

  @Property(tries = 1000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void should_lie_above_a_score_when_the_score_is_below_every_score_of_the_band(
      @ForAll("cases") Case testCase) {
    // GIVEN
    Band band = testCase.band();
    BigDecimal score = testCase.score();
    boolean reference = score.compareTo(band.lower()) < 0
        || (score.compareTo(band.lower()) == 0 && !band.lowerInclusive());

    // WHEN
    boolean above = band.liesAbove(score.compareTo(band.lower()));

    // THEN
    then(above).as("%s lies above %s", band, score).isEqualTo(reference);
    if (above) {
      then(band.contains(score)).isFalse();
    }
  }

  @Example
  void should_include_lower_and_exclude_upper_when_band_uses_default_ends() {
    // GIVEN the band [34, 67)
    Band band = Fixtures.band("developing", "34", "67");

    // WHEN
    boolean[] contained = {
        band.contains(new BigDecimal("33.999")), band.contains(new BigDecimal("34.000")),
        band.contains(new BigDecimal("66.999")), band.contains(new BigDecimal("67"))};

    // THEN
    then(contained).containsExactly(false, true, true, false);
  }
}
