package se.kundval.choice;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Persistence of {@link GuidanceConversation}; used only by this feature's services. */
public interface GuidanceConversationRepository extends JpaRepository<GuidanceConversation, Long> {

}
