package se.kundval.commission.ui;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.identity.Role;
import se.kundval.provider.RequirementService;
import se.kundval.provider.RequirementService.RequirementForm;
import se.kundval.register.CatalogueAdminService;
import se.kundval.register.CatalogueAdminService.AreaForm;
import se.kundval.register.CatalogueAdminService.ServicePointForm;
import se.kundval.register.CatalogueAdminService.ServiceTypeForm;
import se.kundval.register.CatalogueAdminService.SpecialisationForm;
import se.kundval.register.DefaultProviderRule;
import se.kundval.register.Delivery;
import se.kundval.register.ScopeUnit;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.LabelledSection;

/**
 * Catalogue administration: areas, service points, the specialisation vocabulary, service types'
 * terms and each type's requirement checklist. Each section lists what exists (choose "Ändra"
 * to fill in the form) and saves through the service, which validates; its messages appear next to
 * the fields. Deleting something in use is refused with the reason.
 */
@Route("huvudman/katalog")
@RolesAllowed(Role.HUVUDMAN)
class CatalogueAdminView extends Div implements HasDynamicTitle {

    private final CatalogueAdminService admin;
    private final RequirementService requirementService;
    private final Div status = new Div();
    private final Div alert = new Div();

    CatalogueAdminView(CatalogueAdminService admin, RequirementService requirementService) {
        this.requirementService = requirementService;
        this.admin = admin;
        addClassName("catalogue-admin-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("status-message");
        alert.getElement().setAttribute("role", "alert");
        alert.addClassName("alert");
        build();
    }

    private void build() {
        removeAll();
        add(
                new H1(getTranslation("commission.admin.heading")),
                status,
                alert,
                areas(),
                servicePoints(),
                specialisations(),
                serviceTypes(),
                requirements());
    }

    private Component areas() {
        TextField code = field("commission.admin.code");
        TextField name = field("commission.admin.name");
        NumberField lat = new NumberField(getTranslation("commission.admin.lat"));
        NumberField lon = new NumberField(getTranslation("commission.admin.lon"));
        Map<String, Component> fields = Map.of("code", code, "name", name, "centre", lat);
        UnorderedList list = new UnorderedList();
        admin.areas()
                .forEach(a -> list.add(row(
                        a.name() + " (" + a.code() + ")",
                        () -> {
                            code.setValue(a.code());
                            name.setValue(a.name());
                            lat.setValue(a.lat());
                            lon.setValue(a.lon());
                        },
                        () -> admin.deleteArea(a.code()))));
        Button save = save(
                () -> admin.saveArea(new AreaForm(code.getValue(), name.getValue(), lat.getValue(), lon.getValue())),
                fields);
        return new LabelledSection(
                "admin-areas",
                getTranslation("commission.admin.areas"),
                list,
                new H3(getTranslation("commission.admin.form")),
                code,
                name,
                lat,
                lon,
                save);
    }

    private Component servicePoints() {
        TextField code = field("commission.admin.code");
        TextField name = field("commission.admin.name");
        Select<String> area = new Select<>();
        area.setLabel(getTranslation("commission.admin.area"));
        area.setItems(admin.areas().stream().map(AreaForm::code).toList());
        area.setItemLabelGenerator(c -> admin.areas().stream()
                .filter(a -> a.code().equals(c))
                .map(AreaForm::name)
                .findFirst()
                .orElse(c));
        TextField address = field("commission.admin.address");
        TextField hoursSv = field("commission.admin.hoursSv");
        TextField hoursEn = field("commission.admin.hoursEn");
        Map<String, Component> fields = Map.of(
                "code", code, "name", name, "area", area, "address", address, "hoursSv", hoursSv, "hoursEn", hoursEn);
        UnorderedList list = new UnorderedList();
        admin.servicePoints()
                .forEach(p -> list.add(row(
                        p.name() + " (" + p.code() + ")",
                        () -> {
                            code.setValue(p.code());
                            name.setValue(p.name());
                            area.setValue(p.areaCode());
                            address.setValue(p.address());
                            hoursSv.setValue(p.hoursSv() == null ? "" : p.hoursSv());
                            hoursEn.setValue(p.hoursEn() == null ? "" : p.hoursEn());
                        },
                        () -> admin.deleteServicePoint(p.code()))));
        Button save = save(
                () -> admin.saveServicePoint(new ServicePointForm(
                        code.getValue(),
                        name.getValue(),
                        area.getValue(),
                        address.getValue(),
                        hoursSv.getValue(),
                        hoursEn.getValue())),
                fields);
        return new LabelledSection(
                "admin-service-points",
                getTranslation("commission.admin.servicePoints"),
                list,
                new H3(getTranslation("commission.admin.form")),
                code,
                name,
                area,
                address,
                hoursSv,
                hoursEn,
                save);
    }

    private Component specialisations() {
        TextField code = field("commission.admin.code");
        TextField sv = field("commission.admin.nameSv");
        TextField en = field("commission.admin.nameEn");
        Map<String, Component> fields = Map.of("code", code, "nameSv", sv, "nameEn", en);
        UnorderedList list = new UnorderedList();
        admin.specialisations()
                .forEach(s -> list.add(row(
                        s.nameSv() + " (" + s.code() + ")",
                        () -> {
                            code.setValue(s.code());
                            sv.setValue(s.nameSv());
                            en.setValue(s.nameEn() == null ? "" : s.nameEn());
                        },
                        () -> admin.deleteSpecialisation(s.code()))));
        Button save = save(
                () -> admin.saveSpecialisation(new SpecialisationForm(code.getValue(), sv.getValue(), en.getValue())),
                fields);
        return new LabelledSection(
                "admin-specialisations",
                getTranslation("commission.admin.specialisations"),
                list,
                new H3(getTranslation("commission.admin.form")),
                code,
                sv,
                en,
                save);
    }

    private Component serviceTypes() {
        Select<ServiceTypeForm> type = new Select<>();
        type.setLabel(getTranslation("commission.admin.serviceType"));
        type.setItems(admin.serviceTypes());
        type.setItemLabelGenerator(ServiceTypeForm::nameSv);
        TextField nameSv = field("commission.admin.nameSv");
        TextField nameEn = field("commission.admin.nameEn");
        TextArea descriptionSv = new TextArea(getTranslation("commission.admin.descriptionSv"));
        TextArea descriptionEn = new TextArea(getTranslation("commission.admin.descriptionEn"));
        Select<ScopeUnit> unit = new Select<>();
        unit.setLabel(getTranslation("commission.admin.scopeUnit"));
        unit.setItems(ScopeUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("officer.form.unit." + u.name()));
        Select<Delivery> delivery = new Select<>();
        delivery.setLabel(getTranslation("commission.admin.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("commission.admin.delivery." + d.name()));
        IntegerField deadline = new IntegerField(getTranslation("commission.admin.deadlineDays"));
        IntegerField notice = new IntegerField(getTranslation("commission.admin.noticeDays"));
        IntegerField contact = new IntegerField(getTranslation("commission.admin.contactDays"));
        Select<DefaultProviderRule> rule = new Select<>();
        rule.setLabel(getTranslation("commission.admin.defaultRule"));
        rule.setItems(DefaultProviderRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("commission.admin.defaultRule." + r.name()));
        TextArea ruleSv = new TextArea(getTranslation("commission.admin.defaultRuleSv"));
        TextArea ruleEn = new TextArea(getTranslation("commission.admin.defaultRuleEn"));
        type.addValueChangeListener(e -> {
            ServiceTypeForm t = e.getValue();
            if (t == null) {
                return;
            }
            nameSv.setValue(t.nameSv());
            nameEn.setValue(t.nameEn() == null ? "" : t.nameEn());
            descriptionSv.setValue(t.descriptionSv());
            descriptionEn.setValue(t.descriptionEn() == null ? "" : t.descriptionEn());
            unit.setValue(t.scopeUnit());
            delivery.setValue(t.delivery());
            deadline.setValue(t.choiceDeadlineDays());
            notice.setValue(t.noticePeriodDays());
            contact.setValue(t.firstContactWorkingDays());
            rule.setValue(t.defaultRule());
            ruleSv.setValue(t.defaultRuleSv() == null ? "" : t.defaultRuleSv());
            ruleEn.setValue(t.defaultRuleEn() == null ? "" : t.defaultRuleEn());
        });
        Map<String, Component> fields = new HashMap<>();
        fields.put("nameSv", nameSv);
        fields.put("nameEn", nameEn);
        fields.put("descriptionSv", descriptionSv);
        fields.put("descriptionEn", descriptionEn);
        fields.put("scopeUnit", unit);
        fields.put("delivery", delivery);
        fields.put("choiceDeadlineDays", deadline);
        fields.put("noticePeriodDays", notice);
        fields.put("firstContactWorkingDays", contact);
        fields.put("defaultRule", rule);
        fields.put("defaultRuleSv", ruleSv);
        fields.put("defaultRuleEn", ruleEn);
        Button save = save(
                () -> {
                    if (type.getValue() == null) {
                        throw new InvalidInputException(Map.of("code", "commission.admin.notFound"));
                    }
                    admin.saveServiceType(new ServiceTypeForm(
                            type.getValue().code(),
                            nameSv.getValue(),
                            nameEn.getValue(),
                            descriptionSv.getValue(),
                            descriptionEn.getValue(),
                            unit.getValue(),
                            delivery.getValue(),
                            number(deadline),
                            number(notice),
                            number(contact),
                            rule.getValue(),
                            ruleSv.getValue(),
                            ruleEn.getValue()));
                },
                fields);
        return new LabelledSection(
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
                save);
    }

    private Component requirements() {
        Select<ServiceTypeForm> type = new Select<>();
        type.setLabel(getTranslation("commission.admin.serviceType"));
        type.setItems(admin.serviceTypes());
        type.setItemLabelGenerator(ServiceTypeForm::nameSv);
        UnorderedList list = new UnorderedList();
        TextField code = field("commission.admin.code");
        TextArea textSv = new TextArea(getTranslation("commission.admin.requirementSv"));
        TextArea textEn = new TextArea(getTranslation("commission.admin.requirementEn"));
        Checkbox attachment = new Checkbox(getTranslation("commission.admin.attachmentRequired"));
        IntegerField order = new IntegerField(getTranslation("commission.admin.sortOrder"));
        order.setValue(0);
        Runnable fill = () -> {
            list.removeAll();
            if (type.getValue() == null) {
                return;
            }
            String t = type.getValue().code();
            requirementService
                    .requirements(t)
                    .forEach(r -> list.add(row(
                            r.textSv() + " (" + r.code() + ")",
                            () -> {
                                code.setValue(r.code());
                                textSv.setValue(r.textSv());
                                textEn.setValue(r.textEn() == null ? "" : r.textEn());
                                attachment.setValue(r.attachmentRequired());
                                order.setValue(r.sortOrder());
                            },
                            () -> requirementService.deleteRequirement(t, r.code()))));
        };
        type.addValueChangeListener(e -> fill.run());
        Map<String, Component> fields = Map.of("code", code, "textSv", textSv, "textEn", textEn, "sortOrder", order);
        Button save = save(
                () -> {
                    if (type.getValue() == null) {
                        throw new InvalidInputException(Map.of("code", "commission.admin.notFound"));
                    }
                    requirementService.saveRequirement(new RequirementForm(
                            type.getValue().code(),
                            code.getValue(),
                            textSv.getValue(),
                            textEn.getValue(),
                            attachment.getValue(),
                            number(order)));
                },
                fields);
        return new LabelledSection(
                "admin-requirements",
                getTranslation("commission.admin.requirements"),
                type,
                list,
                new H3(getTranslation("commission.admin.form")),
                code,
                textSv,
                textEn,
                attachment,
                order,
                save);
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private TextField field(String key) {
        TextField field = new TextField(getTranslation(key));
        field.setManualValidation(true);
        return field;
    }

    private ListItem row(String label, Runnable edit, Runnable delete) {
        Button change = new Button(getTranslation("commission.admin.edit"), e -> edit.run());
        change.addThemeVariants(ButtonVariant.TERTIARY);
        change.getElement().setAttribute("aria-label", getTranslation("commission.admin.edit") + " " + label);
        Button remove = new Button(getTranslation("commission.admin.delete"), e -> {
            alert.setText("");
            try {
                delete.run();
                build();
                status.setText(getTranslation("commission.admin.deleted", label));
            } catch (InvalidInputException invalid) {
                alert.setText(
                        getTranslation(invalid.problems().values().iterator().next()));
            }
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.getElement().setAttribute("aria-label", getTranslation("commission.admin.delete") + " " + label);
        return new ListItem(new Span(label + " "), change, remove);
    }

    private Button save(Runnable action, Map<String, Component> fields) {
        Button save = new Button(getTranslation("commission.admin.save"), e -> {
            alert.setText("");
            fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
            try {
                action.run();
                build();
                status.setText(getTranslation("commission.admin.saved"));
            } catch (InvalidInputException invalid) {
                alert.setText(getTranslation("application.invalid"));
                invalid.problems().forEach((field, key) -> {
                    Component c = fields.get(field);
                    if (c instanceof HasValidation v) {
                        v.setErrorMessage(getTranslation(key));
                        v.setInvalid(true);
                    } else {
                        alert.setText(getTranslation("application.invalid") + " " + getTranslation(key));
                    }
                });
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        return save;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.admin.heading") + " – " + getTranslation("app.title.suffix");
    }
}
