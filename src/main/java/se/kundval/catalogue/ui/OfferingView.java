package se.kundval.catalogue.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.IndicatorValue;
import se.kundval.catalogue.ListingErrorReport;
import se.kundval.catalogue.ListingService;
import se.kundval.catalogue.OfferingDetails;
import se.kundval.identity.CurrentUser;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.TextLimits;
import se.kundval.shared.ui.FieldMessages;
import se.kundval.shared.ui.LabelledSection;

/** The provider page: everything residents need to judge one offering, in plain language. */
@Route("utforare")
@AnonymousAllowed
class OfferingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final CatalogueService catalogue;
    private OfferingDetails offering;
    private Locale locale;

    private final ListingService listings;

    private final CurrentUser currentUser;

    OfferingView(CatalogueService catalogue, ListingService listings, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.listings = listings;
        this.catalogue = catalogue;
        addClassName("offering-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        locale = getLocale();
        offering = code == null ? null : catalogue.offering(code, locale).orElse(null);
        if (offering == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        RouterLink back = new RouterLink(
                getTranslation("offering.back", offering.serviceTypeName().toLowerCase(locale)),
                ServiceTypeView.class,
                offering.serviceTypeCode());
        back.addClassName("back-link");
        add(back);

        H1 heading = new H1(offering.displayName());
        add(heading);
        if (listings.publicLogo(offering.code()).isPresent()) {
            String code = offering.code();
            // The stored logo was re-encoded by the portal when uploaded: only pixels, never a script.
            com.vaadin.flow.component.html.Image logo = new com.vaadin.flow.component.html.Image(
                    event -> {
                        event.setContentType("image/png");
                        event.getOutputStream().write(listings.publicLogo(code).orElse(new byte[0]));
                    },
                    getTranslation("offering.logo", offering.providerName()));
            logo.addClassName("logo");
            logo.setMaxHeight("120px");
            add(logo);
        }
        Paragraph status =
                new Paragraph(getTranslation(offering.takesNewCustomers() ? "list.card.taking" : "list.card.full"));
        status.addClassNames("offering-status", offering.takesNewCustomers() ? "taking" : "full");
        add(status);

        if (offering.possiblyOutdated()) {
            Paragraph stale = new Paragraph(getTranslation("offering.stale"));
            stale.addClassName("stale-warning");
            stale.getElement().setAttribute("role", "note");
            add(stale);
        }

        Div text = new Div();
        text.addClassName("offering-text");
        text.getElement().setAttribute("lang", offering.textLanguage());
        Paragraph summary = new Paragraph(offering.summary());
        summary.addClassName("lead");
        text.add(summary);
        if (offering.textIsFallback()) {
            Paragraph fallback = new Paragraph(getTranslation("offering.fallback"));
            fallback.addClassName("fallback-note");
            fallback.getElement().setAttribute("lang", locale.getLanguage());
            add(fallback);
        }
        addMarkdown(text, "offering.description", offering.description());
        addMarkdown(text, "offering.includes", offering.includes());
        addMarkdown(text, "offering.competence", offering.staffCompetence());

        Paragraph listenStatus = new Paragraph();
        listenStatus.addClassName("listen-status");
        listenStatus.getElement().setAttribute("role", "status");
        Button listen = new Button(getTranslation("offering.listen"));
        listen.addClassName("listen-button");
        listen.addClickListener(e -> speak(listenStatus));
        Button stop = new Button(getTranslation("offering.listen.stop"), e -> stopSpeaking(listenStatus));
        stop.addClassName("listen-stop-button");
        Div tools = new Div(listen, stop, compareButton());
        tools.addClassName("offering-tools");
        add(tools, listenStatus, text);
        if (!currentUser.isLoggedIn()) {
            add(new HowToChoose(catalogue, locale));
        }

        add(facts(), indicators());

        if (offering.lastConfirmed() != null) {
            Paragraph confirmed = new Paragraph(getTranslation(
                    "offering.confirmed",
                    offering.lastConfirmed()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(locale))));
            confirmed.addClassName("last-confirmed");
            add(confirmed);
        }
        add(reportError());
    }

    private void addMarkdown(Div parent, String headingKey, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        H2 heading = new H2(getTranslation(headingKey));
        heading.getElement().setAttribute("lang", locale.getLanguage());
        // Vaadin's Markdown component sanitises the rendered HTML: no script or HTML injection.
        parent.add(heading, new Markdown(markdown));
    }

    /**
     * Reads the page's main content aloud in the order it is shown (headings, text, facts, quality
     * figures), not the buttons or the error-report form. Says that it is reading, when it is done,
     * and when the device has no voice for the text's language instead of doing nothing.
     */
    private void speak(Paragraph status) {
        String lang = offering.textLanguage();
        String languageName = getTranslation("offering.listen.lang." + (lang.equals("en") ? "en" : "sv"));
        getElement()
                .executeJs(
                        """
                const root = this, status = $0, lang = $1;
                const t = { reading: $2, done: $3, novoice: $4, nosupport: $5 };
                const say = (text) => { status.textContent = text; };
                const synth = window.speechSynthesis;
                if (!synth || typeof window.SpeechSynthesisUtterance !== 'function') { say(t.nosupport); return; }
                const run = (root.__speechRun || 0) + 1;
                root.__speechRun = run;
                const skip = '.offering-tools, .listen-status, .report-error, .back-link, .how-to-choose, button, vaadin-button';
                const blocks = [];
                const picked = Array.from(root.querySelectorAll('h1, h2, h3, p, li, dt, dd, tr'))
                    .filter(el => !el.closest(skip));
                picked.forEach(el => {
                    // A paragraph inside a list item is read with its item, once.
                    if (picked.some(other => other !== el && other.contains(el))) { return; }
                    const text = (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim();
                    if (text) { blocks.push(text); }
                });
                const start = () => {
                    if (root.__speechRun !== run) { return; }
                    const voices = synth.getVoices().filter(v => (v.lang || '').toLowerCase().startsWith(lang));
                    if (voices.length === 0) { say(t.novoice); return; }
                    synth.cancel();
                    say(t.reading);
                    blocks.forEach((text, i) => {
                        const u = new SpeechSynthesisUtterance(text);
                        u.lang = voices[0].lang;
                        try { u.voice = voices[0]; } catch (ignored) { /* the language alone chooses */ }
                        if (i === blocks.length - 1) {
                            u.onend = () => { if (root.__speechRun === run) { say(t.done); } };
                        }
                        synth.speak(u);
                    });
                };
                if (synth.getVoices().length > 0) { start(); return; }
                // Chromium loads its voices after the first request: wait for them, briefly.
                let started = false;
                const once = () => { if (!started) { started = true; start(); } };
                synth.addEventListener && synth.addEventListener('voiceschanged', once, { once: true });
                setTimeout(once, 1500);
                """,
                        status.getElement(),
                        lang,
                        getTranslation("offering.listen.reading"),
                        getTranslation("offering.listen.done"),
                        getTranslation("offering.listen.novoice", languageName),
                        getTranslation("offering.listen.nosupport"));
    }

    private void stopSpeaking(Paragraph status) {
        getElement().executeJs("""
                this.__speechRun = (this.__speechRun || 0) + 1;
                if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
                $0.textContent = $1;
                """, status.getElement(), getTranslation("offering.listen.stopped"));
    }

    private Button compareButton() {
        Button button = new Button();
        Runnable label = () -> {
            boolean added = CompareSelection.current().contains(offering.code());
            button.setText(getTranslation(added ? "offering.compare.remove" : "offering.compare.add"));
            button.getElement().setAttribute("aria-pressed", String.valueOf(added));
        };
        label.run();
        button.addClickListener(e -> {
            CompareSelection selection = CompareSelection.current();
            if (selection.contains(offering.code())) {
                selection.remove(offering.code());
            } else if (!selection.add(offering.code())) {
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("list.card.compare.full"),
                        5000,
                        com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
                return;
            }
            label.run();
            ComponentUtil.fireEvent(UI.getCurrent(), new CompareChangedEvent(UI.getCurrent()));
        });
        button.addClassName("compare-button");
        return button;
    }

    private LabelledSection facts() {
        LabelledSection facts = new LabelledSection("facts-heading", getTranslation("offering.facts"));
        facts.addClassName("offering-facts-section");
        Element dl = new Element("dl");
        dl.getClassList().add("facts");
        fact(
                dl,
                "offering.providerType",
                getTranslation("providertype." + offering.providerType().name()));
        fact(dl, "offering.languages", String.join(", ", offering.languages()));
        fact(dl, "offering.specialisations", String.join(", ", offering.specialisations()));
        fact(dl, "offering.areas", String.join(", ", offering.areas()));
        fact(dl, "offering.address", offering.address());
        fact(dl, "offering.openingHours", offering.openingHours());
        // Phone and e-mail as links: one tap on a phone calls or writes.
        link(dl, "offering.phone", offering.phone(), "tel:" + digits(offering.phone()));
        link(dl, "offering.email", offering.email(), "mailto:" + offering.email());
        fact(dl, "offering.capacity", String.valueOf(offering.capacity()));
        fact(
                dl,
                "offering.status",
                getTranslation(offering.takesNewCustomers() ? "list.card.taking" : "list.card.full"));
        if (offering.accreditedFrom() != null) {
            fact(
                    dl,
                    "offering.accredited",
                    offering.accreditedFrom()
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(locale)));
        }
        facts.getElement().appendChild(dl);
        if (offering.website() != null) {
            Anchor website =
                    new Anchor(offering.website(), getTranslation("offering.website") + ": " + offering.website());
            website.getElement().setAttribute("rel", "noopener");
            facts.add(new Paragraph(website));
        }
        return facts;
    }

    private static void link(Element dl, String key, String value, String href) {
        if (value == null || value.isBlank()) {
            return;
        }
        Element dt = new Element("dt");
        dt.setText(com.vaadin.flow.component.UI.getCurrent().getTranslation(key));
        Element a = new Element("a");
        a.setAttribute("href", href);
        a.setText(value);
        Element dd = new Element("dd");
        dd.appendChild(a);
        dl.appendChild(dt, dd);
    }

    /** A phone number as a tel: link wants it: digits and a leading plus only. */
    static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9+]", "");
    }

    private static void fact(Element dl, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Element dt = new Element("dt");
        dt.setText(com.vaadin.flow.component.UI.getCurrent().getTranslation(key));
        Element dd = new Element("dd");
        dd.setText(value);
        dl.appendChild(dt, dd);
    }

    private LabelledSection indicators() {
        LabelledSection section = new LabelledSection("indicators-heading", getTranslation("offering.indicators"));
        section.addClassName("indicators");
        if (offering.indicators().isEmpty()) {
            section.add(new Paragraph(getTranslation("offering.indicators.none")));
            return section;
        }
        section.add(new Paragraph(getTranslation("offering.indicators.intro")));
        Element table = new Element("table");
        table.getClassList().add("indicator-table");
        Element head = new Element("tr");
        for (String key : List.of(
                "offering.indicator.name",
                "offering.indicator.value",
                "offering.indicator.year",
                "offering.indicator.respondents",
                "offering.indicator.source")) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(getTranslation(key));
            head.appendChild(th);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element tbody = new Element("tbody");
        for (IndicatorValue v : offering.indicators()) {
            Element tr = new Element("tr");
            Element name = new Element("th");
            name.setAttribute("scope", "row");
            name.setText(v.name());
            tr.appendChild(
                    name,
                    cell(
                            switch (v.status()) {
                                case SHOWN ->
                                    getTranslation("indicator.value." + v.unit().name(), v.value());
                                case TOO_FEW_ANSWERS -> getTranslation("indicator.tooFew");
                                case NOT_MEASURED -> getTranslation("indicator.notMeasured");
                            }),
                    cell(String.valueOf(v.year())),
                    cell(v.respondents() == null ? "–" : String.valueOf(v.respondents())),
                    cell(v.source()));
            tbody.appendChild(tr);
        }
        table.appendChild(thead, tbody);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().appendChild(table);
        section.add(scroll);
        return section;
    }

    private static Element cell(String text) {
        Element td = new Element("td");
        td.setText(text);
        return td;
    }

    private Section reportError() {
        Section section = new Section();
        section.addClassName("report-error");
        TextArea message = new TextArea(getTranslation("offering.report.message"));
        message.setMaxLength(ListingErrorReport.MAX_MESSAGE);
        message.setRequiredIndicatorVisible(true);
        TextField contact = new TextField(getTranslation("offering.report.contact"));
        contact.setMaxLength(TextLimits.CONTACT);
        // The service judges the input; the fields show its verdict.
        message.setManualValidation(true);
        contact.setManualValidation(true);
        Map<String, HasValidation> fields = Map.of("message", message, "contact", contact);
        Paragraph sent = new Paragraph();
        sent.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("offering.report.send"), e -> {
            sent.setText("");
            try {
                catalogue.reportError(offering.code(), message.getValue(), contact.getValue());
            } catch (InvalidInputException invalid) {
                FieldMessages.show(invalid.problems(), fields, this::getTranslation);
                return;
            }
            FieldMessages.clear(fields);
            message.clear();
            contact.clear();
            sent.setText(getTranslation("offering.report.sent"));
        });
        Details details = new Details(getTranslation("offering.report.open"));
        details.add(message, contact, send);
        section.add(new H2(getTranslation("offering.report.heading")), details, sent);
        return section;
    }

    @Override
    public String getPageTitle() {
        return offering == null
                ? getTranslation("app.title.suffix")
                : getTranslation("offering.title", offering.displayName(), offering.serviceTypeName()) + " – "
                        + getTranslation("app.title.suffix");
    }
}
