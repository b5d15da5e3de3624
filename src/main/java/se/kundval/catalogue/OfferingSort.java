package se.kundval.catalogue;

/** How the result list is ordered. The default is neutral (LOV): a random order per visitor. */
public enum OfferingSort {
    NEUTRAL,
    NAME,
    DISTANCE,
    /** Best result on the service type's main quality indicator first; unmeasured last. */
    QUALITY,
    /** Most of the resident's recorded wishes met first; ties in the neutral order. */
    WISHES
}
