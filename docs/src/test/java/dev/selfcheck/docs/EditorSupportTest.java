package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What docs/questionnaire-format.md promises about editors, checked with the editor's own tool: the
 * YAML language server (VS Code's YAML extension, Neovim, Helix and others run it), pinned in
 * {@code docs/editor-test/package-lock.json} and driven over stdio by {@code check-yaml.mjs}, with
 * the schema store off, so nothing is fetched from the network. Each example's modeline names a
 * schema file of the repository's {@code schemas/} directory by a relative path.
 *
 * <p>Needs Node.js and {@code npm ci} in {@code docs/editor-test}; without them the tests are
 * skipped, except under {@code CI=true}, where {@code .ci/run} installs them and they must run.
 */
class EditorSupportTest {

  private static final Path EDITOR_TEST = Path.of("editor-test").toAbsolutePath();
  private static final String MODELINE = "# yaml-language-server: $schema=";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path EXAMPLE = Path.of("examples/municipal-mini.yaml").toAbsolutePath();

  private static String node;

  @TempDir
  Path dir;

  @BeforeAll
  static void findNodeAndTheLanguageServer() {
    String message = null;
    node = onPath("node");
    if (node == null) {
      message = "no node on the PATH: the YAML language server test needs Node.js 20+";
    } else if (!Files.isDirectory(EDITOR_TEST.resolve("node_modules/yaml-language-server"))) {
      message = "the YAML language server is not installed: run `npm ci` in docs/editor-test";
    }
    if (message != null && "true".equals(System.getenv("CI"))) {
      fail("CI=true, so the editor test must run, but " + message);
    }
    Assumptions.assumeTrue(message == null, message);
  }

  @Test
  void should_find_no_problem_when_the_editor_opens_the_example_questionnaires() throws IOException {
    // GIVEN every YAML questionnaire of the docs and the flagship, as they are on disk
    List<Path> files = new ArrayList<>();
    try (Stream<Path> examples = Files.list(Path.of("examples"))) {
      examples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    files.add(Path.of("../flagship/src/main/resources/dev/selfcheck/flagship/welcoming-municipality.yaml"));
    ObjectNode request = JSON.createObjectNode();
    ArrayNode documents = request.putArray("documents");
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      then(text).as("first line of %s", file).startsWith(MODELINE);
      String schema = text.substring(MODELINE.length(), text.indexOf('\n')).strip();
      then(file.toAbsolutePath().getParent().resolve(schema).normalize())
          .as("the schema that the modeline of %s names", file)
          .isEqualTo(Path.of("../schemas/1.0/questionnaire.schema.json").toAbsolutePath().normalize());
      documents.addObject().put("uri", uri(file)).put("text", text);
    }
    // WHEN
    JsonNode result = languageServer(request);
    // THEN
    for (Path file : files) {
      then(messages(result, uri(file))).as("diagnostics of %s", file).isEmpty();
    }
  }

  @Test
  void should_show_the_typo_and_complete_values_when_a_member_name_is_misspelt() throws IOException {
    // GIVEN the example with "defaultLocale" misspelt, next to it (its modeline is relative)
    String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8)
        .replace("\ndefaultLocale: de\n", "\ndefaultLocal: de\n");
    String typo = uri(EXAMPLE.resolveSibling("municipal-mini-typo.yaml"));
    String[] lines = text.split("\n", -1);
    int typeLine = 0;
    while (!lines[typeLine].strip().startsWith("type: ")) {
      typeLine++;
    }
    ObjectNode request = JSON.createObjectNode();
    request.putArray("documents").addObject().put("uri", typo).put("text", text);
    request.putArray("completions").addObject().put("uri", typo).put("line", typeLine)
        .put("character", lines[typeLine].indexOf("type: ") + "type: ".length());
    // WHEN
    JsonNode result = languageServer(request);
    // THEN
    then(messages(result, typo))
        .contains("Property defaultLocal is not allowed.", "Missing property \"defaultLocale\".");
    then(result.path("completions").path(0).valueStream().map(JsonNode::asString).collect(Collectors.toList()))
        .as("completion of a question's type")
        .contains("singleChoice", "multipleChoice", "ordinalScale", "yesNo", "number", "text");
  }

  private JsonNode languageServer(ObjectNode request) throws IOException {
    Path requestFile = dir.resolve("request.json");
    Path out = dir.resolve("result.json");
    Path err = dir.resolve("stderr.txt");
    Files.writeString(requestFile, JSON.writeValueAsString(request), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(node, "check-yaml.mjs", requestFile.toString())
        .directory(EDITOR_TEST.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("the YAML language server did not finish within 120 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    then(process.exitValue()).as("exit code of check-yaml.mjs; stderr:%n%s", Files.readString(err)).isZero();
    return JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
  }

  private static List<String> messages(JsonNode result, String uri) {
    JsonNode diagnostics = result.path("diagnostics").path(uri);
    then(diagnostics.isArray()).as("diagnostics published for %s in %s", uri, result).isTrue();
    return diagnostics.valueStream().map(d -> d.path("message").asString()).collect(Collectors.toList());
  }

  private static String uri(Path file) {
    URI uri = file.toAbsolutePath().normalize().toUri();
    return uri.toString().replaceFirst("^file:/(?!/)", "file:///");
  }

  private static String onPath(String name) {
    String path = System.getenv("PATH");
    for (String entry : path == null ? new String[0] : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
