package se.kundval.commission.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.kundval.register.CatalogueAdminService;
import se.kundval.register.CatalogueAdminService.ServiceTypeForm;
import se.kundval.register.DefaultProviderRule;
import se.kundval.register.Delivery;
import se.kundval.register.ScopeUnit;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;

/** The terms of each service type: names, scope unit, deadlines and the default-provider rule. */
class ServiceTypesSection extends RegisterSection<ServiceTypeForm> {

    ServiceTypesSection(CatalogueAdminService admin, FormProblems problems, Consumer<String> changed) {
        super(ServiceTypeForm.class, problems, changed);
        List<ServiceTypeForm> types = admin.serviceTypes();
        Select<ServiceTypeForm> type = serviceTypeSelect(types);
        Select<ScopeUnit> unit = new Select<>();
        unit.setLabel(getTranslation("commission.admin.scopeUnit"));
        unit.setItems(ScopeUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("officer.form.unit." + u.name()));
        Select<Delivery> delivery = new Select<>();
        delivery.setLabel(getTranslation("commission.admin.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("commission.admin.delivery." + d.name()));
        Select<DefaultProviderRule> rule = new Select<>();
        rule.setLabel(getTranslation("commission.admin.defaultRule"));
        rule.setItems(DefaultProviderRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("commission.admin.defaultRule." + r.name()));
        TextField nameSv = field("commission.admin.nameSv");
        TextField nameEn = field("commission.admin.nameEn");
        TextArea descriptionSv = new TextArea(getTranslation("commission.admin.descriptionSv"));
        TextArea descriptionEn = new TextArea(getTranslation("commission.admin.descriptionEn"));
        IntegerField deadline = new IntegerField(getTranslation("commission.admin.deadlineDays"));
        IntegerField notice = new IntegerField(getTranslation("commission.admin.noticeDays"));
        IntegerField contact = new IntegerField(getTranslation("commission.admin.contactDays"));
        TextArea ruleSv = new TextArea(getTranslation("commission.admin.defaultRuleSv"));
        TextArea ruleEn = new TextArea(getTranslation("commission.admin.defaultRuleEn"));
        // The chosen type is the record's code; the service names no problem after it.
        binder.bindField(type, "code", null, t -> t == null ? null : t.code(), code -> byCode(types, code));
        binder.bindField(nameSv, "nameSv")
                .bindField(nameEn, "nameEn")
                .bindField(descriptionSv, "descriptionSv")
                .bindField(descriptionEn, "descriptionEn")
                .bindField(unit, "scopeUnit")
                .bindField(delivery, "delivery")
                .bindField(rule, "defaultRule")
                .bindField(ruleSv, "defaultRuleSv")
                .bindField(ruleEn, "defaultRuleEn");
        // An empty number goes to the service as -1, which it refuses with a message.
        binder.bindField(deadline, "choiceDeadlineDays", "choiceDeadlineDays", RegisterSection::orMinusOne, v -> v)
                .bindField(notice, "noticePeriodDays", "noticePeriodDays", RegisterSection::orMinusOne, v -> v)
                .bindField(
                        contact,
                        "firstContactWorkingDays",
                        "firstContactWorkingDays",
                        RegisterSection::orMinusOne,
                        v -> v);
        type.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                binder.readRecord(e.getValue());
            }
        });
        setSection(new LabelledSection(
                "admin-service-types",
                getTranslation("commission.admin.serviceTypes"),
                type,
                nameSv,
                nameEn,
                descriptionSv,
                descriptionEn,
                unit,
                delivery,
                deadline,
                notice,
                contact,
                rule,
                ruleSv,
                ruleEn,
                saveButton(admin::saveServiceType, () -> type.getValue() != null)));
    }
}
