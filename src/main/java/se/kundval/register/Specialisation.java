package se.kundval.register;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/** A term from the specialisation vocabulary (e.g. demenskompetens). */
@Entity
public class Specialisation extends CodedReference {

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name;

    protected Specialisation() {}

    public Specialisation(String code, RecordOrigin origin) {
        super(code, origin);
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }
}
