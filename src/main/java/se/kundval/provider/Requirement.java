package se.kundval.provider;

import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.Version;

import se.kundval.register.ServiceType;
import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/** Förfrågningsunderlag / krav: something a provider must fulfil to be accredited. */
@Entity
public class Requirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    private ServiceType serviceType;

    @Column(nullable = false)
    private String code;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "text_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "text_en"))
    private LocalizedText text;

    private boolean attachmentRequired;

    private int sortOrder;

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected Requirement() {}

    public Requirement(ServiceType serviceType, String code, RecordOrigin origin) {
        this.serviceType = serviceType;
        this.code = code;
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getText() {
        return text;
    }

    public void setText(LocalizedText text) {
        this.text = text;
    }

    public boolean isAttachmentRequired() {
        return attachmentRequired;
    }

    public void setAttachmentRequired(boolean required) {
        this.attachmentRequired = required;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public RecordOrigin getOrigin() {
        return origin;
    }

    public long getVersion() {
        return version;
    }
}
