package se.kundval.catalogue.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import se.kundval.catalogue.ListingForm;
import se.kundval.shared.ui.LabelledSection;

/**
 * "Ändringshistorik": who changed what on the listing, and when, in words: "Beskrivning (svenska)
 * ändrad av Anna Andersson 1 december 2026 14:05" — never field codes or user names.
 */
class ListingHistory extends Composite<LabelledSection> {

    private final LabelledSection section;

    ListingHistory(ListingForm form) {
        section = new LabelledSection("history", getTranslation("listing.history"));
        UnorderedList list = new UnorderedList();
        form.history()
                .forEach(c ->
                        list.add(new ListItem(describe(c, getLocale(), (key, args) -> getTranslation(key, args)))));
        section.add(list);
    }

    /** One change in words, in the reader's language. */
    static String describe(ListingForm.Change change, Locale locale, BiFunction<String, Object[], String> translate) {
        String when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale)
                .withZone(ZoneId.of("Europe/Stockholm"))
                .format(change.at());
        if ("confirmed unchanged".equals(change.fields())) {
            return translate.apply("listing.history.confirmed", new Object[] {change.actor(), when});
        }
        List<String> named = Arrays.stream(change.fields().split(",\\s*"))
                .filter(f -> !f.isBlank())
                .map(f -> field(f, locale, translate))
                .toList();
        // "Beskrivning (svenska), språk och antal platser": only the first word starts in capitals.
        List<String> fields = java.util.stream.IntStream.range(0, named.size())
                .mapToObj(i -> i == 0 ? named.get(i) : lowerFirst(named.get(i), locale))
                .toList();
        String what = fields.size() == 1
                ? fields.get(0)
                : String.join(", ", fields.subList(0, fields.size() - 1)) + " "
                        + translate.apply("listing.history.and", new Object[0]) + " " + fields.getLast();
        return translate.apply(
                fields.size() == 1 ? "listing.history.changed.one" : "listing.history.changed.many",
                new Object[] {what, change.actor(), when});
    }

    private static String lowerFirst(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(locale) + s.substring(1);
    }

    private static String field(String code, Locale locale, BiFunction<String, Object[], String> translate) {
        if (code.startsWith("texts.")) {
            String language =
                    Locale.forLanguageTag(code.substring("texts.".length())).getDisplayLanguage(locale);
            return translate.apply("listing.history.field.texts", new Object[] {language});
        }
        return switch (code) {
            case "languages",
                    "specialisations",
                    "areas",
                    "address",
                    "phone",
                    "email",
                    "capacity",
                    "takesNewCustomers",
                    "logo" -> translate.apply("listing.history.field." + code, new Object[0]);
            // A field added later without words yet: better its name than nothing.
            default -> code;
        };
    }

    @Override
    protected LabelledSection initContent() {
        return section;
    }
}
