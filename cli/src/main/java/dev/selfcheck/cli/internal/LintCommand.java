package dev.selfcheck.cli.internal;

import dev.selfcheck.analysis.QuestionnaireAnalysis;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Severity;
import dev.selfcheck.editions.VersionDiff;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code selfcheck lint}: static analysis of questionnaires and their rule sets. */
@Command(name = "lint", sortOptions = false,
    header = "Analyse questionnaires: dead questions, zero weights, rules that never or always fire, "
        + "contradictions, band gaps, hideable required questions, missing translations.",
    description = {
        "Each QUESTIONNAIRE is read and validated like 'validate' does, then analysed "
            + "(QuestionnaireAnalysis). Without arguments the bundled flagship is analysed. "
            + "Findings are printed with code, severity and JSON Pointer; docs/analysis.md "
            + "explains every ANA code. With --previous, each QUESTIONNAIRE is also compared with "
            + "the previous version: a version number too small for the changes is EDI-0001 or "
            + "EDI-0002 (docs/editions.md).",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  no errors (warnings too with --strict)", "  1  a questionnaire has errors or cannot be read",
        "  2  usage error"})
final class LintCommand implements Callable<Integer> {

  @ParentCommand
  private SelfcheckCommand root;

  @Mixin
  private LanguageOption language;

  @Option(names = "--strict", description = "Warnings fail too (exit 1).")
  private boolean strict;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (one JSON object per questionnaire).")
  private ValidateCommand.Format format;

  @Option(names = "--previous", paramLabel = "OLD",
      description = "The previous version of the questionnaires: report a version number too small for the changes.")
  private String previous;

  @Parameters(arity = "0..*", paramLabel = "QUESTIONNAIRE",
      description = "Questionnaire documents (JSON or YAML; - for standard input).")
  private List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    Io io = root.io();
    language.apply(io);
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire before = previous == null ? null : DiffCommand.read(io, codec, previous);
    boolean failed = false;
    if (files.isEmpty()) {
      failed = print(io, "the bundled flagship", QuestionnaireAnalysis.of(Flagship.questionnaire()).allFindings());
    }
    for (String name : files) {
      List<Finding> findings;
      try {
        Documents.Source source = Documents.read(io, name, codec.limits());
        DecodeResult<Questionnaire> read = codec.readQuestionnaire(source.bytes(), source.format());
        findings = read.isValid()
            ? merge(read.findings(), QuestionnaireAnalysis.of(read.orElseThrow()).findings())
            : read.findings();
        if (before != null && read.isValid()) {
          findings = merge(findings, VersionDiff.between(before, read.orElseThrow()).findings());
        }
      } catch (java.io.IOException e) {
        findings = List.of(Documents.unreadable(e));
      }
      failed |= print(io, name, findings);
    }
    return failed ? 1 : 0;
  }

  /** What reading found (schema, constraints, validate()) and what the analysis adds. */
  private static List<Finding> merge(List<Finding> read, List<Finding> analysis) {
    List<Finding> all = new ArrayList<>(read);
    all.addAll(analysis);
    all.sort(Finding.DOCUMENT_ORDER);
    return all;
  }

  private boolean print(Io io, String name, List<Finding> findings) {
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    boolean failed = errors > 0 || (strict && warnings > 0);
    if (format == ValidateCommand.Format.json) {
      StringBuilder sb = new StringBuilder("{\"file\":").append(Json.quote(name))
          .append(",\"valid\":").append(!failed).append(",\"findings\":[");
      for (int i = 0; i < findings.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(Findings.json(findings.get(i), io.language()));
      }
      io.out().println(sb.append("]}"));
    } else {
      io.out().println(String.format(Locale.ROOT, "%-8s %s  (%s, %s, %s)", failed ? "FAILED" : "OK", name,
          count(errors, "error"), count(warnings, "warning"), count(findings.size() - errors - warnings, "note")));
      findings.forEach(f -> io.out().println(Findings.line(f, io.language())));
    }
    return failed;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
