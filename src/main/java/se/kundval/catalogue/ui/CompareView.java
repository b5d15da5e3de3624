package se.kundval.catalogue.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.kundval.catalogue.ComparisonService;
import se.kundval.catalogue.OfferingDetails;
import se.kundval.catalogue.OfferingQuery;

/**
 * Up to three providers side by side, on the same rows, every row explained: a table on wide
 * screens and in print, a card per provider on phones; the resident's wishes are marked.
 */
@Route("jamfor")
@AnonymousAllowed
class CompareView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ComparisonService comparisons;

    CompareView(ComparisonService comparisons) {
        this.comparisons = comparisons;
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
        CompareSelection selection = CompareSelection.current();
        ComparisonService.Table table = comparisons.table(selection.codes(), selection.wishes(), locale);
        if (table.isEmpty()) {
            add(new Paragraph(getTranslation("compare.empty")), new Paragraph(getTranslation("compare.intro")));
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("compare.intro"));
        // How to pick providers only helps on screen.
        intro.addClassName("compare-intro");
        add(intro);
        if (!selection.wishes().isEmpty()) {
            Paragraph wishes = new Paragraph(getTranslation("compare.wishes.intro"));
            wishes.addClassName("compare-wishes-intro");
            add(wishes);
        }
        add(wide(table), cards(table));

        Paragraph made = new Paragraph(getTranslation("compare.made", table.madeOn()));
        made.addClassName("compare-made");
        Div sources = new Div(new Paragraph(getTranslation("compare.sources")));
        sources.addClassName("compare-sources");
        Element list = new Element("ul");
        table.sources().forEach(source -> {
            Element li = new Element("li");
            li.setText(source);
            list.appendChild(li);
        });
        sources.getElement().appendChild(list);

        Button print = new Button(
                getTranslation("compare.print"), e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addClassName("print-button");
        // The same table as a PDF, e.g. to give a visitor at a service point.
        List<String> codes = selection.codes();
        OfferingQuery.Wishes wishes = selection.wishes();
        Anchor pdf = new Anchor(
                event -> {
                    byte[] bytes = comparisons.pdf(codes, wishes, locale);
                    event.setFileName("jamforelse.pdf");
                    event.setContentType("application/pdf");
                    event.getOutputStream().write(bytes);
                },
                getTranslation("compare.pdf"));
        pdf.addClassName("compare-pdf");
        Div actions = new Div(print, pdf);
        actions.addClassName("compare-actions");
        add(made, sources, actions);
    }

    /** The table for wide screens and print: providers as columns, one row per fact or measure. */
    private Div wide(ComparisonService.Table comparison) {
        List<OfferingDetails> offerings = comparison.offerings();
        String caption = getTranslation("compare.caption", offerings.size());
        Element table = new Element("table");
        table.getClassList().add("compare-table");
        Element captionElement = new Element("caption");
        captionElement.setText(caption);
        table.appendChild(captionElement);

        Element head = new Element("tr");
        Element corner = new Element("td");
        head.appendChild(corner);
        for (int i = 0; i < offerings.size(); i++) {
            OfferingDetails o = offerings.get(i);
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.appendChild(new Anchor(CatalogueNavigation.offeringPage(o.code()), o.displayName()).getElement());
            wishSummary(comparison, i).ifPresent(th::appendChild);
            th.appendChild(removeButton(o).getElement());
            head.appendChild(th);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        Element tbody = new Element("tbody");
        for (ComparisonService.Row row : comparison.rows()) {
            Element tr = new Element("tr");
            if (row.measure()) {
                tr.getClassList().add("compare-measure");
            }
            Element th = new Element("th");
            th.setAttribute("scope", "row");
            Element label = new Element("span");
            label.getClassList().add("compare-label");
            label.setText(row.label());
            th.appendChild(label);
            row.notes().forEach(n -> th.appendChild(note(n)));
            tr.appendChild(th);
            for (ComparisonService.Cell cell : row.cells()) {
                Element td = new Element("td");
                fill(td, cell);
                tr.appendChild(td);
            }
            tbody.appendChild(tr);
        }
        table.appendChild(thead, tbody);
        Div scroll = new Div();
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", caption);
        scroll.getElement().appendChild(table);
        Div wide = new Div(scroll);
        wide.addClassName("compare-wide");
        return wide;
    }

    /** One card per provider for phones: the same rows, one under the other. */
    private Div cards(ComparisonService.Table comparison) {
        Div cards = new Div();
        cards.addClassName("compare-cards");
        List<OfferingDetails> offerings = comparison.offerings();
        for (int i = 0; i < offerings.size(); i++) {
            OfferingDetails o = offerings.get(i);
            Section card = new Section();
            card.addClassName("compare-card");
            H2 heading = new H2(new Anchor(CatalogueNavigation.offeringPage(o.code()), o.displayName()));
            card.add(heading);
            wishSummary(comparison, i).ifPresent(e -> card.getElement().appendChild(e));
            Element dl = new Element("dl");
            for (ComparisonService.Row row : comparison.rows()) {
                Element dt = new Element("dt");
                dt.setText(row.label());
                Element dd = new Element("dd");
                fill(dd, row.cells().get(i));
                row.notes().forEach(n -> dd.appendChild(note(n)));
                dl.appendChild(dt, dd);
            }
            card.getElement().appendChild(dl);
            card.add(removeButton(o));
            cards.add(card);
        }
        return cards;
    }

    private java.util.Optional<Element> wishSummary(ComparisonService.Table comparison, int index) {
        String summary = comparison.wishSummaries().get(index);
        if (summary.isEmpty()) {
            return java.util.Optional.empty();
        }
        Element p = new Element("span");
        p.getClassList().add("compare-wish-count");
        p.setText(summary);
        return java.util.Optional.of(p);
    }

    private void fill(Element target, ComparisonService.Cell cell) {
        Element value = new Element("span");
        value.getClassList().add("compare-value");
        value.setText(cell.text());
        target.appendChild(value);
        for (String wish : cell.wishes()) {
            Element mark = new Element("span");
            mark.getClassList().add("wish-met");
            mark.setText(getTranslation("compare.wish.mark", wish));
            target.appendChild(mark);
        }
    }

    private static Element note(String text) {
        Element note = new Element("span");
        note.getClassList().add("compare-note");
        note.setText(text);
        return note;
    }

    private Button removeButton(OfferingDetails o) {
        Button remove = new Button(getTranslation("compare.remove", o.displayName()), e -> {
            CompareSelection.current().remove(o.code());
            ComponentUtil.fireEvent(UI.getCurrent(), new CompareChangedEvent(UI.getCurrent()));
            build();
        });
        remove.addClassName("remove-button");
        return remove;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " – " + getTranslation("app.title.suffix");
    }
}
