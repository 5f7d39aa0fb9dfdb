package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.report.internal.DisplayWidth;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The terminal report: pinned text for the fixture, widths, colours and display width. */
class TerminalReportTest {

  private static final Fixtures.Loaded SEVEN = Fixtures.sevenFields();
  private static final String ANSI = "\u001b\\[[0-9;]*m";

  @Test
  void should_match_the_golden_file_when_rendered_100_columns_wide_without_colours() {
    // GIVEN
    Report report = SEVEN.fullReport().build();
    // WHEN
    String text = report.toTerminal(100, false);
    // THEN
    Golden.check("seven-fields.de.100.txt", text);
  }

  @Test
  void should_match_the_golden_file_when_rendered_60_columns_wide_with_colours() {
    // GIVEN
    Report report = SEVEN.fullReport().locale("en").build();
    // WHEN
    String text = report.toTerminal(60, true);
    // THEN
    Golden.check("seven-fields.en.60.ansi.txt", text);
  }

  @Test
  void should_keep_every_line_within_the_width_when_rendered_at_any_width() {
    // GIVEN
    Report report = SEVEN.fullReport().build();
    // WHEN / THEN
    IntStream.rangeClosed(40, 160).forEach(width -> {
      for (boolean colours : new boolean[] {false, true}) {
        String text = report.toTerminal(width, colours);
        then(text.lines().map(l -> DisplayWidth.of(l.replaceAll(ANSI, ""))))
            .as("width %d, colours %s", width, colours).allMatch(w -> w <= width);
      }
    });
  }

  @Test
  void should_use_no_escape_sequences_when_colours_are_off() {
    // GIVEN
    Report report = SEVEN.fullReport().build();
    // WHEN
    String plain = report.toTerminal(100, false);
    String coloured = report.toTerminal(100, true);
    // THEN
    then(plain).doesNotContain("\u001b");
    then(coloured).contains("\u001b[31m", "\u001b[0m");
    then(coloured.replaceAll(ANSI, "")).isEqualTo(plain);
  }

  @Test
  void should_align_the_columns_when_labels_have_combining_umlauts_and_wide_characters() {
    // GIVEN labels with a decomposed "ü" (u + combining diaeresis) and CJK characters
    List<String> labels = List.of("Zu\u0308gang fu\u0308r alle", "交流と出会い", "Übersicht");
    Questionnaire q = Questionnaire.builder().from(SEVEN.questionnaire())
        .dimensions(IntStream.range(0, 7).mapToObj(i -> {
          Dimension d = SEVEN.questionnaire().dimensions().get(i);
          return i < 3 ? Dimension.builder().from(d).label(LocalizedText.of("de", labels.get(i))).build() : d;
        }).toList())
        .build();
    Report report = Report.builder().questionnaire(q)
        .assessment(ScoringEngine.create().compile(q).score(SEVEN.response())).build();
    // WHEN
    List<String> rows = report.toTerminal(90, false).lines()
        .filter(l -> l.endsWith("%")).toList();
    // THEN every row of the table ends in the same column
    then(rows).hasSize(10);
    then(rows.stream().map(DisplayWidth::of).distinct()).hasSize(1);
    then(rows).anySatisfy(r -> then(r).startsWith("Zu\u0308gang fu\u0308r alle "));
  }

  @Test
  void should_measure_display_width_in_columns_when_text_has_combining_marks_or_wide_characters() {
    // GIVEN
    String decomposed = "Gru\u0308n";
    // WHEN / THEN
    then(DisplayWidth.of(decomposed)).isEqualTo(4);
    then(DisplayWidth.of("Grün")).isEqualTo(4);
    then(DisplayWidth.of("交流")).isEqualTo(4);
    then(DisplayWidth.truncate("Zusammenhalt", 6)).isEqualTo("Zusam…");
    then(DisplayWidth.truncate("交流と出会い", 6)).isEqualTo("交流…");
    then(DisplayWidth.truncate("Gru\u0308nfla\u0308che", 5)).isEqualTo("Gru\u0308n…");
  }
}
