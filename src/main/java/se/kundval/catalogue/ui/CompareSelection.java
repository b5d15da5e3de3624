package se.kundval.catalogue.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.server.VaadinSession;

import se.kundval.catalogue.OfferingQuery;

/** The offerings a visitor picked to compare (at most 3); kept in the session while they browse. */
final class CompareSelection implements Serializable {

    public static final int MAX = 3;

    private final List<String> codes = new ArrayList<>();

    /** The logged-in resident's wishes from the list they were choosing in; none for other visitors. */
    private OfferingQuery.Wishes wishes = OfferingQuery.Wishes.NONE;

    public static CompareSelection current() {
        VaadinSession session = VaadinSession.getCurrent();
        CompareSelection selection = session.getAttribute(CompareSelection.class);
        if (selection == null) {
            selection = new CompareSelection();
            session.setAttribute(CompareSelection.class, selection);
        }
        return selection;
    }

    public List<String> codes() {
        return List.copyOf(codes);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /** Adds the offering; false when the selection is already full. */
    public boolean add(String code) {
        if (codes.contains(code)) {
            return true;
        }
        if (codes.size() >= MAX) {
            return false;
        }
        codes.add(code);
        return true;
    }

    public void remove(String code) {
        codes.remove(code);
    }

    /** The wishes the comparison marks: those of the list the resident last chose in. */
    public OfferingQuery.Wishes wishes() {
        return wishes;
    }

    public void rememberWishes(OfferingQuery.Wishes wishes) {
        this.wishes = wishes == null ? OfferingQuery.Wishes.NONE : wishes;
    }

    public int size() {
        return codes.size();
    }
}
