package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.report.Report;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code selfcheck report}: renders an assessment as a terminal table, Markdown or HTML. */
@Command(name = "report", sortOptions = false,
    header = "Render an assessment as a terminal table, Markdown or a self-contained HTML page.",
    description = {
        "ASSESSMENT is an assessment document (what 'selfcheck score' writes). A --response adds "
            + "its answers, comments, evidence and the improvement potential; with only a "
            + "--response, it is scored first. With neither (and no --questionnaire) the bundled "
            + "sample response is scored.",
        "The terminal table is as wide as $COLUMNS, else as the terminal (else 100 columns), "
            + "and coloured only on a terminal (not when NO_COLOR is set). The format defaults to "
            + "html for an -o FILE ending in .html, markdown for .md, else terminal.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  rendered", "  1  a document is invalid or cannot be read",
        "  2  usage error (e.g. a language the questionnaire does not offer)",
        "  3  the output cannot be written (a full disk, a closed pipe, a missing folder)"})
final class ReportCommand implements Callable<Integer> {

  /** An output format of the report. */
  enum Format { terminal, markdown, html }

  static final int DEFAULT_WIDTH = 100;

  @ParentCommand
  private SelfcheckCommand root;

  @Spec
  private CommandSpec spec;

  @Mixin
  private QuestionnaireOption questionnaire;

  @Option(names = {"-r", "--response"}, paramLabel = "RESPONSE",
      description = "The response that was scored (JSON or YAML).")
  private String response;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "One of: ${COMPLETION-CANDIDATES} (default: from -o, else terminal).")
  private Format format;

  @Option(names = "--lang", paramLabel = "LANG",
      description = "Language of the report, e.g. de or en (default: the questionnaire's default language).")
  private String lang;

  @Option(names = "--link-base", paramLabel = "URL",
      description = "Absolute address that the recommendations' relative links are resolved against.")
  private String linkBase;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private String output;

  @Option(names = "--mkdirs", description = "Create the folder of the -o FILE if it does not exist.")
  private boolean mkdirs;

  @Parameters(arity = "0..1", paramLabel = "ASSESSMENT",
      description = "Assessment document (JSON; - for standard input).")
  private String assessment;

  @Override
  public Integer call() {
    URI base = linkBase == null ? null : linkBase(spec, linkBase);
    if (assessment == null && response == null && questionnaire.isGiven()) {
      throw new ParameterException(spec.commandLine(),
          "give an ASSESSMENT or a --response to report on " + questionnaire.name());
    }
    Io io = root.io();
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire q = questionnaire.load(io, codec);
    String language = language(spec, q, lang);
    io.language(LanguageOption.parse(spec, language));
    Scorer scorer = ScoringEngine.create().compile(q);
    Response r = response != null ? Documents.readResponse(io, codec, q, response)
        : assessment == null ? Flagship.sampleResponse() : null;
    Assessment a;
    if (assessment != null) {
      byte[] bytes = Documents.readOrFail(io, assessment, codec.limits()).bytes();
      a = Documents.valid(io, assessment, codec.readAssessment(bytes, q));
    } else {
      a = scorer.score(r);
    }
    Report report = report(q, a, r, scorer, language, base);
    Format f = format != null ? format : formatOf(output);
    String text;
    switch (f) {
      case html:
        text = report.toHtml();
        break;
      case markdown:
        text = report.toMarkdown();
        break;
      default:
        text = terminal(io, report, output == null);
    }
    Output.write(io, output == null ? "-" : output, mkdirs, text.endsWith("\n") ? text : text + "\n");
    return 0;
  }

  private static Format formatOf(String output) {
    String name = output == null ? "" : output.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") ? Format.html
        : name.endsWith(".md") || name.endsWith(".markdown") ? Format.markdown : Format.terminal;
  }

  /**
   * A language the questionnaire offers, or a usage error.
   *
   * @param spec the command, for the error
   * @param q the questionnaire
   * @param lang the language asked for, or null for the default
   * @return the language
   */
  static String language(CommandSpec spec, Questionnaire q, String lang) {
    if (lang == null) {
      return q.defaultLocale();
    }
    if (!lang.equals(q.defaultLocale()) && !q.locales().contains(lang)) {
      throw new ParameterException(spec.commandLine(), "--lang " + lang + ": questionnaire '" + q.id()
          + "' is written in " + q.defaultLocale()
          + (q.locales().isEmpty() ? "" : " and " + String.join(", ", q.locales())));
    }
    return lang;
  }

  private static URI linkBase(CommandSpec spec, String text) {
    try {
      URI uri = new URI(text);
      if (uri.isAbsolute()) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ParameterException(spec.commandLine(),
        "--link-base must be an absolute address such as https://example.org/selfcheck/, but was " + text);
  }

  /**
   * Builds the report.
   *
   * @param q the questionnaire
   * @param a the assessment
   * @param r the response, or null
   * @param scorer the compiled questionnaire, for the improvements
   * @param language the language
   * @param linkBase the link base, or null
   * @return the report
   */
  static Report report(Questionnaire q, Assessment a, Response r, Scorer scorer, String language, URI linkBase) {
    Report.Builder builder = Report.builder().questionnaire(q).assessment(a).locale(language);
    if (r != null) {
      builder.response(r).improvements(scorer.improvements(r));
    }
    if (linkBase != null) {
      builder.linkBase(linkBase);
    }
    return builder.build();
  }

  /**
   * The terminal table: {@code $COLUMNS} wide, else as wide as the terminal that standard output
   * is, else 100 columns (at least 40), coloured only on a terminal and when {@code NO_COLOR} is
   * not set.
   *
   * @param io the I/O
   * @param report the report
   * @param toStandardOutput whether the table goes to standard output
   * @return the table
   */
  static String terminal(Io io, Report report, boolean toStandardOutput) {
    int width = toStandardOutput && io.outIsTerminal() && io.terminalWidth() > 0 ? io.terminalWidth()
        : DEFAULT_WIDTH;
    String columns = io.env("COLUMNS");
    if (columns != null) {
      try {
        width = Integer.parseInt(columns.trim());
      } catch (NumberFormatException e) {
        // the terminal's width, or the default
      }
    }
    width = Math.max(40, width);
    boolean colour = toStandardOutput && io.outIsTerminal() && io.env("NO_COLOR") == null;
    return report.toTerminal(width, colour);
  }
}
