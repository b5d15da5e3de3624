package se.kundval.provider.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ApplicationStatus;
import se.kundval.provider.ProviderService;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;

/** The messages between the commissioning officers and the provider; an answer when asked to complete. */
class ApplicationMessages extends Composite<Div> {

    /**
     * @param answered reloads the page after the answer, with the status message to show
     * @param conflict shows that someone else changed the application meanwhile
     */
    ApplicationMessages(
            ProviderService providers, long id, ApplicationForm form, Consumer<String> answered, Runnable conflict) {
        Div box = getContent();
        box.add(new H2(getTranslation("application.messages")));
        box.addClassName("application-messages");
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Stockholm"));
        UnorderedList list = new UnorderedList();
        form.messages()
                .forEach(m -> list.add(new ListItem(
                        getTranslation("application.messages." + m.role().name()) + ", " + times.format(m.at()) + ": "
                                + m.text())));
        box.add(list);
        if (form.status() == ApplicationStatus.COMPLETION_REQUESTED) {
            TextArea answer = new TextArea(getTranslation("application.answer"));
            answer.setMaxLength(4000);
            answer.setManualValidation(true);
            Button send = new Button(getTranslation("application.answer.send"), e -> {
                try {
                    providers.answer(id, form.version(), answer.getValue());
                    answered.accept(getTranslation("application.submitted"));
                } catch (InvalidInputException invalid) {
                    answer.setErrorMessage(getTranslation(
                            invalid.problems().values().iterator().next()));
                    answer.setInvalid(true);
                } catch (ConcurrentEditException edited) {
                    conflict.run();
                }
            });
            box.add(answer, send);
        }
    }
}
