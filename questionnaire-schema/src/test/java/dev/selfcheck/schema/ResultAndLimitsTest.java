package dev.selfcheck.schema;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Severity;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DecodeResult}, {@link InvalidDocumentException} and {@link Limits}. */
class ResultAndLimitsTest {

  private static final Finding ERROR = Finding.builder().code("DOC-0001").severity(Severity.ERROR)
      .pointer("/id").message("the id is missing").build();
  private static final Finding WARNING = Finding.builder().code("QST-0051").severity(Severity.WARNING)
      .pointer("/title").message("no German title").build();

  // ---------------------------------------------------------------- DecodeResult

  @Test
  void should_hold_value_and_split_findings_when_result_has_only_warnings() {
    // GIVEN
    DecodeResult<String> result = DecodeResult.of("document", List.of(WARNING));

    // WHEN / THEN
    then(result.isValid()).isTrue();
    then(result.value()).contains("document");
    then(result.orElseThrow()).isEqualTo("document");
    then(result.findings()).containsExactly(WARNING);
    then(result.warnings()).containsExactly(WARNING);
    then(result.errors()).isEmpty();
    then(result).hasToString("DecodeResult{valid=true, findings=[" + WARNING + "]}");
  }

  @Test
  void should_drop_value_when_result_has_an_error() {
    // GIVEN
    DecodeResult<String> result = DecodeResult.of("document", List.of(WARNING, ERROR));

    // WHEN
    Throwable thrown = catchThrowable(result::orElseThrow);

    // THEN
    then(result.isValid()).isFalse();
    then(result.value()).isEmpty();
    then(result.errors()).containsExactly(ERROR);
    then(result.warnings()).containsExactly(WARNING);
    then(thrown).isInstanceOf(InvalidDocumentException.class)
        .hasMessage("the document is not valid:\n  " + WARNING + "\n  " + ERROR);
    then(((InvalidDocumentException) thrown).findings()).containsExactly(WARNING, ERROR);
  }

  @Test
  void should_need_a_value_when_result_has_no_error() {
    // GIVEN no value and no error

    // WHEN
    Throwable thrown = catchThrowable(() -> DecodeResult.of(null, List.of(WARNING)));

    // THEN
    then(thrown).isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void should_need_an_error_when_result_is_a_failure() {
    // GIVEN only a warning

    // WHEN
    Throwable thrown = catchThrowable(() -> DecodeResult.failure(List.of(WARNING)));
    DecodeResult<String> failure = DecodeResult.failure(List.of(ERROR));

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a failure needs at least one error finding: [" + WARNING + "]");
    then(failure.isValid()).isFalse();
    then(failure.findings()).containsExactly(ERROR);
  }

  // ---------------------------------------------------------------- Limits

  @Test
  void should_have_documented_defaults_when_limits_are_not_set() {
    // GIVEN
    Limits limits = Limits.defaults();

    // WHEN / THEN
    then(limits).hasToString("Limits{maxDocumentBytes=16777216, maxNestingDepth=64, maxStringLength=100000,"
        + " maxArrayLength=10000, maxValues=1000000, maxNumberLength=100}");
    then(Limits.builder().build()).hasToString(limits.toString());
  }

  @Test
  void should_keep_each_limit_when_limits_are_set() {
    // GIVEN
    Limits limits = Limits.builder().maxDocumentBytes(1).maxNestingDepth(1000).maxStringLength(3)
        .maxArrayLength(4).maxValues(5).maxNumberLength(6).build();

    // WHEN / THEN
    then(limits.maxDocumentBytes()).isEqualTo(1);
    then(limits.maxNestingDepth()).isEqualTo(1000);
    then(limits.maxStringLength()).isEqualTo(3);
    then(limits.maxArrayLength()).isEqualTo(4);
    then(limits.maxValues()).isEqualTo(5);
    then(limits.maxNumberLength()).isEqualTo(6);
  }

  static Stream<Arguments> badLimits() {
    return Stream.of(
        Arguments.of((Consumer<Limits.Builder>) b -> b.maxDocumentBytes(0), "maxDocumentBytes must be positive, but is 0"),
        Arguments.of((Consumer<Limits.Builder>) b -> b.maxNestingDepth(-1), "maxNestingDepth must be positive, but is -1"),
        Arguments.of((Consumer<Limits.Builder>) b -> b.maxNestingDepth(1001),
            "maxNestingDepth must be at most 1000, but is 1001"),
        Arguments.of((Consumer<Limits.Builder>) b -> b.maxStringLength(0), "maxStringLength must be positive, but is 0"),
        Arguments.of((Consumer<Limits.Builder>) b -> b.maxArrayLength(0), "maxArrayLength must be positive, but is 0"),
        Arguments.of((Consumer<Limits.Builder>) b -> b.maxValues(0), "maxValues must be positive, but is 0"),
        Arguments.of((Consumer<Limits.Builder>) b -> b.maxNumberLength(0), "maxNumberLength must be positive, but is 0"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badLimits")
  void should_throw_naming_the_limit_when_limit_is_out_of_range(Consumer<Limits.Builder> set, String message) {
    // GIVEN
    Limits.Builder builder = Limits.builder();

    // WHEN
    Throwable thrown = catchThrowable(() -> set.accept(builder));

    // THEN
    then(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }
}
