package se.kundval.identity;

/**
 * The Luhn (mod 10) check used by Swedish personal and organisation numbers: over the ten digits,
 * double every other digit starting with the first.
 */
public final class Luhn {

    private Luhn() {}

    public static boolean isValid(String tenDigits) {
        return tenDigits.length() == 10 && checkDigit(tenDigits.substring(0, 9)) == tenDigits.charAt(9) - '0';
    }

    /** The check digit for nine digits. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int d = nineDigits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("Not a digit");
            }
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
