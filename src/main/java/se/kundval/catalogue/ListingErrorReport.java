package se.kundval.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** "Report an error in this information": a note from anyone to the commissioning officers. */
@Entity
public class ListingErrorReport {

    public static final int MAX_MESSAGE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id")
    private Offering offering;

    @Column(nullable = false)
    private String message;

    private String contact;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String status = "NEW";

    private Instant handledAt;
    private String handledBy;

    @Version
    private long version;

    protected ListingErrorReport() {}

    public ListingErrorReport(Offering offering, String message, String contact, Instant createdAt) {
        this.offering = offering;
        this.message = message;
        this.contact = contact;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Offering getOffering() {
        return offering;
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

    public String getStatus() {
        return status;
    }

    public void markHandled(String by, java.time.Instant at) {
        this.status = "HANDLED";
        this.handledBy = by;
        this.handledAt = at;
    }
}
