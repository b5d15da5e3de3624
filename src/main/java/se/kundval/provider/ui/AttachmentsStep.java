package se.kundval.provider.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ProviderService;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LimitedUpload;

/** Step 4: PDF attachments, each optionally marked confidential. */
class AttachmentsStep extends Composite<Div> {

    /**
     * @param reload reloads the page, with the status message to show (or null)
     */
    AttachmentsStep(
            ProviderService providers, long id, ApplicationForm form, FormProblems alert, Consumer<String> reload) {
        Checkbox confidential = new Checkbox(getTranslation("application.attachments.confidential"));
        // The server stops reading at the limit, whatever the browser was told (below).
        Upload upload = new Upload(new LimitedUpload(
                ProviderService.MAX_ATTACHMENT_BYTES,
                (meta, bytes) -> {
                    try {
                        providers.addAttachment(id, meta.fileName(), bytes, confidential.getValue());
                        reload.accept(getTranslation("application.attachments.added", meta.fileName()));
                    } catch (InvalidInputException invalid) {
                        alert.show(getTranslation(
                                invalid.problems().values().iterator().next()));
                    }
                },
                () -> alert.show(getTranslation("provider.application.attachment.size"))));
        ComponentTexts.upload(upload, this);
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
