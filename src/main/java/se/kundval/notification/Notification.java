package se.kundval.notification;

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

import se.kundval.choice.ContactPreference;
import se.kundval.choice.Resident;
import se.kundval.provider.Provider;

/**
 * A message to a resident ("Meddelanden") or a provider (back-office inbox). Stored first (an
 * outbox) and e-mailed afterwards when SMTP is configured. Never contains a personnummer.
 */
@Entity
public class Notification {

    public enum RecipientType { RESIDENT, PROVIDER }

    public enum MailStatus { NOT_SENT, PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientType recipientType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resident_id")
    private Resident resident;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus mailStatus = MailStatus.NOT_SENT;

    private Instant mailedAt;

    private int mailAttempts;

    @Version
    private long version;

    protected Notification() {
    }

    public static Notification toResident(Resident resident, String topic, String subject, String body, Instant at) {
        Notification n = new Notification(RecipientType.RESIDENT, topic, subject, body, at);
        n.resident = resident;
        // Only residents who asked for e-mail get one; the others read it under Meddelanden (and
        // the municipality sends letters from its case system, outside this portal).
        if (resident.getContactPreference() == ContactPreference.EMAIL && resident.getEmail() != null) {
            n.mailStatus = MailStatus.PENDING;
        }
        return n;
    }

    public static Notification toProvider(Provider provider, String topic, String subject, String body, Instant at) {
        Notification n = new Notification(RecipientType.PROVIDER, topic, subject, body, at);
        n.provider = provider;
        if (provider.getEmail() != null && !provider.getEmail().isBlank()) {
            n.mailStatus = MailStatus.PENDING;
        }
        return n;
    }

    private Notification(RecipientType recipientType, String topic, String subject, String body, Instant createdAt) {
        this.recipientType = recipientType;
        this.topic = topic;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public RecipientType getRecipientType() { return recipientType; }
    public Resident getResident() { return resident; }
    public Provider getProvider() { return provider; }
    public String getTopic() { return topic; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public void markRead(Instant at) { this.readAt = at; }
    public MailStatus getMailStatus() { return mailStatus; }
    public void setMailStatus(MailStatus status) { this.mailStatus = status; }
    public Instant getMailedAt() { return mailedAt; }

    /** Counts a failed attempt to e-mail; returns the number of attempts so far. */
    public int failedAttempt() {
        return ++mailAttempts;
    }

    /** The address the e-mail goes to, if this message is to be e-mailed at all. */
    public String mailAddress() {
        return recipientType == RecipientType.RESIDENT ? resident.getEmail() : provider.getEmail();
    }
    public void setMailedAt(Instant at) { this.mailedAt = at; }
    public long getVersion() { return version; }
}
