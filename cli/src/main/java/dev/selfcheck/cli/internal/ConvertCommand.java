package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.surveyjs.Conversion;
import dev.selfcheck.surveyjs.Loss;
import dev.selfcheck.surveyjs.SurveyJs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code selfcheck convert}: questionnaires and responses to and from SurveyJS, with the loss report. */
@Command(name = "convert", sortOptions = false,
    header = "Convert questionnaires and responses to and from SurveyJS JSON, printing what could not be carried.",
    description = {
        "--to surveyjs reads a selfcheck questionnaire (JSON or YAML) and writes a SurveyJS survey; "
            + "given a response, it writes a SurveyJS result (survey.data) for the questionnaire of -q. "
            + "--to selfcheck reads a SurveyJS survey and writes a questionnaire; with -q it reads a "
            + "SurveyJS result and writes a response to that questionnaire. The loss report goes to "
            + "standard error, one line per loss with pointers into both documents "
            + "(docs/interop-surveyjs.md has the mapping table). SurveyJS expressions are parsed, never run.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  converted (losses are reported, not failures)", "  1  the input cannot be read or converted",
        "  2  usage error", "  3  the output cannot be written"})
final class ConvertCommand implements Callable<Integer> {

  /** The formats converted to. */
  enum Target { surveyjs, selfcheck }

  @ParentCommand
  private SelfcheckCommand root;

  @Mixin
  private LanguageOption language;

  @Parameters(index = "0", paramLabel = "IN", description = "The document to convert (- for standard input).")
  private String input;

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "surveyjs or selfcheck.")
  private Target target;

  @Mixin
  private QuestionnaireOption questionnaire;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  private String output;

  @Option(names = "--mkdirs", description = "Create the folder of the -o FILE if it does not exist.")
  private boolean mkdirs;

  @Override
  public Integer call() {
    Io io = root.io();
    language.apply(io);
    QuestionnaireCodec codec = QuestionnaireCodec.create();
    Documents.Source source = Documents.readOrFail(io, input, codec.limits());
    String what;
    Conversion<String> converted;
    if (target == Target.surveyjs) {
      if (source.kind() == Documents.Kind.RESPONSE) {
        Questionnaire q = questionnaire.load(io, codec);
        Response response = Documents.valid(io, input, codec.readResponse(source.bytes(), source.format(), q));
        what = "response";
        converted = SurveyJs.exportResult(q, response);
      } else {
        what = "questionnaire";
        converted = SurveyJs.exportSurvey(Documents.valid(io, input, codec.readQuestionnaire(source.bytes(), source.format())));
      }
    } else {
      String text = new String(source.bytes(), StandardCharsets.UTF_8);
      if (questionnaire.isGiven()) {
        what = "SurveyJS result";
        Conversion<Response> read = SurveyJs.importResult(questionnaire.load(io, codec), text);
        converted = Conversion.of(read.value().map(codec::writeResponse).orElse(null), read.losses());
      } else {
        what = "SurveyJS survey";
        Conversion<Questionnaire> read = SurveyJs.importSurvey(text);
        converted = Conversion.of(read.value().map(codec::writeQuestionnaire).orElse(null), read.losses());
      }
    }
    report(io, what, converted.losses());
    if (converted.value().isEmpty()) {
      return Failure.INPUT;
    }
    try (Output out = Output.open(io, output, mkdirs)) {
      out.write(converted.value().get());
      out.commit();
    }
    return 0;
  }

  private void report(Io io, String what, List<Loss> losses) {
    long errors = losses.stream().filter(l -> l.finding().isError()).count();
    io.err().println(String.format(Locale.ROOT, "%s %s (%s) to %s: %d %s", losses.isEmpty() ? "LOSSLESS" : "LOSSY",
        input, what, target, losses.size(), losses.size() == 1 ? "loss" : "losses")
        + (errors > 0 ? String.format(Locale.ROOT, ", %d %s", errors, errors == 1 ? "error" : "errors") : ""));
    for (Loss loss : losses) {
      Finding f = loss.finding();
      io.err().println(Findings.line(f, io.language()) + "  -> '" + loss.target() + "'");
    }
  }
}
