package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Finding}: its document order, its text form and its kind. */
class FindingTest {

  private static Finding finding(String pointer, String code, String message) {
    return Finding.builder().code(code).severity(Severity.ERROR).pointer(pointer).message(message).build();
  }

  @Test
  void should_order_by_pointer_token_by_token_when_findings_are_sorted() {
    // GIVEN pointers whose string order differs from their document order
    List<String> documentOrder = List.of(
        "",
        "/0",
        "/",
        "/dimensions",
        "/dimensions/2",
        "/dimensions/2/id",
        "/dimensions/10",
        "/dimensions/99999999999",
        "/dimensions/100000000000",
        "/dimensions/10a",
        "/dimensions/2a",
        "/dimensions/a");
    List<Finding> findings = new ArrayList<>();
    for (int i = documentOrder.size() - 1; i >= 0; i--) {
      findings.add(finding(documentOrder.get(i), "QST-0001", "m"));
    }

    // WHEN
    findings.sort(Finding.DOCUMENT_ORDER);

    // THEN
    then(findings).extracting(Finding::pointer).containsExactlyElementsOf(documentOrder);
  }

  @Test
  void should_be_transitive_when_indexes_and_names_share_a_place() {
    // GIVEN tokens that once formed a cycle: 2 < 10 as numbers, 10 < 1a and 1a < 2 as texts
    List<Finding> findings = List.of(finding("/x/2", "QST-0001", "m"), finding("/x/10", "QST-0001", "m"),
        finding("/x/1a", "QST-0001", "m"), finding("/x/12345678901", "QST-0001", "m"),
        finding("/x/\u0662", "QST-0001", "m"));

    // WHEN every triple is compared
    List<String> violations = new ArrayList<>();
    for (Finding a : findings) {
      for (Finding b : findings) {
        for (Finding c : findings) {
          if (Finding.DOCUMENT_ORDER.compare(a, b) < 0 && Finding.DOCUMENT_ORDER.compare(b, c) < 0
              && Finding.DOCUMENT_ORDER.compare(a, c) >= 0) {
            violations.add(a.pointer() + " < " + b.pointer() + " < " + c.pointer());
          }
        }
      }
    }

    // THEN
    then(violations).isEmpty();
  }

  @Test
  void should_order_by_code_then_message_when_pointers_are_equal() {
    // GIVEN
    Finding b = finding("/title", "QST-0002", "a");
    Finding a2 = finding("/title", "QST-0001", "b");
    Finding a1 = finding("/title", "QST-0001", "a");

    // WHEN
    List<Finding> sorted = new ArrayList<>(List.of(b, a2, a1));
    sorted.sort(Finding.DOCUMENT_ORDER);

    // THEN
    then(sorted).containsExactly(a1, a2, b);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "0; 0; ERROR QST-0001 at '/title': the title is wrong",
      "3; 0; ERROR QST-0001 at '/title' (line 3): the title is wrong",
      "3; 14; ERROR QST-0001 at '/title' (line 3, column 14): the title is wrong"})
  void should_show_severity_code_pointer_position_and_message_when_finding_is_printed(
      int line, int column, String expected) {
    // GIVEN
    Finding.Builder builder = Finding.builder().code("QST-0001").severity(Severity.ERROR).pointer("/title")
        .message("the title is wrong");
    if (line > 0) {
      builder.line(line);
    }
    if (column > 0) {
      builder.column(column);
    }

    // WHEN
    String text = builder.build().toString();

    // THEN
    then(text).isEqualTo(expected);
  }

  @Test
  void should_keep_everything_and_add_the_position_when_position_is_set() {
    // GIVEN
    Finding finding = QuestionnaireProblem.NO_DIMENSIONS.at("");

    // WHEN
    Finding positioned = finding.withPosition(2, 5);

    // THEN
    then(positioned.line()).isEqualTo(OptionalInt.of(2));
    then(positioned.column()).isEqualTo(OptionalInt.of(5));
    then(positioned).usingRecursiveComparison().ignoringFields("line", "column").isEqualTo(finding);
    then(finding.line()).isEmpty();
  }

  @Test
  void should_tell_kind_and_severity_when_finding_is_asked() {
    // GIVEN
    Finding error = QuestionnaireProblem.NO_DIMENSIONS.at("");
    Finding warning = QuestionnaireProblem.MISSING_TRANSLATION.at("/title", "de");

    // WHEN / THEN
    then(error.is(QuestionnaireProblem.NO_DIMENSIONS)).isTrue();
    then(error.is(QuestionnaireProblem.EMPTY_BAND)).isFalse();
    then(error.isError()).isTrue();
    then(warning.isError()).isFalse();
    then(warning.message()).isEqualTo("the text has no translation in declared language 'de'");
  }
}
