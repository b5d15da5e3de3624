package se.kundval.identity;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Logs the test's own thread in, for calling services as a given user. */
public final class TestLogins {

    private TestLogins() {}

    /** A provider user of the organisation. */
    public static void provider(String orgnr) {
        KundvalUser user = new KundvalUser(
                "test-provider-" + orgnr,
                "Test Provider",
                Set.of(Role.PROVIDER),
                Optional.empty(),
                Optional.of(Organisationsnummer.parse(orgnr)));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + Role.PROVIDER));
    }

    /** A commissioning officer (huvudman) with this user name. */
    public static void commissioner(String username) {
        KundvalUser user = new KundvalUser(
                username, "Officer " + username, Set.of(Role.HUVUDMAN), Optional.empty(), Optional.empty());
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + Role.HUVUDMAN));
    }

    public static void logOut() {
        SecurityContextHolder.clearContext();
    }
}
