package se.kundval.identity;

import java.util.Collection;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A built-in demo account: a Spring Security user that also knows who it stands for. */
final class DemoUser extends User {

    private final String displayName;
    private final String role;
    private final transient Personnummer personnummer;
    private final transient Organisationsnummer orgnr;
    private final String servicePoint;

    DemoUser(
            String username,
            String encodedPassword,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            String role,
            Personnummer personnummer,
            Organisationsnummer orgnr,
            String servicePoint) {
        super(username, encodedPassword, authorities);
        this.displayName = displayName;
        this.role = role;
        this.personnummer = personnummer;
        this.orgnr = orgnr;
        this.servicePoint = servicePoint;
    }

    /** A fresh copy: Spring Security erases the credentials of the instance it authenticated. */
    DemoUser copy() {
        return new DemoUser(
                getUsername(), getPassword(), getAuthorities(), displayName, role, personnummer, orgnr, servicePoint);
    }

    String displayName() {
        return displayName;
    }

    String role() {
        return role;
    }

    Optional<Personnummer> personnummer() {
        return Optional.ofNullable(personnummer);
    }

    Optional<Organisationsnummer> orgnr() {
        return Optional.ofNullable(orgnr);
    }

    Optional<String> servicePoint() {
        return Optional.ofNullable(servicePoint);
    }
}
