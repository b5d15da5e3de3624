package se.kundval.catalogue.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.IndicatorValue;
import se.kundval.catalogue.OfferingDetails;
import se.kundval.shared.ui.PdfPrintout;

/** Up to three providers side by side, on the same rows, with a print layout. */
@Route("jamfor")
@AnonymousAllowed
class CompareView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;

    CompareView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("compare-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        build();
    }

    private void build() {
        removeAll();
        Locale locale = getLocale();
        add(new H1(getTranslation("compare.heading")));
        List<OfferingDetails> offerings =
                catalogue.compare(CompareSelection.current().codes(), locale);
        if (offerings.isEmpty()) {
            add(new Paragraph(getTranslation("compare.empty")), new Paragraph(getTranslation("compare.intro")));
            return;
        }
        add(new Paragraph(getTranslation("compare.intro")));
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);

        Element table = new Element("table");
        table.getClassList().add("compare-table");
        Element caption = new Element("caption");
        caption.setText(getTranslation("compare.caption", offerings.size()));
        table.appendChild(caption);

        Element head = new Element("tr");
        head.appendChild(new Element("td"));
        for (OfferingDetails o : offerings) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            Anchor link = new Anchor(CatalogueNavigation.offeringPage(o.code()), o.displayName());
            Button remove = new Button(getTranslation("compare.remove", o.displayName()), e -> {
                CompareSelection.current().remove(o.code());
                ComponentUtil.fireEvent(UI.getCurrent(), new CompareChangedEvent(UI.getCurrent()));
                build();
            });
            remove.addClassName("remove-button");
            th.appendChild(link.getElement(), remove.getElement());
            head.appendChild(th);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element tbody = new Element("tbody");
        row(tbody, "compare.row.service", offerings, OfferingDetails::serviceTypeName);
        row(
                tbody,
                "compare.row.providerType",
                offerings,
                o -> getTranslation("providertype." + o.providerType().name()));
        row(tbody, "compare.row.languages", offerings, o -> String.join(", ", o.languages()));
        row(tbody, "compare.row.specialisations", offerings, o -> String.join(", ", o.specialisations()));
        row(tbody, "compare.row.areas", offerings, o -> String.join(", ", o.areas()));
        row(tbody, "compare.row.capacity", offerings, o -> String.valueOf(o.capacity()));
        row(
                tbody,
                "compare.row.status",
                offerings,
                o -> getTranslation(o.takesNewCustomers() ? "list.card.taking" : "list.card.full"));
        List<String> indicatorCodes = offerings.stream()
                .flatMap(o -> o.indicators().stream())
                .map(IndicatorValue::code)
                .distinct()
                .toList();
        for (String code : indicatorCodes) {
            String name = offerings.stream()
                    .flatMap(o -> o.indicators().stream())
                    .filter(v -> v.code().equals(code))
                    .findFirst()
                    .map(IndicatorValue::name)
                    .orElse(code);
            rowNamed(
                    tbody,
                    name,
                    offerings,
                    o -> o.indicators().stream()
                            .filter(v -> v.code().equals(code))
                            .map(this::indicator)
                            .collect(Collectors.joining()));
        }
        row(
                tbody,
                "compare.row.accredited",
                offerings,
                o -> o.accreditedFrom() == null ? "–" : o.accreditedFrom().format(dates));
        row(
                tbody,
                "compare.row.confirmed",
                offerings,
                o -> o.lastConfirmed() == null ? "–" : o.lastConfirmed().format(dates));
        table.appendChild(thead, tbody);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("compare.caption", offerings.size()));
        scroll.getElement().appendChild(table);
        Button print = new Button(
                getTranslation("compare.print"), e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addClassName("print-button");
        // The same facts as a PDF, e.g. to give a visitor at a service point.
        com.vaadin.flow.component.html.Anchor pdf = new com.vaadin.flow.component.html.Anchor(
                event -> {
                    List<PdfPrintout.Section> sections = offerings.stream()
                            .map(o -> new PdfPrintout.Section(
                                    o.displayName(),
                                    List.of(
                                            new PdfPrintout.Line(
                                                    getTranslation("compare.row.service"), o.serviceTypeName()),
                                            new PdfPrintout.Line(
                                                    getTranslation("compare.row.languages"),
                                                    String.join(", ", o.languages())),
                                            new PdfPrintout.Line(
                                                    getTranslation("compare.row.specialisations"),
                                                    String.join(", ", o.specialisations())),
                                            new PdfPrintout.Line(
                                                    getTranslation("compare.row.areas"), String.join(", ", o.areas())),
                                            new PdfPrintout.Line(
                                                    getTranslation("compare.row.status"),
                                                    getTranslation(
                                                            o.takesNewCustomers()
                                                                    ? "list.card.taking"
                                                                    : "list.card.full")),
                                            new PdfPrintout.Line(
                                                    getTranslation("compare.row.confirmed"),
                                                    o.lastConfirmed() == null
                                                            ? "–"
                                                            : o.lastConfirmed().format(dates)))))
                            .toList();
                    byte[] bytes = PdfPrintout.renderSections(
                            getTranslation("compare.heading"),
                            locale.getLanguage(),
                            sections,
                            getTranslation("compare.intro"));
                    event.setFileName("jamforelse.pdf");
                    event.setContentType("application/pdf");
                    event.getOutputStream().write(bytes);
                },
                getTranslation("compare.pdf"));
        pdf.addClassName("compare-pdf");
        add(scroll, new Div(print, pdf));
    }

    private String indicator(IndicatorValue v) {
        return switch (v.status()) {
            case SHOWN -> getTranslation("indicator.value." + v.unit().name(), v.value()) + " (" + v.year() + ")";
            case TOO_FEW_ANSWERS -> getTranslation("indicator.tooFew");
            case NOT_MEASURED -> getTranslation("indicator.notMeasured");
        };
    }

    private void row(
            Element tbody, String key, List<OfferingDetails> offerings, Function<OfferingDetails, String> value) {
        rowNamed(tbody, getTranslation(key), offerings, value);
    }

    private static void rowNamed(
            Element tbody, String name, List<OfferingDetails> offerings, Function<OfferingDetails, String> value) {
        Element tr = new Element("tr");
        Element th = new Element("th");
        th.setAttribute("scope", "row");
        th.setText(name);
        tr.appendChild(th);
        for (OfferingDetails o : offerings) {
            Element td = new Element("td");
            String text = value.apply(o);
            td.setText(text == null || text.isBlank() ? "–" : text);
            tr.appendChild(td);
        }
        tbody.appendChild(tr);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " – " + getTranslation("app.title.suffix");
    }
}
