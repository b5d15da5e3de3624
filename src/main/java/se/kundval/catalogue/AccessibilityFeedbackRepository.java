package se.kundval.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link AccessibilityFeedback}. */
public interface AccessibilityFeedbackRepository extends JpaRepository<AccessibilityFeedback, Long> {
}
