package se.kundval.choice.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import se.kundval.choice.GuidanceConversation;
import se.kundval.choice.Resident;

/** Persistence of {@link GuidanceConversation}; used only by this feature's services. */
public interface GuidanceConversationRepository extends JpaRepository<GuidanceConversation, Long> {

    List<GuidanceConversation> findByResidentOrderByHeldOnDescIdDesc(Resident resident);
}
