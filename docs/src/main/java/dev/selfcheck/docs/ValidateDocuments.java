package dev.selfcheck.docs;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validates questionnaire and response documents and prints their findings; with no arguments it
 * validates the bundled examples in {@code docs/examples}. Started by the {@code ./selfcheck}
 * launcher until the command-line tool takes over.
 *
 * <p>Arguments are files; a file whose name contains {@code response} is read as a response and,
 * if a questionnaire was given before it, checked against that questionnaire. Exit code 0 when all
 * documents are valid, 1 when any has errors, 2 on usage errors.
 */
public final class ValidateDocuments {

  /** Kept so that the logger and its level are not garbage-collected. */
  private static final java.util.logging.Logger HIBERNATE_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  private ValidateDocuments() {}

  /**
   * Runs the validator.
   *
   * @param args the files to validate
   */
  public static void main(String[] args) {
    quietLogging();
    System.exit(run(args, System.out));
  }

  /** Keeps library logging (Hibernate Validator's start-up line) out of the launcher's output. */
  static void quietLogging() {
    HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  /**
   * Validates files and prints a report.
   *
   * @param args the files; empty for the bundled examples
   * @param out where to print
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out) {
    List<Path> files = new ArrayList<>();
    if (args.length == 0) {
      Path examples = findExamples();
      if (examples == null) {
        out.println("usage: selfcheck validate FILE...  (docs/examples not found)");
        return 2;
      }
      files.add(examples.resolve("municipal-mini.yaml"));
      files.add(examples.resolve("municipal-mini-response.json"));
      files.add(examples.resolve("minimal-questionnaire.json"));
      files.add(examples.resolve("sum-instrument.json"));
    } else {
      for (String a : args) {
        if (a.startsWith("-")) {
          out.println("usage: selfcheck validate FILE...  (unknown option " + a + ")");
          return 2;
        }
        files.add(Path.of(a));
      }
    }
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire last = null;
    boolean allValid = true;
    for (Path file : files) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.contains("response")) {
        DecodeResult<Response> r = last == null
            ? codec.readResponse(file)
            : readResponse(codec, file, last);
        allValid &= report(out, file, r, r.value().map(v -> "response of " + v.respondent()
            .map(p -> p.id() + p.role().map(role -> " (" + role + ")").orElse("")).orElse("anonymous")
            + " with " + v.answers().size() + " answers").orElse(""));
      } else {
        DecodeResult<Questionnaire> q = codec.readQuestionnaire(file);
        allValid &= report(out, file, q, q.value().map(v -> "questionnaire '" + v.id() + "' "
            + v.version() + ": " + count(v.allDimensions().count(), "dimension") + ", "
            + count(v.allQuestions().count(), "question") + ", " + count(v.rules().size(), "rule")).orElse(""));
        if (q.isValid()) {
          last = q.value().orElseThrow();
        }
      }
    }
    return allValid ? 0 : 1;
  }

  private static DecodeResult<Response> readResponse(QuestionnaireCodec codec, Path file, Questionnaire q) {
    try {
      return codec.readResponse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
          dev.selfcheck.schema.DocumentFormat.fromFileName(file.toString())
              .orElse(dev.selfcheck.schema.DocumentFormat.JSON), q);
    } catch (java.io.IOException e) {
      return codec.readResponse(file);
    }
  }

  private static boolean report(PrintStream out, Path file, DecodeResult<?> result, String summary) {
    out.println((result.isValid() ? "valid    " : "INVALID  ") + file
        + (summary.isEmpty() ? "" : "  — " + summary));
    for (Finding f : result.findings()) {
      out.println("         " + f);
    }
    return result.isValid();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static Path findExamples() {
    String configured = System.getProperty("selfcheck.examples");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    for (Path p : List.of(Path.of("docs/examples"), Path.of("examples"), Path.of("../docs/examples"))) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return null;
  }
}
