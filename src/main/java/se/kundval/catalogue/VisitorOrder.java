package se.kundval.catalogue;

import java.security.SecureRandom;

import com.vaadin.flow.server.VaadinSession;

import se.kundval.catalogue.search.ShuffleBinder;

/** The visitor's own neutral order, drawn at random once per session and kept while they browse. */
public final class VisitorOrder {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY = "kundval.visitor-order";

    private VisitorOrder() {}

    public static int current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object order = session.getAttribute(KEY);
        if (order == null) {
            order = RANDOM.nextInt(ShuffleBinder.ORDERS);
            session.setAttribute(KEY, order);
        }
        return (Integer) order;
    }
}
