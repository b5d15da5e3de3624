package se.kundval.register;

/** Where a service is delivered: decides whether distance matters when comparing providers. */
public enum Delivery {
    /** At the resident's home (hemtjänst, boendestöd): the area served decides. */
    HOME,
    /** At the provider's premises (daglig verksamhet, arbetsträning): distance matters. */
    PREMISES
}
