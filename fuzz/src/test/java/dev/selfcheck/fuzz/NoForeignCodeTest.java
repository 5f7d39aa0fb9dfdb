package dev.selfcheck.fuzz;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans the main sources of every module: documents never choose Java types (no Jackson default
 * typing or polymorphic type handling) and never supply regular expressions (every regex in main
 * code is a literal or a constant).
 */
class NoForeignCodeTest {

  private static final Path ROOT = Path.of("..");
  private static final List<String> POLYMORPHIC = List.of("activateDefaultTyping", "enableDefaultTyping",
      "JsonTypeInfo", "JsonSubTypes", "PolymorphicTypeValidator", "DefaultTyping");
  /** Calls that compile their first argument as a regex; group 1 is how the argument starts. */
  private static final Pattern REGEX_CALL = Pattern.compile(
      "(?:Pattern\\.compile|Pattern\\.matches|\\.split|\\.replaceAll|\\.replaceFirst)\\(\\s*(\"|[\\w.]+\\(?)");
  /** A string literal, or a constant (an upper-case name, possibly qualified). */
  private static final Pattern CONSTANT = Pattern.compile("\"|(?:[A-Za-z_]\\w*\\.)*[A-Z][A-Z0-9_]*");

  private static List<Path> sources;

  @BeforeAll
  static void collect() throws IOException {
    try (Stream<Path> modules = Files.list(ROOT)) {
      sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
          .flatMap(NoForeignCodeTest::javaFiles).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void should_find_main_sources_when_scanning_the_modules() {
    // GIVEN the collected sources
    // THEN
    then(sources).hasSizeGreaterThan(100)
        .anyMatch(p -> p.endsWith("dev/selfcheck/schema/internal/DocumentReader.java"));
  }

  @Test
  void should_use_no_polymorphic_deserialization_when_scanning_main_sources() {
    // WHEN
    List<String> hits = new ArrayList<>();
    for (Path file : sources) {
      String text = read(file);
      POLYMORPHIC.stream().filter(text::contains).forEach(word -> hits.add(file + ": " + word));
    }

    // THEN
    then(hits).isEmpty();
  }

  @Test
  void should_compile_only_constant_regexes_when_scanning_main_sources() {
    // WHEN
    List<String> regexes = new ArrayList<>();
    List<String> dynamic = new ArrayList<>();
    for (Path file : sources) {
      Matcher m = REGEX_CALL.matcher(read(file));
      while (m.find()) {
        String argument = m.group(1).strip();
        regexes.add(file + ": " + argument);
        if (!CONSTANT.matcher(argument).matches()) {
          dynamic.add(file + ": " + m.group().strip());
        }
      }
    }

    // THEN
    then(regexes).isNotEmpty();
    then(dynamic).as("regexes not taken from a literal or constant").isEmpty();
  }

  /** The scan itself: a regex built from a variable is caught, literals and constants are not. */
  @Test
  void should_flag_a_regex_from_a_variable_when_the_argument_is_not_constant() {
    // GIVEN
    String code = "Pattern.compile(Ids.ID_PATTERN); x.split(\"\\\\.\"); Pattern.compile(\n  \"(a)\" + \"b\");"
        + " text.replaceAll(fromDocument, \"\"); Pattern.compile(rule.pattern());";

    // WHEN
    List<String> dynamic = new ArrayList<>();
    Matcher m = REGEX_CALL.matcher(code);
    while (m.find()) {
      if (!CONSTANT.matcher(m.group(1).strip()).matches()) {
        dynamic.add(m.group(1).strip());
      }
    }

    // THEN
    then(dynamic).containsExactly("fromDocument", "rule.pattern(");
  }

  private static Stream<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList()).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    return FuzzChecks.read(file);
  }
}
