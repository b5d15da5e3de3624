package se.kundval.provider.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * The buttons under a step: "Tillbaka", "Spara och fortsätt" (or "Skicka in" on the last step) and
 * "Spara utkast". Every move between steps saves the draft first.
 */
class StepActions extends Composite<Div> {

    static final int STEPS = 5;

    /** @param save saves the draft and goes to the given step */
    StepActions(int step, IntConsumer save, Runnable submit) {
        Div actions = getContent();
        actions.addClassName("actions");
        if (step > 1) {
            actions.add(button("application.back", "back-button", false, () -> save.accept(step - 1)));
        }
        actions.add(
                step < STEPS
                        ? button("application.next", "next-button", true, () -> save.accept(step + 1))
                        : button("application.submit", "submit-button", true, submit));
        actions.add(button("application.saveDraft", "save-draft-button", false, () -> save.accept(step)));
    }

    private Button button(String key, String className, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        button.addClassName(className);
        return button;
    }

    /** The step whose fields show the service's message about {@code field}. */
    static int stepOf(String field) {
        return switch (field) {
            case "legalForm", "address", "contactName", "contactEmail", "contactPhone", "orgnr" -> 1;
            case "declarations" -> 2;
            case "areas", "capacity", "staffCompetence" -> 3;
            case "attachments" -> 4;
            default -> field.startsWith("attachments.") ? 4 : STEPS;
        };
    }
}
