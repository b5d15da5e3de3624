package se.kundval.provider.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ProviderService;

/** The application's attachments as download links; while editing, each with "Ta bort". */
class AttachmentList extends Composite<Div> {

    /** @param removed called after an attachment is removed (null: the list is read only) */
    AttachmentList(ProviderService providers, ApplicationForm form, Runnable removed) {
        this(providers, form, form.attachments(), removed, "application.attachments.none");
    }

    /**
     * Some of the application's files (those proving one requirement, say).
     *
     * @param noneKey what to say when there are none
     */
    AttachmentList(
            ProviderService providers,
            ApplicationForm form,
            List<ApplicationForm.AttachmentLine> shown,
            Runnable removed,
            String noneKey) {
        if (shown.isEmpty()) {
            getContent().add(new Paragraph(getTranslation(noneKey)));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("attachments");
        for (ApplicationForm.AttachmentLine a : shown) {
            Anchor download = new Anchor(
                    event -> {
                        byte[] content = providers.attachment(a.id()).orElseThrow();
                        event.setFileName(a.fileName());
                        event.setContentType("application/pdf");
                        event.setContentLength(content.length);
                        event.getOutputStream().write(content);
                    },
                    getTranslation(
                            "application.attachments.download", a.fileName(), Math.max(1, a.sizeBytes() / 1024)));
            ListItem item = new ListItem(download);
            // Which requirement the file proves, in words, so a reader of the summary sees it.
            form.requirements().stream()
                    .filter(r -> r.code().equals(a.requirementCode()))
                    .findFirst()
                    .ifPresent(
                            r -> item.add(new Span(" " + getTranslation("application.attachments.proves", r.text()))));
            if (a.confidential()) {
                item.add(new Span(" " + getTranslation("application.attachments.confidentialMark")));
            }
            if (removed != null) {
                Button remove = new Button(getTranslation("application.attachments.remove", a.fileName()), e -> {
                    providers.removeAttachment(a.id());
                    removed.run();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                item.add(remove);
            }
            list.add(item);
        }
        getContent().add(list);
    }
}
