package dev.selfcheck.cli;

import dev.selfcheck.cli.internal.Io;
import dev.selfcheck.cli.internal.SelfcheckCommand;
import org.apiguardian.api.API;

/**
 * Starts the {@code selfcheck} command-line tool: {@code validate}, {@code score},
 * {@code generate}, {@code report}, {@code schema} and {@code demo}.
 *
 * <p>Run {@code selfcheck --help} for the commands, and {@code selfcheck COMMAND --help} for one
 * of them. Exit codes: 0 success, 1 invalid input (or findings with errors), 2 usage error, 3
 * output that cannot be written, 130 and 143 interrupted (SIGINT, SIGTERM).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Main {

  private Main() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would fall back to java.util.logging
    // and print a start-up line; route it to SLF4J, whose no-op binding is on the class path.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    System.exit(SelfcheckCommand.run(Io.system(), args));
  }
}
