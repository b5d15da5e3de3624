package se.kundval.commission.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import se.kundval.provider.RequirementService;
import se.kundval.provider.RequirementService.RequirementForm;
import se.kundval.register.CatalogueAdminService.ServiceTypeForm;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;

/** Each service type's requirement checklist (krav) that applications answer. */
class RequirementsSection extends RegisterSection<RequirementForm> {

    RequirementsSection(
            List<ServiceTypeForm> types,
            RequirementService requirementService,
            FormProblems problems,
            Consumer<String> changed) {
        super(RequirementForm.class, problems, changed);
        Select<ServiceTypeForm> type = serviceTypeSelect(types);
        UnorderedList list = new UnorderedList();
        TextField code = field("commission.admin.code");
        TextArea textSv = new TextArea(getTranslation("commission.admin.requirementSv"));
        TextArea textEn = new TextArea(getTranslation("commission.admin.requirementEn"));
        Checkbox attachment = new Checkbox(getTranslation("commission.admin.attachmentRequired"));
        IntegerField order = new IntegerField(getTranslation("commission.admin.sortOrder"));
        order.setValue(0);
        binder.bindField(type, "serviceType", null, t -> t == null ? null : t.code(), c -> byCode(types, c));
        binder.bindField(code, "code")
                .bindField(textSv, "textSv")
                .bindField(textEn, "textEn")
                .bindField(attachment, "attachmentRequired", null)
                .bindField(order, "sortOrder", "sortOrder", RegisterSection::orMinusOne, v -> v);
        type.addValueChangeListener(e -> {
            list.removeAll();
            if (e.getValue() == null) {
                return;
            }
            String t = e.getValue().code();
            requirementService
                    .requirements(t)
                    .forEach(r -> list.add(row(
                            r.textSv() + " (" + r.code() + ")",
                            () -> binder.readRecord(r),
                            () -> requirementService.deleteRequirement(t, r.code()))));
        });
        setSection(new LabelledSection(
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
                saveButton(requirementService::saveRequirement, () -> type.getValue() != null)));
    }
}
