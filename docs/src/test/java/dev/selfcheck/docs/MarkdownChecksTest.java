package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that {@link DocumentationSnippetsTest} runs on every page find what they promise. */
class MarkdownChecksTest {

  @TempDir
  Path dir;

  @Test
  void should_report_the_block_when_a_fence_opens_inside_an_open_block() {
    // GIVEN the mistake that once hid a section of testing-rule-sets.md
    String text = String.join("\n", "# Page", "", "```java", "int x = 1;", "```text", "output", "```", "");
    // WHEN
    var problems = MarkdownChecks.unclosedBlocks(text);
    // THEN
    then(problems).containsExactly(
        "line 3: the code block is not closed before line 5 opens another (```text)");
  }

  @Test
  void should_report_the_block_when_a_page_ends_inside_it() {
    // GIVEN
    String text = String.join("\n", "```sh", "ls", "```", "", "```", "never closed");
    // WHEN
    var problems = MarkdownChecks.unclosedBlocks(text);
    // THEN
    then(problems).containsExactly("line 5: the code block is never closed");
  }

  @Test
  void should_accept_blocks_when_every_one_is_closed() {
    // GIVEN a longer closing fence and a block of another fence character
    String text = String.join("\n", "```java", "a", "````", "~~~", "```", "~~~", "```", "plain", "```");
    // WHEN
    var problems = MarkdownChecks.unclosedBlocks(text);
    // THEN
    then(problems).isEmpty();
  }

  @Test
  void should_report_missing_files_and_headings_when_local_links_are_dead() throws IOException {
    // GIVEN
    Files.writeString(dir.resolve("other.md"), "# Other page\n\n## 1. Write scenarios, `then` run\n");
    Path page = dir.resolve("page.md");
    String text = String.join("\n",
        "# Page", "## Install it",
        "[ok](other.md#1-write-scenarios-then-run) [ok](#install-it) [ok](https://example.org/x#y)",
        "[bad file](missing.md) [bad heading](other.md#use-it-from-java) [bad here](#nowhere)",
        "", "```", "[in code](ignored.md)", "```", "");
    // WHEN
    var problems = MarkdownChecks.deadLinks(page, text);
    // THEN
    then(problems).containsExactly(
        "link missing.md: missing.md does not exist",
        "link other.md#use-it-from-java: other.md has no heading #use-it-from-java",
        "link #nowhere: page.md has no heading #nowhere");
  }

  @Test
  void should_number_repeated_headings_when_giving_anchors() {
    // GIVEN
    String text = "# Notes\n\n## Example\n\n## Example\n";
    // WHEN
    var anchors = MarkdownChecks.anchors(text);
    // THEN
    then(anchors).containsExactly("notes", "example", "example-1");
  }
}
