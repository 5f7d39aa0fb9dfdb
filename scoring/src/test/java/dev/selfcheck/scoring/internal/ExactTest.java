package dev.selfcheck.scoring.internal;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.scoring.Rational;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's number: exact in longs, and exact through the BigInteger fallback once a long
 * would overflow, in every operation.
 */
class ExactTest {

  private static final long BIG = Long.MAX_VALUE / 3;

  private static Rational r(long n, long d) {
    return Rational.of(n, d);
  }

  private static Rational huge() {
    return Rational.of(BigInteger.TWO.pow(80).add(BigInteger.ONE), BigInteger.valueOf(3));
  }

  @Test
  void should_add_subtract_and_multiply_exactly_when_the_values_fit_in_longs() {
    // GIVEN
    Exact x = Exact.of(r(1, 6));
    // WHEN
    x.add(Exact.of(r(1, 4))).subtract(Exact.of(r(1, 3))).addProduct(Exact.of(r(2, 5)), Exact.of(r(5, 7)));
    x.multiply(Exact.of(r(3, 2))).divide(Exact.of(r(-5, 4)));
    // THEN
    then(x.value()).isEqualTo(r(1, 6).plus(r(1, 4)).minus(r(1, 3)).plus(r(2, 7))
        .times(r(3, 2)).dividedBy(r(-5, 4)));
    then(x.signum()).isEqualTo(-1);
    then(x.toString()).isEqualTo(x.value().toString());
  }

  @Test
  void should_go_on_exactly_when_a_sum_overflows_a_long() {
    // GIVEN
    Exact x = Exact.of(r(BIG, 1));
    Exact y = Exact.of(r(BIG, 1));
    // WHEN
    x.add(y).add(y).add(y);
    // THEN
    then(x.value()).isEqualTo(Rational.of(BIG).times(Rational.of(4)));
    then(x.compareTo(y)).isPositive();
    then(y.compareTo(x)).isNegative();
  }

  @Test
  void should_go_on_exactly_when_a_product_or_a_quotient_overflows_a_long() {
    // GIVEN
    Exact product = Exact.of(r(BIG, 7));
    Exact quotient = Exact.of(r(BIG, 1));
    Exact sum = Exact.of(r(1, 2));
    long half = Long.MAX_VALUE / 2 + 1;
    Exact difference = Exact.of(r(half, 1));
    // WHEN
    product.multiply(Exact.of(r(BIG, 11)));
    quotient.divide(Exact.of(r(1, BIG)));
    sum.addProduct(Exact.of(r(BIG, 1)), Exact.of(r(BIG, 1)));
    difference.subtract(Exact.of(r(-half, 1)));
    // THEN
    then(product.value()).isEqualTo(r(BIG, 7).times(r(BIG, 11)));
    then(quotient.value()).isEqualTo(r(BIG, 1).times(r(BIG, 1)));
    then(sum.value()).isEqualTo(r(1, 2).plus(r(BIG, 1).times(r(BIG, 1))));
    then(difference.value()).isEqualTo(Rational.of(half).times(Rational.of(2)));
  }

  @Test
  void should_hold_a_value_beyond_longs_when_set_from_a_big_rational() {
    // GIVEN
    Exact x = Exact.of(huge());
    // WHEN
    x.add(Exact.of(r(1, 3)));
    Exact y = Exact.zero().set(x);
    y.multiply(Exact.of(r(2, 1))).divide(Exact.of(r(4, 1))).subtract(Exact.of(r(1, 1)));
    // THEN
    then(x.value()).isEqualTo(huge().plus(r(1, 3)));
    then(y.value()).isEqualTo(huge().plus(r(1, 3)).dividedBy(r(2, 1)).minus(Rational.ONE));
    then(x.signum()).isEqualTo(1);
    then(x.compareFraction(1, 1)).isNegative();
    then(Exact.of(r(1, 1)).compareTo(x)).isNegative();
    then(Exact.zero().set(5, 1).set(huge()).value()).isEqualTo(huge());
  }

  @Test
  void should_stay_exact_and_chainable_when_either_operand_is_beyond_longs() {
    // GIVEN
    Rational h = huge();
    Rational small = r(2, 5);
    // WHEN
    Exact sum = Exact.of(small).add(Exact.of(h)).add(Exact.of(small));
    Exact product = Exact.of(small).addProduct(Exact.of(h), Exact.of(small)).addProduct(Exact.of(small), Exact.of(small));
    Exact difference = Exact.of(small).subtract(Exact.of(h)).subtract(Exact.of(small));
    Exact times = Exact.of(small).multiply(Exact.of(h)).multiply(Exact.of(small));
    Exact quotient = Exact.of(small).divide(Exact.of(h)).divide(Exact.of(small));
    Exact bigFirst = Exact.of(h).divide(Exact.of(small)).multiply(Exact.of(small)).subtract(Exact.of(small));
    // THEN
    then(sum.value()).isEqualTo(small.plus(h).plus(small));
    then(product.value()).isEqualTo(small.plus(h.times(small)).plus(small.times(small)));
    then(difference.value()).isEqualTo(small.minus(h).minus(small));
    then(times.value()).isEqualTo(small.times(h).times(small));
    then(quotient.value()).isEqualTo(small.dividedBy(h).dividedBy(small));
    then(bigFirst.value()).isEqualTo(h.minus(small));
    then(difference.signum()).isEqualTo(-1);
    then(Exact.of(h).compareTo(Exact.of(small))).isPositive();
  }

  @Test
  void should_chain_when_a_long_operation_overflows() {
    // GIVEN
    long half = Long.MAX_VALUE / 2 + 1;
    // WHEN
    Exact sum = Exact.of(r(half, 1)).add(Exact.of(r(half, 1))).add(Exact.of(r(1, 1)));
    Exact product = Exact.zero().addProduct(Exact.of(r(half, 1)), Exact.of(r(4, 1))).add(Exact.of(r(1, 1)));
    Exact difference = Exact.of(r(-half, 1)).subtract(Exact.of(r(half, 1))).add(Exact.of(r(1, 1)));
    Exact times = Exact.of(r(half, 1)).multiply(Exact.of(r(4, 1))).add(Exact.of(r(1, 1)));
    Exact quotient = Exact.of(r(half, 1)).divide(Exact.of(r(1, 4))).add(Exact.of(r(1, 1)));
    Exact negative = Exact.of(r(1, 3)).divide(Exact.of(r(-2, 5)));
    // THEN
    Rational h = Rational.of(half);
    then(sum.value()).isEqualTo(h.plus(h).plus(Rational.ONE));
    then(product.value()).isEqualTo(h.times(Rational.of(4)).plus(Rational.ONE));
    then(difference.value()).isEqualTo(h.negate().minus(h).plus(Rational.ONE));
    then(times.value()).isEqualTo(h.times(Rational.of(4)).plus(Rational.ONE));
    then(quotient.value()).isEqualTo(h.times(Rational.of(4)).plus(Rational.ONE));
    then(negative.value()).isEqualTo(r(-5, 6));
    then(negative.compareFraction(-5, 6)).isZero();
  }

  @Test
  void should_keep_the_smaller_or_larger_when_taking_min_or_max() {
    // GIVEN
    Exact a = Exact.of(r(1, 3));
    Exact b = Exact.of(r(1, 2));
    // WHEN
    Exact min = Exact.zero().set(b).min(a);
    Exact max = Exact.zero().set(a).max(b);
    Exact same = Exact.zero().set(a).min(b);
    // THEN
    then(min.value()).isEqualTo(r(1, 3));
    then(max.value()).isEqualTo(r(1, 2));
    then(same.value()).isEqualTo(r(1, 3));
    then(Exact.zero().set(b).max(a).value()).isEqualTo(r(1, 2));
  }

  @Test
  void should_compare_exactly_when_products_exceed_a_long() {
    // GIVEN
    Exact x = Exact.zero().set(BIG, BIG - 1);
    // THEN
    then(x.compareFraction(BIG - 1, BIG - 2)).isPositive();
    then(x.compareFraction(BIG, BIG - 1)).isZero();
    then(x.compareFraction(1, 1)).isNegative();
    then(x.compareFraction(-1, 3)).isNegative();
    then(Exact.compare(2, 4, 1, 2)).isZero();
    then(Exact.compare(-1, 3, 1, 3)).isNegative();
  }

  @Test
  void should_reduce_when_a_denominator_grows_large() {
    // GIVEN
    Exact x = Exact.of(r(1, 1 << 20));
    // WHEN
    x.multiply(Exact.of(r(3, 1 << 10)));
    Exact zero = Exact.of(r(1, 1 << 20)).multiply(Exact.of(r(0, 1))).multiply(Exact.of(r(1, 1 << 20)));
    Exact sum = Exact.of(r(1, 1 << 20)).add(Exact.of(r(1, (1 << 20) + 1)));
    // THEN
    then(x.value()).isEqualTo(r(3, 1 << 30));
    then(zero.value()).isEqualTo(Rational.ZERO);
    then(zero.signum()).isZero();
    then(sum.value()).isEqualTo(r(1, 1 << 20).plus(r(1, (1 << 20) + 1)));
  }

  @Test
  void should_find_the_greatest_common_divisor_when_either_is_zero_or_even() {
    // THEN
    then(Exact.gcd(0, 12)).isEqualTo(12);
    then(Exact.gcd(12, 0)).isEqualTo(12);
    then(Exact.gcd(48, 18)).isEqualTo(6);
    then(Exact.gcd(17, 5)).isEqualTo(1);
    then(Exact.gcd(1L << 40, 3L << 20)).isEqualTo(1L << 20);
  }
}
