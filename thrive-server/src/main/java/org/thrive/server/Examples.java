package org.thrive.server;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The example cases bundled with the service (the project's vignettes), which the page can load. */
final class Examples {
  private static final String DIR = "org/thrive/server/examples";
  private final ImmutableSortedMap<String, byte[]> cases;

  private Examples(ImmutableSortedMap<String, byte[]> cases) {
    this.cases = cases;
  }

  static Examples bundled() {
    URL url = Examples.class.getClassLoader().getResource(DIR);
    if (url == null) {
      return new Examples(ImmutableSortedMap.of());
    }
    ImmutableSortedMap.Builder<String, byte[]> b = ImmutableSortedMap.naturalOrder();
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        read(fs.getPath(DIR), b);
      } else {
        read(Path.of(uri), b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new Examples(b.build());
  }

  private static void read(Path dir, ImmutableSortedMap.Builder<String, byte[]> b) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (name.endsWith(".json")) {
          try (InputStream in = Files.newInputStream(p)) {
            b.put(name.substring(0, name.length() - 5), in.readAllBytes());
          }
        }
      }
    }
  }

  Iterable<String> names() {
    return cases.keySet();
  }

  Optional<byte[]> get(String name) {
    return Optional.ofNullable(cases.get(name));
  }
}
