package dev.selfcheck.docs;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Scores a response and prints the assessment as a table: every dimension with its score, band
 * and completion, then the recommendations with their reasons. With no arguments it scores the
 * bundled sample response to the bundled example self-check. Started by {@code ./selfcheck score}
 * until the command-line tool takes over.
 */
public final class ScoreDocuments {

  private ScoreDocuments() {}

  /**
   * Runs the scorer.
   *
   * @param args {@code QUESTIONNAIRE RESPONSE}, or nothing for the bundled example
   */
  public static void main(String[] args) {
    ValidateDocuments.quietLogging();
    System.exit(run(args, System.out));
  }

  /**
   * Scores and prints.
   *
   * @param args the questionnaire and response files, or none
   * @param out where to print
   * @return the exit code: 0 scored, 1 invalid documents, 2 usage error
   */
  public static int run(String[] args, PrintStream out) {
    Path questionnaireFile;
    Path responseFile;
    if (args.length == 0) {
      Path examples = ValidateDocuments.findExamples();
      if (examples == null) {
        out.println("usage: selfcheck score QUESTIONNAIRE RESPONSE  (docs/examples not found)");
        return 2;
      }
      questionnaireFile = examples.resolve("municipal-mini.yaml");
      responseFile = examples.resolve("municipal-mini-response.json");
    } else if (args.length == 2) {
      questionnaireFile = Path.of(args[0]);
      responseFile = Path.of(args[1]);
    } else {
      out.println("usage: selfcheck score QUESTIONNAIRE RESPONSE");
      return 2;
    }
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    DecodeResult<Questionnaire> q = codec.readQuestionnaire(questionnaireFile);
    if (!q.isValid()) {
      out.println("INVALID  " + questionnaireFile);
      q.findings().forEach(f -> out.println("         " + f));
      return 1;
    }
    Questionnaire questionnaire = q.value().orElseThrow();
    DecodeResult<Response> r;
    try {
      r = codec.readResponse(Files.readAllBytes(responseFile),
          dev.selfcheck.schema.DocumentFormat.fromFileName(responseFile.toString())
              .orElse(dev.selfcheck.schema.DocumentFormat.JSON), questionnaire);
    } catch (java.io.IOException e) {
      out.println("cannot read " + responseFile + ": " + e.getMessage());
      return 1;
    }
    if (!r.isValid()) {
      out.println("INVALID  " + responseFile);
      r.findings().forEach(f -> out.println("         " + f));
      return 1;
    }
    Assessment a = ScoringEngine.create().compile(questionnaire).score(r.value().orElseThrow());
    String lang = questionnaire.locales().contains("en") ? "en" : questionnaire.defaultLocale();
    out.println(questionnaire.title().in(lang, questionnaire.defaultLocale()) + " ("
        + questionnaire.id() + " " + questionnaire.version() + ")");
    out.println(a.respondent().map(p -> "respondent: " + p.id() + p.role().map(x -> ", " + x).orElse(""))
        .orElse("respondent: anonymous"));
    out.println();
    out.println(String.format(Locale.ROOT, "%-44s %8s  %-22s %10s", "dimension", "score", "band", "completion"));
    row(out, a.total(), lang, questionnaire, 0);
    for (DimensionResult d : a.dimensions()) {
      int depth = questionnaire.allDimensions().filter(x -> x.id().equals(d.id())).findFirst()
          .map(x -> depthOf(questionnaire, x.id())).orElse(1);
      row(out, d, lang, questionnaire, depth);
    }
    out.println();
    out.println("recommendations:");
    if (a.recommendations().isEmpty()) {
      out.println("  (none)");
    }
    for (FiredRecommendation f : a.recommendations()) {
      out.println("  - " + f.recommendation().title().in(lang, questionnaire.defaultLocale())
          + "  [" + String.join(", ", f.recommendation().tags()) + "]");
      f.reasons().forEach(reason -> out.println("      because " + reason.fact()));
    }
    if (!a.findings().isEmpty()) {
      out.println();
      out.println("findings:");
      a.findings().forEach(f -> out.println("  " + f));
    }
    return 0;
  }

  private static int depthOf(Questionnaire q, String id) {
    return depth(q.dimensions(), id, 1);
  }

  private static int depth(java.util.List<dev.selfcheck.core.Dimension> dims, String id, int level) {
    for (dev.selfcheck.core.Dimension d : dims) {
      if (d.id().equals(id)) {
        return level;
      }
      int inner = depth(d.dimensions(), id, level + 1);
      if (inner > 0) {
        return inner;
      }
    }
    return 0;
  }

  private static void row(PrintStream out, DimensionResult d, String lang, Questionnaire q, int depth) {
    String label = "  ".repeat(depth) + d.label().in(lang, q.defaultLocale());
    if (label.length() > 44) {
      label = label.substring(0, 43) + "…";
    }
    out.println(String.format(Locale.ROOT, "%-44s %8s  %-22s %9s%%", label,
        d.displayScore().map(java.math.BigDecimal::toPlainString).orElse("n/a"),
        d.band().map(b -> b.label().in(lang, q.defaultLocale())).orElse("-"),
        d.completion().toBigDecimal(0 + 2).movePointRight(2).stripTrailingZeros().toPlainString()));
  }
}
