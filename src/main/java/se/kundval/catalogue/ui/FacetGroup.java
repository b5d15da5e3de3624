package se.kundval.catalogue.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A named group of checkboxes, one per filter value, whose labels carry live counts. Labels are
 * updated in place, so the visitor's ticks and focus are never disturbed by a refresh.
 */
class FacetGroup extends Div {

    private final Map<String, Checkbox> boxes = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    FacetGroup(
            String id,
            String label,
            List<String> codes,
            Function<String, String> name,
            Set<String> selected,
            Consumer<Set<String>> onChange) {
        addClassName("facet-group");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", id);
        Span heading = new Span(label);
        heading.setId(id);
        heading.addClassName("facet-group-label");
        add(heading);
        for (String code : codes) {
            names.put(code, name.apply(code));
            Checkbox box = new Checkbox(names.get(code), selected.contains(code));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.accept(selected());
                }
            });
            boxes.put(code, box);
            add(box);
        }
    }

    Set<String> selected() {
        Set<String> selected = new LinkedHashSet<>();
        boxes.forEach((code, box) -> {
            if (box.getValue()) {
                selected.add(code);
            }
        });
        return selected;
    }

    /**
     * Updates every label to "name, N utförare" and disables the options that would leave no
     * result (a ticked one stays enabled, so it can be unticked). Labels change in place, so the
     * visitor's focus stays on the box they just ticked.
     */
    void showCounts(Function<String, Long> count, java.util.function.BiFunction<String, Long, String> label) {
        boxes.forEach((code, box) -> {
            long n = count.apply(code);
            box.setLabel(label.apply(names.get(code), n));
            box.setEnabled(n > 0 || box.getValue());
        });
    }

    String name(String code) {
        return names.get(code);
    }
}
