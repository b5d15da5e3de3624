package se.kundval.provider;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;

/** A PDF attached to an application; "confidential" flags it for the officers (sekretess). */
@Entity
public class ApplicationAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private AccreditationApplication application;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private long sizeBytes;

    /** Loaded only when downloaded. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    private boolean confidential;

    /** The requirement this file proves; null for files stored before attachments were tied to one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requirement_id")
    private Requirement requirement;

    /** SHA-256 of the content (hex), so the same file is not offered as proof of two requirements. */
    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(nullable = false)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected ApplicationAttachment() {}

    public ApplicationAttachment(
            AccreditationApplication application,
            Requirement requirement,
            String fileName,
            byte[] content,
            boolean confidential,
            String uploadedBy,
            Instant uploadedAt) {
        this.application = application;
        this.requirement = requirement;
        this.sha256 = sha256Of(content);
        this.fileName = fileName;
        this.content = content;
        this.sizeBytes = content.length;
        this.confidential = confidential;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public AccreditationApplication getApplication() {
        return application;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public String getSha256() {
        return sha256;
    }

    static String sha256Of(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
