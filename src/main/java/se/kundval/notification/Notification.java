package se.kundval.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A message to a resident ("Meddelanden") or a provider (back-office inbox). Stored first (an
 * outbox) and e-mailed afterwards when SMTP is configured. Never contains a personnummer.
 */
@Entity
public class Notification {

    public enum RecipientType {
        RESIDENT,
        PROVIDER
    }

    public enum MailStatus {
        NOT_SENT,
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientType recipientType;

    // By id, not by entity: residents and providers belong to modules that depend on this one.
    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "provider_id")
    private Long providerId;

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

    /** Where in the portal the message points (a path such as "/mina-val"), or null. */
    @Column(name = "link_path")
    private String linkPath;

    /** The bundle key of the link's text, so it reads in the reader's language. */
    @Column(name = "link_label")
    private String linkLabel;

    @Version
    private long version;

    protected Notification() {}

    /**
     * A message to a resident. Only residents who asked for e-mail get one ({@link Recipient#wantsEmail()});
     * the others read it under Meddelanden.
     */
    public static Notification toResident(Recipient resident, String topic, String subject, String body, Instant at) {
        Notification n = new Notification(RecipientType.RESIDENT, topic, subject, body, at);
        n.residentId = resident.getId();
        if (resident.wantsEmail()) {
            n.mailStatus = MailStatus.PENDING;
        }
        return n;
    }

    public static Notification toProvider(Recipient provider, String topic, String subject, String body, Instant at) {
        Notification n = new Notification(RecipientType.PROVIDER, topic, subject, body, at);
        n.providerId = provider.getId();
        if (provider.wantsEmail()) {
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

    public Long getId() {
        return id;
    }

    public RecipientType getRecipientType() {
        return recipientType;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getProviderId() {
        return providerId;
    }
    /** The id of the resident or provider this message is to. */
    public long recipientId() {
        return recipientType == RecipientType.RESIDENT ? residentId : providerId;
    }

    public String getTopic() {
        return topic;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public void markRead(Instant at) {
        this.readAt = at;
    }

    public MailStatus getMailStatus() {
        return mailStatus;
    }

    public void setMailStatus(MailStatus status) {
        this.mailStatus = status;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    /** Counts a failed attempt to e-mail; returns the number of attempts so far. */
    public int failedAttempt() {
        return ++mailAttempts;
    }

    public void setMailedAt(Instant at) {
        this.mailedAt = at;
    }

    /**
     * Makes the message point to a page of the portal. The path is the portal's own (never a
     * personnummer in it); the label is a bundle key such as {@code messages.link.mychoices}.
     */
    public Notification linkingTo(String path, String labelKey) {
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A message links only within the portal: " + path);
        }
        this.linkPath = path;
        this.linkLabel = labelKey;
        return this;
    }

    public String getLinkPath() {
        return linkPath;
    }

    public String getLinkLabel() {
        return linkLabel;
    }

    public long getVersion() {
        return version;
    }
}
