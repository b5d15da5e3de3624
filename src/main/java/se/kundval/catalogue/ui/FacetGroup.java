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

    /** Updates every label to "name (count)". */
    void showCounts(Function<String, String> label) {
        boxes.forEach((code, box) -> box.setLabel(label.apply(code)));
    }

    String name(String code) {
        return names.get(code);
    }
}
