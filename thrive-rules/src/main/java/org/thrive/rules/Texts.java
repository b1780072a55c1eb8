package org.thrive.rules;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrive.model.advice.Wording;

/**
 * The sentences the library writes itself, both audiences, read from {@code wording.properties}
 * (one place, for review). Templates are filled from named, typed parts; a placeholder left
 * unfilled or a part the template does not name is a programming error and fails at once.
 */
final class Texts {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final ImmutableMap<String, String> TEMPLATES = load();

  private Texts() {}

  private static ImmutableMap<String, String> load() {
    try (InputStream in = Texts.class.getResourceAsStream("wording.properties")) {
      if (in == null) {
        throw new IllegalStateException("wording.properties is missing from the thrive-rules jar");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      TreeMap<String, String> sorted = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> sorted.put(k, p.getProperty(k)));
      return ImmutableMap.copyOf(sorted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every template by key, sorted: for review, readability checks and tests. */
  static ImmutableMap<String, String> templates() {
    return TEMPLATES;
  }

  /** The template {@code key}, filled from name/value pairs. */
  static String fill(String key, String... namesAndValues) {
    String template = TEMPLATES.get(key);
    if (template == null) {
      throw new IllegalArgumentException("no wording template " + key);
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("wording template " + key + " is filled from name/value pairs");
    }
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    java.util.Set<String> used = new java.util.HashSet<>();
    while (m.find()) {
      String name = m.group(1);
      String value = null;
      for (int i = 0; i < namesAndValues.length; i += 2) {
        if (namesAndValues[i].equals(name)) {
          value = namesAndValues[i + 1];
        }
      }
      if (value == null) {
        throw new IllegalArgumentException("wording template " + key + " needs {" + name + "}");
      }
      used.add(name);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!used.contains(namesAndValues[i])) {
        throw new IllegalArgumentException("wording template " + key + " has no {" + namesAndValues[i] + "}");
      }
    }
    return out.toString();
  }

  /** The practitioner and family templates {@code key.practitioner} and {@code key.family}, each filled from the pairs it names. */
  static Wording both(String key, String... namesAndValues) {
    return new Wording(fillSome(key + ".practitioner", namesAndValues), fillSome(key + ".family", namesAndValues));
  }

  /** Like {@link #fill}, but ignores the pairs the template does not name (for pairs shared by both audiences). */
  static String fillSome(String key, String... namesAndValues) {
    String template = TEMPLATES.get(key);
    if (template == null) {
      throw new IllegalArgumentException("no wording template " + key);
    }
    java.util.List<String> kept = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (template.contains("{" + namesAndValues[i] + "}")) {
        kept.add(namesAndValues[i]);
        kept.add(namesAndValues[i + 1]);
      }
    }
    return fill(key, kept.toArray(String[]::new));
  }

  /** Upper-cases the first letter. */
  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
