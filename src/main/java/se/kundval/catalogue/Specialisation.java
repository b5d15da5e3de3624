package se.kundval.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A term from the specialisation vocabulary (e.g. demenskompetens). */
@Entity
public class Specialisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected Specialisation() {
    }

    public Specialisation(String code, RecordOrigin origin) {
        this.code = code;
        this.origin = origin;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public LocalizedText getName() { return name; }
    public void setName(LocalizedText name) { this.name = name; }
    public RecordOrigin getOrigin() { return origin; }
    public long getVersion() { return version; }
}
