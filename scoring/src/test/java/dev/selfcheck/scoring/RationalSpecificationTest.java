package dev.selfcheck.scoring;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Rational} as a specification: construction, lowest terms, arithmetic at and beyond the
 * edge of {@code long}, comparison, display rounding, text form and the running {@link Rational.Sum},
 * pinned with examples and checked against {@link BigInteger} / {@link BigDecimal} arithmetic.
 */
class RationalSpecificationTest {

  private static final BigInteger TWO_POW_63 = BigInteger.ONE.shiftLeft(63);
  private static final BigInteger TWO_POW_64 = BigInteger.ONE.shiftLeft(64);

  private static BigInteger big(String value) {
    return new BigInteger(value);
  }

  // ------------------------------------------------------------------ construction

  @Test
  void should_reduce_to_lowest_terms_with_a_positive_denominator_when_built_from_longs() {
    // GIVEN fractions with common factors and negative denominators
    // WHEN
    Rational sixEighths = Rational.of(6, 8);
    Rational negativeDenominator = Rational.of(3, -9);
    Rational bothNegative = Rational.of(-10, -4);
    // THEN
    then(sixEighths.numerator()).isEqualTo(BigInteger.valueOf(3));
    then(sixEighths.denominator()).isEqualTo(BigInteger.valueOf(4));
    then(negativeDenominator.numerator()).isEqualTo(BigInteger.valueOf(-1));
    then(negativeDenominator.denominator()).isEqualTo(BigInteger.valueOf(3));
    then(bothNegative.numerator()).isEqualTo(BigInteger.valueOf(5));
    then(bothNegative.denominator()).isEqualTo(BigInteger.TWO);
    then(Rational.of(7)).hasToString("7");
    then(Rational.of(0, -5)).isSameAs(Rational.ZERO);
  }

  @Test
  void should_give_the_shared_constants_when_a_fraction_reduces_to_zero_one_or_one_hundred() {
    // GIVEN
    // WHEN
    Rational one = Rational.of(7, 7);
    Rational hundred = Rational.of(300, 3);
    Rational bigZero = Rational.of(BigInteger.ZERO, TWO_POW_64);
    // THEN
    then(one).isSameAs(Rational.ONE);
    then(hundred).isSameAs(Rational.HUNDRED);
    then(bigZero).isSameAs(Rational.ZERO);
    then(Rational.of(100, 3)).hasToString("100/3");
    then(Rational.of(1, 3)).hasToString("1/3");
  }

  @Test
  void should_throw_an_arithmetic_exception_when_the_denominator_is_zero() {
    // GIVEN
    // WHEN
    Throwable fromLongs = catchThrowable(() -> Rational.of(1, 0));
    Throwable fromBigIntegers = catchThrowable(() -> Rational.of(TWO_POW_64, BigInteger.ZERO));
    Throwable fromNull = catchThrowable(() -> Rational.of(null, BigInteger.ONE));
    // THEN
    then(fromLongs).isInstanceOf(ArithmeticException.class).hasMessage("denominator is zero");
    then(fromBigIntegers).isInstanceOf(ArithmeticException.class).hasMessage("denominator is zero");
    then(fromNull).isInstanceOf(NullPointerException.class).hasMessage("numerator");
  }

  @Test
  void should_reduce_and_move_the_sign_up_when_built_from_big_integers() {
    // GIVEN 2^64 / -2^65 and 3·2^64 / 3 (both only fit after reducing)
    BigInteger twoPow65 = TWO_POW_64.shiftLeft(1);
    // WHEN
    Rational half = Rational.of(TWO_POW_64, twoPow65.negate());
    Rational whole = Rational.of(TWO_POW_64.multiply(BigInteger.valueOf(3)), BigInteger.valueOf(3));
    Rational small = Rational.of(TWO_POW_64.multiply(BigInteger.valueOf(6)), TWO_POW_64.multiply(BigInteger.TEN));
    // THEN
    then(half).isEqualTo(Rational.of(-1, 2)).hasSameHashCodeAs(Rational.of(-1, 2)).hasToString("-0.5");
    then(whole.numerator()).isEqualTo(TWO_POW_64);
    then(whole.denominator()).isEqualTo(BigInteger.ONE);
    then(whole).hasToString(TWO_POW_64.toString());
    then(small).isEqualTo(Rational.of(3, 5)).hasToString("0.6");
  }

  @Test
  void should_hold_long_min_value_exactly_when_it_is_a_numerator_or_denominator() {
    // GIVEN −2^63, whose negation does not fit in a long
    Rational min = Rational.of(Long.MIN_VALUE);
    // WHEN
    Rational negated = min.negate();
    Rational inverse = Rational.of(1, Long.MIN_VALUE);
    Rational viaBig = Rational.of(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.ONE);
    // THEN
    then(negated.numerator()).isEqualTo(TWO_POW_63);
    then(negated).hasToString("9223372036854775808");
    then(negated.signum()).isEqualTo(1);
    then(min.signum()).isEqualTo(-1);
    then(inverse.numerator()).isEqualTo(BigInteger.ONE.negate());
    then(inverse.denominator()).isEqualTo(TWO_POW_63);
    then(viaBig).isEqualTo(min).hasSameHashCodeAs(min);
    then(negated.negate()).isEqualTo(min);
    then(Rational.of(Long.MIN_VALUE, 2)).isEqualTo(Rational.of(-(1L << 62)));
    then(Rational.of(Long.MIN_VALUE, Long.MIN_VALUE)).isEqualTo(Rational.ONE);
  }

  @Test
  void should_keep_the_same_representation_when_a_big_fraction_reduces_to_long_range() {
    // GIVEN Long.MAX_VALUE / 1 from BigIntegers, and (2^63 − 1)·2 / 2
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    // WHEN
    Rational direct = Rational.of(max, BigInteger.ONE);
    Rational reduced = Rational.of(max.multiply(BigInteger.TWO), BigInteger.TWO);
    // THEN both equal the long-built number, with the same hash code
    then(direct).isEqualTo(Rational.of(Long.MAX_VALUE)).hasSameHashCodeAs(Rational.of(Long.MAX_VALUE));
    then(reduced).isEqualTo(Rational.of(Long.MAX_VALUE)).hasSameHashCodeAs(Rational.of(Long.MAX_VALUE));
    then(reduced.plus(Rational.ONE).numerator()).isEqualTo(TWO_POW_63);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "0.1, 1/10", "62.5, 125/2", "-0.25, -1/4", "1E+3, 1000", "100, 100", "0.000, 0",
      "0.123456789012345678, 61728394506172839/500000000000000000",
      "1.234567890123456789, 1234567890123456789/1000000000000000000",
      "12.34567890123456789, 1234567890123456789/100000000000000000",
      "0.0000000000000000001, 1/10000000000000000000",
      "123456789012345678901234567890.5, 246913578024691357802469135781/2"})
  void should_read_a_decimal_exactly_when_built_from_a_big_decimal(String decimal, String fraction) {
    // GIVEN
    BigDecimal value = new BigDecimal(decimal);
    String[] parts = fraction.split("/");
    BigInteger num = big(parts[0]);
    BigInteger den = parts.length == 1 ? BigInteger.ONE : big(parts[1]);
    // WHEN
    Rational r = Rational.of(value);
    // THEN
    then(r.numerator()).isEqualTo(num);
    then(r.denominator()).isEqualTo(den);
    then(r.compareTo(value)).isZero();
    then(r).isEqualTo(Rational.of(num, den)).hasSameHashCodeAs(Rational.of(num, den));
  }

  // ------------------------------------------------------------------ arithmetic

  @Test
  void should_add_subtract_multiply_and_divide_exactly_when_values_are_small() {
    // GIVEN
    Rational third = Rational.of(1, 3);
    Rational half = Rational.of(1, 2);
    // WHEN / THEN
    then(third.plus(half)).isEqualTo(Rational.of(5, 6));
    then(third.plus(Rational.of(1, 3))).isEqualTo(Rational.of(2, 3));
    then(third.plus(Rational.ZERO)).isSameAs(third);
    then(Rational.ZERO.plus(third)).isSameAs(third);
    then(third.minus(half)).isEqualTo(Rational.of(-1, 6));
    then(third.times(half)).isEqualTo(Rational.of(1, 6));
    then(third.times(Rational.ZERO)).isSameAs(Rational.ZERO);
    then(Rational.ZERO.times(third)).isSameAs(Rational.ZERO);
    then(third.dividedBy(half)).isEqualTo(Rational.of(2, 3));
    then(Rational.of(-3, 4).dividedBy(Rational.of(-3, 2))).isEqualTo(half);
    then(Rational.ZERO.negate()).isSameAs(Rational.ZERO);
    then(half.negate()).isEqualTo(Rational.of(-1, 2));
  }

  @Test
  void should_throw_when_dividing_by_zero() {
    // GIVEN
    Rational hugeZero = Rational.of(TWO_POW_64, BigInteger.ONE).minus(Rational.of(TWO_POW_64, BigInteger.ONE));
    // WHEN
    Throwable small = catchThrowable(() -> Rational.ONE.dividedBy(Rational.ZERO));
    Throwable fromBig = catchThrowable(() -> Rational.of(TWO_POW_64, BigInteger.ONE).dividedBy(hugeZero));
    // THEN
    then(small).isInstanceOf(ArithmeticException.class).hasMessage("division by zero");
    then(fromBig).isInstanceOf(ArithmeticException.class).hasMessage("division by zero");
  }

  @Test
  void should_fall_back_to_big_integers_when_long_arithmetic_overflows() {
    // GIVEN
    Rational max = Rational.of(Long.MAX_VALUE);
    Rational maxThird = Rational.of(Long.MAX_VALUE, 3);
    BigInteger bigMax = BigInteger.valueOf(Long.MAX_VALUE);
    // WHEN / THEN
    then(max.plus(max).numerator()).isEqualTo(bigMax.multiply(BigInteger.TWO));
    then(maxThird.plus(maxThird).numerator()).isEqualTo(bigMax.multiply(BigInteger.TWO));
    then(maxThird.plus(maxThird).denominator()).isEqualTo(BigInteger.valueOf(3));
    then(maxThird.plus(Rational.of(1, 2)).numerator()).isEqualTo(bigMax.multiply(BigInteger.TWO).add(big("3")));
    then(maxThird.plus(Rational.of(1, 2)).denominator()).isEqualTo(BigInteger.valueOf(6));
    then(max.times(max).numerator()).isEqualTo(bigMax.multiply(bigMax));
    then(max.dividedBy(Rational.of(1, Long.MAX_VALUE)).numerator()).isEqualTo(bigMax.multiply(bigMax));
    then(Rational.of(1, Long.MAX_VALUE).times(Rational.of(1, Long.MAX_VALUE)).denominator())
        .isEqualTo(bigMax.multiply(bigMax));
    // and back: the big sum minus max is max again, in the long representation
    then(max.plus(max).minus(max)).isEqualTo(max).hasSameHashCodeAs(max);
    then(max.times(max).dividedBy(max)).isEqualTo(max).hasSameHashCodeAs(max);
  }

  @Test
  void should_compute_exactly_when_both_operands_are_big() {
    // GIVEN a = 2^64 / 3, b = 2^64 / 5
    Rational a = Rational.of(TWO_POW_64, BigInteger.valueOf(3));
    Rational b = Rational.of(TWO_POW_64, BigInteger.valueOf(5));
    Rational c = Rational.of(BigInteger.ONE, TWO_POW_64);
    // WHEN / THEN
    then(a.plus(b)).isEqualTo(Rational.of(TWO_POW_64.multiply(BigInteger.valueOf(8)), BigInteger.valueOf(15)));
    then(a.plus(a)).isEqualTo(Rational.of(TWO_POW_64.multiply(BigInteger.TWO), BigInteger.valueOf(3)));
    then(a.minus(a)).isEqualTo(Rational.ZERO).hasToString("0");
    then(a.times(c)).isEqualTo(Rational.of(1, 3));
    then(a.dividedBy(b)).isEqualTo(Rational.of(5, 3));
    then(c.plus(c)).isEqualTo(Rational.of(BigInteger.ONE, TWO_POW_63));
    then(a.negate()).isEqualTo(Rational.of(TWO_POW_64.negate(), BigInteger.valueOf(3)));
    then(a.negate().signum()).isEqualTo(-1);
    then(a.signum()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ comparison

  @Test
  void should_order_numbers_exactly_when_compared() {
    // GIVEN numbers whose cross products differ only beyond 64 bits
    Rational a = Rational.of(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    Rational b = Rational.of(Long.MAX_VALUE - 2, Long.MAX_VALUE - 1);
    Rational big = Rational.of(TWO_POW_64.shiftLeft(1), BigInteger.valueOf(3));
    // WHEN / THEN
    then(a.compareTo(b)).isPositive();
    then(b.compareTo(a)).isNegative();
    then(a.compareTo(a)).isZero();
    then(Rational.of(1, 3).compareTo(Rational.of(2, 3))).isNegative();
    then(Rational.of(-1, 3).compareTo(Rational.of(-1, 2))).isPositive();
    then(Rational.of(1, 3).compareTo(Rational.of(1, 3))).isZero();
    then(big.compareTo(Rational.of(Long.MAX_VALUE))).isPositive();
    then(Rational.of(Long.MAX_VALUE).compareTo(big)).isNegative();
    then(big.compareTo(Rational.of(TWO_POW_64.shiftLeft(1), BigInteger.valueOf(3)))).isZero();
    then(Rational.of(-1, Long.MAX_VALUE).compareTo(Rational.of(1, Long.MAX_VALUE - 1))).isNegative();
    then(Rational.of(Long.MIN_VALUE + 1, 3).compareTo(Rational.of(Long.MAX_VALUE, 5))).isNegative();
  }

  @Test
  void should_compare_with_a_decimal_exactly_when_given_a_big_decimal() {
    // GIVEN
    Rational third = Rational.of(1, 3);
    // WHEN / THEN
    then(third.compareTo(new BigDecimal("0.3333333333"))).isPositive();
    then(third.compareTo(new BigDecimal("0.3333333334"))).isNegative();
    then(Rational.of(1, 4).compareTo(new BigDecimal("0.25"))).isZero();
  }

  @Test
  void should_pick_the_smaller_or_larger_when_min_or_max_is_asked() {
    // GIVEN
    Rational a = Rational.of(1, 3);
    Rational b = Rational.of(1, 2);
    // WHEN / THEN
    then(a.min(b)).isSameAs(a);
    then(b.min(a)).isSameAs(a);
    then(a.max(b)).isSameAs(b);
    then(b.max(a)).isSameAs(b);
  }

  @Test
  void should_be_equal_only_to_an_equal_rational_when_compared_with_equals() {
    // GIVEN
    Rational half = Rational.of(1, 2);
    Rational big = Rational.of(TWO_POW_64, BigInteger.valueOf(3));
    // WHEN / THEN
    then(half).isEqualTo(Rational.of(2, 4)).isNotEqualTo(Rational.of(1, 3)).isNotEqualTo(Rational.of(3, 2))
        .isNotEqualTo("1/2").isNotEqualTo(null);
    then(big).isEqualTo(Rational.of(TWO_POW_64, BigInteger.valueOf(3)))
        .isNotEqualTo(Rational.of(TWO_POW_64, BigInteger.valueOf(5)))
        .isNotEqualTo(Rational.of(TWO_POW_64.add(BigInteger.ONE), BigInteger.valueOf(3)))
        .isNotEqualTo(half);
    then(half).isNotEqualTo(big);
    then(java.util.stream.Stream.of(Rational.of(2, 3), Rational.of(3, 2), Rational.of(-1, 3), Rational.of(1, 3),
        big, Rational.of(TWO_POW_64, BigInteger.valueOf(5)), big.negate()).map(Rational::hashCode).distinct())
        .as("different numbers spread over different hash codes").hasSize(7);
  }

  // ------------------------------------------------------------------ display and text

  @ParameterizedTest(name = "{0}/{1} with {2} decimals is {3}")
  @CsvSource({
      "1, 2, 0, 1", "-1, 2, 0, -1", "5, 2, 0, 3", "1, 3, 2, 0.33", "2, 3, 2, 0.67", "-2, 3, 2, -0.67",
      "1, 8, 2, 0.13", "-1, 8, 2, -0.13", "3, 8, 2, 0.38", "1, 6, 1, 0.2", "7, 1, 3, 7.000",
      "0, 1, 2, 0.00", "1, 3, 18, 0.333333333333333333", "1, 3, 19, 0.3333333333333333333",
      "9223372036854775807, 2, 0, 4611686018427387904", "9223372036854775807, 10, 1, 922337203685477580.7",
      "-9223372036854775807, 3, 2, -3074457345618258602.33"})
  void should_round_half_up_when_shown_with_decimals(long num, long den, int decimals, String shown) {
    // GIVEN
    Rational r = Rational.of(num, den);
    // WHEN
    BigDecimal display = r.toBigDecimal(decimals);
    // THEN the digits and the scale are exact
    then(display.toPlainString()).isEqualTo(shown);
    then(display.scale()).isEqualTo(decimals);
  }

  @Test
  void should_round_a_big_number_half_up_when_shown_with_decimals() {
    // GIVEN 2^64 / 3 = 6148914691236517205.333…
    Rational r = Rational.of(TWO_POW_64, BigInteger.valueOf(3));
    // WHEN
    BigDecimal display = r.toBigDecimal(2);
    // THEN
    then(display.toPlainString()).isEqualTo("6148914691236517205.33");
    then(Rational.of(TWO_POW_64.add(BigInteger.ONE), BigInteger.TWO).toBigDecimal(0).toPlainString())
        .isEqualTo("9223372036854775809");
  }

  @Test
  void should_refuse_negative_decimals_when_shown() {
    // GIVEN
    // WHEN
    Throwable thrown = catchThrowable(() -> Rational.ONE.toBigDecimal(-1));
    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must not be negative, but is -1");
  }

  @ParameterizedTest(name = "{0}/{1} is written {2}")
  @CsvSource({
      "75, 1, 75", "-75, 1, -75", "125, 2, 62.5", "1, 3, 1/3", "-250, 3, -250/3", "1, 4, 0.25",
      "1, 5, 0.2", "3, 40, 0.075", "1, 6, 1/6", "7, 15, 7/15", "1, 1024, 0.0009765625",
      "1, 1152921504606846976, 0.000000000000000000867361737988403547205962240695953369140625",
      "9223372036854775807, 8, 1152921504606846975.875", "9223372036854775807, 1000, 9223372036854775.807",
      "-9223372036854775807, 1000000000000000000, -9.223372036854775807"})
  void should_write_an_integer_a_terminating_decimal_or_a_fraction_when_turned_into_text(
      long num, long den, String text) {
    // GIVEN
    Rational r = Rational.of(num, den);
    // WHEN
    String written = r.toString();
    // THEN
    then(written).isEqualTo(text);
    then(r.isTerminatingDecimal()).isEqualTo(!text.contains("/"));
  }

  @Test
  void should_tell_terminating_decimals_apart_when_the_number_is_big() {
    // GIVEN 1 / (2^64 · 5) terminates, 1 / (2^64 · 3) does not
    Rational terminating = Rational.of(BigInteger.ONE, TWO_POW_64.multiply(BigInteger.valueOf(5)));
    Rational repeating = Rational.of(BigInteger.ONE, TWO_POW_64.multiply(BigInteger.valueOf(3)));
    Rational bigWhole = Rational.of(TWO_POW_64, BigInteger.ONE);
    // WHEN / THEN
    then(terminating.isTerminatingDecimal()).isTrue();
    then(terminating).hasToString(BigDecimal.ONE.divide(new BigDecimal(TWO_POW_64.multiply(BigInteger.valueOf(5))))
        .toPlainString());
    then(repeating.isTerminatingDecimal()).isFalse();
    then(repeating).hasToString("1/" + TWO_POW_64.multiply(BigInteger.valueOf(3)));
    then(bigWhole.isTerminatingDecimal()).isTrue();
    then(Rational.of(BigInteger.ONE, TWO_POW_64.multiply(BigInteger.valueOf(7))).isTerminatingDecimal()).isFalse();
    then(Rational.of(BigInteger.ONE, TWO_POW_64.multiply(BigInteger.valueOf(25))).isTerminatingDecimal()).isTrue();
  }

  @Test
  void should_give_the_nearest_double_when_asked_for_a_double_value() {
    // GIVEN
    // WHEN / THEN
    then(Rational.of(1, 4).doubleValue()).isEqualTo(0.25);
    then(Rational.of(-1, 3).doubleValue()).isEqualTo(-1.0 / 3);
    then(Rational.of(TWO_POW_64, BigInteger.ONE).doubleValue()).isEqualTo(Math.pow(2, 64));
    then(Rational.of(Long.MAX_VALUE - 1).doubleValue()).isEqualTo(Math.pow(2, 63));
    then(Rational.of(BigInteger.ONE, TWO_POW_64).doubleValue()).isEqualTo(Math.pow(2, -64));
  }

  // ------------------------------------------------------------------ running sums

  @Test
  void should_add_terms_and_products_exactly_when_a_sum_runs() {
    // GIVEN
    Rational.Sum sum = new Rational.Sum();
    // WHEN / THEN
    then(sum.isZero()).isTrue();
    then(sum.value()).isEqualTo(Rational.ZERO);
    then(sum.add(Rational.of(1, 3)).value()).isEqualTo(Rational.of(1, 3));
    then(sum.isZero()).isFalse();
    then(sum.add(Rational.of(1, 3)).value()).isEqualTo(Rational.of(2, 3));
    then(sum.addProduct(Rational.of(1, 2), Rational.of(2, 3)).value()).isEqualTo(Rational.ONE);
    then(sum.add(Rational.of(-1, 4)).value()).isEqualTo(Rational.of(3, 4));
    then(sum.addProduct(Rational.of(-3, 2), Rational.of(1, 2)).value()).isEqualTo(Rational.ZERO);
    then(sum.isZero()).isTrue();
  }

  @Test
  void should_go_on_exactly_when_a_sum_overflows_long_arithmetic() {
    // GIVEN
    BigInteger bigMax = BigInteger.valueOf(Long.MAX_VALUE);
    Rational max = Rational.of(Long.MAX_VALUE);
    // WHEN
    Rational twice = new Rational.Sum().add(max).add(max).value();
    Rational plusOne = new Rational.Sum().add(max).add(Rational.ONE).value();
    Rational minusOne = new Rational.Sum().add(max.negate()).add(Rational.of(-1)).value();
    Rational products = new Rational.Sum().addProduct(max, max).addProduct(Rational.ONE, Rational.ONE).value();
    Rational denominators = new Rational.Sum().add(Rational.of(1, Long.MAX_VALUE))
        .add(Rational.of(1, Long.MAX_VALUE - 1)).value();
    Rational tinyProducts = new Rational.Sum().addProduct(Rational.of(1, 3_037_000_500L), Rational.of(1, 3_037_000_500L))
        .value();
    Rational afterBig = new Rational.Sum().add(Rational.of(TWO_POW_64, BigInteger.ONE)).add(Rational.ONE).value();
    Rational crossOverflow = new Rational.Sum().add(Rational.of(Long.MAX_VALUE, 2)).add(Rational.of(Long.MAX_VALUE, 3))
        .value();
    // THEN
    then(twice.numerator()).isEqualTo(bigMax.multiply(BigInteger.TWO));
    then(plusOne.numerator()).isEqualTo(TWO_POW_63);
    then(minusOne.numerator()).isEqualTo(TWO_POW_63.negate());
    then(products.numerator()).isEqualTo(bigMax.multiply(bigMax).add(BigInteger.ONE));
    then(denominators).isEqualTo(Rational.of(1, Long.MAX_VALUE).plus(Rational.of(1, Long.MAX_VALUE - 1)));
    then(tinyProducts.denominator()).isEqualTo(BigInteger.valueOf(3_037_000_500L).pow(2));
    then(afterBig.numerator()).isEqualTo(TWO_POW_64.add(BigInteger.ONE));
    then(crossOverflow).isEqualTo(Rational.of(bigMax.multiply(BigInteger.valueOf(5)), BigInteger.valueOf(6)));
    then(new Rational.Sum().add(max).add(max).add(max.negate()).add(max.negate()).isZero()).isTrue();
  }

  // ------------------------------------------------------------------ properties

  @Provide
  Arbitrary<BigInteger> integers() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf),
        Arbitraries.longs().map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(TWO_POW_64.multiply(TWO_POW_64).negate(), TWO_POW_64.multiply(TWO_POW_64)),
        Arbitraries.of(TWO_POW_63, TWO_POW_63.negate(), TWO_POW_63.subtract(BigInteger.ONE),
            TWO_POW_63.add(BigInteger.ONE).negate(), TWO_POW_64, BigInteger.valueOf(3_037_000_500L)));
  }

  @Provide
  Arbitrary<BigInteger> nonZero() {
    return integers().filter(v -> v.signum() != 0);
  }

  private static Rational reference(BigInteger n, BigInteger d) {
    return Rational.of(n, d);
  }

  private static BigDecimal exactQuotient(BigInteger n, BigInteger d, int decimals) {
    return new BigDecimal(n).divide(new BigDecimal(d), decimals, RoundingMode.HALF_UP);
  }

  @Property(tries = 300)
  void should_agree_with_big_integer_arithmetic_when_any_size_of_numbers_meet(
      @ForAll("integers") BigInteger a, @ForAll("nonZero") BigInteger b, @ForAll("integers") BigInteger c,
      @ForAll("nonZero") BigInteger d) {
    // GIVEN x = a/b, y = c/d
    Rational x = reference(a, b);
    Rational y = reference(c, d);
    // WHEN
    Rational sum = x.plus(y);
    Rational difference = x.minus(y);
    Rational product = x.times(y);
    Rational running = new Rational.Sum().add(x).addProduct(x, y).add(y).value();
    // THEN numerator / denominator are in lowest terms with a positive denominator
    then(x.denominator().signum()).isPositive();
    then(x.numerator().gcd(x.denominator())).isEqualTo(BigInteger.ONE);
    then(x.numerator().multiply(b)).isEqualTo(a.multiply(x.denominator()));
    then(sum.numerator().multiply(b.multiply(d))).isEqualTo(a.multiply(d).add(c.multiply(b)).multiply(sum.denominator()));
    then(difference.numerator().multiply(b.multiply(d)))
        .isEqualTo(a.multiply(d).subtract(c.multiply(b)).multiply(difference.denominator()));
    then(product.numerator().multiply(b.multiply(d))).isEqualTo(a.multiply(c).multiply(product.denominator()));
    then(running).isEqualTo(x.plus(x.times(y)).plus(y));
    if (c.signum() != 0) {
      Rational quotient = x.dividedBy(y);
      then(quotient.numerator().multiply(b.multiply(c))).isEqualTo(a.multiply(d).multiply(quotient.denominator()));
    }
    then(Integer.signum(x.compareTo(y))).isEqualTo(a.multiply(d).multiply(BigInteger.valueOf(b.signum() * d.signum()))
        .compareTo(c.multiply(b).multiply(BigInteger.valueOf(b.signum() * d.signum()))));
    then(x.equals(y)).isEqualTo(x.compareTo(y) == 0);
    if (x.equals(y)) {
      then(x.hashCode()).isEqualTo(y.hashCode());
    }
    then(x.signum()).isEqualTo(a.signum() * b.signum());
    then(x.negate().plus(x)).isEqualTo(Rational.ZERO);
  }

  @Property(tries = 200)
  void should_round_and_write_like_big_decimal_when_any_size_of_number_is_shown(
      @ForAll("integers") BigInteger a, @ForAll("nonZero") BigInteger b) {
    // GIVEN
    Rational x = reference(a, b);
    BigInteger n = x.numerator();
    BigInteger d = x.denominator();
    // WHEN / THEN
    for (int decimals : new int[] {0, 1, 2, 3, 18, 19, 25}) {
      then(x.toBigDecimal(decimals)).isEqualTo(exactQuotient(n, d, decimals));
    }
    boolean terminates = d.equals(BigInteger.ONE.shiftLeft(d.getLowestSetBit())
        .multiply(BigInteger.valueOf(5).pow(fivesIn(d))));
    then(x.isTerminatingDecimal()).isEqualTo(terminates);
    then(x.toString()).isEqualTo(d.equals(BigInteger.ONE) ? n.toString()
        : terminates ? new BigDecimal(n).divide(new BigDecimal(d)).toPlainString() : n + "/" + d);
    then(x.doubleValue()).isEqualTo(new BigDecimal(n).divide(new BigDecimal(d), new MathContext(60)).doubleValue());
    then(Rational.of(new BigDecimal(a, 7))).isEqualTo(Rational.of(a, BigInteger.TEN.pow(7)));
  }

  private static int fivesIn(BigInteger d) {
    int fives = 0;
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
      fives++;
    }
    return fives;
  }
}
