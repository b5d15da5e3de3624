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

import org.hibernate.annotations.Immutable;

/** Which fields of a listing a provider changed, by whom and when: for the commissioning officers. */
@Entity
@Immutable
public class ListingChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id")
    private Offering offering;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant changedAt;

    /** The changed fields, comma-separated (e.g. "summary.sv, capacity"), or "confirmed unchanged". */
    @Column(nullable = false)
    private String fields;

    protected ListingChange() {}

    public ListingChange(Offering offering, String actor, Instant changedAt, String fields) {
        this.offering = offering;
        this.actor = actor;
        this.changedAt = changedAt;
        this.fields = fields.length() > 1000 ? fields.substring(0, 1000) : fields;
    }

    public Long getId() {
        return id;
    }

    public Offering getOffering() {
        return offering;
    }

    public String getActor() {
        return actor;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getFields() {
        return fields;
    }
}
