package se.kundval.provider;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A message in an application's conversation: an officer's question or the provider's answer. */
@Entity
public class ApplicationMessage {

    public enum AuthorRole {
        OFFICER,
        PROVIDER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private AccreditationApplication application;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private AuthorRole authorRole;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private Instant createdAt;

    protected ApplicationMessage() {}

    public ApplicationMessage(
            AccreditationApplication application,
            AuthorRole authorRole,
            String author,
            String text,
            Instant createdAt) {
        this.application = application;
        this.authorRole = authorRole;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public AuthorRole getAuthorRole() {
        return authorRole;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
