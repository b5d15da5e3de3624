package se.kundval.catalogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.catalogue.AccessibilityFeedback;

/** Persistence of {@link AccessibilityFeedback}. */
public interface AccessibilityFeedbackRepository extends JpaRepository<AccessibilityFeedback, Long> {}
