package se.kundval.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The texts of an offering in one language. Description and includes are Markdown. */
@Embeddable
public record OfferingText(
        @Column(nullable = false, length = 300) String summary,
        String description,
        String includes,
        String staffCompetence,
        String openingHours) {}
