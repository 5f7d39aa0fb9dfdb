package dev.selfcheck.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Structural checks of a Markdown page that a renderer forgives silently: code fences that are
 * never closed (the rest of the page becomes code, or the next block's opening fence closes this
 * one) and links to files or headings that do not exist. Links are found with CommonMark, so
 * links inside code are not links; anchors are GitHub's heading ids.
 */
final class MarkdownChecks {

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*(\\S*).*$");
  private static final Parser PARSER = Parser.builder().build();

  private MarkdownChecks() {}

  /**
   * Problems with the code fences of a page: a block still open at the end of the page, or a
   * fence with a language (which can only open a block) inside an open block.
   *
   * @param text the Markdown text
   * @return one line per problem, naming the line numbers; empty when all blocks are closed
   */
  static List<String> unclosedBlocks(String text) {
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    String open = null;
    int openedAt = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = FENCE.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      String fence = m.group(1);
      if (open == null) {
        open = fence;
        openedAt = i + 1;
      } else if (!m.group(2).isEmpty()) {
        problems.add("line " + openedAt + ": the code block is not closed before line " + (i + 1)
            + " opens another (" + lines[i].strip() + ")");
        open = fence;
        openedAt = i + 1;
      } else if (fence.charAt(0) == open.charAt(0) && fence.length() >= open.length()) {
        open = null;
      }
    }
    if (open != null) {
      problems.add("line " + openedAt + ": the code block is never closed");
    }
    return problems;
  }

  /**
   * Links of a page that point at a local file that does not exist, or at a heading that no
   * Markdown page (the same one for {@code #anchor}) has. External links are not followed.
   *
   * @param page the Markdown file; relative links are resolved against its directory
   * @param text its text
   * @return one line per dead link, naming the link; empty when every local link resolves
   */
  static List<String> deadLinks(Path page, String text) throws java.io.IOException {
    List<String> problems = new ArrayList<>();
    for (String destination : links(text)) {
      if (destination.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
        continue;  // https:, mailto: and other schemes
      }
      int hash = destination.indexOf('#');
      String file = hash < 0 ? destination : destination.substring(0, hash);
      String anchor = hash < 0 ? null : destination.substring(hash + 1);
      if (file.isEmpty()) {
        if (anchor != null && !anchors(text).contains(anchor)) {
          problems.add("link " + destination + ": " + page.getFileName() + " has no heading #" + anchor);
        }
        continue;
      }
      Path target = page.toAbsolutePath().getParent().resolve(file).normalize();
      if (!Files.exists(target)) {
        problems.add("link " + destination + ": " + file + " does not exist");
      } else if (anchor != null && target.toString().endsWith(".md")
          && !anchors(Files.readString(target)).contains(anchor)) {
        problems.add("link " + destination + ": " + target.getFileName() + " has no heading #" + anchor);
      }
    }
    return problems;
  }

  /** The link destinations of a page, in order, without duplicates. */
  static Set<String> links(String text) {
    Set<String> links = new LinkedHashSet<>();
    PARSER.parse(text).accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        links.add(link.getDestination());
        visitChildren(link);
      }
    });
    return links;
  }

  /** The ids that GitHub gives the headings of a page ("1. Write it" is {@code 1-write-it}). */
  static Set<String> anchors(String text) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    PARSER.parse(text).accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        String slug = plainText(heading).toLowerCase(Locale.ROOT).strip()
            .replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
        int n = seen.merge(slug, 1, Integer::sum);
        anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
      }
    });
    return anchors;
  }

  private static String plainText(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        out.append(code.getLiteral());
      }
    });
    return out.toString();
  }
}
