package org.thrive.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.thrive.json.CaseFileException;
import org.thrive.json.CaseReader;
import org.thrive.json.MhsdsExtractReader;
import org.thrive.model.InvalidCaseException;
import org.thrive.model.ThriveCase;

/**
 * Where a caseload comes from: NDJSON (one case per line), a directory of case files, an
 * MHSDS-shaped extract, or a synthetic caseload. Each is a lazy stream of {@link Entry entries}
 * read as it is consumed, so memory does not grow with the caseload (the extract reader, which
 * must group a person's rows, is the exception: it holds the extract in memory).
 *
 * <p><b>Nothing is dropped</b>: a line or file that cannot be read becomes an entry with its
 * error, never a gap. Errors name where (line, file, row) and what is wrong, never a value from the
 * case. Close the stream when done (try-with-resources) to close the file it reads.
 */
public final class Caseload {
  /** The longest NDJSON line read, in bytes; a longer line is an error entry, not a crash. */
  public static final int MAX_LINE_BYTES = (int) CaseReader.MAX_FILE_BYTES;

  private Caseload() {}

  /**
   * One case of a caseload, or why it could not be read.
   *
   * @param number its place in the caseload, from 1 (for NDJSON, the line number)
   * @param where where it came from, for error reports: "line 12", a file name, or a person id
   *     (an identifier, never case content)
   */
  public record Entry(long number, String where, Optional<ThriveCase> thriveCase, Optional<String> error) {
    public Entry {
      checkNotNull(where, "where");
      checkArgument(thriveCase.isPresent() != error.isPresent(), "an entry holds a case or an error");
    }

    static Entry ok(long number, String where, ThriveCase c) {
      return new Entry(number, where, Optional.of(c), Optional.empty());
    }

    static Entry failed(long number, String where, String error) {
      return new Entry(number, where, Optional.empty(), Optional.of(error));
    }

    /** Names the type only: values are case content and must never reach a log. */
    @Override
    public String toString() {
      return "Entry[" + number + "]";
    }
  }

  /** Cases from NDJSON: one case per line; blank lines are skipped but counted, so numbers are line numbers. */
  public static Stream<Entry> ndjson(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return ndjson(in).onClose(() -> {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Cases from an NDJSON stream (for example standard input); the caller closes the stream. */
  public static Stream<Entry> ndjson(InputStream in) {
    CaseReader reader = new CaseReader();
    Iterator<Entry> it = new Iterator<>() {
      private final BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
      private long line;
      private Entry next;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          next = read();
        }
        return next != null;
      }

      @Override
      public Entry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Entry e = next;
        next = null;
        return e;
      }

      /** The next entry, or null for a blank line (or the end). */
      private Entry read() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(2048);
        boolean tooLong = false;
        int b;
        try {
          while ((b = bytes.read()) != -1 && b != '\n') {
            if (buf.size() < MAX_LINE_BYTES) {
              buf.write(b);
            } else {
              tooLong = true;
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (b == -1) {
          done = true;
          if (buf.size() == 0 && !tooLong) {
            return null;
          }
        }
        line++;
        String where = "line " + line;
        if (tooLong) {
          return Entry.failed(line, where, "$: the line is longer than the limit of " + MAX_LINE_BYTES + " bytes");
        }
        byte[] text = buf.toByteArray();
        if (isBlank(text)) {
          return null;
        }
        return parse(reader, line, where, () -> reader.read(new ByteArrayInputStream(text)));
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** Cases from a directory: every {@code *.json} file in it, in name order (not its subdirectories). */
  public static Stream<Entry> directory(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
      ds.forEach(files::add);
    }
    files.sort(null);
    CaseReader reader = new CaseReader();
    return LongStream.range(0, files.size()).mapToObj(i -> {
      Path f = files.get((int) i);
      return parse(reader, i + 1, f.getFileName().toString(), () -> reader.read(f));
    });
  }

  /** Cases from an MHSDS-shaped extract (see {@link MhsdsExtractReader}); each person is one entry, in extract order. */
  public static Stream<Entry> extract(Path scores, Path companion) throws IOException {
    List<MhsdsExtractReader.Result> results = new MhsdsExtractReader().read(scores, companion);
    return LongStream.range(0, results.size()).mapToObj(i -> {
      MhsdsExtractReader.Result r = results.get((int) i);
      String where = "person " + (i + 1);
      return r.thriveCase().map(c -> Entry.ok(i + 1, where, c))
          .orElseGet(() -> Entry.failed(i + 1, where, r.problem().orElse("the person's rows could not be read")));
    });
  }

  /** The first {@code count} cases of the synthetic caseload of {@code seed}. */
  public static Stream<Entry> synthetic(long count, long seed) {
    checkArgument(count >= 0, "count must not be negative");
    SyntheticCaseload caseload = SyntheticCaseload.seeded(seed);
    return LongStream.range(0, count).mapToObj(i -> Entry.ok(i + 1, "case " + (i + 1), caseload.get(i)));
  }

  private interface Read {
    ThriveCase read() throws IOException;
  }

  private static Entry parse(CaseReader reader, long number, String where, Read read) {
    try {
      return Entry.ok(number, where, read.read());
    } catch (CaseFileException | InvalidCaseException e) {
      return Entry.failed(number, where, e.getMessage());
    } catch (IOException e) {
      return Entry.failed(number, where, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static boolean isBlank(byte[] text) {
    for (byte b : text) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
