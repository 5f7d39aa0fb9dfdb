package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.scoring.Assessment;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/*
 * Validation runs in two passes: questionnaires first, so that a response can be checked against
 * a questionnaire named anywhere on the command line; then responses. A response is checked
 * against --questionnaire when given, else against a questionnaire among the files with the id
 * the response names, else against the bundled flagship when it names the flagship, else only
 * against the response schema, and the output says which.
 */
/** {@code selfcheck validate FILE...}: checks questionnaire and response documents. */
@Command(name = "validate", sortOptions = false,
    header = "Check questionnaire and response documents (JSON or YAML).",
    description = {
        "Tells questionnaires and responses apart by their content ($schema, or members such as "
            + "'answers'). A response is checked against --questionnaire, else against a "
            + "questionnaire among the FILEs that it names, else against the bundled flagship "
            + "when it names it, else against the response schema only (the output says which).",
        "A FILE ending in .jsonl or .ndjson holds one response per line; finding positions "
            + "are then lines of the file.",
        "Prints OK or INVALID per file and every finding: severity, code, JSON Pointer, "
            + "line:column, message. A file that cannot be read is INVALID with finding DOC-0050.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  no file has errors (warnings are shown but pass, unless --strict)",
        "  1  a file has errors, or warnings with --strict",
        "  2  usage error (e.g. no FILE)"})
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand
  private SelfcheckCommand root;

  @Mixin
  private LanguageOption language;

  @Option(names = {"-q", "--questionnaire"}, paramLabel = "QUESTIONNAIRE",
      description = "Check responses against this questionnaire document.")
  private String questionnaire;

  @Option(names = "--strict", description = "Fail on warnings too.")
  private boolean strict;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Mixin
  private ProgressOption progress;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check; - for standard input.")
  private List<String> files;

  enum Format { text, json }

  /** The outcome for one file. */
  private static final class Result {
    final String file;
    final Documents.Kind kind;
    final List<Finding> findings;
    String summary = "";
    String checkedAgainst;

    Result(String file, Documents.Kind kind, List<Finding> findings) {
      this.file = file;
      this.kind = kind;
      this.findings = findings;
    }

    boolean hasErrors() {
      return findings.stream().anyMatch(Finding::isError);
    }

    boolean passes(boolean strict) {
      return strict ? findings.isEmpty() : !hasErrors();
    }
  }

  @Override
  public Integer call() {
    Io io = root.io();
    language.apply(io);
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire given = null;
    if (questionnaire != null) {
      Documents.Source source = Documents.readOrFail(io, questionnaire, codec.limits());
      DecodeResult<Questionnaire> q = codec.readQuestionnaire(source.bytes(), source.format());
      if (!q.isValid()) {
        throw Failure.invalid(io, questionnaire, q.findings());
      }
      given = q.orElseThrow();
    }
    Result[] results = new Result[files.size()];
    Documents.Source[] sources = new Documents.Source[files.size()];
    Map<String, Questionnaire> byId = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      if (Documents.isJsonLines(files.get(i))) {
        continue;
      }
      try {
        sources[i] = Documents.read(io, files.get(i), codec.limits());
      } catch (IOException e) {
        results[i] = new Result(files.get(i), null, List.of(Documents.unreadable(e)));
        continue;
      }
      if (sources[i].kind() == Documents.Kind.RESPONSE || sources[i].kind() == Documents.Kind.ASSESSMENT) {
        continue;
      }
      DecodeResult<Questionnaire> q = codec.readQuestionnaire(sources[i].bytes(), sources[i].format());
      results[i] = new Result(files.get(i), Documents.Kind.QUESTIONNAIRE, q.findings());
      q.value().ifPresent(v -> {
        byId.putIfAbsent(v.id(), v);
      });
      results[i].summary = q.value().map(ValidateCommand::describe).orElse("questionnaire");
    }
    for (int i = 0; i < files.size(); i++) {
      if (results[i] == null && sources[i] == null) {
        results[i] = jsonLines(io, codec, files.get(i), given, byId);
      } else if (results[i] == null && sources[i].kind() == Documents.Kind.ASSESSMENT) {
        results[i] = assessment(codec, sources[i], given, byId);
      } else if (results[i] == null) {
        results[i] = response(codec, sources[i], given, byId);
      }
    }
    boolean pass = true;
    for (Result r : results) {
      pass &= r.passes(strict);
    }
    if (format == Format.json) {
      printJson(io, results, pass);
    } else {
      printText(io, results);
    }
    return pass ? 0 : 1;
  }

  private Result response(QuestionnaireCodec codec, Documents.Source source, Questionnaire given,
      Map<String, Questionnaire> byId) {
    DecodeResult<Response> plain = codec.readResponse(source.bytes(), source.format());
    if (!plain.isValid()) {
      Result r = new Result(source.name(), Documents.Kind.RESPONSE, plain.findings());
      r.summary = "response";
      return r;
    }
    Response response = plain.orElseThrow();
    Questionnaire against = given;
    String againstName = questionnaire;
    if (against == null && byId.containsKey(response.questionnaireId())) {
      against = byId.get(response.questionnaireId());
      againstName = "the questionnaire '" + against.id() + "' given";
    }
    if (against == null && response.questionnaireId().equals(Flagship.questionnaire().id())) {
      against = Flagship.questionnaire();
      againstName = "the bundled flagship";
    }
    DecodeResult<Response> checked = against == null ? plain
        : codec.readResponse(source.bytes(), source.format(), against);
    Result r = new Result(source.name(), Documents.Kind.RESPONSE, checked.findings());
    r.summary = "response to '" + response.questionnaireId() + "' " + response.questionnaireVersion()
        + response.respondent().map(p -> " by '" + p.id() + "'").orElse("")
        + ", " + count(response.answers().size(), "answer");
    r.checkedAgainst = againstName;
    return r;
  }

  /**
   * An assessment, read back against --questionnaire, else the one questionnaire among the files,
   * else the bundled flagship; an assessment of another questionnaire is reported as such
   * (DOC-0060) by the codec.
   */
  private Result assessment(QuestionnaireCodec codec, Documents.Source source, Questionnaire given,
      Map<String, Questionnaire> byId) {
    Questionnaire against = given;
    String againstName = questionnaire;
    if (against == null && byId.size() == 1) {
      against = byId.values().iterator().next();
      againstName = "the questionnaire '" + against.id() + "' given";
    }
    if (against == null) {
      against = Flagship.questionnaire();
      againstName = "the bundled flagship";
    }
    DecodeResult<Assessment> read = codec.readAssessment(source.bytes(), against);
    Result r = new Result(source.name(), Documents.Kind.ASSESSMENT, read.findings());
    r.summary = read.value().map(a -> "assessment of '" + a.questionnaireId() + "' "
        + a.questionnaireVersion() + a.respondent().map(p -> " by '" + p.id() + "'").orElse(""))
        .orElse("assessment");
    r.checkedAgainst = againstName;
    return r;
  }

  /**
   * Every line of a JSON Lines file as a response, read as bytes within the codec's limits (an
   * over-long line is that line's DOC-0002); finding positions are lines of the file.
   */
  private Result jsonLines(Io io, QuestionnaireCodec codec, String name, Questionnaire given,
      Map<String, Questionnaire> byId) {
    List<Finding> findings = new ArrayList<>();
    long invalid = 0;
    String against = null;
    Progress bar = progress.start(io, Documents.size(io, name));
    Lines in;
    try {
      in = Documents.lines(io, name, codec.limits());
    } catch (IOException e) {
      return new Result(name, Documents.Kind.RESPONSE, List.of(Documents.unreadable(e)));
    }
    try (in) {
      byte[] line;
      while ((line = in.next()) != null) {
        Result r = response(codec, new Documents.Source(name, line, DocumentFormat.JSON), given, byId);
        invalid += r.hasErrors() ? 1 : 0;
        against = against == null ? r.checkedAgainst : against;
        for (Finding f : r.findings) {
          findings.add(f.withPosition((int) Math.min(in.number(), Integer.MAX_VALUE), f.column().orElse(1)));
        }
        bar.update(in.number(), in.bytes());
      }
    } catch (IOException e) {
      findings.add(Documents.unreadable(e).withPosition((int) Math.min(in.number() + 1, Integer.MAX_VALUE), 1));
    }
    bar.clear();
    Result result = new Result(name, Documents.Kind.RESPONSE, findings);
    result.summary = "JSON Lines: " + count(in.number(), "response") + ", " + invalid + " invalid";
    result.checkedAgainst = against;
    return result;
  }

  private static String describe(Questionnaire q) {
    return "questionnaire '" + q.id() + "' " + q.version() + ": "
        + count(q.allDimensions().count(), "dimension") + ", "
        + count(q.allQuestions().count(), "question") + ", " + count(q.rules().size(), "rule");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private void printText(Io io, Result[] results) {
    PrintWriter out = io.out();
    int passed = 0;
    for (Result r : results) {
      boolean ok = r.passes(strict);
      passed += ok ? 1 : 0;
      StringBuilder line = new StringBuilder(ok ? "OK       " : "INVALID  ").append(r.file);
      if (!r.summary.isEmpty()) {
        line.append("  (").append(r.summary).append(')');
      }
      if (r.kind == Documents.Kind.RESPONSE && !r.summary.equals("response")) {
        line.append(r.checkedAgainst == null
            ? "; checked against the response schema only (give --questionnaire to check the answers)"
            : "; checked against " + r.checkedAgainst);
      }
      out.println(line);
      r.findings.forEach(f -> out.println(Findings.line(f, io.language())));
    }
    if (results.length > 1) {
      out.println(passed + " of " + results.length + " files OK");
    }
  }

  private void printJson(Io io, Result[] results, boolean pass) {
    PrintWriter out = io.out();
    List<String> files = new ArrayList<>();
    for (Result r : results) {
      List<String> findings = new ArrayList<>();
      r.findings.forEach(f -> findings.add(Findings.json(f, io.language())));
      files.add("{\"file\":" + Json.quote(r.file)
          + ",\"kind\":" + Json.quote(r.kind == null ? null : r.kind.label())
          + ",\"ok\":" + r.passes(strict)
          + ",\"summary\":" + Json.quote(r.summary.isEmpty() ? null : r.summary)
          + ",\"checkedAgainst\":" + Json.quote(r.kind == Documents.Kind.RESPONSE && r.checkedAgainst == null
              ? "response schema only" : r.checkedAgainst)
          + ",\"findings\":[" + String.join(",", findings) + "]}");
    }
    out.println("{\"ok\":" + pass + ",\"files\":[" + String.join(",", files) + "]}");
  }
}
