package se.kundval.choice;

import se.kundval.register.ScopeUnit;

/** What the officer's form needs of a service type: its unit and the default time to choose. */
public record ServiceTypeTerms(String code, String name, ScopeUnit scopeUnit, int choiceDeadlineDays) {}
