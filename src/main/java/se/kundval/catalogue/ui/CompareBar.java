package se.kundval.catalogue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/**
 * The comparison within reach while the visitor reads the list: a bar that sticks to the bottom
 * of the screen while the results scroll by, saying how many are picked and linking to the
 * comparison. Hidden while none are picked.
 */
class CompareBar extends Composite<Div> {

    private final Paragraph picked = new Paragraph();
    private final RouterLink open = CatalogueNavigation.compareLink();
    private Registration listening;

    CompareBar() {
        picked.addClassName("compare-bar-count");
        open.addClassName("compare-bar-link");
        getContent().addClassName("compare-bar");
        getContent().add(picked, open);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
        listening = CatalogueNavigation.onCompareChanged(event.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    private void refresh() {
        int count = CompareSelection.current().size();
        getContent().setVisible(count > 0);
        picked.setText(getTranslation("list.compareBar.count", count, CompareSelection.MAX));
        open.setText(getTranslation("list.compareBar.open", count));
    }
}
