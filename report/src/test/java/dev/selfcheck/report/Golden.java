package dev.selfcheck.report;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dselfcheck.golden.update=true} to rewrite them after an intended change, then review
 * the diff.
 */
final class Golden {

  private static final Path SOURCE = Path.of("src/test/resources/golden");

  private Golden() {}

  static void check(String file, String actual) {
    if (Boolean.getBoolean("selfcheck.golden.update")) {
      try {
        Files.createDirectories(SOURCE);
        Files.writeString(SOURCE.resolve(file), actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    then(actual).as("golden/" + file).isEqualTo(Fixtures.text("golden/" + file));
  }
}
