package se.kundval.register;

/** How a quality indicator's value reads. */
public enum IndicatorUnit {
    PERCENT,
    NUMBER
}
