package se.kundval.choice;

/** Who made a choice: the resident themselves, staff on their behalf, or the default-provider rule. */
public enum ChoiceMadeBy {
    RESIDENT,
    ASSISTED,
    DEFAULT_RULE
}
