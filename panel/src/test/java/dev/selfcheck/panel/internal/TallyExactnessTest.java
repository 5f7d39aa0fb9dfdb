package dev.selfcheck.panel.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.scoring.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Tally is exact whatever its shortcuts take: the order of its values (a double near each value
 * orders them only where it can tell them apart) and its sums (longs over one common denominator,
 * then per denominator, then BigInteger) are checked against fractions computed here with
 * BigInteger alone, for values a double cannot tell apart, values beyond the range of doubles,
 * negative values, and denominators and counts that overflow a long.
 */
class TallyExactnessTest {

  /** A fraction in lowest terms with a positive denominator, computed with BigInteger only. */
  record Frac(BigInteger num, BigInteger den) {
    static final Frac ZERO = new Frac(BigInteger.ZERO, BigInteger.ONE);

    static Frac of(BigInteger num, BigInteger den) {
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      return g.signum() == 0 ? ZERO : new Frac(num.divide(g), den.divide(g));
    }

    static Frac of(Rational r) {
      return of(r.numerator(), r.denominator());
    }

    Frac plus(Frac o) {
      return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Frac minus(Frac o) {
      return plus(new Frac(o.num.negate(), o.den));
    }

    Frac times(Frac o) {
      return of(num.multiply(o.num), den.multiply(o.den));
    }

    Frac times(long k) {
      return of(num.multiply(BigInteger.valueOf(k)), den);
    }

    Frac over(long k) {
      return of(num, den.multiply(BigInteger.valueOf(k)));
    }

    static int compare(Frac a, Frac b) {
      return a.num.multiply(b.den).compareTo(b.num.multiply(a.den));
    }
  }

  /** One value added some number of times. */
  record Entry(Rational value, long times) {}

  private static final BigInteger TWO_60 = BigInteger.ONE.shiftLeft(60);
  private static final BigInteger HUGE = BigInteger.ONE.shiftLeft(1100);

  @Provide
  Arbitrary<Rational> values() {
    Arbitrary<Integer> k = Arbitraries.integers().between(-4, 4);
    // numerator and denominator below 2^31: the long paths of the sums, with overflow of the
    // common denominator when the denominators are large and distinct
    Arbitrary<Rational> small = Combinators.combine(Arbitraries.longs().between(-(1L << 31) + 1, (1L << 31) - 1),
        Arbitraries.longs().between(1, (1L << 31) - 1)).as(Rational::of);
    // 1 + k/2^60: distinct fractions with the same nearest double
    Arbitrary<Rational> nearOne = k.map(i -> Rational.of(TWO_60.add(BigInteger.valueOf(i)), TWO_60));
    // beyond the range of doubles, and below it, both signs
    Arbitrary<Rational> huge = k.map(i -> Rational.of(HUGE.add(BigInteger.valueOf(i)), BigInteger.valueOf(3)));
    Arbitrary<Rational> negativeHuge = huge.map(Rational::negate);
    Arbitrary<Rational> tiny = k.map(i -> Rational.of(BigInteger.ONE, HUGE.add(BigInteger.valueOf(i + 5))));
    // numerators and denominators of 32 to 90 bits
    Arbitrary<Rational> wide = Combinators.combine(Arbitraries.bigIntegers().between(HUGE.shiftRight(1070).negate(),
        HUGE.shiftRight(1010)), Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(32), HUGE.shiftRight(1010)))
        .as(Rational::of);
    Arbitrary<Rational> whole = Arbitraries.integers().between(-3, 3).map(i -> Rational.of(i));
    return Arbitraries.frequencyOf(Tuple.of(4, small), Tuple.of(2, nearOne), Tuple.of(1, huge),
        Tuple.of(1, negativeHuge), Tuple.of(1, tiny), Tuple.of(2, wide), Tuple.of(2, whole)).injectDuplicates(0.3);
  }

  @Provide
  Arbitrary<List<Entry>> entries() {
    Arbitrary<Long> times = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.longs().between(1, 3)),
        Tuple.of(1, Arbitraries.longs().between(1L << 40, 1L << 41)));
    return Combinators.combine(values(), times).as(Entry::new).list().ofMinSize(1).ofMaxSize(80);
  }

  @Property(tries = 120)
  void should_order_count_and_sum_exactly_when_values_defeat_doubles_and_longs(
      @ForAll("entries") List<Entry> entries, @ForAll @IntRange(min = 0, max = 80) int split) {
    // GIVEN the values added one by one, and the same values in two tallies put together
    Tally one = new Tally();
    entries.forEach(e -> one.add(e.value(), e.times()));
    Tally first = new Tally();
    Tally second = new Tally();
    for (int i = 0; i < entries.size(); i++) {
      (i < split ? first : second).add(entries.get(i).value(), entries.get(i).times());
    }
    first.addAll(second);
    // THEN both equal the fractions computed here
    thenIsExact(one, entries);
    thenIsExact(first, entries);
  }

  @Example
  void should_sum_exactly_when_the_common_denominator_and_the_counts_overflow_a_long() {
    // GIVEN 1/p1, 1/p2, 1/p3 with primes just below 2^31 (p1·p2 fits in a long, p1·p2·p3 does not),
    // and 2^30/p4 counted 2^40 times (its numerator times its count overflows a long)
    long p1 = 2_147_483_647L;
    long p2 = 2_147_483_629L;
    long p3 = 2_147_483_587L;
    long p4 = 2_147_483_579L;
    List<Entry> entries = List.of(new Entry(Rational.of(1, p1), 1), new Entry(Rational.of(1, p2), 1),
        new Entry(Rational.of(1, p3), 1), new Entry(Rational.of(1L << 30, p4), 1L << 40));
    Tally tally = new Tally();
    entries.forEach(e -> tally.add(e.value(), e.times()));
    // THEN
    thenIsExact(tally, entries);
    // Σx = 1/p1 + 1/p2 + 1/p3 + 2^70/p4, by hand over the product of the four primes
    BigInteger b1 = BigInteger.valueOf(p1);
    BigInteger b2 = BigInteger.valueOf(p2);
    BigInteger b3 = BigInteger.valueOf(p3);
    BigInteger b4 = BigInteger.valueOf(p4);
    BigInteger all = b1.multiply(b2).multiply(b3).multiply(b4);
    BigInteger num = b2.multiply(b3).multiply(b4).add(b1.multiply(b3).multiply(b4)).add(b1.multiply(b2).multiply(b4))
        .add(BigInteger.ONE.shiftLeft(70).multiply(b1).multiply(b2).multiply(b3));
    then(tally.sum()).isEqualTo(Rational.of(num, all));
  }

  @Example
  void should_order_exactly_and_in_time_when_no_double_tells_the_values_apart() {
    // GIVEN 20 000 distinct values beyond the range of doubles, descending, and as many near 1
    List<Entry> entries = new ArrayList<>();
    for (int i = 20_000; i > 0; i--) {
      entries.add(new Entry(Rational.of(HUGE.add(BigInteger.valueOf(i)), BigInteger.ONE), 1));
      entries.add(new Entry(Rational.of(TWO_60.add(BigInteger.valueOf(i)), TWO_60), 1));
    }
    Tally tally = new Tally();
    entries.forEach(e -> tally.add(e.value(), e.times()));
    // THEN
    thenIsExact(tally, entries);
  }

  private static void thenIsExact(Tally tally, List<Entry> entries) {
    // the distinct values ascending with their counts
    List<Frac> distinct = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((Entry e) -> Frac.of(e.value()), Frac::compare));
    for (Entry e : sorted) {
      Frac x = Frac.of(e.value());
      if (!distinct.isEmpty() && Frac.compare(distinct.get(distinct.size() - 1), x) == 0) {
        counts.set(counts.size() - 1, counts.get(counts.size() - 1) + e.times());
      } else {
        distinct.add(x);
        counts.add(e.times());
      }
    }
    List<Frac> seen = new ArrayList<>();
    List<Long> seenCounts = new ArrayList<>();
    tally.forEach((v, c) -> {
      seen.add(Frac.of(v));
      seenCounts.add(c);
    });
    then(seen).isEqualTo(distinct);
    then(seenCounts).isEqualTo(counts);
    long n = counts.stream().mapToLong(Long::longValue).sum();
    then(tally.n()).isEqualTo(n);
    then(tally.distinct()).isEqualTo(distinct.size());
    then(Frac.of(tally.min())).isEqualTo(distinct.get(0));
    then(Frac.of(tally.max())).isEqualTo(distinct.get(distinct.size() - 1));
    // the sums, the mean and the variance as Σ (x − mean)² / (n − 1)
    Frac sum = Frac.ZERO;
    for (int i = 0; i < distinct.size(); i++) {
      sum = sum.plus(distinct.get(i).times(counts.get(i)));
    }
    Frac mean = sum.over(n);
    then(Frac.of(tally.sum())).isEqualTo(sum);
    then(Frac.of(tally.mean())).isEqualTo(mean);
    Optional<Frac> variance = Optional.empty();
    if (n >= 2) {
      Frac squares = Frac.ZERO;
      for (int i = 0; i < distinct.size(); i++) {
        Frac d = distinct.get(i).minus(mean);
        squares = squares.plus(d.times(d).times(counts.get(i)));
      }
      variance = Optional.of(squares.over(n - 1));
    }
    then(tally.sampleVariance().map(Frac::of)).isEqualTo(variance);
    // the lower middle value
    long middle = (n - 1) / 2;
    long before = 0;
    for (int i = 0; i < distinct.size(); i++) {
      if (middle < before + counts.get(i)) {
        then(Frac.of(tally.at(middle))).isEqualTo(distinct.get(i));
        break;
      }
      before += counts.get(i);
    }
  }
}
