package se.kundval.commission.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.identity.Role;
import se.kundval.provider.RequirementService;
import se.kundval.register.CatalogueAdminService;
import se.kundval.shared.ui.FormProblems;

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
    private final FormProblems alert = new FormProblems();

    CatalogueAdminView(CatalogueAdminService admin, RequirementService requirementService) {
        this.requirementService = requirementService;
        this.admin = admin;
        addClassName("catalogue-admin-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("status-message");
        build();
    }

    /** Rebuilds every section from the registers, so lists and choices show the latest state. */
    private void build() {
        removeAll();
        add(
                new H1(getTranslation("commission.admin.heading")),
                status,
                alert,
                new AreasSection(admin, alert, this::changed),
                new ServicePointsSection(admin, alert, this::changed),
                new SpecialisationsSection(admin, alert, this::changed),
                new ServiceTypesSection(admin, alert, this::changed),
                new RequirementsSection(admin.serviceTypes(), requirementService, alert, this::changed));
    }

    private void changed(String message) {
        build();
        status.setText(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.admin.heading") + " – " + getTranslation("app.title.suffix");
    }
}
