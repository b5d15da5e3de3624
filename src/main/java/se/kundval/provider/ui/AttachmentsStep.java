package se.kundval.provider.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import se.kundval.provider.ApplicationForm;
import se.kundval.provider.ProviderService;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LimitedUpload;

/**
 * Step 4: the proofs (intyg). Each requirement that asks for one has its own upload, so a file is
 * tied to the requirement it proves; a message about a file is shown at that requirement's upload.
 */
class AttachmentsStep extends Composite<Div> {

    private final Map<String, Button> uploadButtons = new HashMap<>();

    /**
     * @param reload reloads the page, with the status message to show (or null)
     */
    AttachmentsStep(
            ProviderService providers, long id, ApplicationForm form, FormProblems alert, Consumer<String> reload) {
        Checkbox confidential = new Checkbox(getTranslation("application.attachments.confidential"));
        getContent().add(new Paragraph(getTranslation("application.attachments.intro")), confidential);
        boolean any = false;
        for (ApplicationForm.RequirementLine r : form.requirements()) {
            if (!r.attachmentRequired()) {
                continue;
            }
            any = true;
            Div proof = new Div();
            proof.addClassName("proof");
            String errorId = "proof-error-" + r.code();
            Paragraph error = new Paragraph();
            error.setId(errorId);
            error.addClassName("field-error");
            error.getElement().setAttribute("aria-live", "polite");
            Button button = new Button(getTranslation("application.attachments.upload"));
            // The visible text starts the accessible name; the requirement tells the uploads apart.
            button.getElement()
                    .setAttribute("aria-label", getTranslation("application.attachments.upload.for", r.text()));
            button.getElement().setAttribute("aria-describedby", errorId);
            uploadButtons.put(r.code(), button);
            // The server stops reading at the limit, whatever the browser was told (below).
            Upload upload = new Upload();
            upload.setUploadHandler(new LimitedUpload(
                    ProviderService.MAX_ATTACHMENT_BYTES,
                    (meta, bytes) -> {
                        try {
                            providers.addAttachment(id, r.code(), meta.fileName(), bytes, confidential.getValue());
                            reload.accept(getTranslation("application.attachments.added", meta.fileName()));
                        } catch (InvalidInputException invalid) {
                            error.setText(getTranslation(
                                    invalid.problems().values().iterator().next()));
                            alert.show(getTranslation("application.attachments.refused", r.text()));
                            // The refused file leaves the upload's list, so the right one can be chosen.
                            upload.clearFileList();
                        }
                    },
                    () -> {
                        error.setText(getTranslation("provider.application.attachment.size"));
                        upload.clearFileList();
                    }));
            ComponentTexts.upload(upload, this);
            upload.setAcceptedFileTypes("application/pdf", ".pdf");
            upload.setMaxFileSize(ProviderService.MAX_ATTACHMENT_BYTES);
            upload.setMaxFiles(1);
            upload.setUploadButton(button);
            upload.addFileRejectedListener(e -> error.setText(getTranslation("provider.application.attachment.size")));
            proof.add(
                    new H3(r.text()),
                    new AttachmentList(
                            providers,
                            form,
                            form.proofsOf(r.code()),
                            () -> reload.accept(null),
                            "application.attachments.noProof"),
                    upload,
                    error);
            getContent().add(proof);
        }
        if (!any) {
            getContent().add(new Paragraph(getTranslation("application.attachments.notNeeded")));
        }
        if (!form.untiedAttachments().isEmpty()) {
            getContent()
                    .add(
                            new H3(getTranslation("application.attachments.other")),
                            new AttachmentList(
                                    providers,
                                    form,
                                    form.untiedAttachments(),
                                    () -> reload.accept(null),
                                    "application.attachments.none"));
        }
    }

    /** Moves focus to the upload of the requirement's proof ("Ändra" on the review step). */
    void focus(String requirementCode) {
        Button button = uploadButtons.get(requirementCode);
        if (button != null) {
            button.focus();
            button.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        }
    }
}
