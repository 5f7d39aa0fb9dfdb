package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.Finding;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the documentation honest. In every Markdown file of {@code docs/} and in README.md:
 *
 * <ul>
 *   <li>a Java block preceded by {@code <!-- snippet: Class#tag -->} must equal the region between
 *       {@code // tag::tag[]} and {@code // end::tag[]} of that compiled test class;
 *   <li>every JSON or YAML block that names a selfcheck {@code $schema} is a whole document and
 *       must load without errors;
 *   <li>every code block is closed, and every local link leads to a file and heading that exist
 *       ({@link MarkdownChecks}).
 * </ul>
 */
class DocumentationSnippetsTest {

  private static final Pattern BLOCK = Pattern.compile(
      "(?:<!--\\s*snippet:\\s*(\\w+)#([\\w-]+)\\s*-->\\s*\\n)?```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);

  private static final Path SOURCES = Path.of("src/test/java/dev/selfcheck/docs");

  static List<Path> markdownFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("."))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    files.add(Path.of("../README.md"));
    return files;
  }

  @TestFactory
  Stream<DynamicTest> should_match_compiled_code_and_valid_documents_when_docs_show_examples()
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    for (Path md : markdownFiles()) {
      String text = Files.readString(md, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        String language = m.group(3);
        String body = m.group(4);
        int line = text.substring(0, m.start()).split("\n", -1).length;
        String name = md.getFileName() + ":" + line;
        if (language.equals("java") && m.group(1) == null) {
          tests.add(DynamicTest.dynamicTest(name + " java block", () -> {
            throw new AssertionError(name + ": a Java block must be a region of a compiled test,"
                + " marked <!-- snippet: Class#tag -->");
          }));
        } else if (m.group(1) != null) {
          String cls = m.group(1);
          String tag = m.group(2);
          tests.add(DynamicTest.dynamicTest(name + " snippet " + cls + "#" + tag,
              () -> then(body).isEqualTo(region(cls, tag))));
        } else if ((language.equals("json") || language.equals("yaml"))
            && body.contains("https://selfcheck.dev/schemas/")) {
          DocumentFormat format = language.equals("json") ? DocumentFormat.JSON : DocumentFormat.YAML;
          tests.add(DynamicTest.dynamicTest(name + " " + language + " document", () -> {
            DecodeResult<?> result = body.contains("response.schema.json")
                ? codec.readResponse(body, format)
                : body.contains("migration.schema.json")
                ? codec.readMigrationPlan(body.getBytes(StandardCharsets.UTF_8), format)
                : codec.readQuestionnaire(body, format);
            then(result.errors()).as("errors of the %s block at %s", language, name).isEmpty();
          }));
        }
      }
    }
    then(tests).as("documentation examples found").isNotEmpty();
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> should_close_every_block_and_link_to_what_exists_when_docs_are_written()
      throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path md : markdownFiles()) {
      String text = Files.readString(md, StandardCharsets.UTF_8);
      tests.add(DynamicTest.dynamicTest(md.getFileName() + " code blocks",
          () -> then(MarkdownChecks.unclosedBlocks(text)).as("unclosed code blocks of %s", md).isEmpty()));
      tests.add(DynamicTest.dynamicTest(md.getFileName() + " links",
          () -> then(MarkdownChecks.deadLinks(md, text)).as("dead links of %s", md).isEmpty()));
    }
    return tests.stream();
  }

  static String region(String cls, String tag) throws IOException {
    List<String> lines = Files.readAllLines(source(cls), StandardCharsets.UTF_8);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals("// tag::" + tag + "[]")) {
        start = i + 1;
      } else if (lines.get(i).trim().equals("// end::" + tag + "[]")) {
        end = i;
      }
    }
    if (start < 0 || end < start) {
      throw new AssertionError("no region " + tag + " in " + cls);
    }
    List<String> region = lines.subList(start, end);
    int indent = region.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return region.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }

  /** A test class of the docs module, else the one test class of that name in another module. */
  private static Path source(String cls) throws IOException {
    Path own = SOURCES.resolve(cls + ".java");
    if (Files.exists(own)) {
      return own;
    }
    try (Stream<Path> files = Files.walk(Path.of(".."), 12)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().equals(cls + ".java"))
          .filter(p -> p.toString().replace('\\', '/').contains("/src/test/java/"))
          .collect(Collectors.toList());
      if (found.size() != 1) {
        throw new AssertionError("expected one test class " + cls + ", found " + found);
      }
      return found.get(0);
    }
  }

  static String describe(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
