package se.kundval.catalogue.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ListingForm;
import se.kundval.catalogue.ListingService;
import se.kundval.catalogue.OfferingText;
import se.kundval.identity.Role;
import se.kundval.provider.AccreditationStatus;
import se.kundval.shared.ConcurrentEditException;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.Option;
import se.kundval.shared.ui.LabelledSection;

/**
 * The provider's listing editor: the texts (Swedish required, English optional; Markdown rendered
 * through Vaadin's sanitising Markdown component), languages, specialisations, areas, contact,
 * places and "takes new customers", and the logo. Saving publishes at once and confirms the
 * listing; a save over someone else's newer save is refused with a way to reload.
 */
@Route("kontor/utbud/:code")
@RolesAllowed(Role.PROVIDER)
class ListingEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ListingService listings;
    private final Div alert = new Div();
    private final Div status = new Div();
    private final Map<String, Component> fields = new HashMap<>();
    private Locale locale;
    private String code;
    private ListingForm form;

    private final TextArea summarySv = new TextArea();
    private final TextArea descriptionSv = new TextArea();
    private final TextArea includesSv = new TextArea();
    private final TextArea competenceSv = new TextArea();
    private final TextField hoursSv = new TextField();
    private final TextArea summaryEn = new TextArea();
    private final TextArea descriptionEn = new TextArea();
    private final TextArea includesEn = new TextArea();
    private final TextArea competenceEn = new TextArea();
    private final TextField hoursEn = new TextField();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    private final CheckboxGroup<String> specialisations = new CheckboxGroup<>();
    private final CheckboxGroup<String> areas = new CheckboxGroup<>();
    private final TextField address = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final Checkbox takesNew = new Checkbox();

    ListingEditorView(ListingService listings) {
        this.listings = listings;
        addClassName("listing-editor-view");
        alert.addClassName("alert");
        alert.getElement().setAttribute("role", "alert");
        status.addClassName("status-message");
        status.getElement().setAttribute("role", "status");
        label(summarySv, "listing.summary", "summary.sv");
        label(descriptionSv, "listing.description", "description.sv");
        label(includesSv, "listing.includes", "includes.sv");
        label(competenceSv, "listing.staffCompetence", "staffCompetence.sv");
        label(hoursSv, "listing.openingHours", "openingHours.sv");
        label(summaryEn, "listing.summary", "summary.en");
        label(descriptionEn, "listing.description", "description.en");
        label(includesEn, "listing.includes", "includes.en");
        label(competenceEn, "listing.staffCompetence", "staffCompetence.en");
        label(hoursEn, "listing.openingHours", "openingHours.en");
        summarySv.setRequiredIndicatorVisible(true);
        descriptionSv.setRequiredIndicatorVisible(true);
        for (TextArea summary : List.of(summarySv, summaryEn)) {
            summary.setMaxLength(ListingService.MAX_SUMMARY);
            summary.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            summary.addValueChangeListener(
                    e -> summary.setHelperText(e.getValue().length() + " / " + ListingService.MAX_SUMMARY));
        }
        for (TextArea markdown : List.of(descriptionSv, descriptionEn, includesSv, includesEn)) {
            markdown.setHelperText(getTranslation("listing.description.helper"));
            markdown.setMaxLength(5000);
        }
        label(languages, "listing.languages", "languages");
        label(specialisations, "listing.specialisations", "specialisations");
        label(areas, "listing.areas", "areas");
        label(address, "listing.address", "address");
        label(phone, "listing.phone", "phone");
        label(email, "listing.email", "email");
        label(capacity, "listing.capacity", "capacity");
        capacity.setMin(0);
        capacity.setMax(10_000);
        takesNew.setLabel(getTranslation("listing.takesNew"));
    }

    private void label(Component field, String key, String name) {
        field.getElement().setProperty("label", getTranslation(key));
        ((HasValidation) field).setManualValidation(true);
        fields.put(name, field);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        locale = getLocale();
        code = event.getRouteParameters().get("code").orElse("");
        if (!load()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private boolean load() {
        form = listings.listing(code, locale).orElse(null);
        if (form == null) {
            return false;
        }
        ListingForm.ListingDraft d = form.draft();
        OfferingText sv = d.texts().getOrDefault("sv", new OfferingText("", null, null, null, null));
        OfferingText en = d.texts().getOrDefault("en", new OfferingText("", null, null, null, null));
        summarySv.setValue(nz(sv.summary()));
        descriptionSv.setValue(nz(sv.description()));
        includesSv.setValue(nz(sv.includes()));
        competenceSv.setValue(nz(sv.staffCompetence()));
        hoursSv.setValue(nz(sv.openingHours()));
        summaryEn.setValue(nz(en.summary()));
        descriptionEn.setValue(nz(en.description()));
        includesEn.setValue(nz(en.includes()));
        competenceEn.setValue(nz(en.staffCompetence()));
        hoursEn.setValue(nz(en.openingHours()));
        languages.setItems(CatalogueService.STAFF_LANGUAGES);
        languages.setItemLabelGenerator(l -> CatalogueService.languageName(l, locale));
        languages.setValue(d.languages());
        options(specialisations, form.specialisationOptions());
        specialisations.setValue(d.specialisations());
        options(areas, form.areaOptions());
        areas.setValue(d.areas());
        address.setValue(nz(d.address()));
        phone.setValue(nz(d.phone()));
        email.setValue(nz(d.email()));
        capacity.setValue(d.capacity());
        takesNew.setValue(d.takesNewCustomers());
        return true;
    }

    private static void options(CheckboxGroup<String> group, List<Option> options) {
        group.setItems(options.stream().map(Option::code).toList());
        group.setItemLabelGenerator(c -> options.stream()
                .filter(o -> o.code().equals(c))
                .map(Option::name)
                .findFirst()
                .orElse(c));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void render() {
        removeAll();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        add(
                new H1(getTranslation("listing.heading", form.serviceTypeName())),
                new Paragraph(getTranslation("listing.intro")));
        if (form.status() == AccreditationStatus.SUSPENDED) {
            alert.setText(
                    getTranslation("listing.status.suspended", form.statusReason() == null ? "" : form.statusReason()));
        } else if (form.status() == AccreditationStatus.REVOKED) {
            alert.setText(getTranslation("listing.status.revoked"));
        } else if (form.status() != AccreditationStatus.APPROVED) {
            alert.setText(getTranslation("listing.status.notApproved"));
        }
        add(alert, status);
        add(new Paragraph(getTranslation(
                "listing.lastConfirmed",
                form.lastConfirmed() == null ? "–" : form.lastConfirmed().format(dates))));
        if (form.status() == AccreditationStatus.REVOKED) {
            add(history());
            return;
        }
        boolean publish = form.publishable();
        add(new LabelledSection(
                "texts-sv",
                getTranslation("listing.texts.sv"),
                summarySv,
                descriptionSv,
                includesSv,
                competenceSv,
                hoursSv));
        add(new LabelledSection(
                "texts-en",
                getTranslation("listing.texts.en"),
                summaryEn,
                descriptionEn,
                includesEn,
                competenceEn,
                hoursEn));
        add(new LabelledSection(
                "facts",
                getTranslation("listing.facts.heading"),
                languages,
                specialisations,
                areas,
                address,
                phone,
                email,
                capacity,
                takesNew));
        add(logoSection(publish));
        fields.values().forEach(f -> f.getElement().setProperty("readonly", !publish));
        takesNew.setReadOnly(!publish);

        Div actions = new Div();
        actions.addClassName("actions");
        Button preview = new Button(getTranslation("listing.preview"), e -> preview());
        preview.addClassName("preview-button");
        actions.add(preview);
        if (publish) {
            Button save = new Button(getTranslation("listing.save"), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClassName("save-button");
            Button confirm = new Button(getTranslation("listing.confirm"), e -> confirm());
            confirm.addClassName("confirm-button");
            actions.add(save, confirm);
        }
        actions.add(new RouterLink(getTranslation("listing.public"), OfferingView.class, form.code()));
        add(actions, history());
    }

    private Component logoSection(boolean publish) {
        LabelledSection section = new LabelledSection("logo", getTranslation("listing.logo"));
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
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
                try {
                    listings.setLogo(code, bytes);
                    ui.access(() -> {
                        load();
                        render();
                        status.setText(getTranslation("listing.logo.saved"));
                    });
                } catch (InvalidInputException invalid) {
                    ui.access(() -> alert.setText(getTranslation(
                            invalid.problems().values().iterator().next())));
                }
            }));
            upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
            upload.setMaxFileSize(ListingService.MAX_LOGO_BYTES);
            upload.setMaxFiles(1);
            upload.addFileRejectedListener(e -> alert.setText(getTranslation("provider.listing.logo.type")));
            section.add(upload);
        }
        return section;
    }

    private Component history() {
        LabelledSection section = new LabelledSection("history", getTranslation("listing.history"));
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of("Europe/Stockholm"));
        UnorderedList list = new UnorderedList();
        form.history()
                .forEach(c -> list.add(new ListItem(
                        getTranslation("listing.history.entry", times.format(c.at()), c.actor(), c.fields()))));
        section.add(list);
        return section;
    }

    private ListingForm.ListingDraft draft() {
        Map<String, OfferingText> texts = new HashMap<>();
        texts.put(
                "sv",
                new OfferingText(
                        summarySv.getValue(),
                        descriptionSv.getValue(),
                        includesSv.getValue(),
                        competenceSv.getValue(),
                        hoursSv.getValue()));
        if (!summaryEn.getValue().isBlank()
                || !descriptionEn.getValue().isBlank()
                || !includesEn.getValue().isBlank()) {
            texts.put(
                    "en",
                    new OfferingText(
                            summaryEn.getValue(),
                            descriptionEn.getValue(),
                            includesEn.getValue(),
                            competenceEn.getValue(),
                            hoursEn.getValue()));
        }
        return new ListingForm.ListingDraft(
                texts,
                languages.getValue(),
                specialisations.getValue(),
                areas.getValue(),
                address.getValue(),
                phone.getValue(),
                email.getValue(),
                capacity.getValue() == null ? -1 : capacity.getValue(),
                takesNew.getValue());
    }

    private void save() {
        clearErrors();
        try {
            listings.save(code, form.version(), draft());
            load();
            render();
            status.setText(getTranslation("listing.saved"));
        } catch (InvalidInputException invalid) {
            alert.setText(getTranslation("application.invalid"));
            invalid.problems().forEach((field, key) -> {
                Component c = fields.get(field);
                if (c != null) {
                    ((HasValidation) c).setErrorMessage(getTranslation(key));
                    ((HasValidation) c).setInvalid(true);
                } else {
                    alert.setText(getTranslation("application.invalid") + " " + getTranslation(key));
                }
            });
        } catch (ConcurrentEditException conflict) {
            conflict();
        }
    }

    private void confirm() {
        clearErrors();
        try {
            listings.confirmUnchanged(code, form.version());
            load();
            render();
            status.setText(getTranslation("listing.confirmed"));
        } catch (ConcurrentEditException conflict) {
            conflict();
        }
    }

    private void conflict() {
        alert.removeAll();
        alert.setText(getTranslation("listing.conflict"));
        Button reload = new Button(getTranslation("listing.reload"), e -> {
            load();
            render();
        });
        reload.addClassName("reload-button");
        alert.add(reload);
    }

    private void clearErrors() {
        alert.removeAll();
        alert.setText("");
        fields.values().forEach(f -> {
            ((HasValidation) f).setInvalid(false);
            ((HasValidation) f).setErrorMessage(null);
        });
    }

    /** The page as residents will see it, before saving: the same sanitised Markdown rendering. */
    private void preview() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("listing.preview.heading"));
        Div page = new Div();
        page.addClassName("offering-view");
        page.add(new H2(form.providerName()), new Paragraph(summarySv.getValue()));
        addMarkdown(page, "offering.description", descriptionSv.getValue());
        addMarkdown(page, "offering.includes", includesSv.getValue());
        addMarkdown(page, "offering.competence", competenceSv.getValue());
        dialog.add(page);
        dialog.getFooter().add(new Button(getTranslation("listing.preview.close"), e -> dialog.close()));
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }

    private void addMarkdown(Div parent, String headingKey, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        parent.add(new H3(getTranslation(headingKey)), new Markdown(markdown));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("listing.title") + " – " + getTranslation("app.title.suffix");
    }
}
