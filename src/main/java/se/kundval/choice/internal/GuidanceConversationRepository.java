package se.kundval.choice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.choice.GuidanceConversation;

/** Persistence of {@link GuidanceConversation}; used only by this feature's services. */
public interface GuidanceConversationRepository extends JpaRepository<GuidanceConversation, Long> {}
