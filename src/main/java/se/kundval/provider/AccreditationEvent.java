package se.kundval.provider;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One status change of an accreditation: the provider's timeline. Never changed afterwards. */
@Entity
public class AccreditationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "accreditation_id")
    private Accreditation accreditation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccreditationStatus status;

    @Column(nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String actor;

    private String reason;

    protected AccreditationEvent() {}

    AccreditationEvent(
            Accreditation accreditation,
            AccreditationStatus status,
            LocalDate occurredOn,
            Instant recordedAt,
            String actor,
            String reason) {
        this.accreditation = accreditation;
        this.status = status;
        this.occurredOn = occurredOn;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public AccreditationStatus getStatus() {
        return status;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }
}
