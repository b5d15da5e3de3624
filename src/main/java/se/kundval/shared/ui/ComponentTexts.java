package se.kundval.shared.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The Vaadin components' own texts (buttons in a date picker's calendar, an upload's "Drop file
 * here") come in English; these set them from the bundles in the page's language.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** A date picker in the page's language: month and day names, "Idag", "Avbryt", Monday first. */
    public static DatePicker datePicker(DatePicker picker, Component owner) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.of("sv") : ui.getLocale();
        picker.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        // Java lists the weekdays from index 1 (Sunday); the component wants Sunday first.
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> weekdaysShort = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(1)
                .setToday(owner.getTranslation("component.datepicker.today"))
                .setCancel(owner.getTranslation("component.datepicker.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("component.datepicker.badInput")));
        return picker;
    }

    /** An upload in the page's language. */
    public static Upload upload(Upload upload, Component owner) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(owner.getTranslation("component.upload.addOne"))
                .setMany(owner.getTranslation("component.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(owner.getTranslation("component.upload.dropOne"))
                .setMany(owner.getTranslation("component.upload.dropMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(owner.getTranslation("component.upload.tooMany"))
                .setFileIsTooBig(owner.getTranslation("component.upload.tooBig"))
                .setIncorrectFileType(owner.getTranslation("component.upload.wrongType")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(owner.getTranslation("component.upload.retry"))
                .setStart(owner.getTranslation("component.upload.start"))
                .setRemove(owner.getTranslation("component.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(owner.getTranslation("component.upload.connecting"))
                        .setStalled(owner.getTranslation("component.upload.stalled"))
                        .setProcessing(owner.getTranslation("component.upload.processing"))
                        .setHeld(owner.getTranslation("component.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("component.upload.remaining"))
                        .setUnknown(owner.getTranslation("component.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("component.upload.serverUnavailable"))
                        .setUnexpectedServerError(owner.getTranslation("component.upload.serverError"))
                        .setForbidden(owner.getTranslation("component.upload.forbidden"))
                        .setFileTooLarge(owner.getTranslation("component.upload.tooBig"))));
        upload.setI18n(i18n);
        return upload;
    }
}
