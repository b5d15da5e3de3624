package se.kundval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.kundval.identity.Organisationsnummer.InvalidOrganisationsnummerException;
import se.kundval.identity.Organisationsnummer.Problem;

class OrganisationsnummerTest {

    @ParameterizedTest
    @CsvSource({
        "556677-8899, 556677-8899",
        "5566778899, 556677-8899",
        "16556677-8899, 556677-8899",
        "212000-9994, 212000-9994",
        "802000-0009, 802000-0009"
    })
    void acceptsValidNumbers(String text, String formatted) {
        assertThat(Organisationsnummer.parse(text).toString()).isEqualTo(formatted);
        assertThat(Organisationsnummer.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "55667788", "556677-88999", "556677_8899", "ABCDEF-GHIJ", "17556677-8899"})
    void rejectsBadFormat(String text) {
        assertProblem(text, Problem.FORMAT);
    }

    @Test
    void rejectsPersonalNumbersAsLegalEntities() {
        // A personnummer-shaped number (third digit = month's first digit, 0 or 1) is not a legal entity.
        assertProblem("400312-1243", Problem.NOT_LEGAL_ENTITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"556677-8898", "212000-9995"})
    void rejectsWrongCheckDigit(String text) {
        assertProblem(text, Problem.CHECK_DIGIT);
    }

    @Test
    void luhnMatchesKnownCheckDigits() {
        assertThat(Luhn.checkDigit("556677889")).isEqualTo(9);
        assertThat(Luhn.checkDigit("400312124")).isEqualTo(3);
        assertThat(Luhn.isValid("5566778899")).isTrue();
        assertThat(Luhn.isValid("5566778898")).isFalse();
    }

    private static void assertProblem(String text, Problem problem) {
        assertThatThrownBy(() -> Organisationsnummer.parse(text))
                .isInstanceOf(InvalidOrganisationsnummerException.class)
                .satisfies(e -> assertThat(((InvalidOrganisationsnummerException) e).problem())
                        .isEqualTo(problem));
    }
}
