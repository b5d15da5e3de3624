package se.kundval.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.kundval.identity.Personnummer.InvalidPersonnummerException;
import se.kundval.identity.Personnummer.Problem;

class PersonnummerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource({
        "19400312-1243, 194003121243",
        "194003121243, 194003121243",
        "400312-1243, 194003121243",
        "4003121243, 194003121243",
        // 100 years or older: '+' moves the short form back a century
        "250827+0622, 192508270622",
        "19930621-3571, 199306213571",
        // samordningsnummer: day + 60 (birth 1990-01-31 -> 91)
        "19900191-2386, 199001912386",
        " 19400312-1243 , 194003121243"
    })
    void acceptsValidNumbersInEveryForm(String text, String digits) {
        assertThat(Personnummer.parse(text, TODAY).digits()).isEqualTo(digits);
    }

    @Test
    void shortFormPicksTheCenturyFromToday() {
        assertThat(Personnummer.parse("050101-3213", TODAY).digits()).startsWith("2005");
        assertThat(Personnummer.parse("300101-2396", TODAY).digits()).startsWith("1930");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "1940-03-12-1243",
                "19400312-124",
                "19400312--1243",
                "2019400312-1243",
                "19400312+1243"
            })
    void rejectsBadFormat(String text) {
        assertProblem(text, Problem.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19400230-1235", "19401312-1236", "19400100-1232", "20991231-1234", "19400192-1234"})
    void rejectsImpossibleDates(String text) {
        assertProblem(text, Problem.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19400312-1231", "19930621-3572", "19900191-2387"})
    void rejectsWrongCheckDigit(String text) {
        assertProblem(text, Problem.CHECK_DIGIT);
    }

    @Test
    void knowsSamordningsnummerAndBirthDate() {
        Personnummer coordination = Personnummer.parse("19900191-2386", TODAY);
        assertThat(coordination.isSamordningsnummer()).isTrue();
        assertThat(coordination.birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
        assertThat(Personnummer.parse("19400312-1243", TODAY).ageOn(TODAY)).isEqualTo(86);
    }

    @Test
    void neverShowsTheFullNumberByAccident() {
        Personnummer p = Personnummer.parse("19400312-1243", TODAY);
        assertThat(p.toString()).doesNotContain("1243").contains("19400312-****");
        assertThat(p.masked()).isEqualTo("19400312-****");
        assertThat(p.formatted()).isEqualTo("19400312-1243");
        assertThatThrownBy(() -> Personnummer.parse("19400312-1231", TODAY))
                .hasMessageNotContaining("1940")
                .hasMessageNotContaining("1231");
    }

    private static void assertProblem(String text, Problem problem) {
        assertThatThrownBy(() -> Personnummer.parse(text, TODAY))
                .isInstanceOf(InvalidPersonnummerException.class)
                .satisfies(e ->
                        assertThat(((InvalidPersonnummerException) e).problem()).isEqualTo(problem));
    }
}
