package se.kundval.choice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One state change of an entitlement or its choices: who, when, what. Never changed afterwards. */
@Entity
public class EntitlementEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entitlement_id")
    private ChoiceEntitlement entitlement;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String eventType;

    private String detail;

    protected EntitlementEvent() {}

    EntitlementEvent(ChoiceEntitlement entitlement, Instant occurredAt, String actor, String eventType, String detail) {
        this.entitlement = entitlement;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.eventType = eventType;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEventType() {
        return eventType;
    }

    public String getDetail() {
        return detail;
    }
}
