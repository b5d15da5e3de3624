package se.kundval.register;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/** What a published quality indicator measures (kvalitetsindikator), e.g. overall satisfaction. */
@Entity
public class IndicatorDefinition extends CodedReference {

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name;

    /** One line in plain language saying what the measure means; optional. */
    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "description_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;

    private boolean higherIsBetter;

    @ManyToMany
    @JoinTable(
            name = "indicator_service_type",
            joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "service_type_id"))
    private Set<ServiceType> serviceTypes = new HashSet<>();

    protected IndicatorDefinition() {}

    public IndicatorDefinition(String code, RecordOrigin origin) {
        super(code, origin);
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    /** The explanation, or null when the reference data gives none. */
    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public void setUnit(IndicatorUnit unit) {
        this.unit = unit;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public void setHigherIsBetter(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public Set<ServiceType> getServiceTypes() {
        return serviceTypes;
    }
}
