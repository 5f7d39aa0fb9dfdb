package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SemanticVersionPropertyTest {

  /**
   * Versions from a small space, so that generated versions often share parts and the interesting
   * comparisons (equal release, pre-release against release, common pre-release prefix) happen.
   */
  @Provide
  Arbitrary<SemanticVersion> versions() {
    Arbitrary<Integer> part = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 2)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
    Arbitrary<String> numeric = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 11).map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE).map(String::valueOf)));
    Arbitrary<String> alphanumeric = Arbitraries.strings().withChars("ab1-").ofMinLength(1).ofMaxLength(3)
        .filter(s -> !s.chars().allMatch(Character::isDigit));
    Arbitrary<String> preRelease = Arbitraries.oneOf(numeric, alphanumeric).list().ofMaxSize(3)
        .map(ids -> ids.isEmpty() ? "" : "-" + String.join(".", ids));
    Arbitrary<String> build = Arbitraries.strings().withChars("0a-").ofMinLength(1).ofMaxLength(3).list()
        .ofMaxSize(2).map(ids -> ids.isEmpty() ? "" : "+" + String.join(".", ids));
    return Combinators.combine(part, part, part, preRelease, build)
        .as((major, minor, patch, pre, meta) -> SemanticVersion.parse(major + "." + minor + "." + patch + pre + meta));
  }

  @Property
  void should_parse_to_an_equal_version_when_version_is_printed(@ForAll("versions") SemanticVersion version) {
    // GIVEN
    String text = version.toString();

    // WHEN
    SemanticVersion parsed = SemanticVersion.parse(text);

    // THEN
    then(parsed).isEqualTo(version).hasSameHashCodeAs(version);
    then(parsed.compareTo(version)).isZero();
  }

  @Property
  void should_be_antisymmetric_when_two_versions_are_compared(
      @ForAll("versions") SemanticVersion a, @ForAll("versions") SemanticVersion b) {
    // GIVEN two versions

    // WHEN
    int forward = Integer.signum(a.compareTo(b));
    int backward = Integer.signum(b.compareTo(a));

    // THEN
    then(forward).isEqualTo(-backward);
    if (a.equals(b)) {
      then(forward).isZero();
    }
  }

  @Property
  void should_be_transitive_when_three_versions_are_compared(@ForAll("versions") SemanticVersion a,
      @ForAll("versions") SemanticVersion b, @ForAll("versions") SemanticVersion c) {
    // GIVEN the three versions in the order compareTo gives them
    List<SemanticVersion> sorted = new ArrayList<>(List.of(a, b, c));
    Collections.sort(sorted);

    // WHEN
    int firstToSecond = sorted.get(0).compareTo(sorted.get(1));
    int secondToThird = sorted.get(1).compareTo(sorted.get(2));
    int firstToThird = sorted.get(0).compareTo(sorted.get(2));

    // THEN
    then(firstToSecond).isNotPositive();
    then(secondToThird).isNotPositive();
    then(firstToThird).isNotPositive();
    if (firstToSecond < 0 || secondToThird < 0) {
      then(firstToThird).isNegative();
    }
  }

  @Property
  void should_rank_release_above_its_pre_releases_when_only_pre_release_differs(
      @ForAll("versions") SemanticVersion version) {
    // GIVEN the release with the same major, minor and patch
    SemanticVersion release = SemanticVersion.of(version.major(), version.minor(), version.patch());

    // WHEN
    int comparison = version.compareTo(release);

    // THEN
    then(comparison).isEqualTo(version.preRelease().isEmpty() ? 0 : -1);
  }
}
