package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.flagship.Flagship;
import dev.selfcheck.panel.Panel;
import dev.selfcheck.panel.PanelAnalysis;
import dev.selfcheck.panel.PanelResult;
import dev.selfcheck.report.WorkshopReport;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.Rational;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code selfcheck panel}: the responses of several respondents analysed together. */
@Command(name = "panel", sortOptions = false,
    header = "Analyse a panel: the responses of several respondents to one questionnaire, together.",
    description = {
        "Reads the RESPONSE documents (JSON or YAML), or one response per line with --jsonl, and "
            + "prints per field the distribution of the respondents' scores (n, mean, median, "
            + "min-max, agreement r_wg(J), band counts), the top of the workshop agenda and the "
            + "knowledge gaps (questions nobody could answer); --format json writes the whole "
            + "panel result (panel-result.schema.json); --format html or markdown the workshop "
            + "report (radar with each field's spread, distributions, groups, the agenda beside the "
            + "recommendations, knowledge gaps; HTML printable on A4). See docs/panels.md.",
        "Responses that do not belong in the panel (another questionnaire or version, a second "
            + "response of a respondent, no respondent) are left out and printed as findings "
            + "with a pointer into the list of responses (/responses/N is the N-th, from 0).",
        "Without RESPONSE and --jsonl, and without --questionnaire, the bundled sample panel "
            + "(eight respondents of a fictional town) is analysed.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  analysed (warnings may be printed)",
        "  1  a response or the questionnaire is invalid, or a response does not belong in the panel",
        "  2  usage error",
        "  3  the output cannot be written (a full disk, a closed pipe, a missing folder)"})
final class PanelCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format { table, json, html, markdown }

  /** How many agenda items the table shows. */
  static final int AGENDA_LINES = 10;

  private static final Pattern MEMBER = Pattern.compile("^/responses/(\\d+)");

  @ParentCommand
  private SelfcheckCommand root;

  @Spec
  private CommandSpec spec;

  @Mixin
  private QuestionnaireOption questionnaire;

  @Mixin
  private LanguageOption language;

  @Parameters(arity = "0..*", paramLabel = "RESPONSE",
      description = "Response documents (JSON or YAML; - for standard input), one per respondent.")
  private List<String> responses = List.of();

  @Option(names = "--jsonl", paramLabel = "FILE|-",
      description = "Read the panel from JSON Lines: one response per line; - for standard input.")
  private String jsonl;

  @Option(names = "--group-by", paramLabel = "group|role", defaultValue = "group",
      description = "Group the respondents by respondent.group or respondent.role (default: ${DEFAULT-VALUE}).")
  private PanelAnalysis.GroupBy groupBy;

  @Option(names = "--anonymous",
      description = "Anonymous mode: groups of fewer than 5 respondents are folded away (else 3).")
  private boolean anonymous;

  @Option(names = "--min-group-size", paramLabel = "N",
      description = "Fold away groups of fewer than N respondents (default: 3, or 5 with --anonymous).")
  private Integer minGroupSize;

  @Option(names = "--format", paramLabel = "table|json|html|markdown", defaultValue = "table",
      description = "table (default): a summary for the terminal; json: the panel result; html, "
          + "markdown: the workshop report, in the --lang language (default: the questionnaire's).")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private String output;

  @Option(names = "--mkdirs", description = "Create the folder of the -o FILE if it does not exist.")
  private boolean mkdirs;

  @Override
  public Integer call() {
    if (!responses.isEmpty() && jsonl != null) {
      throw new ParameterException(spec.commandLine(), "give either RESPONSE files or --jsonl, not both");
    }
    if (responses.isEmpty() && jsonl == null && questionnaire.isGiven()) {
      throw new ParameterException(spec.commandLine(),
          "give RESPONSE files or --jsonl FILE to analyse against " + questionnaire.name());
    }
    if (minGroupSize != null && minGroupSize < 1) {
      throw new ParameterException(spec.commandLine(), "--min-group-size must be at least 1");
    }
    Io io = root.io();
    language.apply(io);
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Questionnaire q = questionnaire.load(io, codec);
    List<String> names = new ArrayList<>();
    List<Response> members = read(io, codec, q, names);
    PanelAnalysis.Builder analysis = PanelAnalysis.builder().groupBy(groupBy).anonymous(anonymous);
    if (minGroupSize != null) {
      analysis.minimumGroupSize(minGroupSize);
    }
    Scorer scorer = ScoringEngine.create().compile(q);
    Panel panel = Panel.of(q, members);
    PanelResult result = analysis.build().analyze(scorer, panel);
    String text = switch (format) {
      case json -> result.toJson() + "\n";
      case html -> workshop(q, result, ReportCommand.language(spec, q, language.given().orElse(null))).toHtml();
      case markdown -> workshop(q, result, ReportCommand.language(spec, q, language.given().orElse(null)))
          .toMarkdown();
      default -> table(q, result);
    };
    Output.write(io, output == null ? "-" : output, mkdirs, text);
    for (Finding f : panel.findings()) {
      io.err().println(source(f, names) + ":" + Findings.line(f, io.language()).substring(1));
    }
    return panel.findings().stream().anyMatch(Finding::isError) ? Failure.INPUT : 0;
  }

  private List<Response> read(Io io, QuestionnaireCodec codec, Questionnaire q, List<String> names) {
    List<Response> members = new ArrayList<>();
    if (jsonl != null) {
      try (Lines lines = Documents.lines(io, jsonl, codec.limits())) {
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
          String name = jsonl + " line " + lines.number();
          members.add(Documents.valid(io, name, codec.readResponse(line, DocumentFormat.JSON, q)));
          names.add(name);
        }
      } catch (IOException e) {
        throw new Failure("cannot read " + jsonl + ": " + Documents.reason(e));
      }
    } else if (responses.isEmpty()) {
      members.addAll(Flagship.samplePanel());
      Flagship.SAMPLE_PANEL_RESOURCES.forEach(r -> names.add("the bundled sample panel " + r));
    } else {
      for (String name : responses) {
        members.add(Documents.readResponse(io, codec, q, name));
        names.add(name);
      }
    }
    return members;
  }

  /**
   * The workshop report of a panel result.
   *
   * @param q the questionnaire
   * @param result the panel result
   * @param language a language the questionnaire offers
   * @return the report
   */
  static WorkshopReport workshop(Questionnaire q, PanelResult result, String language) {
    return WorkshopReport.builder().questionnaire(q).result(result).locale(language).build();
  }

  /** The file (or line) a finding's pointer {@code /responses/N...} points into. */
  private static String source(Finding f, List<String> names) {
    Matcher m = MEMBER.matcher(f.pointer());
    if (m.find()) {
      int index = Integer.parseInt(m.group(1));
      if (index < names.size()) {
        return names.get(index);
      }
    }
    return "panel";
  }

  /**
   * The terminal summary: per field and the total the distribution of the scores and the
   * agreement, then the agenda's top items and the knowledge gaps.
   *
   * @param q the questionnaire
   * @param result the panel result
   * @return the text, ending in a newline
   */
  static String table(Questionnaire q, PanelResult result) {
    StringBuilder sb = new StringBuilder();
    sb.append(heading(result)).append('\n');
    sb.append("groups   ").append(result.groups().isEmpty() ? "(none shown)" : result.groups().stream()
        .map(g -> g.key() + " " + g.size()).collect(Collectors.joining(", "))).append('\n');
    sb.append('\n');
    sb.append(fields(q, result));
    sb.append('\n');
    sb.append("agenda   ").append(result.agenda().size()).append(" questions to discuss")
        .append(result.agenda().size() > AGENDA_LINES ? ", the first " + AGENDA_LINES : "").append('\n');
    result.agenda().stream().limit(AGENDA_LINES).forEach(item -> sb.append(String.format(
        "  %-32s %-14s priority %5s  %s%n", item.questionId(), item.fieldId(),
        decimal(Optional.of(item.priority()), 2),
        item.reasons().stream().map(PanelResult.AgendaReason::jsonName).collect(Collectors.joining(", ")))));
    List<String> gaps = result.questions().stream().filter(PanelResult.QuestionSummary::knowledgeGap)
        .map(PanelResult.QuestionSummary::questionId).toList();
    sb.append("gaps     ").append(gaps.isEmpty() ? "no knowledge gaps"
        : gaps.size() + " question" + (gaps.size() == 1 ? "" : "s") + " nobody could answer: "
            + String.join(", ", gaps)).append('\n');
    return sb.toString();
  }

  /**
   * The first line of the summary.
   *
   * @param result the panel result
   * @return e.g. {@code panel    8 respondents, questionnaire 'welcoming-municipality' 1.0.0}
   */
  static String heading(PanelResult result) {
    return "panel    " + result.respondents() + " respondents, questionnaire '"
        + result.questionnaireId() + "' " + result.questionnaireVersion();
  }

  /**
   * Per field and the total: n, mean, median, min–max, r_wg(J) and the band counts, one line each
   * under a heading line.
   *
   * @param q the questionnaire
   * @param result the panel result
   * @return the lines, each ending in a newline
   */
  static String fields(Questionnaire q, PanelResult result) {
    StringBuilder sb = new StringBuilder();
    List<String> fields = new ArrayList<>();
    q.dimensions().stream().map(Dimension::id).forEach(fields::add);
    fields.add(DimensionResult.TOTAL);
    int width = fields.stream().mapToInt(String::length).max().orElse(5);
    String row = "%-" + width + "s  %3s  %6s  %6s  %-11s  %-8s  %s%n";
    sb.append(String.format(row, "field", "n", "mean", "median", "min-max", "r_wg(J)", "bands"));
    Map<String, PanelResult.Distribution> byId = result.dimensions().stream()
        .collect(Collectors.toMap(PanelResult.Distribution::dimensionId, d -> d));
    Map<String, PanelResult.DimensionAgreement> agreement = result.dimensionAgreement().stream()
        .collect(Collectors.toMap(PanelResult.DimensionAgreement::dimensionId, a -> a));
    for (String id : fields) {
      PanelResult.Distribution d = byId.get(id);
      if (d == null) {
        continue;
      }
      PanelResult.DimensionAgreement a = agreement.get(id);
      String rwgJ = a == null || a.rwgJ().isEmpty() ? "-"
          : decimal(a.rwgJ(), 2) + (a.low() ? " low" : "");
      String bands = d.bands().entrySet().stream()
          .map(e -> (e.getKey().isEmpty() ? "(no band)" : e.getKey()) + " " + e.getValue())
          .collect(Collectors.joining(", "));
      sb.append(String.format(row, id, d.n(), decimal(d.mean(), 1), decimal(d.median(), 1),
          d.min().isEmpty() ? "-" : decimal(d.min(), 1) + "-" + decimal(d.max(), 1), rwgJ,
          bands.isEmpty() ? "-" : bands));
    }
    return sb.toString();
  }

  private static String decimal(Optional<Rational> value, int decimals) {
    return value.map(v -> v.toBigDecimal(decimals).setScale(decimals, RoundingMode.HALF_UP).toPlainString())
        .orElse("-");
  }
}
