package dev.selfcheck.report;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void scratch() throws Exception {
    var f = Fixtures.sevenFields();
    Report de = f.fullReport().build();
    Files.writeString(Path.of("target/scratch-de.html"), de.toHtml());
    Report en = f.fullReport().locale("en").linkBase(URI.create("https://portal.example.org/selfcheck/")).build();
    Files.writeString(Path.of("target/scratch-en.html"), en.toHtml());
    Files.writeString(Path.of("target/scratch.md"), de.toMarkdown());
    Files.writeString(Path.of("target/scratch.txt"), de.toTerminal(100, false) + "\n" + en.toTerminal(60, true));
  }
}
