package se.kundval.identity;

/**
 * Whether an organisation number belongs to a provider the municipality knows. The provider
 * feature answers; identity asks when a provider user logs in, without depending on it.
 */
public interface ProviderDirectory {

    boolean isKnownProvider(Organisationsnummer orgnr);
}
