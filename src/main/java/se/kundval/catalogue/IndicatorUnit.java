package se.kundval.catalogue;

/** How a quality indicator's value reads. */
public enum IndicatorUnit {
    PERCENT,
    NUMBER
}
