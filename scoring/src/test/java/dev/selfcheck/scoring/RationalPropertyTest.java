package dev.selfcheck.scoring;

import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The long fast path of {@link Rational} (which the hot path relies on) gives exactly what
 * BigInteger arithmetic gives, for small values and for values at the edge of overflow.
 */
class RationalPropertyTest {

  @Provide
  Arbitrary<Long> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1000, 1000),
        Arbitraries.longs(),
        Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1,
            1L << 62, -(1L << 62), 3_037_000_499L, 4_294_967_296L));
  }

  @Provide
  Arbitrary<Long> nonZero() {
    return numbers().filter(v -> v != 0);
  }

  private static BigInteger[] reference(long n, long d) {
    BigInteger bn = BigInteger.valueOf(n);
    BigInteger bd = BigInteger.valueOf(d);
    if (bd.signum() < 0) {
      bn = bn.negate();
      bd = bd.negate();
    }
    BigInteger g = bn.gcd(bd);
    return new BigInteger[] {bn.divide(g), bd.divide(g)};
  }

  private static Rational big(long n, long d) {
    BigInteger[] r = reference(n, d);
    return Rational.of(r[0], r[1]);
  }

  @Property(tries = 2000)
  void should_equal_the_biginteger_result_when_numbers_are_added_multiplied_and_divided(
      @ForAll("numbers") long a, @ForAll("nonZero") long b, @ForAll("numbers") long c,
      @ForAll("nonZero") long d) {
    // GIVEN x = a/b and y = c/d, built both from longs and from BigIntegers
    Rational x = Rational.of(a, b);
    Rational y = Rational.of(c, d);
    BigInteger[] rx = reference(a, b);
    BigInteger[] ry = reference(c, d);
    // WHEN
    Rational sum = x.plus(y);
    Rational product = x.times(y);
    // THEN
    then(x).isEqualTo(big(a, b)).hasSameHashCodeAs(big(a, b));
    then(x.numerator()).isEqualTo(rx[0]);
    then(x.denominator()).isEqualTo(rx[1]);
    then(sum).isEqualTo(Rational.of(rx[0].multiply(ry[1]).add(ry[0].multiply(rx[1])), rx[1].multiply(ry[1])));
    then(product).isEqualTo(Rational.of(rx[0].multiply(ry[0]), rx[1].multiply(ry[1])));
    then(x.minus(y)).isEqualTo(Rational.of(rx[0].multiply(ry[1]).subtract(ry[0].multiply(rx[1])),
        rx[1].multiply(ry[1])));
    if (c != 0) {
      then(x.dividedBy(y)).isEqualTo(Rational.of(rx[0].multiply(ry[1]), rx[1].multiply(ry[0])));
    }
    then(Integer.signum(x.compareTo(y))).isEqualTo(
        rx[0].multiply(ry[1]).compareTo(ry[0].multiply(rx[1])));
    then(x.negate().plus(x)).isEqualTo(Rational.ZERO);
  }

  @Property(tries = 2000)
  void should_round_half_up_like_bigdecimal_when_a_number_is_shown_with_decimals(
      @ForAll("numbers") long a, @ForAll("nonZero") long b) {
    // GIVEN
    Rational x = Rational.of(a, b);
    BigInteger[] r = reference(a, b);
    for (int decimals : new int[] {0, 1, 2, 4, 10, 18}) {
      // WHEN
      BigDecimal shown = x.toBigDecimal(decimals);
      // THEN
      then(shown).isEqualTo(new BigDecimal(r[0]).divide(new BigDecimal(r[1]), decimals, RoundingMode.HALF_UP));
    }
    then(x.isTerminatingDecimal()).isEqualTo(terminates(r[1]));
    then(x.toString()).isEqualTo(r[1].equals(BigInteger.ONE) ? r[0].toString()
        : terminates(r[1]) ? new BigDecimal(r[0]).divide(new BigDecimal(r[1])).toPlainString()
        : r[0] + "/" + r[1]);
  }

  @Property(tries = 2000)
  void should_write_the_plain_decimal_when_the_denominator_has_only_twos_and_fives(
      @ForAll("numbers") long a, @ForAll @IntRange(max = 30) int twos,
      @ForAll @IntRange(max = 20) int fives) {
    // GIVEN
    BigInteger den = BigInteger.TWO.pow(twos).multiply(BigInteger.valueOf(5).pow(fives));
    Rational x = Rational.of(BigInteger.valueOf(a), den);
    BigInteger[] r = {x.numerator(), x.denominator()};
    // WHEN
    String appended = x.appendTo(new StringBuilder("x=")).toString();
    // THEN
    String plain = r[1].equals(BigInteger.ONE) ? r[0].toString()
        : new BigDecimal(r[0]).divide(new BigDecimal(r[1])).toPlainString();
    then(x.toString()).isEqualTo(plain);
    then(appended).isEqualTo("x=" + plain);
  }

  @Property(tries = 1000)
  void should_equal_adding_up_one_by_one_when_a_sum_adds_terms_and_products(
      @ForAll("numbers") long a, @ForAll("nonZero") long b, @ForAll("numbers") long c,
      @ForAll("nonZero") long d, @ForAll("numbers") long e, @ForAll("nonZero") long f) {
    // GIVEN
    Rational x = Rational.of(a, b);
    Rational y = Rational.of(c, d);
    Rational z = Rational.of(e, f);
    // WHEN
    Rational sum = new Rational.Sum().add(x).addProduct(y, z).add(z).addProduct(x, x).value();
    // THEN
    then(sum).isEqualTo(x.plus(y.times(z)).plus(z).plus(x.times(x)));
    then(new Rational.Sum().add(x).add(x.negate()).isZero()).isTrue();
  }

  private static boolean terminates(BigInteger d) {
    while (d.mod(BigInteger.TWO).signum() == 0) {
      d = d.divide(BigInteger.TWO);
    }
    while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
      d = d.divide(BigInteger.valueOf(5));
    }
    return d.equals(BigInteger.ONE);
  }
}
