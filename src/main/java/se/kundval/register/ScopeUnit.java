package se.kundval.register;

/** The unit a choice entitlement's scope is measured in. */
public enum ScopeUnit {
    HOURS_PER_MONTH,
    HOURS_PER_WEEK,
    DAYS_PER_WEEK
}
