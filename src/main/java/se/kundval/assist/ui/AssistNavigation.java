package se.kundval.assist.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.springframework.modulith.NamedInterface;

/** The way into the service-point desk from elsewhere; the view stays package-private. */
@NamedInterface("navigation")
public final class AssistNavigation {

    private AssistNavigation() {}

    public static void forwardToDesk(BeforeEnterEvent event) {
        event.forwardTo(AssistView.class);
    }
}
