package dev.selfcheck.cli.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution ({@code selfcheck-cli-<version>-dist.tar.gz}), unpacked into a fresh folder and
 * run through {@code bin/selfcheck} with nothing but {@code java} on the {@code PATH}: no Maven, no
 * checkout, no {@code JAVA_HOME}.
 */
class DistributionIT {

  @TempDir
  static Path dir;

  private static Path home;
  private static Path javaOnly;

  @BeforeAll
  static void unpack() throws IOException, InterruptedException {
    Path archive = Path.of(System.getProperty("selfcheck.distribution"));
    Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", dir.toString())
        .inheritIO().start();
    then(tar.waitFor()).isZero();
    try (Stream<Path> unpacked = Files.list(dir)) {
      home = unpacked.filter(p -> p.getFileName().toString().startsWith("selfcheck-")).findFirst().orElseThrow();
    }
    javaOnly = Files.createDirectory(dir.resolve("java-only"));
    Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  @Test
  void should_hold_the_launcher_and_no_test_framework_when_unpacked() throws IOException {
    // GIVEN
    // WHEN
    List<String> lib;
    try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
      lib = jars.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    System.err.println("lib/ of the distribution:\n  " + String.join("\n  ", lib));
    // THEN
    then(Files.isExecutable(home.resolve("bin/selfcheck"))).isTrue();
    then(lib).anyMatch(name -> name.startsWith("selfcheck-cli-")).anyMatch(name -> name.startsWith("picocli-"))
        .noneMatch(RuntimeClassPathTest::isTestFramework);
  }

  @Test
  void should_validate_the_flagship_when_only_java_is_on_the_path() throws Exception {
    // GIVEN
    Path flagship = Path.of(System.getProperty("selfcheck.flagship"));
    // WHEN
    Cli.Run run = run("validate", flagship.toString());
    // THEN
    then(run.exitCode).as(run.err).isZero();
    then(run.out).startsWith("OK       ").contains("questionnaire 'welcoming-municipality'");
  }

  @Test
  void should_run_the_demo_when_only_java_is_on_the_path() throws Exception {
    // GIVEN
    // WHEN
    Cli.Run run = run("demo");
    // THEN
    then(run.exitCode).as(run.err).isZero();
    then(run.out).startsWith("OK       questionnaire 'welcoming-municipality' ").contains("lindenfeld");
    then(Files.readString(dir.resolve("selfcheck-report.html"))).contains("<svg class=\"radar\"");
  }

  private static Cli.Run run(String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(home.resolve("bin/selfcheck").toString()),
        Stream.of(args)).collect(Collectors.toList())).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    env.clear();
    env.put("PATH", javaOnly.toString());
    env.put("HOME", dir.toString());
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    then(process.waitFor(2, TimeUnit.MINUTES)).as("finished within 2 minutes").isTrue();
    return new Cli.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
