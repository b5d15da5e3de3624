package se.kundval.register;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import se.kundval.shared.RecordOrigin;

/**
 * Reference data the municipality maintains, identified by a stable code (service types, areas,
 * service points, specialisations, indicators): the code links providers-data, the import and
 * the portal; {@link RecordOrigin} tells the import whether it may update the row.
 */
@MappedSuperclass
public abstract class CodedReference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField
    @Column(nullable = false, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected CodedReference() {}

    protected CodedReference(String code, RecordOrigin origin) {
        this.code = code;
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public RecordOrigin getOrigin() {
        return origin;
    }

    public long getVersion() {
        return version;
    }

    /** Changed by an officer in the portal: the start-up import leaves it alone from now on. */
    public void markEditedInPortal() {
        this.origin = RecordOrigin.PORTAL;
    }
}
