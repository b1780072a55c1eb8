package org.thrive.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of English text:
 * {@code 0.39 × words/sentences + 11.8 × syllables/words − 15.59}. Syllables are counted with the
 * usual vowel-group heuristic (a silent final "e" dropped, "-le" kept), which is what
 * readability checkers such as those in word processors do.
 */
public final class Readability {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|[:;](\\s|$)");

  private Readability() {}

  public static double grade(String text) {
    int words = 0;
    int syllables = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      syllables += syllables(m.group());
    }
    if (words == 0) {
      return 0;
    }
    int sentences = 0;
    Matcher s = SENTENCE_END.matcher(text.strip());
    while (s.find()) {
      sentences++;
    }
    sentences = Math.max(1, sentences);
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }

  public static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("'.*$", "");
    if (w.length() <= 3) {
      return 1;
    }
    w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
    Matcher groups = Pattern.compile("[aeiouy]{1,2}").matcher(w);
    int n = 0;
    while (groups.find()) {
      n++;
    }
    return Math.max(1, n);
  }
}
