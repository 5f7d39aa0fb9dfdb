package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

  /** The precedence example of semver.org section 11, extended by release parts, lowest first. */
  private static final List<String> ASCENDING = List.of(
      "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
      "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0", "1.10.0", "2.0.0-0", "2.0.0-1",
      "2.0.0-10", "2.0.0-1a", "2.0.0-a", "2.0.0", "10.0.0");

  private static List<SemanticVersion> parseAll(List<String> texts) {
    return texts.stream().map(SemanticVersion::parse).toList();
  }

  @Test
  void should_split_all_parts_when_version_has_pre_release_and_build() {
    // GIVEN
    String text = "1.22.333-rc.1-x+build.005";

    // WHEN
    SemanticVersion version = SemanticVersion.parse(text);

    // THEN
    then(version.major()).isEqualTo(1);
    then(version.minor()).isEqualTo(22);
    then(version.patch()).isEqualTo(333);
    then(version.preRelease()).isEqualTo("rc.1-x");
    then(version.build()).isEqualTo("build.005");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0", "1.2.3", "1.0.0-alpha", "1.0.0-0.3.7", "1.0.0-x.7.z.92", "1.0.0+20130313144700",
      "1.0.0-beta+exp.sha.5114f85", "1.0.0+21AF26D3----117B344", "999999999.999999999.999999999"})
  void should_print_the_parsed_text_when_version_is_valid(String text) {
    // GIVEN
    SemanticVersion version = SemanticVersion.parse(text);

    // WHEN
    String printed = version.toString();

    // THEN
    then(printed).isEqualTo(text);
    then(SemanticVersion.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "1.2.03", "v1.2.3", " 1.2.3", "1.2.3 ",
      "1.2.3-", "1.2.3-01", "1.2.3-a..b", "1.2.3+", "1.2.3+a..b", "1.2.3-ä", "-1.2.3", "1.2.-3",
      "1234567890.0.0"})
  void should_throw_naming_the_text_when_version_is_invalid(String text) {
    // GIVEN the text

    // WHEN
    Throwable thrown = catchThrowable(() -> SemanticVersion.parse(text));

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + text + "'");
    then(SemanticVersion.isValid(text)).isFalse();
  }

  @Test
  void should_throw_without_echoing_when_text_is_longer_than_256_characters() {
    // GIVEN
    String text = "1.0.0-" + "a".repeat(251);

    // WHEN
    Throwable thrown = catchThrowable(() -> SemanticVersion.parse(text));

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256")
        .message().hasSizeLessThan(100);
    then(SemanticVersion.isValid(text)).isFalse();
    then(SemanticVersion.isValid(text.substring(0, 256))).isTrue();
  }

  @Test
  void should_throw_null_pointer_exception_when_text_is_null() {
    // GIVEN no text

    // WHEN
    Throwable thrown = catchThrowable(() -> SemanticVersion.parse(null));

    // THEN
    then(thrown).isInstanceOf(NullPointerException.class);
    then(SemanticVersion.isValid(null)).isFalse();
  }

  @Test
  void should_order_by_semver_precedence_when_versions_are_sorted() {
    // GIVEN
    List<SemanticVersion> shuffled = new ArrayList<>(parseAll(ASCENDING));
    Collections.shuffle(shuffled, new Random(42));

    // WHEN
    Collections.sort(shuffled);

    // THEN
    then(shuffled).extracting(SemanticVersion::toString).containsExactlyElementsOf(ASCENDING);
  }

  @Test
  void should_rank_every_earlier_version_lower_when_pairs_are_compared() {
    // GIVEN
    List<SemanticVersion> versions = parseAll(ASCENDING);

    // WHEN
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      for (int j = 0; j < versions.size(); j++) {
        int expected = Integer.signum(Integer.compare(i, j));
        if (Integer.signum(versions.get(i).compareTo(versions.get(j))) != expected) {
          wrong.add(versions.get(i) + " vs " + versions.get(j));
        }
      }
    }

    // THEN
    then(wrong).isEmpty();
  }

  @Test
  void should_ignore_build_metadata_when_compared_but_not_when_tested_for_equality() {
    // GIVEN
    SemanticVersion a = SemanticVersion.parse("1.0.0-rc.1+build.1");
    SemanticVersion b = SemanticVersion.parse("1.0.0-rc.1+build.2");

    // WHEN
    int comparison = a.compareTo(b);

    // THEN
    then(comparison).isZero();
    then(a).isNotEqualTo(b).isEqualTo(SemanticVersion.parse("1.0.0-rc.1+build.1"))
        .hasSameHashCodeAs(SemanticVersion.parse("1.0.0-rc.1+build.1"));
    then(a).isNotEqualTo("1.0.0-rc.1+build.1");
  }

  @Test
  void should_build_release_version_when_parts_are_given() {
    // GIVEN
    SemanticVersion version = SemanticVersion.of(3, 0, 12);

    // WHEN
    String printed = version.toString();

    // THEN
    then(printed).isEqualTo("3.0.12");
    then(version).isEqualTo(SemanticVersion.parse("3.0.12"));
  }

  @Test
  void should_throw_naming_the_parts_when_a_part_is_negative() {
    // GIVEN a negative minor version

    // WHEN
    Throwable thrown = catchThrowable(() -> SemanticVersion.of(1, -2, 3));

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.-2.3");
  }

  @Test
  void should_parse_when_text_is_exactly_256_characters() {
    // GIVEN
    String text = "1.0.0-" + "a".repeat(250);
    // WHEN
    SemanticVersion version = SemanticVersion.parse(text);
    // THEN
    then(text).hasSize(256);
    then(version.toString()).isEqualTo(text);
  }

  @Test
  void should_hash_equal_versions_alike_and_differing_versions_apart_when_hashed() {
    // GIVEN
    SemanticVersion version = SemanticVersion.parse("1.2.3");
    // WHEN
    int same = SemanticVersion.parse("1.2.3").hashCode();
    int other = SemanticVersion.parse("1.2.4").hashCode();
    // THEN
    then(version.hashCode()).isEqualTo(same).isNotEqualTo(other);
  }
}
