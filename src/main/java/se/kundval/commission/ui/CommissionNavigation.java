package se.kundval.commission.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.springframework.modulith.NamedInterface;

/** Ways into the commissioning officers' pages from elsewhere; the views stay package-private. */
@NamedInterface("navigation")
public final class CommissionNavigation {

    private CommissionNavigation() {}

    public static void forwardToCommission(BeforeEnterEvent event) {
        event.forwardTo(CommissionView.class);
    }
}
