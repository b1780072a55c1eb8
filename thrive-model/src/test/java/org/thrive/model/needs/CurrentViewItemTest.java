package org.thrive.model.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CurrentViewItemTest {

  @Test
  void of_eachPart_hasTheFormsItemCount() {
    // given / when / then
    assertThat(CurrentViewItem.of(Part.PROBLEM)).hasSize(30);
    assertThat(CurrentViewItem.of(Part.COMPLEXITY_FACTOR)).hasSize(14);
    assertThat(CurrentViewItem.of(Part.CONTEXTUAL_PROBLEM)).hasSize(4);
    assertThat(CurrentViewItem.of(Part.EDUCATION)).hasSize(2);
    assertThat(CurrentViewItem.values()).hasSize(50);
  }

  @Test
  void of_eachPart_isNumberedOneUpInFormOrder() {
    // given / when / then
    for (Part part : Part.values()) {
      List<Integer> numbers = CurrentViewItem.of(part).stream().map(CurrentViewItem::number).toList();
      assertThat(numbers).as(part.name())
          .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }
  }

  @Test
  void problems_everyOne_hasASnomedCtCode() {
    // given / when / then
    assertThat(CurrentViewItem.of(Part.PROBLEM))
        .allSatisfy(item -> assertThat(item.snomedCt()).as(item.code()).hasValueSatisfying(
            code -> assertThat(code).matches("\\d{6,18}")));
  }

  @Test
  void snomedCtCodes_areUnique() {
    // given every code an item carries
    List<String> codes = java.util.Arrays.stream(CurrentViewItem.values())
        .map(CurrentViewItem::snomedCt).flatMap(Optional::stream).toList();

    // when / then none is used twice
    assertThat(codes).hasSize(36).doesNotHaveDuplicates();
  }

  @Test
  void complexityFactors_haveNoSnomedCtCode() {
    // given / when / then
    assertThat(CurrentViewItem.of(Part.COMPLEXITY_FACTOR)).allSatisfy(item -> assertThat(item.snomedCt()).isEmpty());
  }

  @Test
  void code_andFromCode_roundTrip() {
    // given / when / then
    assertThat(CurrentViewItem.DEPRESSION_LOW_MOOD.code()).isEqualTo("problem.9");
    assertThat(CurrentViewItem.LOOKED_AFTER_CHILD.code()).isEqualTo("complexity.1");
    assertThat(CurrentViewItem.CONTEXT_SERVICE_ENGAGEMENT.code()).isEqualTo("context.4");
    assertThat(CurrentViewItem.EET_ATTAINMENT_DIFFICULTIES.code()).isEqualTo("education.2");
    for (CurrentViewItem item : CurrentViewItem.values()) {
      assertThat(CurrentViewItem.fromCode(item.code())).contains(item);
    }
    assertThat(CurrentViewItem.fromCode("problem.31")).isEmpty();
  }

  @Test
  void find_outOfRange_isEmpty() {
    // given / when / then
    assertThat(CurrentViewItem.find(Part.PROBLEM, 10)).contains(CurrentViewItem.SELF_HARM);
    assertThat(CurrentViewItem.find(Part.PROBLEM, 0)).isEmpty();
    assertThat(CurrentViewItem.find(Part.EDUCATION, 3)).isEmpty();
  }
}
