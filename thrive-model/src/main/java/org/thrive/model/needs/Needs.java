package org.thrive.model.needs;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.thrive.model.InvalidCaseException.check;
import static org.thrive.model.InvalidCaseException.requirePresent;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;
import org.thrive.model.InvalidCaseException;

/**
 * The Current View of a case: a rating for every problem, contextual and education item and a
 * presence for every complexity factor.
 *
 * <p>Every one of the 50 items has a value. An item the practitioner did not record is
 * {@link Rating#NOT_KNOWN} (or {@link Presence#NOT_KNOWN}) unless the builder is told explicitly
 * what unlisted items are, with {@link Builder#unlistedRatings(Rating)}: a form left blank is
 * never read as None.
 *
 * <p>Immutable and thread-safe; iteration follows form order.
 */
public final class Needs {
  private final ImmutableSortedMap<CurrentViewItem, Rating> ratings;
  private final ImmutableSortedMap<CurrentViewItem, Presence> complexityFactors;
  /** The items Not known, by part, in item order (worked out once: the rules ask for them on every case). */
  private final java.util.EnumMap<Part, ImmutableList<CurrentViewItem>> notKnown = new java.util.EnumMap<>(Part.class);

  private Needs(Builder builder) {
    ImmutableSortedMap.Builder<CurrentViewItem, Rating> r = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<CurrentViewItem, Presence> c = ImmutableSortedMap.naturalOrder();
    java.util.EnumMap<Part, ImmutableList.Builder<CurrentViewItem>> unknown = new java.util.EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      unknown.put(part, ImmutableList.builder());
    }
    for (CurrentViewItem item : CurrentViewItem.values()) {
      if (item.part().isRated()) {
        Rating rating = builder.ratings.getOrDefault(item, builder.unlistedRatings);
        r.put(item, rating);
        if (rating == Rating.NOT_KNOWN) {
          unknown.get(item.part()).add(item);
        }
      } else {
        Presence presence = builder.presences.getOrDefault(item, builder.unlistedPresence);
        c.put(item, presence);
        if (presence == Presence.NOT_KNOWN) {
          unknown.get(item.part()).add(item);
        }
      }
    }
    this.ratings = r.build();
    this.complexityFactors = c.build();
    unknown.forEach((part, items) -> notKnown.put(part, items.build()));
  }

  /** A builder with every item Not known. */
  public static Builder builder() {
    return new Builder();
  }

  /** Needs with every item Not known: nothing has been recorded yet. */
  public static Needs notYetRecorded() {
    return builder().build();
  }

  /** The rating of a rated item (problem, contextual or education). */
  public Rating rating(CurrentViewItem item) {
    checkNotNull(item, "item");
    if (!item.part().isRated()) {
      throw new IllegalArgumentException("item " + item.code() + " is a complexity factor; use presence()");
    }
    return ratings.get(item);
  }

  /** Whether a complexity factor applies. */
  public Presence presence(CurrentViewItem item) {
    checkNotNull(item, "item");
    if (item.part().isRated()) {
      throw new IllegalArgumentException("item " + item.code() + " is rated; use rating()");
    }
    return complexityFactors.get(item);
  }

  /** Every rated item with its rating, in form order. */
  public ImmutableSortedMap<CurrentViewItem, Rating> ratings() {
    return ratings;
  }

  /** Every complexity factor with its presence, in form order. */
  public ImmutableSortedMap<CurrentViewItem, Presence> complexityFactors() {
    return complexityFactors;
  }

  /** The items of a part whose rating is Not known, in form order. */
  public ImmutableList<CurrentViewItem> notKnown(Part part) {
    return notKnown.get(checkNotNull(part, "part"));
  }

  /** A builder initialised with these needs. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ratings.putAll(ratings);
    b.presences.putAll(complexityFactors);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Needs other
        && ratings.equals(other.ratings)
        && complexityFactors.equals(other.complexityFactors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ratings, complexityFactors);
  }

  @Override
  public String toString() {
    return "Needs{" + ratings.size() + " rated items, " + complexityFactors.size() + " complexity factors}";
  }

  /** Builds {@link Needs}. Not thread-safe. */
  public static final class Builder {
    private final java.util.EnumMap<CurrentViewItem, Rating> ratings = new java.util.EnumMap<>(CurrentViewItem.class);
    private final java.util.EnumMap<CurrentViewItem, Presence> presences = new java.util.EnumMap<>(CurrentViewItem.class);
    /** Items given in this builder (not copied by {@link Needs#toBuilder}): giving one twice is an error. */
    private final java.util.EnumSet<CurrentViewItem> given = java.util.EnumSet.noneOf(CurrentViewItem.class);
    private Rating unlistedRatings = Rating.NOT_KNOWN;
    private Presence unlistedPresence = Presence.NOT_KNOWN;

    private Builder() {}

    /**
     * Rates a problem, contextual or education item.
     *
     * @throws InvalidCaseException if the item was already given to this builder (a case that
     *     rates one item twice is ambiguous; a copy from {@link Needs#toBuilder} may re-rate each
     *     copied item once)
     */
    public Builder rate(CurrentViewItem item, Rating rating) {
      requirePresent(item, "Needs.item");
      requirePresent(rating, "Needs." + item.code());
      if (!item.part().isRated()) {
        throw new InvalidCaseException("Needs." + item.code(),
            "is a complexity factor; record it as Yes, No or Not known, not as a rating");
      }
      check(given.add(item), "Needs." + item.code(), "is rated twice; give each item once");
      ratings.put(item, rating);
      return this;
    }

    /** Rates the problem with this number (1 to 30). */
    public Builder problem(int number, Rating rating) {
      return rate(item(Part.PROBLEM, number), rating);
    }

    /** Records whether a complexity factor applies. */
    public Builder complexity(CurrentViewItem item, Presence presence) {
      requirePresent(item, "Needs.item");
      requirePresent(presence, "Needs." + item.code());
      if (item.part().isRated()) {
        throw new InvalidCaseException("Needs." + item.code(),
            "is rated None to Severe; it is not a complexity factor");
      }
      check(given.add(item), "Needs." + item.code(), "is recorded twice; give each item once");
      presences.put(item, presence);
      return this;
    }

    /**
     * What every rated item not given explicitly is. The default is Not known; a practitioner
     * who has rated the whole form and listed only the difficulties says {@link Rating#NONE}.
     */
    public Builder unlistedRatings(Rating rating) {
      this.unlistedRatings = requirePresent(rating, "Needs.unlistedRatings");
      return this;
    }

    /** What every complexity factor not given explicitly is. The default is Not known. */
    public Builder unlistedComplexityFactors(Presence presence) {
      this.unlistedPresence = requirePresent(presence, "Needs.unlistedComplexityFactors");
      return this;
    }

    public Needs build() {
      return new Needs(this);
    }

    private static CurrentViewItem item(Part part, int number) {
      check(number >= 1 && number <= CurrentViewItem.of(part).size(), "Needs." + part.code(),
          "item number must be between 1 and " + CurrentViewItem.of(part).size());
      return CurrentViewItem.find(part, number).orElseThrow();
    }
  }
}
