package se.kundval.catalogue.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import se.kundval.catalogue.CatalogueService;
import se.kundval.catalogue.ChoosingSupport;
import se.kundval.catalogue.IndicatorValue;
import se.kundval.catalogue.OfferingCard;
import se.kundval.catalogue.OfferingQuery;

/**
 * The result cards in the page's own flow, a page at a time: the first {@link #PAGE} are fetched
 * from the service, "Visa fler" fetches the next page and moves focus to its first card. The
 * browser's find, zoom and a phone's swipe all work on the page itself (no inner scroll box).
 * When a resident chooses for an entitlement, each card says whether it can be chosen and links
 * to choosing it.
 */
class OfferingCards extends Composite<Div> {

    /** Cards fetched and shown per step. */
    static final int PAGE = 20;

    private final CatalogueService catalogue;
    private final ChoosingSupport choosingSupport;
    /** Set when a logged-in resident chooses for one of their entitlements. */
    private final ChoosingSupport.Choosing choosing;

    /**
     * Set when someone chooses on another person's behalf on this page (the service-point desk):
     * each choosable card gets a button that hands its offering here instead of a link.
     */
    private final Consumer<OfferingCard> chooseHere;
    /** The bundle prefix of the "cannot be chosen" reasons: the resident's own words, or staff's. */
    private final String reasonPrefix;

    private final Locale locale;
    private final Div list = new Div();
    private final Paragraph shown = new Paragraph();
    private final Button more = new Button();
    private OfferingQuery query;
    private long total;
    private int loaded;

    OfferingCards(
            CatalogueService catalogue,
            ChoosingSupport choosingSupport,
            ChoosingSupport.Choosing choosing,
            String listName,
            OfferingQuery start) {
        this(catalogue, choosingSupport, choosing, listName, start, null, "choose.reason.");
    }

    /**
     * @param chooseHere   called with the card chosen, instead of linking to the confirmation page
     * @param reasonPrefix the bundle prefix of the reasons a card cannot be chosen
     */
    OfferingCards(
            CatalogueService catalogue,
            ChoosingSupport choosingSupport,
            ChoosingSupport.Choosing choosing,
            String listName,
            OfferingQuery start,
            Consumer<OfferingCard> chooseHere,
            String reasonPrefix) {
        this.chooseHere = chooseHere;
        this.reasonPrefix = reasonPrefix;
        this.catalogue = catalogue;
        this.choosingSupport = choosingSupport;
        this.choosing = choosing;
        this.locale = getLocale();
        this.query = start;
        list.addClassName("result-list");
        list.getElement().setAttribute("role", "region");
        list.getElement().setAttribute("aria-label", listName);
        shown.addClassName("result-shown");
        more.addClassName("show-more");
        more.addClickListener(e -> showMore());
        getContent().addClassName("result-cards");
        getContent().add(list, shown, more);
    }

    /** Shows the first page of {@code next}, of which there are {@code count}. */
    void show(OfferingQuery next, long count) {
        query = next;
        total = count;
        loaded = 0;
        list.removeAll();
        load();
    }

    private void showMore() {
        List<Article> added = load();
        if (!added.isEmpty()) {
            // Keyboard and screen-reader users continue where the new cards begin.
            added.getFirst().getElement().executeJs("const a = this.querySelector('h3 a'); if (a) { a.focus(); }");
        }
    }

    private List<Article> load() {
        List<OfferingCard> page = total == 0 ? List.of() : catalogue.find(query, loaded, PAGE, locale);
        Map<String, String> why = notChoosable(page);
        List<Article> added = new ArrayList<>();
        for (OfferingCard card : page) {
            Article article = card(card, why.get(card.code()));
            list.add(article);
            added.add(article);
        }
        loaded += page.size();
        boolean all = loaded >= total;
        shown.setText(total == 0 ? "" : getTranslation("list.shown", loaded, total));
        shown.setVisible(total > 0);
        more.setText(getTranslation("list.more", Math.min(PAGE, Math.max(0, total - loaded))));
        more.setVisible(!all);
        return added;
    }

    private Article card(OfferingCard c, String notChoosableReason) {
        String name = name(c);
        Article article = new Article();
        article.addClassName("offering-card");
        String headingId = "o-" + c.code();
        article.getElement().setAttribute("aria-labelledby", headingId);
        H3 heading = new H3(new Anchor(CatalogueNavigation.offeringPage(c.code()), name));
        heading.addClassName("offering-name");
        heading.setId(headingId);
        article.add(heading);
        article.add(paragraph(
                "offering-type",
                getTranslation("providertype." + c.providerType().name())));
        Paragraph status = paragraph(
                "offering-status", getTranslation(c.takesNewCustomers() ? "list.card.taking" : "list.card.full"));
        status.addClassName(c.takesNewCustomers() ? "taking" : "full");
        article.add(status);
        Paragraph summary = paragraph(
                "offering-summary",
                c.summary()
                        + (c.summaryLanguage().equals(locale.getLanguage())
                                ? ""
                                : " " + getTranslation("list.card.summaryInSwedish")));
        summary.getElement().setAttribute("lang", c.summaryLanguage());
        article.add(summary);
        article.add(paragraph("offering-facts", getTranslation("list.card.areas", String.join(", ", c.areas()))));
        article.add(
                paragraph("offering-facts", getTranslation("list.card.languages", String.join(", ", c.languages()))));
        if (!c.specialisations().isEmpty()) {
            article.add(paragraph(
                    "offering-facts",
                    getTranslation("list.card.specialisations", String.join(", ", c.specialisations()))));
        }
        if (c.distanceKm() != null) {
            article.add(paragraph("offering-facts", getTranslation("list.card.distance", c.distanceKm())));
        }
        String indicators = c.keyIndicators().stream().map(this::indicatorText).collect(Collectors.joining(" · "));
        if (!indicators.isEmpty()) {
            article.add(paragraph("offering-indicators", indicators));
        }
        String wishes = wishesText(c);
        if (!wishes.isEmpty()) {
            article.add(paragraph("offering-wishes", wishes));
        }
        if (choosing != null) {
            if (notChoosableReason != null) {
                article.add(paragraph("not-choosable", getTranslation(reasonPrefix + notChoosableReason)));
            } else if (chooseHere != null) {
                // The server checks again that it may be chosen.
                // A native button, like the link it replaces: its long name wraps on a phone.
                NativeButton choose =
                        new NativeButton(getTranslation("list.card.choose", name), e -> chooseHere.accept(c));
                choose.addClassName("choose-button");
                article.add(choose);
            } else {
                Anchor choose = new Anchor(
                        choosingSupport.confirmationPath(choosing.entitlementId(), c.code()),
                        getTranslation("list.card.choose", name));
                choose.addClassName("choose-button");
                article.add(choose);
            }
        }
        article.add(compareToggle(c, name));
        return article;
    }

    /**
     * "Jämför": a toggle named after its provider ("Jämför Minnesvården"), so a screen reader's
     * list of buttons tells them apart. Pressed, a line under it (also its description) says that
     * pressing again takes the provider out of the comparison.
     */
    private Div compareToggle(OfferingCard c, String name) {
        NativeButton button = new NativeButton();
        button.addClassName("compare-toggle");
        Span visible = new Span(getTranslation("list.card.compare"));
        Span provider = new Span(" " + name);
        provider.addClassName("sr-only");
        button.add(visible, provider);
        Paragraph hint = new Paragraph(getTranslation("list.card.compare.added"));
        hint.addClassName("compare-hint");
        String hintId = "compare-hint-" + c.code();
        hint.setId(hintId);
        Div wrapper = new Div(button, hint);
        wrapper.addClassName("compare-wrapper");
        Runnable render = () -> {
            boolean pressed = CompareSelection.current().contains(c.code());
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            hint.setVisible(pressed);
            if (pressed) {
                button.getElement().setAttribute("aria-describedby", hintId);
            } else {
                button.getElement().removeAttribute("aria-describedby");
            }
        };
        render.run();
        button.addClickListener(e -> {
            CompareSelection selection = CompareSelection.current();
            if (selection.contains(c.code())) {
                selection.remove(c.code());
            } else if (!selection.add(c.code())) {
                Notification.show(getTranslation("list.card.compare.full"), 5000, Notification.Position.MIDDLE);
                return;
            }
            render.run();
            ComponentUtil.fireEvent(UI.getCurrent(), new CompareChangedEvent(UI.getCurrent()));
        });
        return wrapper;
    }

    private static Paragraph paragraph(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    private static String name(OfferingCard c) {
        return c.unitName() == null ? c.providerName() : c.providerName() + " – " + c.unitName();
    }

    /** In choosing mode, why each of the page's offerings cannot be chosen (code → message key). */
    private Map<String, String> notChoosable(List<OfferingCard> page) {
        if (choosing == null || page.isEmpty()) {
            return Map.of();
        }
        List<String> codes = page.stream().map(OfferingCard::code).toList();
        return new HashMap<>(choosingSupport.notChoosable(choosing.entitlementId(), codes));
    }

    private String wishesText(OfferingCard card) {
        if (card.wishesAsked() == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        card.wishesMet()
                .forEach(w -> parts.add(getTranslation(
                        w.language() ? "list.card.wish.language" : "list.card.wish.specialisation",
                        w.language() ? w.name().toLowerCase(locale) : w.name())));
        parts.add(getTranslation("list.card.wish.count", card.wishesMet().size(), card.wishesAsked()));
        return String.join(" · ", parts);
    }

    private String indicatorText(IndicatorValue v) {
        String value = switch (v.status()) {
            case SHOWN -> getTranslation("indicator.value." + v.unit().name(), v.value());
            case TOO_FEW_ANSWERS -> getTranslation("indicator.tooFew");
            case NOT_MEASURED -> getTranslation("indicator.notMeasured");
        };
        return getTranslation("indicator.card", v.name(), value, v.year());
    }
}
