package se.kundval.commission.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import se.kundval.register.CatalogueAdminService;
import se.kundval.register.CatalogueAdminService.AreaForm;
import se.kundval.register.CatalogueAdminService.ServicePointForm;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;

/** The service points (servicepunkter) where residents get help. */
class ServicePointsSection extends RegisterSection<ServicePointForm> {

    ServicePointsSection(CatalogueAdminService admin, FormProblems problems, Consumer<String> changed) {
        super(ServicePointForm.class, problems, changed);
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
        binder.bindField(code, "code")
                .bindField(name, "name")
                .bindField(area, "areaCode", "area")
                .bindField(address, "address")
                .bindField(hoursSv, "hoursSv")
                .bindField(hoursEn, "hoursEn");
        UnorderedList list = new UnorderedList();
        admin.servicePoints()
                .forEach(p -> list.add(row(
                        p.name() + " (" + p.code() + ")",
                        () -> binder.readRecord(p),
                        () -> admin.deleteServicePoint(p.code()))));
        setSection(new LabelledSection(
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
                saveButton(admin::saveServicePoint)));
    }
}
