package dev.selfcheck.fuzz;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks and fixtures shared by the fuzz targets. */
final class FuzzChecks {

  /** The docs' example documents, read from the source tree like the docs module does. */
  static final Path EXAMPLES = Path.of("..", "docs", "examples");

  private FuzzChecks() {}

  /**
   * Checks the contract of every read: a result, never null; if it is not valid, at least one
   * error; and every finding with a code, a message and an RFC 6901 pointer.
   *
   * @param result what a read returned
   */
  static void checkDecodeResult(DecodeResult<?> result) {
    then(result).isNotNull();
    if (!result.isValid()) {
      then(result.errors()).as("errors of an invalid result").isNotEmpty();
      then(result.value()).isEmpty();
    }
    for (Finding f : result.findings()) {
      then(f.code()).as("code of %s", f).isNotBlank();
      then(f.message()).as("message of %s", f).isNotBlank();
      then(f.pointer()).as("pointer of %s", f).matches(p -> p.isEmpty() || p.startsWith("/"), "is a JSON Pointer");
    }
  }

  /**
   * Reads an example questionnaire from {@code docs/examples}.
   *
   * @param name the file name
   * @return the questionnaire
   */
  static Questionnaire example(String name) {
    return QuestionnaireCodec.create().readQuestionnaire(EXAMPLES.resolve(name)).orElseThrow();
  }

  /**
   * Tells the format of a fuzzed document: JSON if it starts with a brace, else YAML.
   *
   * @param bytes the document
   * @return the format
   */
  static DocumentFormat sniff(byte[] bytes) {
    for (byte b : bytes) {
      if (b == '{') {
        return DocumentFormat.JSON;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        break;
      }
    }
    return DocumentFormat.YAML;
  }

  /**
   * Reads a UTF-8 file.
   *
   * @param file the file
   * @return its text
   */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
