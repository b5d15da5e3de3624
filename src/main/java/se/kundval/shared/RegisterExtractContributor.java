package se.kundval.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * SPI for the register extract (registerutdrag, GDPR art. 15): each module that holds data about
 * a resident says what it holds, through its own data, so the extract is complete without one
 * module reading another's tables. The choice module, which knows who the logged-in resident is,
 * gathers the sections and renders the PDF; implementations only ever get the id it derived from
 * the login, never one from a request.
 */
public interface RegisterExtractContributor {

    /** Where this module's sections go in the extract; lower first. */
    int order();

    /** Everything this module holds about the resident, as sections; empty sections are fine. */
    List<Section> sectionsAbout(long residentId, Locale locale);

    /**
     * One part of the extract. Its heading is a message key; {@code detail} (e.g. a service name or
     * a date) is appended to it as it is. A section without lines says that there is nothing.
     */
    record Section(String headingKey, String detail, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /**
     * An argument of a worded value that is itself a message key (e.g. a role or an action code);
     * when no words exist for it, {@code fallback} is shown as it is.
     */
    record Key(String key, String fallback) {}

    /**
     * One label and its value. The label is a message key, or (for entries of a list such as
     * messages) a value of its own, e.g. the time. A value is either data as it is stored
     * ({@code value}), or a message key with arguments for values the portal words itself. Dates
     * ({@code LocalDate}) and times ({@code Instant}), in values, labels and arguments alike, are
     * written out in the reader's language.
     */
    record Line(Object label, boolean labelIsKey, Object value, String valueKey, List<Object> valueArgs) {

        public Line {
            valueArgs = valueArgs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(valueArgs));
        }

        /** Data as stored (a name, a date, a free text); null shows as empty. */
        public static Line of(String labelKey, Object value) {
            return new Line(labelKey, true, value, null, List.of());
        }

        /** A value the portal words in the reader's language; {@link Key} arguments are worded too. */
        public static Line worded(String labelKey, String valueKey, Object... args) {
            return new Line(labelKey, true, null, valueKey, Arrays.asList(args));
        }

        /** An entry of a list: the label is a value of its own (e.g. when), the value worded. */
        public static Line entry(Object label, String valueKey, Object... args) {
            return new Line(label, false, null, valueKey, Arrays.asList(args));
        }
    }
}
