package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tool's run-time class path, as the build writes it for the launcher ({@code
 * target/runtime.classpath}, dependency plugin, scope runtime): it must hold no test framework.
 */
class RuntimeClassPathTest {

  /** Artifact name prefixes of the test frameworks the testkit brings along. */
  static final List<String> TEST_FRAMEWORKS = List.of("junit-", "opentest4j-", "assertj-", "jqwik-",
      "archunit", "byte-buddy", "selfcheck-testkit");

  @Test
  void should_hold_no_test_framework_when_the_tool_runs() throws IOException {
    // GIVEN the class path the launcher runs the tool with
    String classPath = Files.readString(Path.of("target", "runtime.classpath")).strip();
    // WHEN
    List<Path> entries = Arrays.stream(classPath.split(File.pathSeparator)).map(Path::of)
        .collect(Collectors.toList());
    long bytes = 0;
    for (Path entry : entries) {
      bytes += Files.isRegularFile(entry) ? Files.size(entry) : 0;
    }
    System.err.printf(Locale.ROOT, "run-time class path of the tool (%d entries, jars %.1f MB):%n  %s%n",
        entries.size(), bytes / 1e6, entries.stream().map(Path::toString).collect(Collectors.joining("\n  ")));
    // THEN
    then(entries).extracting(e -> e.getFileName().toString())
        .anyMatch(name -> name.startsWith("picocli-"))
        .noneMatch(RuntimeClassPathTest::isTestFramework);
  }

  static boolean isTestFramework(String fileName) {
    return TEST_FRAMEWORKS.stream().anyMatch(fileName::startsWith);
  }
}
