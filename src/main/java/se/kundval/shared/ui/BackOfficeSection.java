package se.kundval.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

/**
 * A part of the provider's back office start page contributed by another module (new customers,
 * catalogue pages), so the provider module shows them without depending on those modules.
 * Implementations are Spring beans; the page asks each for a fresh component per visit.
 */
public interface BackOfficeSection {

    /** Position on the page, smallest first. */
    int order();

    /** The section for the logged-in provider user's organisation. */
    Component create(Locale locale);
}
