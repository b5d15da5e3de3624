package se.kundval.choice.ui;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import se.kundval.catalogue.CatalogueService;
import se.kundval.choice.ConversationForm;
import se.kundval.choice.OfficerService;
import se.kundval.identity.Role;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.RecordBinder;

/**
 * "Registrera vägledande samtal": the officer finds or creates the resident and records what they
 * may choose for. The service validates everything again; its messages appear next to the fields.
 */
@Menu(title = "layout.nav.register", order = 61)
@Route("handlaggare/samtal")
@RolesAllowed(Role.HANDLAGGARE)
class RegisterConversationView extends Div implements HasDynamicTitle {

    private final OfficerService officer;
    private final RecordBinder<ConversationForm> binder = new RecordBinder<>(ConversationForm.class);
    private final FormProblems formError = new FormProblems();
    private final GrantsSection grants;

    RegisterConversationView(OfficerService officer, CatalogueService catalogue) {
        this.officer = officer;
        addClassName("register-conversation-view");
        add(new H1(getTranslation("officer.form.heading")), new Paragraph(getTranslation("officer.form.intro")));
        add(formError);
        add(new PersonSection(officer, catalogue.areas(), binder));

        DatePicker heldOn = new DatePicker();
        ComponentTexts.datePicker(heldOn, this);
        heldOn.setLabel(getTranslation("officer.form.heldOn"));
        heldOn.setRequiredIndicatorVisible(true);
        heldOn.setLocale(getLocale());
        heldOn.setValue(LocalDate.now());
        heldOn.setMax(LocalDate.now());
        heldOn.setManualValidation(true);
        binder.bindField(heldOn, "heldOn");
        add(new LabelledSection("conversation", getTranslation("officer.form.conversation"), heldOn));

        grants = new GrantsSection(officer.serviceTypeTerms(getLocale()), heldOn::getValue, binder);
        add(grants);
        WishesSection wishes = new WishesSection(codes -> catalogue.specialisationsOffered(codes, getLocale()), binder);
        grants.addValueChangeListener(e -> wishes.showSpecialisationsFor(e.getValue().stream()
                .map(ConversationForm.Grant::serviceType)
                .distinct()
                .toList()));
        add(wishes);

        Button save = new Button(getTranslation("officer.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-button");
        add(save);
    }

    private void save() {
        binder.clearProblems();
        grants.showProblem(null);
        formError.clear();
        try {
            int created = officer.registerConversation(binder.record());
            Notification.show(getTranslation("officer.form.saved", created), 8000, Notification.Position.TOP_CENTER);
            getUI().ifPresent(ui -> ui.navigate(OfficerEntitlementsView.class));
        } catch (ConcurrentEditException changed) {
            // Someone registered or changed this person after the look-up: nothing was stored.
            formError.show(getTranslation("officer.form.changedMeanwhile"));
        } catch (InvalidInputException rejected) {
            formError.show(getTranslation("officer.form.invalid"));
            RecordBinder.ProblemsShown shown = binder.showProblems(rejected.problems(), this::getTranslation);
            formError.linkTo(shown.atFields());
            // What no field shows (the grants as a whole) is said under the grants' help text.
            shown.elsewhere().forEach(grants::showProblem);
            if (shown.first() instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }

    static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("officer.form.title") + " – " + getTranslation("app.title.suffix");
    }
}
