package se.kundval.choice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import se.kundval.register.ServiceType;
import se.kundval.register.Specialisation;

/**
 * Valmöjlighet / beslut om insats: a resident's right to choose a provider for one service type,
 * with scope, wishes and a deadline. Every state change is kept as an {@link EntitlementEvent}.
 */
@Entity
public class ChoiceEntitlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Set only for demo entitlements from providers-data, so the import can recognise them. */
    private String importKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    private GuidanceConversation conversation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id")
    private Resident resident;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    private ServiceType serviceType;

    /** In the service type's scope unit. */
    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntitlementStatus status = EntitlementStatus.WAITING_FOR_CHOICE;

    @Column(nullable = false)
    private LocalDate deadline;

    private String wishText;

    @ElementCollection
    @CollectionTable(name = "entitlement_wish_language", joinColumns = @JoinColumn(name = "entitlement_id"))
    @Column(name = "lang")
    private Set<String> wishedLanguages = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "entitlement_wish_specialisation",
            joinColumns = @JoinColumn(name = "entitlement_id"),
            inverseJoinColumns = @JoinColumn(name = "specialisation_id"))
    private Set<Specialisation> wishedSpecialisations = new HashSet<>();

    @OneToMany(mappedBy = "entitlement", cascade = CascadeType.ALL)
    @OrderBy("occurredAt")
    private List<EntitlementEvent> history = new ArrayList<>();

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ChoiceEntitlement() {}

    public ChoiceEntitlement(
            GuidanceConversation conversation,
            ServiceType serviceType,
            BigDecimal scope,
            LocalDate deadline,
            Instant createdAt) {
        this.conversation = conversation;
        this.resident = conversation.getResident();
        this.serviceType = serviceType;
        this.scope = scope;
        this.deadline = deadline;
        this.createdAt = createdAt;
    }

    /** Records a state change on the entitlement's history. */
    public void record(Instant at, String actor, String eventType, String detail) {
        history.add(new EntitlementEvent(this, at, actor, eventType, detail));
    }

    public void setStatus(EntitlementStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getImportKey() {
        return importKey;
    }

    public void setImportKey(String importKey) {
        this.importKey = importKey;
    }

    public GuidanceConversation getConversation() {
        return conversation;
    }

    public Resident getResident() {
        return resident;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public BigDecimal getScope() {
        return scope;
    }

    public EntitlementStatus getStatus() {
        return status;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getWishText() {
        return wishText;
    }

    /** A correction by the case officer (the decision said more or less help than was registered). */
    public void setScope(BigDecimal scope) {
        this.scope = scope;
    }

    public void setWishText(String wishText) {
        this.wishText = wishText;
    }

    public Set<String> getWishedLanguages() {
        return wishedLanguages;
    }

    public Set<Specialisation> getWishedSpecialisations() {
        return wishedSpecialisations;
    }

    public List<EntitlementEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
