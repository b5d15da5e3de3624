package se.kundval.choice;

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
import jakarta.persistence.Version;

import se.kundval.catalogue.Offering;
import se.kundval.register.ServicePoint;

/**
 * Val: the resident's pick of an offering for an entitlement. Changing provider makes a new
 * choice; the old one gets an end date and stays in the history.
 */
@Entity
public class Choice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The reference on the receipt. */
    @Column(nullable = false, unique = true)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entitlement_id")
    private ChoiceEntitlement entitlement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id")
    private Offering offering;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChoiceStatus status;

    @Column(nullable = false)
    private Instant madeAt;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChoiceMadeBy madeBy;

    /** User name of whoever registered the choice. */
    @Column(nullable = false)
    private String actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_point_id")
    private ServicePoint servicePoint;

    /** For choices made by the default-provider rule: the rule and its parameters. */
    private String defaultRuleDetail;

    private Instant acknowledgedAt;
    private LocalDate startDate;

    @Version
    private long version;

    protected Choice() {}

    public Choice(
            String reference,
            ChoiceEntitlement entitlement,
            Offering offering,
            ChoiceStatus status,
            Instant madeAt,
            LocalDate validFrom,
            ChoiceMadeBy madeBy,
            String actor) {
        this.reference = reference;
        this.entitlement = entitlement;
        this.offering = offering;
        this.status = status;
        this.madeAt = madeAt;
        this.validFrom = validFrom;
        this.madeBy = madeBy;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public ChoiceEntitlement getEntitlement() {
        return entitlement;
    }

    public Offering getOffering() {
        return offering;
    }

    public ChoiceStatus getStatus() {
        return status;
    }

    public void setStatus(ChoiceStatus status) {
        this.status = status;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public ChoiceMadeBy getMadeBy() {
        return madeBy;
    }

    public String getActor() {
        return actor;
    }

    public ServicePoint getServicePoint() {
        return servicePoint;
    }

    public void setServicePoint(ServicePoint servicePoint) {
        this.servicePoint = servicePoint;
    }

    public String getDefaultRuleDetail() {
        return defaultRuleDetail;
    }

    public void setDefaultRuleDetail(String detail) {
        this.defaultRuleDetail = detail;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public void setAcknowledgedAt(Instant at) {
        this.acknowledgedAt = at;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public long getVersion() {
        return version;
    }
}
