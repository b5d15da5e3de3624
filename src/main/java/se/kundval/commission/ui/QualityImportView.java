package se.kundval.commission.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import se.kundval.catalogue.QualityImportReport;
import se.kundval.catalogue.QualityImportService;
import se.kundval.identity.Role;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.ui.ComponentTexts;
import se.kundval.shared.ui.LimitedUpload;

/**
 * Quality indicators from a CSV file: the whole file is checked first and a report shows every
 * row's problem; only a file without errors can be stored, all of it in one transaction.
 */
@Route("huvudman/kvalitet")
@RolesAllowed(Role.HUVUDMAN)
class QualityImportView extends Div implements HasDynamicTitle {

    private final QualityImportService qualityImport;
    private final Div report = new Div();
    private final Div status = new Div();
    private byte[] checked;

    QualityImportView(QualityImportService qualityImport) {
        this.qualityImport = qualityImport;
        addClassName("quality-import-view");
        status.addClassName("status-message");
        status.getElement().setAttribute("role", "status");
        report.getElement().setAttribute("aria-live", "polite");
        // The server stops reading at the limit, whatever the browser was told (below).
        Upload upload = new Upload(new LimitedUpload(
                QualityImportService.MAX_FILE_BYTES,
                (meta, bytes) -> show(bytes, qualityImport.checkQualityFile(bytes)),
                this::tooLarge));
        ComponentTexts.upload(upload, this);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(QualityImportService.MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> tooLarge());
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("commission.quality.upload")));
        add(
                new H1(getTranslation("commission.quality.heading")),
                new Paragraph(getTranslation("commission.quality.intro")),
                upload,
                status,
                report);
    }

    private void tooLarge() {
        report.removeAll();
        checked = null;
        status.setText(getTranslation("commission.quality.tooLarge"));
    }

    private void show(byte[] bytes, QualityImportReport result) {
        report.removeAll();
        status.setText("");
        report.add(
                new H2(getTranslation("commission.quality.report")),
                new Paragraph(getTranslation("commission.quality.rowsOk", result.rowsOk())));
        if (!result.problems().isEmpty()) {
            report.add(new Paragraph(getTranslation(
                    "commission.quality.rowsWithErrors", result.problems().size())));
            UnorderedList problems = new UnorderedList();
            problems.addClassName("import-problems");
            result.problems()
                    .forEach(p -> problems.add(
                            new ListItem(getTranslation("commission.quality.problem", p.line(), p.message()))));
            report.add(problems, new Paragraph(getTranslation("commission.quality.fixAndRetry")));
            checked = null;
            return;
        }
        checked = bytes;
        Button save = new Button(getTranslation("commission.quality.save"), e -> {
            try {
                int stored = qualityImport.importQualityFile(checked);
                report.removeAll();
                status.setText(getTranslation("commission.quality.saved", stored));
            } catch (InvalidInputException invalid) {
                status.setText(
                        getTranslation(invalid.problems().values().iterator().next()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        report.add(save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.quality.heading") + " – " + getTranslation("app.title.suffix");
    }
}
