package se.kundval.opendata.ui;

import com.vaadin.flow.router.RouterLink;
import org.springframework.modulith.NamedInterface;

/** The way to the "Öppna data" page from elsewhere (the footer); the view stays package-private. */
@NamedInterface("navigation")
public final class OpenDataNavigation {

    private OpenDataNavigation() {}

    public static RouterLink openDataLink(String text) {
        return new RouterLink(text, OpenDataView.class);
    }
}
