package se.kundval.choice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import se.kundval.identity.Personnummer;
import se.kundval.notification.Recipient;
import se.kundval.register.Area;
import se.kundval.shared.RecordOrigin;

/** Invånare / kund / brukare: a person who may choose a provider. Personal data: handle with care. */
@Entity
public class Resident implements Recipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Twelve digits. Never put this in a URL, title, log line or e-mail. */
    @Column(nullable = false, unique = true, length = 12)
    private String personnummer;

    @Column(nullable = false)
    private String firstName;

    @Column(nullable = false)
    private String lastName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactPreference contactPreference = ContactPreference.LETTER;

    private String email;
    private String phone;

    @Column(nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected Resident() {}

    public Resident(Personnummer personnummer, Instant createdAt, RecordOrigin origin) {
        this.personnummer = personnummer.digits();
        this.createdAt = createdAt;
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    public Personnummer getPersonnummer() {
        return Personnummer.parse(personnummer);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public ContactPreference getContactPreference() {
        return contactPreference;
    }

    public void setContactPreference(ContactPreference preference) {
        this.contactPreference = preference;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public RecordOrigin getOrigin() {
        return origin;
    }

    public long getVersion() {
        return version;
    }

    /** Only residents who asked for e-mail get one; the others read it under Meddelanden. */
    @Override
    public boolean wantsEmail() {
        return contactPreference == ContactPreference.EMAIL && email != null;
    }
}
