package se.kundval.identity;

/**
 * Whether a code names a service point the municipality has. The register answers; identity asks
 * when service-point staff log in, without depending on it.
 */
public interface ServicePointDirectory {

    boolean isKnownServicePoint(String code);
}
