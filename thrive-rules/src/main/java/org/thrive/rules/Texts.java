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

  /** A template split once into literal text and the names of its placeholders, in order. */
  private record Compiled(String[] literals, String[] names) {
    static Compiled of(String template) {
      java.util.List<String> literals = new java.util.ArrayList<>();
      java.util.List<String> names = new java.util.ArrayList<>();
      Matcher m = PLACEHOLDER.matcher(template);
      int at = 0;
      while (m.find()) {
        literals.add(template.substring(at, m.start()));
        names.add(m.group(1));
        at = m.end();
      }
      literals.add(template.substring(at));
      return new Compiled(literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    boolean names(String name) {
      for (String n : names) {
        if (n.equals(name)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final ImmutableMap<String, Compiled> COMPILED = ImmutableMap.copyOf(
      com.google.common.collect.Maps.transformValues(TEMPLATES, Compiled::of));

  private static Compiled compiled(String key) {
    Compiled c = COMPILED.get(key);
    if (c == null) {
      throw new IllegalArgumentException("no wording template " + key);
    }
    return c;
  }

  /** The template {@code key}, filled from name/value pairs. */
  static String fill(String key, String... namesAndValues) {
    Compiled c = compiled(key);
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("wording template " + key + " is filled from name/value pairs");
    }
    if (c.names.length == 0 && namesAndValues.length == 0) {
      return c.literals[0]; // a template without placeholders is its own text
    }
    boolean[] used = new boolean[namesAndValues.length / 2];
    StringBuilder out = new StringBuilder(128);
    for (int s = 0; s < c.names.length; s++) {
      out.append(c.literals[s]);
      String name = c.names[s];
      String value = null;
      for (int i = 0; i < namesAndValues.length; i += 2) {
        if (namesAndValues[i].equals(name)) {
          value = namesAndValues[i + 1];
          used[i / 2] = true;
        }
      }
      if (value == null) {
        throw new IllegalArgumentException("wording template " + key + " needs {" + name + "}");
      }
      out.append(value);
    }
    out.append(c.literals[c.names.length]);
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        throw new IllegalArgumentException("wording template " + key + " has no {" + namesAndValues[2 * i] + "}");
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
    Compiled template = compiled(key);
    java.util.List<String> kept = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (template.names(namesAndValues[i])) {
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
