package se.kundval.provider.ui;

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
        if (form.attachments().isEmpty()) {
            getContent().add(new Paragraph(getTranslation("application.attachments.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("attachments");
        for (ApplicationForm.AttachmentLine a : form.attachments()) {
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
