package dev.selfcheck.cli.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.schema.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Reading documents named on the command line. "-" is standard input. The format comes from the
 * file name (.yaml/.yml is YAML, .json JSON) or, without one, from the first character ('{' is
 * JSON). The kind of document is found without a full parse: first the "$schema" id (also in a
 * yaml-language-server comment), then the top-level members ("answers" or "questionnaire" make a
 * response, "dimensions" a questionnaire, "total" an assessment).
 */
/** Reads documents named on the command line and tells what kind of document they are. */
final class Documents {

  /** What a document is. */
  enum Kind {
    QUESTIONNAIRE("questionnaire"),
    RESPONSE("response"),
    ASSESSMENT("assessment");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** A document's name as given, its bytes and its format. */
  static final class Source {
    private final String name;
    private final byte[] bytes;
    private final DocumentFormat format;

    Source(String name, byte[] bytes, DocumentFormat format) {
      this.name = name;
      this.bytes = bytes;
      this.format = format;
    }

    String name() {
      return name;
    }

    byte[] bytes() {
      return bytes;
    }

    DocumentFormat format() {
      return format;
    }

    Kind kind() {
      return kindOf(bytes, format);
    }
  }

  private static final Pattern SCHEMA_KIND = Pattern.compile(
      "selfcheck\\.dev/schemas/[^/\\s\"']+/(questionnaire|response|assessment)\\.schema\\.json");
  private static final Pattern YAML_KEY = Pattern.compile(
      "(?m)^[\"']?(answers|questionnaire|dimensions|total)[\"']?\\s*:");
  private static final int SNIFF_CHARS = 4096;

  private Documents() {}

  /**
   * Reads a document, at most one byte more than the codec's size limit: memory is bounded by
   * the limit, not by the input, and a longer document is reported by the codec as too large
   * ({@code DOC-0002}), as if it had been read whole.
   *
   * @param io where {@code -} (standard input) and relative paths come from
   * @param name a path, or {@code -}
   * @param limits the codec's limits
   * @return the document
   * @throws IOException if it cannot be read
   */
  static Source read(Io io, String name, Limits limits) throws IOException {
    byte[] bytes;
    if (name.equals("-")) {
      bytes = readBounded(io.in(), limits);
    } else {
      Path path = io.resolve(name);
      if (Files.isDirectory(path)) {
        throw new IOException("is a directory");
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = readBounded(in, limits);
      }
    }
    return new Source(name, bytes, formatOf(name, bytes));
  }

  /**
   * Reads a stream up to one byte more than the size limit, in plain reads (no seek or size query,
   * which fail on pipes and lie for /dev/zero).
   */
  private static byte[] readBounded(InputStream in, Limits limits) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
  }

  /**
   * Opens a JSON Lines input: a file, or {@code -} for standard input.
   *
   * @param io the I/O
   * @param name a path, or {@code -}
   * @param limits the codec's limits; no line is kept beyond its size limit
   * @return the lines
   * @throws IOException if the file cannot be opened
   */
  static Lines lines(Io io, String name, Limits limits) throws IOException {
    if (name.equals("-")) {
      return new Lines(io.in(), false, limits.maxDocumentBytes());
    }
    Path path = io.resolve(name);
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    return new Lines(Files.newInputStream(path), true, limits.maxDocumentBytes());
  }

  /**
   * The size of a file, for a progress bar.
   *
   * @param io the I/O
   * @param name a path, or {@code -}
   * @return its size in bytes, or -1 if unknown (standard input, a pipe, a device)
   */
  static long size(Io io, String name) {
    if (name.equals("-")) {
      return -1;
    }
    Path path = io.resolve(name);
    try {
      return Files.isRegularFile(path) ? Files.size(path) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Reads a document, or ends the command with a clear line.
   *
   * @param io the I/O
   * @param name a path, or {@code -}
   * @param limits the codec's limits
   * @return the document
   * @throws Failure if it cannot be read
   */
  static Source readOrFail(Io io, String name, Limits limits) {
    try {
      return read(io, name, limits);
    } catch (IOException e) {
      throw new Failure("cannot read " + name + ": " + reason(e));
    }
  }

  /**
   * Reads a response and checks it against its questionnaire; warnings go to standard error.
   *
   * @param io the I/O
   * @param codec the codec
   * @param questionnaire the questionnaire the response answers
   * @param name a path, or {@code -}
   * @return the response
   * @throws Failure if it cannot be read or has errors
   */
  static Response readResponse(Io io, QuestionnaireCodec codec, Questionnaire questionnaire, String name) {
    Source source = readOrFail(io, name, codec.limits());
    return valid(io, name, codec.readResponse(source.bytes(), source.format(), questionnaire));
  }

  /**
   * The model of a result without errors; its warnings go to standard error.
   *
   * @param io the I/O
   * @param name the document's name, as given
   * @param result what reading gave
   * @param <T> the model type
   * @return the model
   * @throws Failure if the result has errors
   */
  static <T> T valid(Io io, String name, DecodeResult<T> result) {
    if (!result.isValid()) {
      throw Failure.invalid(io, name, result.findings());
    }
    for (Finding warning : result.warnings()) {
      io.err().println(name + ":" + Findings.line(warning, io.language()).substring(1));
    }
    return result.orElseThrow();
  }

  /**
   * The finding for a document that cannot be read.
   *
   * @param e what went wrong
   * @return a {@code DOC-0050} error for the whole document
   */
  static Finding unreadable(IOException e) {
    return DocumentProblem.UNREADABLE.at("", reason(e));
  }

  /**
   * Says what went wrong with a file in a few words.
   *
   * @param e the exception
   * @return e.g. {@code no such file}
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Tells whether a file holds JSON Lines, by its name.
   *
   * @param name a file name, or null
   * @return true for names ending in {@code .jsonl} or {@code .ndjson}
   */
  static boolean isJsonLines(String name) {
    String lower = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  static DocumentFormat formatOf(String name, byte[] bytes) {
    if (!name.equals("-")) {
      var byName = DocumentFormat.fromFileName(name);
      if (byName.isPresent()) {
        return byName.get();
      }
    }
    for (byte b : bytes) {
      if (b == '{' || b == '[') {
        return DocumentFormat.JSON;
      }
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB
          && b != (byte) 0xBF) {
        return DocumentFormat.YAML;
      }
    }
    return DocumentFormat.JSON;
  }

  static Kind kindOf(byte[] bytes, DocumentFormat format) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), StandardCharsets.UTF_8);
    Matcher m = SCHEMA_KIND.matcher(head);
    if (m.find()) {
      return Kind.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
    }
    Set<String> keys = new LinkedHashSet<>();
    if (format == DocumentFormat.YAML) {
      Matcher k = YAML_KEY.matcher(new String(bytes, StandardCharsets.UTF_8));
      while (k.find()) {
        keys.add(k.group(1));
      }
    } else {
      keys = topLevelMembers(new String(bytes, StandardCharsets.UTF_8));
    }
    if (keys.contains("answers") || keys.contains("questionnaire")) {
      return keys.contains("total") ? Kind.ASSESSMENT : Kind.RESPONSE;
    }
    return Kind.QUESTIONNAIRE;
  }

  /** The member names of a JSON text's root object; tolerant of broken documents. */
  private static Set<String> topLevelMembers(String json) {
    Set<String> names = new LinkedHashSet<>();
    int depth = 0;
    boolean expectName = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        int end = i + 1;
        StringBuilder s = new StringBuilder();
        while (end < json.length() && json.charAt(end) != '"') {
          if (json.charAt(end) == '\\') {
            end++;
          }
          if (end < json.length()) {
            s.append(json.charAt(end));
          }
          end++;
        }
        if (depth == 1 && expectName) {
          names.add(s.toString());
        }
        expectName = false;
        i = end;
      } else if (c == '{' || c == '[') {
        depth++;
        expectName = c == '{' && depth == 1;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 1) {
        expectName = true;
      }
    }
    return names;
  }
}
