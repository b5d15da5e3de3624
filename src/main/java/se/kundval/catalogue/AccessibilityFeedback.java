package se.kundval.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Feedback on the portal's accessibility (lag 2018:1937); anonymous allowed. */
@Entity
public class AccessibilityFeedback {

    public static final int MAX_MESSAGE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String page;

    @Column(nullable = false)
    private String message;

    private String contact;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String status = "NEW";

    @Version
    private long version;

    protected AccessibilityFeedback() {}

    public AccessibilityFeedback(String page, String message, String contact, Instant createdAt) {
        this.page = page;
        this.message = message;
        this.contact = contact;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getPage() {
        return page;
    }

    public String getMessage() {
        return message;
    }

    public String getContact() {
        return contact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
