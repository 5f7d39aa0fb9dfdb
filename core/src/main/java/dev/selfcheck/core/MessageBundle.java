package dev.selfcheck.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The message texts of one module in every language it ships, for rendering codes with arguments
 * (findings, reasons) in the reader's locale.
 *
 * <p>A bundle is a set of UTF-8 properties files beside a class of the module: {@code
 * <name>.properties} holds the English texts and is the fallback for every key, {@code
 * <name>_<language>.properties} (such as {@code messages_de.properties}) a language, and {@code
 * <name>_<language>_<COUNTRY>.properties} a regional variant. A text is found in the most specific
 * file that has its key. Adding a language is adding one file per module; see {@code
 * docs/findings.md}.
 *
 * <p>Texts have the placeholders {@code {0}}, {@code {1}}, ... for their arguments, nothing else
 * (no {@link java.text.MessageFormat} quoting, so an apostrophe is written as it is). Numbers
 * ({@link BigDecimal} arguments) are written by {@link #number}, the one place that chooses the
 * decimal separator, for the language of the text found (an English fallback writes points); {@link Localized} arguments in the reader's language; every other argument by
 * {@link String#valueOf}.
 *
 * <p>Thread-safe; files are read once per locale.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class MessageBundle {

  private final Function<String, InputStream> open;
  private final String name;
  private final Map<String, List<File>> byLocale = new ConcurrentHashMap<>();

  /** One properties file and the language its texts are in ({@code ""} for English). */
  private record File(String language, Properties texts) {}

  private MessageBundle(Function<String, InputStream> open, String name) {
    this.open = open;
    this.name = name;
  }

  /**
   * A bundle whose files a module opens itself (resources of a named module are visible to the
   * module only), such as {@code MessageBundle.of(Messages.class::getResourceAsStream,
   * "messages")}.
   *
   * @param open opens a file of the bundle by its name relative to the bundle's package, returning
   *     null if it does not exist
   * @param name the base name of the files, such as {@code messages}
   * @return the bundle
   * @throws IllegalStateException if the English file is missing
   */
  public static MessageBundle of(Function<String, InputStream> open, String name) {
    MessageBundle bundle = new MessageBundle(Objects.requireNonNull(open, "open"),
        Objects.requireNonNull(name, "name"));
    if (bundle.files(Locale.ROOT).isEmpty()) {
      throw new IllegalStateException("message bundle '" + name + ".properties' is missing");
    }
    return bundle;
  }

  /**
   * Renders a text.
   *
   * @param key the text's key
   * @param locale the reader's locale
   * @param arguments the values of {@code {0}}, {@code {1}}, ...
   * @return the text in the locale's language, else in English
   * @throws IllegalArgumentException if no file has the key
   */
  public String format(String key, Locale locale, Object... arguments) {
    File file = file(key, locale);
    String text = file.texts().getProperty(key);
    // Numbers follow the language of the text that was found: an English fallback gets points.
    Locale language = file.language().isEmpty() ? Locale.ROOT : locale;
    StringBuilder out = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i) : -1;
      if (close > i + 1 && digits(text, i + 1, close)) {
        int index = Integer.parseInt(text.substring(i + 1, close));
        if (index >= arguments.length) {
          throw new IllegalArgumentException("text '" + key + "' needs argument {" + index + "}, got "
              + arguments.length + " arguments");
        }
        out.append(argument(arguments[index], language));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * A text of this bundle as an argument of another text, rendered in the reader's language when
   * that text is: for a part of a message that has words of its own (such as "a number").
   *
   * @param key the text's key
   * @param arguments the values of its {@code {0}}, {@code {1}}, ...
   * @return the text as an argument
   * @throws IllegalArgumentException if no file has the key
   * @since 0.2
   */
  public Localized localized(String key, Object... arguments) {
    if (!has(key)) {
      throw new IllegalArgumentException("no text '" + key + "' in message bundle '" + name + "'");
    }
    Object[] values = arguments.clone();
    return locale -> format(key, locale, values);
  }

  /**
   * Tells whether a text exists (in English, hence in every language).
   *
   * @param key a key
   * @return true if the English file has it
   */
  public boolean has(String key) {
    return files(Locale.ROOT).get(0).texts().containsKey(key);
  }

  /** @return the keys of the English file, sorted */
  public Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    files(Locale.ROOT).get(0).texts().stringPropertyNames().forEach(keys::add);
    return Collections.unmodifiableSet(keys);
  }

  /**
   * The raw text of a key, with its placeholders, as the locale's most specific file has it.
   *
   * @param key a key
   * @param locale a locale
   * @return the text
   * @throws IllegalArgumentException if no file has the key
   */
  public String text(String key, Locale locale) {
    return file(key, locale).texts().getProperty(key);
  }

  private File file(String key, Locale locale) {
    for (File f : files(locale)) {
      if (f.texts().containsKey(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no text '" + key + "' in message bundle '" + name + "'");
  }

  /**
   * Writes a number as it is (scale kept, never in exponent notation) with the decimal separator
   * of the locale's language: a comma for German, French, Italian, Spanish, Dutch, Portuguese,
   * Polish and other languages that write one, a point otherwise.
   *
   * @param number a number
   * @param locale the reader's locale
   * @return such as {@code 41.67} or {@code 41,67}
   */
  public static String number(BigDecimal number, Locale locale) {
    String plain = number.toPlainString();
    return COMMA_LANGUAGES.contains(locale.getLanguage()) ? plain.replace('.', ',') : plain;
  }

  private static final Set<String> COMMA_LANGUAGES = Set.of("de", "fr", "it", "es", "nl", "pt",
      "pl", "cs", "da", "fi", "sv", "nb", "no", "ru", "tr");

  private static String argument(Object value, Locale locale) {
    if (value instanceof Localized text) {
      return text.message(locale);
    }
    return value instanceof BigDecimal d ? number(d, locale) : String.valueOf(value);
  }

  /**
   * An argument that has words of its own (a reason given inside a message), rendered in the
   * reader's language too.
   *
   * @since 0.2
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  @FunctionalInterface
  public interface Localized {

    /**
     * The text in a language.
     *
     * @param locale the reader's locale
     * @return the text
     */
    String message(Locale locale);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The files for a locale, most specific first, ending with the English one. */
  private List<File> files(Locale locale) {
    String language = locale.getLanguage();
    String tag = language + "_" + locale.getCountry();
    return byLocale.computeIfAbsent(tag, t -> {
      List<File> files = new ArrayList<>(3);
      if (!language.isEmpty()) {
        if (!locale.getCountry().isEmpty()) {
          read(name + "_" + language + "_" + locale.getCountry())
              .ifPresent(p -> files.add(new File(language, p)));
        }
        read(name + "_" + language).ifPresent(p -> files.add(new File(language, p)));
      }
      read(name).ifPresent(p -> files.add(new File("", p)));
      return List.copyOf(files);
    });
  }

  private java.util.Optional<Properties> read(String file) {
    try (InputStream in = open.apply(file + ".properties")) {
      if (in == null) {
        return java.util.Optional.empty();
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      return java.util.Optional.of(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message bundle '" + file + ".properties'", e);
    }
  }
}
