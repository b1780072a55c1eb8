package org.thrive.rules.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thrive.model.advice.Advice;
import org.thrive.rules.FamilyView;
import org.thrive.rules.PractitionerView;

/**
 * The full text of the twelve vignettes' explanations, in each audience, against reviewed
 * snapshots in {@code src/test/resources/snapshots/}. Any change to wording or to what is shown
 * fails here until the snapshot is reviewed and updated: run with {@code -Dthrive.snapshots.update=true}
 * to rewrite them, then read the diff before committing.
 */
class ExplanationSnapshotTest {
  static final Path DIR = Path.of("src", "test", "resources", "snapshots");

  static Stream<String> vignettes() {
    return Vignettes.all().stream().map(p -> p.getFileName().toString().replace(".json", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vignettes")
  void explanation_eachAudience_matchesItsReviewedSnapshot(String name) throws IOException {
    Advice a = Vignettes.ADVISOR.adviseForDiscussion(new org.thrive.json.CaseReader()
        .read(Vignettes.CASES.resolve(name + ".json")));
    check(name + ".practitioner.txt", PractitionerView.render(a));
    check(name + ".young-person.txt", FamilyView.render(a, new FamilyView.Options(FamilyView.Audience.YOUNG_PERSON, false)).text());
    check(name + ".parent.txt", FamilyView.render(a, new FamilyView.Options(FamilyView.Audience.PARENT_OR_CARER, false)).text());
  }

  private static void check(String file, String actual) throws IOException {
    Path p = DIR.resolve(file);
    if (Boolean.getBoolean("thrive.snapshots.update")) {
      Files.createDirectories(DIR);
      Files.writeString(p, actual);
    }
    assertThat(p).as("snapshot %s (run with -Dthrive.snapshots.update=true to create it, then review it)", file).exists();
    assertThat(actual).as(file).isEqualTo(Files.readString(p));
  }
}
