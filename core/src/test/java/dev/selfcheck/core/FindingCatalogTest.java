package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The message catalogs of the core module: {@link QuestionnaireProblem} and {@link ResponseProblem}. */
class FindingCatalogTest {

  static Stream<Arguments> catalogs() {
    return Stream.of(
        Arguments.of("QST", QuestionnaireProblem.values()),
        Arguments.of("RSP", ResponseProblem.values()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogs")
  void should_have_unique_prefixed_codes_and_templates_when_catalog_is_listed(
      String prefix, FindingType[] catalog) {
    // GIVEN
    List<FindingType> types = Arrays.asList(catalog);

    // WHEN
    List<String> codes = types.stream().map(FindingType::code).toList();

    // THEN
    then(codes).doesNotHaveDuplicates().allMatch(code -> code.matches(prefix + "-\\d{4}"));
    then(types).allSatisfy(t -> then(t.template()).isNotBlank().doesNotEndWith("."));
    then(types).extracting(FindingType::severity).doesNotContain(Severity.INFO);
  }
}
