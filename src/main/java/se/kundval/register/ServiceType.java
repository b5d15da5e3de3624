package se.kundval.register;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import se.kundval.shared.LocalizedText;
import se.kundval.shared.RecordOrigin;

/**
 * Tjänsteområde: a service residents can choose a provider for. Service types are data, so the
 * municipality can add more without a new release.
 */
@Entity
public class ServiceType extends CodedReference {

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    private LocalizedText name;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "description_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedText description;

    @Enumerated(EnumType.STRING)
    private ScopeUnit scopeUnit;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    private int choiceDeadlineDays;
    private int noticePeriodDays;
    private int firstContactWorkingDays;
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    private DefaultProviderRule defaultRule;

    // By id: providers belong to a module that depends on this register.
    @Column(name = "default_provider_id")
    private Long defaultProviderId;

    @Embedded
    @AttributeOverride(name = "sv", column = @Column(name = "default_rule_explanation_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "default_rule_explanation_en"))
    private LocalizedText defaultRuleExplanation;

    protected ServiceType() {}

    public ServiceType(String code, RecordOrigin origin) {
        super(code, origin);
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public ScopeUnit getScopeUnit() {
        return scopeUnit;
    }

    public void setScopeUnit(ScopeUnit scopeUnit) {
        this.scopeUnit = scopeUnit;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public int getChoiceDeadlineDays() {
        return choiceDeadlineDays;
    }

    public void setChoiceDeadlineDays(int days) {
        this.choiceDeadlineDays = days;
    }

    public int getNoticePeriodDays() {
        return noticePeriodDays;
    }

    public void setNoticePeriodDays(int days) {
        this.noticePeriodDays = days;
    }

    public int getFirstContactWorkingDays() {
        return firstContactWorkingDays;
    }

    public void setFirstContactWorkingDays(int days) {
        this.firstContactWorkingDays = days;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public DefaultProviderRule getDefaultRule() {
        return defaultRule;
    }

    public void setDefaultRule(DefaultProviderRule defaultRule) {
        this.defaultRule = defaultRule;
    }
    /** The provider that delivers under the rule {@link DefaultProviderRule#MUNICIPAL_OWN_PRODUCTION}. */
    public Long getDefaultProviderId() {
        return defaultProviderId;
    }

    public void setDefaultProviderId(Long defaultProviderId) {
        this.defaultProviderId = defaultProviderId;
    }

    public LocalizedText getDefaultRuleExplanation() {
        return defaultRuleExplanation;
    }

    public void setDefaultRuleExplanation(LocalizedText text) {
        this.defaultRuleExplanation = text;
    }
}
