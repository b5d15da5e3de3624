package se.kundval.commission.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;

import se.kundval.register.CatalogueAdminService;
import se.kundval.register.CatalogueAdminService.SpecialisationForm;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;

/** The specialisation vocabulary (inriktningar) providers and wishes use. */
class SpecialisationsSection extends RegisterSection<SpecialisationForm> {

    SpecialisationsSection(CatalogueAdminService admin, FormProblems problems, Consumer<String> changed) {
        super(SpecialisationForm.class, problems, changed);
        TextField code = field("commission.admin.code");
        TextField sv = field("commission.admin.nameSv");
        TextField en = field("commission.admin.nameEn");
        binder.bindField(code, "code").bindField(sv, "nameSv").bindField(en, "nameEn");
        UnorderedList list = new UnorderedList();
        admin.specialisations()
                .forEach(s -> list.add(row(
                        s.nameSv() + " (" + s.code() + ")",
                        () -> binder.readRecord(s),
                        () -> admin.deleteSpecialisation(s.code()))));
        setSection(new LabelledSection(
                "admin-specialisations",
                getTranslation("commission.admin.specialisations"),
                list,
                new H3(getTranslation("commission.admin.form")),
                code,
                sv,
                en,
                saveButton(admin::saveSpecialisation)));
    }
}
