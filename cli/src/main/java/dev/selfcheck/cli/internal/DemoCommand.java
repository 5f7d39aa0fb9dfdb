package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.report.Report;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code selfcheck demo}: the flagship self-check and its sample response, end to end. */
@Command(name = "demo", sortOptions = false,
    header = "Run the bundled flagship self-check end to end: validate, score, write the HTML report.",
    description = {
        "Validates the flagship questionnaire and its sample response (a fictional municipality's "
            + "integration office), scores it, writes the HTML report (with the radar chart) and "
            + "prints its path and the terminal table; then analyses the sample panel (eight "
            + "respondents of the same town), prints each field's spread and writes its workshop "
            + "report ('selfcheck panel' shows more).",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done", "  1  the bundled content is invalid", "  2  usage error",
        "  3  the report cannot be written (a full disk, a missing folder)"})
final class DemoCommand implements Callable<Integer> {

  @ParentCommand
  private SelfcheckCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the report: de or en (default: de, the questionnaire's language).")
  private String lang;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "selfcheck-report.html",
      description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  private String output;

  @Option(names = "--workshop", paramLabel = "FILE", defaultValue = "selfcheck-workshop.html",
      description = "Where to write the sample panel's workshop report (HTML; default: ${DEFAULT-VALUE}).")
  private String workshop;

  @Option(names = "--mkdirs", description = "Create the folders of the -o and --workshop FILEs if they do not exist.")
  private boolean mkdirs;

  @Override
  public Integer call() {
    Io io = root.io();
    PrintWriter out = io.out();
    Questionnaire q = Flagship.questionnaire();
    String language = ReportCommand.language(spec, q, lang);
    io.language(LanguageOption.parse(spec, language));
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Response r = Flagship.sampleResponse();
    check(io, "questionnaire '" + q.id() + "' " + q.version() + ": "
        + q.allDimensions().count() + " dimensions, " + q.allQuestions().count() + " questions",
        codec.validate(q));
    check(io, "sample response" + r.respondent().map(p -> " of '" + p.id() + "'").orElse("")
        + ": " + r.answers().size() + " answers", codec.validate(r, q));
    Scorer scorer = ScoringEngine.create().compile(q);
    Assessment a = scorer.score(r);
    Report report = ReportCommand.report(q, a, r, scorer, language, null);
    Path html = Output.write(io, output, mkdirs, report.toHtml());
    out.println("report   " + html);
    out.println();
    out.print(ReportCommand.terminal(io, report, true));
    out.println();
    samplePanel(io, codec, q, scorer, language);
    return 0;
  }

  /** Validates and analyses the sample panel, prints each field's spread, writes its workshop report. */
  private void samplePanel(Io io, QuestionnaireCodec codec, Questionnaire q, Scorer scorer, String language) {
    PrintWriter out = io.out();
    List<Response> members = Flagship.samplePanel();
    check(io, "sample panel: " + members.size() + " respondents",
        members.stream().flatMap(m -> codec.validate(m, q).stream()).toList());
    PanelResult result = PanelAnalysis.create().analyze(scorer, Panel.of(q, members));
    Path html = Output.write(io, workshop, mkdirs, PanelCommand.workshop(q, result, language).toHtml());
    out.println(PanelCommand.heading(result) + " (selfcheck panel shows the agenda and more)");
    out.println();
    out.print(PanelCommand.fields(q, result));
    out.println();
    out.println("workshop " + html);
  }

  /** Prints the outcome of a check; ends the demo when the bundled content has errors. */
  private static void check(Io io, String what, List<Finding> findings) {
    PrintWriter out = io.out();
    if (findings.stream().anyMatch(Finding::isError)) {
      throw Failure.invalid(io, "bundled " + what, findings);
    }
    out.println("OK       " + what);
    findings.forEach(f -> out.println(Findings.line(f, io.language())));
  }
}
