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

    /** The person's name as shown at the time (the history names people, not user names); null in old rows. */
    @Column(name = "actor_name")
    private String actorName;

    protected ListingChange() {}

    public ListingChange(Offering offering, String actor, Instant changedAt, String fields) {
        this.offering = offering;
        this.actor = actor;
        this.changedAt = changedAt;
        this.fields = fields.length() > 1000 ? fields.substring(0, 1000) : fields;
    }

    public ListingChange(Offering offering, String actor, String actorName, Instant changedAt, String fields) {
        this(offering, actor, changedAt, fields);
        this.actorName = actorName == null || actorName.isBlank()
                ? null
                : actorName.length() > 200 ? actorName.substring(0, 200) : actorName;
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

    /** The person's name, or the user name for changes recorded before names were. */
    public String getActorName() {
        return actorName == null ? actor : actorName;
    }

    public String getFields() {
        return fields;
    }
}
