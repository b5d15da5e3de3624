package se.kundval.provider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

import se.kundval.register.Area;
import se.kundval.register.ServiceType;

/**
 * Ansökan om auktorisation: what a provider states to be accredited for one service type. Kept as
 * a draft until submitted; then the commissioning officers decide (or ask for more).
 */
@Entity
public class AccreditationApplication {

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
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    /** The step the provider saved last, so a draft resumes where they left it. */
    private int step = 1;

    private String legalForm;
    private String address;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private Integer capacity;
    private String staffCompetence;

    /** The requirements the provider declares they meet. */
    @ManyToMany
    @JoinTable(
            name = "application_declaration",
            joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "requirement_id"))
    private Set<Requirement> declarations = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "application_area",
            joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    private Set<Area> areas = new HashSet<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("uploadedAt")
    private List<ApplicationAttachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    private List<ApplicationMessage> messages = new ArrayList<>();

    /** Everyone who wrote in it; an officer among them may not decide it (four-eyes). */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(
            name = "application_editor",
            joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "username")
    private Set<String> editors = new HashSet<>();

    private Instant decidedAt;
    private String decidedBy;

    /** APPROVED or REJECTED once decided; rejected applications are removed after their retention. */
    @Enumerated(EnumType.STRING)
    private AccreditationStatus outcome;

    @Column(nullable = false)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant submittedAt;

    /** Given when first submitted (ANS-2026-0012); quoted by the provider and the officers. */
    private String reference;

    @Version
    private long version;

    protected AccreditationApplication() {}

    public AccreditationApplication(Provider provider, ServiceType serviceType, String createdBy, Instant now) {
        this.provider = provider;
        this.serviceType = serviceType;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
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

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getStaffCompetence() {
        return staffCompetence;
    }

    public void setStaffCompetence(String staffCompetence) {
        this.staffCompetence = staffCompetence;
    }

    public Set<Requirement> getDeclarations() {
        return declarations;
    }

    public Set<Area> getAreas() {
        return areas;
    }

    public List<ApplicationAttachment> getAttachments() {
        return attachments;
    }

    public List<ApplicationMessage> getMessages() {
        return messages;
    }

    public Set<String> getEditors() {
        return editors;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public AccreditationStatus getOutcome() {
        return outcome;
    }

    public void decided(String by, Instant at, AccreditationStatus outcome) {
        this.status = ApplicationStatus.DECIDED;
        this.outcome = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public long getVersion() {
        return version;
    }
}
