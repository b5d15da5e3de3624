package se.kundval.commission.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import se.kundval.register.CatalogueAdminService;
import se.kundval.register.CatalogueAdminService.AreaForm;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;

/** The areas (områden) with their centre point. */
class AreasSection extends RegisterSection<AreaForm> {

    AreasSection(CatalogueAdminService admin, FormProblems problems, Consumer<String> changed) {
        super(AreaForm.class, problems, changed);
        TextField code = field("commission.admin.code");
        TextField name = field("commission.admin.name");
        NumberField lat = new NumberField(getTranslation("commission.admin.lat"));
        NumberField lon = new NumberField(getTranslation("commission.admin.lon"));
        binder.bindField(code, "code").bindField(name, "name");
        // The service judges latitude and longitude together as the area's "centre".
        binder.bindField(lat, "lat", "centre").bindField(lon, "lon", null);
        UnorderedList list = new UnorderedList();
        admin.areas()
                .forEach(a -> list.add(row(
                        a.name() + " (" + a.code() + ")",
                        () -> binder.readRecord(a),
                        () -> admin.deleteArea(a.code()))));
        setSection(new LabelledSection(
                "admin-areas",
                getTranslation("commission.admin.areas"),
                list,
                new H3(getTranslation("commission.admin.form")),
                code,
                name,
                lat,
                lon,
                saveButton(admin::saveArea)));
    }
}
