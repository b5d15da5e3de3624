package se.kundval.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;

import se.kundval.catalogue.ListingForm;
import se.kundval.catalogue.ListingService;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.FormProblems;
import se.kundval.shared.ui.LabelledSection;
import se.kundval.shared.ui.LimitedUpload;

/** The listing's logo: the current one, and an upload while the listing may be published. */
class LogoSection extends Composite<LabelledSection> {

    private final LabelledSection section;

    /** @param saved reloads the page after a new logo is stored */
    LogoSection(ListingService listings, ListingForm form, boolean publish, FormProblems alert, Runnable saved) {
        section = new LabelledSection("logo", getTranslation("listing.logo"));
        String code = form.code();
        if (form.hasLogo()) {
            Image current = new Image(
                    event -> {
                        byte[] bytes = listings.publicLogo(code).orElse(new byte[0]);
                        event.setContentType("image/png");
                        event.getOutputStream().write(bytes);
                    },
                    getTranslation("listing.logo.current"));
            current.setMaxHeight("150px");
            current.addClassName("logo");
            section.add(current);
        }
        if (publish) {
            // The server stops reading at the limit, whatever the browser was told (below).
            Upload upload = new Upload(new LimitedUpload(
                    ListingService.MAX_LOGO_BYTES,
                    (meta, bytes) -> {
                        try {
                            listings.setLogo(code, bytes);
                            saved.run();
                        } catch (InvalidInputException invalid) {
                            alert.show(getTranslation(
                                    invalid.problems().values().iterator().next()));
                        }
                    },
                    () -> alert.show(getTranslation("provider.listing.logo.size"))));
            ComponentTexts.upload(upload, this);
            upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
            upload.setMaxFileSize(ListingService.MAX_LOGO_BYTES);
            upload.setMaxFiles(1);
            upload.addFileRejectedListener(e -> alert.show(getTranslation("provider.listing.logo.type")));
            section.add(upload);
        }
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }
}
