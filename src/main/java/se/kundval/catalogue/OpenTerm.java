package se.kundval.catalogue;

import se.kundval.shared.LocalizedText;

/** A service type or a specialisation, as a term of the open-data API's Kundval taxonomy. */
public record OpenTerm(Kind kind, String code, LocalizedText name, LocalizedText description) {

    public enum Kind {
        SERVICE_TYPE,
        SPECIALISATION
    }
}
