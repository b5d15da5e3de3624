package se.kundval.identity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.kundval.shared.ReferenceDataException;
import se.kundval.shared.YamlNode;

/** The demo accounts of providers-data/demo/demo-accounts.yaml, for the demo mode only. */
public final class DemoAccounts {

    /** What the login page shows about one demo account (the password is "demo" for all, shown there). */
    public record Listing(String username, String password, String role, String displayName) {}

    private final List<DemoUser> users;
    private final List<Listing> listings;

    private DemoAccounts(List<DemoUser> users, List<Listing> listings) {
        this.users = users;
        this.listings = listings;
    }

    public static DemoAccounts read(Path folder) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        YamlNode root = YamlNode.read(folder.resolve("demo-accounts.yaml")).allowOnly(Set.of("accounts"));
        List<DemoUser> users = new ArrayList<>();
        List<Listing> listings = new ArrayList<>();
        for (YamlNode item : root.list("accounts")) {
            item.allowOnly(
                    Set.of("username", "password", "role", "displayName", "personnummer", "orgnr", "servicePoint"));
            String username = item.string("username", 60);
            String password = item.string("password", 100);
            String role = item.string("role");
            if (!Role.ALL.contains(role)) {
                throw item.error("role", "'" + role + "' is not one of " + Role.ALL);
            }
            Personnummer personnummer = null;
            if (item.optional("personnummer").isPresent()) {
                Personnummer.problemWith(item.string("personnummer")).ifPresent(p -> {
                    throw item.error("personnummer", "not a valid personnummer (" + p + ")");
                });
                personnummer = Personnummer.parse(item.string("personnummer"));
            }
            Organisationsnummer orgnr = null;
            if (item.optional("orgnr").isPresent()) {
                Organisationsnummer.problemWith(item.string("orgnr")).ifPresent(p -> {
                    throw item.error("orgnr", "not a valid organisationsnummer (" + p + ")");
                });
                orgnr = Organisationsnummer.parse(item.string("orgnr"));
            }
            if (Role.RESIDENT.equals(role) && personnummer == null) {
                throw item.error("personnummer", "is required for a resident account");
            }
            if (Role.PROVIDER.equals(role) && orgnr == null) {
                throw item.error("orgnr", "is required for a provider account");
            }
            String servicePoint = item.optional("servicePoint").isPresent() ? item.string("servicePoint", 60) : null;
            if (Role.SERVICEPUNKT.equals(role) && servicePoint == null) {
                throw item.error(
                        "servicePoint", "is required for a service-point account (the code of its service point)");
            }
            if (users.stream().anyMatch(u -> u.getUsername().equals(username))) {
                throw item.error("username", "'" + username + "' appears twice");
            }
            String displayName = item.string("displayName", 100);
            users.add(new DemoUser(
                    username,
                    encoder.encode(password),
                    List.of(new SimpleGrantedAuthority("ROLE_" + role)),
                    displayName,
                    role,
                    personnummer,
                    orgnr,
                    servicePoint));
            listings.add(new Listing(username, password, role, displayName));
        }
        if (users.isEmpty()) {
            throw new ReferenceDataException("demo-accounts.yaml", 1, "accounts", "no demo accounts");
        }
        return new DemoAccounts(List.copyOf(users), List.copyOf(listings));
    }

    List<DemoUser> users() {
        return users;
    }

    public List<Listing> listings() {
        return listings;
    }
}
