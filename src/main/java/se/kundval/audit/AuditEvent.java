package se.kundval.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * One staff read or write of resident data (socialtjänstsekretess): who, in which role, when,
 * about which resident, what, why, and where. Insert only: the entity is immutable and database
 * triggers refuse updates and deletes.
 */
@Entity
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String actorRole;

    /** The resident concerned, by id (never by personnummer). */
    @Column(updatable = false)
    private Long residentId;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private Long servicePointId;

    @Column(updatable = false)
    private String unit;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String actor,
            String actorRole,
            Long residentId,
            String action,
            String reason,
            Long servicePointId,
            String unit,
            String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.residentId = residentId;
        this.action = action;
        this.reason = reason;
        this.servicePointId = servicePointId;
        this.unit = unit;
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

    public String getActorRole() {
        return actorRole;
    }

    public Long getResidentId() {
        return residentId;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public Long getServicePointId() {
        return servicePointId;
    }

    public String getUnit() {
        return unit;
    }

    public String getDetail() {
        return detail;
    }
}
