package dev.selfcheck.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code selfcheck} command: holds the subcommands, the I/O they share, the inherited
 * {@code --help}, {@code --version} and {@code --debug} options, and the handler that turns
 * failures into one clear line and an exit code.
 */
@Command(name = "selfcheck",
    mixinStandardHelpOptions = true,
    versionProvider = SelfcheckCommand.Version.class,
    scope = ScopeType.INHERIT,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Self-assessments from the command line: validate, score, generate, report, lint, test, diff, migrate.",
    description = {
        "Without a questionnaire argument every command uses the bundled flagship self-check "
            + "(\"welcoming municipality\").",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  invalid input: a document with errors, an unreadable file, a bad line",
        "  2  usage error: unknown command or option, missing argument",
        "  3  output cannot be written: a full disk, a closed pipe, a missing folder (see --mkdirs)",
        "  130, 143  interrupted (SIGINT, SIGTERM); a batch on standard output ends with an "
            + "{\"incomplete\":true,...} record",
        "",
        "'selfcheck COMMAND --help' shows a command's options; see also docs/cli.md."},
    subcommands = {
        ValidateCommand.class,
        ScoreCommand.class,
        GenerateCommand.class,
        ReportCommand.class,
        SchemaCommand.class,
        LintCommand.class,
        TestCommand.class,
        PanelCommand.class,
        DiffCommand.class,
        MigrateCommand.class,
        ConvertCommand.class,
        DemoCommand.class})
public final class SelfcheckCommand {

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an unexpected error, print the stack trace too.")
  private boolean debug;

  private final Io io;

  private SelfcheckCommand(Io io) {
    this.io = io;
  }

  /**
   * The command line of the tool, writing to the given I/O.
   *
   * @param io the streams, environment and working directory to use
   * @return a command line to {@code execute(args)}
   */
  public static CommandLine commandLine(Io io) {
    SelfcheckCommand root = new SelfcheckCommand(io);
    CommandLine cl = new CommandLine(root);
    cl.setOut(io.out());
    cl.setErr(io.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(root::handle);
    return cl;
  }

  /**
   * Runs the tool and makes sure that what it wrote reached standard output: a write failure
   * (a closed pipe, a full disk) is exit code 3 with a line naming it, never success.
   *
   * @param io the streams, environment and working directory to use
   * @param args the command line
   * @return the exit code
   */
  public static int run(Io io, String... args) {
    int exitCode = commandLine(io).execute(args);
    io.close();
    IOException failure = io.outFailure();
    if (failure != null && exitCode == Failure.OUTPUT) {
      return exitCode;
    }
    if (failure != null) {
      io.err().println("selfcheck: cannot write standard output: " + Documents.reason(failure));
      io.err().flush();
      return Failure.OUTPUT;
    }
    return exitCode;
  }

  Io io() {
    return io;
  }

  private int handle(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (e instanceof Failure) {
      ((Failure) e).lines().forEach(err::println);
      err.flush();
      return ((Failure) e).exitCode();
    } else {
      err.println("selfcheck " + command.getCommandName() + ": error: " + describe(e)
          + (debug ? "" : " (--debug shows the stack trace)"));
      if (debug) {
        e.printStackTrace(err);
      }
    }
    err.flush();
    return 1;
  }

  private static String describe(Throwable e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = t.getMessage();
    String type = t.getClass().getSimpleName();
    return message == null || message.isBlank() ? type
        : t instanceof RuntimeException && !(t instanceof UncheckedIOException) ? message
        : type + ": " + message;
  }

  /** Reads the version that the build wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("/dev/selfcheck/cli/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
          "selfcheck " + p.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
  }
}
