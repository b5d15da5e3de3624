package se.kundval.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import se.kundval.register.ServiceType;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/**
 * Auktorisation: a provider's approval for one service type. Called accreditation so it is never
 * confused with access control. Every status change is kept as an {@link AccreditationEvent}.
 */
@Entity
public class Accreditation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    private ServiceType serviceType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private AccreditationStatus status;

    private LocalDate validFrom;
    private LocalDate decidedOn;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "reason_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "reason_en"))
    private LocalizedText reason;

    @OneToMany(mappedBy = "accreditation", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    private List<AccreditationEvent> history = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected Accreditation() {}

    public Accreditation(Provider provider, ServiceType serviceType, RecordOrigin origin) {
        this.provider = provider;
        this.serviceType = serviceType;
        this.origin = origin;
    }

    /** Moves to a new status and records it on the timeline. */
    public void changeStatus(
            AccreditationStatus newStatus,
            LocalDate on,
            LocalDate validFrom,
            LocalizedText reason,
            String actor,
            Instant now) {
        this.status = newStatus;
        this.decidedOn = on;
        this.validFrom = validFrom;
        this.reason = reason;
        history.add(new AccreditationEvent(this, newStatus, on, now, actor, reason == null ? null : reason.sv()));
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public AccreditationStatus getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalizedText getReason() {
        return reason;
    }

    public List<AccreditationEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public RecordOrigin getOrigin() {
        return origin;
    }

    public void markDecidedInPortal() {
        this.origin = RecordOrigin.PORTAL;
    }

    public long getVersion() {
        return version;
    }
}
