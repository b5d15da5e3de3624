package se.kundval.provider.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ProviderService;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.FormProblems;

/** Step 4: PDF attachments, each optionally marked confidential. */
class AttachmentsStep extends Composite<Div> {

    /**
     * @param reload reloads the page, with the status message to show (or null)
     */
    AttachmentsStep(
            ProviderService providers, long id, ApplicationForm form, FormProblems alert, Consumer<String> reload) {
        Checkbox confidential = new Checkbox(getTranslation("application.attachments.confidential"));
        UI ui = UI.getCurrent();
        // The upload arrives outside the UI's lock; the page is updated through ui.access.
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            boolean secret = confidential.getValue();
            try {
                providers.addAttachment(id, meta.fileName(), bytes, secret);
                ui.access(() -> reload.accept(getTranslation("application.attachments.added", meta.fileName())));
            } catch (InvalidInputException invalid) {
                ui.access(() -> alert.show(
                        getTranslation(invalid.problems().values().iterator().next())));
            }
        }));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(ProviderService.MAX_ATTACHMENT_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("application.attachments.upload")));
        upload.addFileRejectedListener(e -> alert.show(getTranslation("provider.application.attachment.size")));
        getContent()
                .add(
                        new Paragraph(getTranslation("application.attachments.intro")),
                        confidential,
                        upload,
                        new AttachmentList(providers, form, () -> reload.accept(null)));
    }
}
