package org.thrive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.thrive.model.needs.CurrentViewItem;
import org.thrive.model.needs.Needs;
import org.thrive.model.needs.Part;
import org.thrive.model.needs.Rating;

class ThriveCasePropertyTest {

  @Property
  void build_anyValidAgeAndProblemRatings_buildsAndReturnsEveryRating(
      @ForAll @IntRange(min = 0, max = ThriveCase.MAX_AGE) int age,
      @ForAll @Size(30) List<Rating> ratings) {
    // given a Current View with an arbitrary rating for each of the 30 problems
    Needs.Builder needs = Needs.builder();
    for (int number = 1; number <= 30; number++) {
      needs.problem(number, ratings.get(number - 1));
    }

    // when a case with an arbitrary valid age is built
    ThriveCase c = Cases.valid().age(age).needs(needs.build()).build();

    // then it keeps the age and every problem returns the rating that was set
    assertThat(c.age()).isEqualTo(age);
    List<CurrentViewItem> problems = CurrentViewItem.of(Part.PROBLEM);
    for (int i = 0; i < 30; i++) {
      assertThat(c.needs().rating(problems.get(i))).as(problems.get(i).code()).isEqualTo(ratings.get(i));
    }
  }

  @Property
  void build_anyAgeOutsideZeroToTwentyFive_failsOnAge(
      @ForAll @IntRange(min = -1000, max = 1000) int age) {
    // given an age that may be out of range
    ThriveCase.Builder b = Cases.valid().age(age);

    // when / then it builds exactly when 0..25, otherwise fails naming the age
    if (age >= 0 && age <= ThriveCase.MAX_AGE) {
      assertThat(b.build().age()).isEqualTo(age);
    } else {
      Cases.assertInvalid(b::build, "ThriveCase.age", age < 0 ? "must not be negative" : "must be at most 25");
    }
  }
}
