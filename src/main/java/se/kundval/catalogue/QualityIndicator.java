package se.kundval.catalogue;

import java.math.BigDecimal;

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

import se.kundval.provider.Provider;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.ServiceType;
import se.kundval.shared.RecordOrigin;

/** A published, dated measure for one provider and service type (kvalitetsindikator). */
@Entity
public class QualityIndicator {

    /** Fewer respondents than this and the value is not shown ("för få svar"). */
    public static final int MIN_RESPONDENTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    private ServiceType serviceType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private IndicatorDefinition indicator;

    @Column(name = "measure_year")
    private int year;

    @Column(name = "measured_value")
    private BigDecimal value;

    private Integer respondents;

    /** The whole country's figure for the same measure and year, when the source gives one. */
    @Column(name = "national_value")
    private BigDecimal nationalValue;

    private String source;

    @Enumerated(EnumType.STRING)
    private RecordOrigin origin = RecordOrigin.PORTAL;

    @Version
    private long version;

    protected QualityIndicator() {}

    public QualityIndicator(
            Provider provider, ServiceType serviceType, IndicatorDefinition indicator, int year, RecordOrigin origin) {
        this.provider = provider;
        this.serviceType = serviceType;
        this.indicator = indicator;
        this.year = year;
        this.origin = origin;
    }

    /** Whether the value may be shown: measured, and not from too few respondents. */
    public boolean isPublishable() {
        return value != null && (respondents == null || respondents >= MIN_RESPONDENTS);
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

    public IndicatorDefinition getIndicator() {
        return indicator;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Integer getRespondents() {
        return respondents;
    }

    public void setRespondents(Integer respondents) {
        this.respondents = respondents;
    }

    public BigDecimal getNationalValue() {
        return nationalValue;
    }

    public void setNationalValue(BigDecimal nationalValue) {
        this.nationalValue = nationalValue;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public RecordOrigin getOrigin() {
        return origin;
    }

    public long getVersion() {
        return version;
    }
}
