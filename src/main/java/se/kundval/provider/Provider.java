package se.kundval.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import se.kundval.identity.Organisationsnummer;
import se.kundval.notification.Recipient;
import se.kundval.shared.RecordOrigin;
import se.kundval.shared.SearchAnalyzers;

/** Utförare / anordnare: an organisation that delivers services, municipal or private. */
@Entity
public class Provider implements Recipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "providerId", projectable = Projectable.YES, searchable = Searchable.NO)
    private Long id;

    /** Stored as NNNNNN-NNNN. */
    @Column(nullable = false, unique = true, length = 11)
    private String orgnr;

    @FullTextField(analyzer = SearchAnalyzers.SWEDISH)
    @FullTextField(
            name = "namePrefix",
            analyzer = SearchAnalyzers.SWEDISH_PREFIX,
            searchAnalyzer = SearchAnalyzers.SWEDISH)
    @KeywordField(name = "nameSort", normalizer = SearchAnalyzers.SORT, sortable = Sortable.YES)
    @GenericField(name = "displayName", projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ProviderType type;

    private String legalForm;
    private String address;
    private String phone;
    private String email;
    private String website;

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected Provider() {}

    public Provider(Organisationsnummer orgnr, RecordOrigin origin) {
        this.orgnr = orgnr.toString();
        this.origin = origin;
    }

    public Long getId() {
        return id;
    }

    public Organisationsnummer getOrgnr() {
        return Organisationsnummer.parse(orgnr);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProviderType getType() {
        return type;
    }

    public void setType(ProviderType type) {
        this.type = type;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public RecordOrigin getOrigin() {
        return origin;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean wantsEmail() {
        return email != null && !email.isBlank();
    }
}
