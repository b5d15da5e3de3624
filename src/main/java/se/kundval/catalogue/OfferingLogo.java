package se.kundval.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A provider's logo for one listing, re-encoded by the portal (never the uploaded bytes as such). */
@Entity
public class OfferingLogo {

    @Id
    private Long offeringId;

    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    @Column(nullable = false)
    private String contentType;

    @Column(nullable = false)
    private Instant updatedAt;

    protected OfferingLogo() {}

    public OfferingLogo(Long offeringId, byte[] content, String contentType, Instant updatedAt) {
        this.offeringId = offeringId;
        this.content = content;
        this.contentType = contentType;
        this.updatedAt = updatedAt;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public byte[] getContent() {
        return content;
    }

    public String getContentType() {
        return contentType;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void replace(byte[] newContent, String newType, Instant at) {
        this.content = newContent;
        this.contentType = newType;
        this.updatedAt = at;
    }
}
