package se.kundval.audit;

import java.util.Arrays;
import java.util.List;

import se.kundval.identity.Role;

/**
 * Why staff looked a resident up: every look-up carries one, so a log reviewer (and the resident,
 * under "Vem har tittat på mina uppgifter") can tell a look-up with a purpose from curiosity. Each
 * reason belongs to the role that may give it; the texts are bundle keys {@code audit.reason.<code>}.
 */
public enum LookUpReason {
    HELP_TO_CHOOSE(Role.SERVICEPUNKT),
    WANTS_TO_CHANGE(Role.SERVICEPUNKT),
    WANTS_TO_SEE_CHOICE(Role.SERVICEPUNKT),
    GUIDANCE_CONVERSATION(Role.HANDLAGGARE),
    CORRECT_DETAILS(Role.HANDLAGGARE),
    RESIDENT_GOT_IN_TOUCH(Role.HANDLAGGARE);

    private final String role;

    LookUpReason(String role) {
        this.role = role;
    }

    /** The reason codes staff of this role choose from, in the order they are offered. */
    public static List<String> codesFor(String role) {
        return Arrays.stream(values())
                .filter(r -> r.role.equals(role))
                .map(Enum::name)
                .toList();
    }

    /** Every reason code, for the log reviewer's filter. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
