package se.kundval.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

import se.kundval.catalogue.search.ShuffleBinder;
import se.kundval.catalogue.search.SwedishAnalysisConfigurer;
import se.kundval.provider.Accreditation;
import se.kundval.provider.Provider;
import se.kundval.register.Area;
import se.kundval.register.ServiceType;
import se.kundval.register.Specialisation;
import se.kundval.shared.GeoPoint;
import se.kundval.shared.RecordOrigin;

/**
 * Erbjudande: an accredited provider's public listing for one service type. A provider may have
 * several offerings (units) for the same service type.
 */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = ShuffleBinder.class))
public class Offering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(nullable = false, unique = true)
    private String code;

    /** The accreditation this listing rests on: only an approved one is listed. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "accreditation_id")
    @IndexedEmbedded(includePaths = "status")
    // The accreditation has no collection of its offerings (it belongs to a module below this one):
    // CatalogueReactions re-indexes them when its status changes.
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Accreditation accreditation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    @IndexedEmbedded(includePaths = {"name", "namePrefix", "nameSort", "type", "displayName", "providerId"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Provider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    @IndexedEmbedded(includePaths = "code")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private ServiceType serviceType;

    @KeywordField(name = "unitNameSort", normalizer = SwedishAnalysisConfigurer.SORT, sortable = Sortable.YES)
    @GenericField(name = "unitName", projectable = Projectable.YES, searchable = Searchable.NO)
    private String unitName;

    private int capacity;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private boolean takesNewCustomers;

    private String address;

    @Embedded
    @AttributeOverride(name = "lat", column = @Column(name = "lat"))
    @AttributeOverride(name = "lon", column = @Column(name = "lon"))
    @IndexedEmbedded
    private GeoPoint location;

    private String phone;
    private String email;
    private LocalDate lastConfirmed;

    /**
     * When the listing's own facts last changed, for the open-data API (last_modified,
     * modified_after). Set by the callbacks below on every insert and update, including an update
     * that only changed a collection (texts, languages, areas): Hibernate then updates the row
     * for the version increment and runs the callback too.
     */
    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    /** Derived, see {@link QualityScores}: what "best quality first" sorts by. */
    @GenericField(sortable = Sortable.YES)
    private Double qualityScore;

    @ElementCollection
    @CollectionTable(name = "offering_text", joinColumns = @JoinColumn(name = "offering_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, OfferingText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "offering_language", joinColumns = @JoinColumn(name = "offering_id"))
    @Column(name = "lang")
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Set<String> languages = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "offering_specialisation",
            joinColumns = @JoinColumn(name = "offering_id"),
            inverseJoinColumns = @JoinColumn(name = "specialisation_id"))
    private Set<Specialisation> specialisations = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "offering_area",
            joinColumns = @JoinColumn(name = "offering_id"),
            inverseJoinColumns = @JoinColumn(name = "area_id"))
    private Set<Area> areas = new HashSet<>();

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected Offering() {}

    public Offering(String code, Accreditation accreditation, RecordOrigin origin) {
        this.code = code;
        this.accreditation = accreditation;
        this.provider = accreditation.getProvider();
        this.serviceType = accreditation.getServiceType();
        this.origin = origin;
    }

    /** Everything free-text search looks at besides the provider's name, in every language given. */
    @Transient
    @FullTextField(name = "text", analyzer = SwedishAnalysisConfigurer.SWEDISH)
    @FullTextField(
            name = "textPrefix",
            analyzer = SwedishAnalysisConfigurer.SWEDISH_PREFIX,
            searchAnalyzer = SwedishAnalysisConfigurer.SWEDISH)
    @IndexingDependency(
            reindexOnUpdate = ReindexOnUpdate.SHALLOW,
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "texts")),
                @ObjectPath(@PropertyValue(propertyName = "unitName")),
                @ObjectPath(@PropertyValue(propertyName = "specialisations"))
            })
    public List<String> getSearchText() {
        List<String> text = new ArrayList<>();
        if (unitName != null) {
            text.add(unitName);
        }
        for (OfferingText t : texts.values()) {
            Stream.of(t.summary(), t.description(), t.includes(), t.staffCompetence())
                    .filter(Objects::nonNull)
                    .forEach(text::add);
        }
        for (Specialisation s : specialisations) {
            text.add(s.getName().sv());
            if (s.getName().en() != null) {
                text.add(s.getName().en());
            }
        }
        return text;
    }

    /**
     * The names behind the filters, in every portal language: staff languages (Swedish and
     * English names, e.g. "finska", "Finnish"), areas and specialisations. Free text searches
     * them too, so a word means the same as the filter of the same name ("finska" finds exactly
     * the providers the Finska filter finds).
     */
    @Transient
    @FullTextField(name = "terms", analyzer = SwedishAnalysisConfigurer.SWEDISH)
    @FullTextField(
            name = "termsPrefix",
            analyzer = SwedishAnalysisConfigurer.SWEDISH_PREFIX,
            searchAnalyzer = SwedishAnalysisConfigurer.SWEDISH)
    @IndexingDependency(
            reindexOnUpdate = ReindexOnUpdate.SHALLOW,
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "languages")),
                @ObjectPath(@PropertyValue(propertyName = "areas")),
                @ObjectPath(@PropertyValue(propertyName = "specialisations"))
            })
    public List<String> getFilterTerms() {
        List<String> terms = new ArrayList<>();
        for (String code : languages) {
            for (java.util.Locale portal : PORTAL_LOCALES) {
                String name = java.util.Locale.of(code).getDisplayLanguage(portal);
                if (!name.isEmpty() && !name.equals(code)) {
                    terms.add(name);
                }
            }
        }
        for (Area a : areas) {
            terms.add(a.getName());
        }
        for (Specialisation s : specialisations) {
            terms.add(s.getName().sv());
            if (s.getName().en() != null) {
                terms.add(s.getName().en());
            }
        }
        return terms;
    }

    /** The languages the portal is written in: language names are indexed in each of them. */
    private static final List<java.util.Locale> PORTAL_LOCALES =
            List.of(java.util.Locale.of("sv"), java.util.Locale.ENGLISH);

    @Transient
    @KeywordField(name = "area", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(
            reindexOnUpdate = ReindexOnUpdate.SHALLOW,
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "areas")))
    public List<String> getAreaCodes() {
        return areas.stream().map(Area::getCode).toList();
    }

    @Transient
    @KeywordField(name = "specialisation", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(
            reindexOnUpdate = ReindexOnUpdate.SHALLOW,
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "specialisations")))
    public List<String> getSpecialisationCodes() {
        return specialisations.stream().map(Specialisation::getCode).toList();
    }

    /**
     * The card's summary in Swedish, stored in the index so the result list is built from the
     * index alone (no database round trip per page); see {@link CatalogueService#find}.
     */
    @Transient
    @GenericField(name = "summarySv", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "texts")))
    public String getSummarySv() {
        OfferingText t = texts.get("sv");
        return t == null ? null : t.summary();
    }

    /** The card's summary in English, if the provider wrote one. */
    @Transient
    @GenericField(name = "summaryEn", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "texts")))
    public String getSummaryEn() {
        OfferingText t = texts.get("en");
        return t == null ? null : t.summary();
    }

    /**
     * Listed in the catalogue: the accreditation is approved and the provider has written the
     * listing in Swedish (a newly approved provider's page appears when they have).
     */
    public boolean isListed() {
        return accreditation.getStatus().isListable() && isWrittenInSwedish();
    }

    @GenericField
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "texts")))
    public boolean isWrittenInSwedish() {
        OfferingText sv = texts.get("sv");
        return sv != null && sv.summary() != null && !sv.summary().isBlank();
    }

    /** The text in the visitor's language if the provider gave one, otherwise Swedish. */
    public Optional<OfferingText> textFor(Locale locale) {
        OfferingText text = texts.get(locale.getLanguage());
        return Optional.ofNullable(text != null ? text : texts.get("sv"));
    }

    @PrePersist
    @PreUpdate
    void touch() {
        modifiedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Accreditation getAccreditation() {
        return accreditation;
    }

    public Provider getProvider() {
        return provider;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public boolean isTakesNewCustomers() {
        return takesNewCustomers;
    }

    public void setTakesNewCustomers(boolean takes) {
        this.takesNewCustomers = takes;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public void setLocation(GeoPoint location) {
        this.location = location;
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

    public LocalDate getLastConfirmed() {
        return lastConfirmed;
    }

    public void setLastConfirmed(LocalDate lastConfirmed) {
        this.lastConfirmed = lastConfirmed;
    }

    public Double getQualityScore() {
        return qualityScore;
    }

    void setQualityScore(Double qualityScore) {
        this.qualityScore = qualityScore;
    }

    public Map<String, OfferingText> getTexts() {
        return texts;
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public Set<Specialisation> getSpecialisations() {
        return specialisations;
    }

    public Set<Area> getAreas() {
        return areas;
    }

    public RecordOrigin getOrigin() {
        return origin;
    }

    public void markEditedInPortal() {
        this.origin = RecordOrigin.PORTAL;
    }

    public long getVersion() {
        return version;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }
}
