package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.kundval.shared.ui.Facts;

/** Facts are sent as HTML: whatever the labels and values contain must show as text, never as markup. */
class FactsTest {

    @Test
    void labelsAndValuesAreEscapedAndKeptInOrder() {
        Facts facts = new Facts()
                .add("Namn", "<img src=x onerror=alert(1)>")
                .add("Adress & telefon", "\"Storgatan 1\" – 'Nacka'")
                .add("Saknas", null);

        assertThat(facts.getElement().getProperty("innerHTML"))
                .isEqualTo("<dt>Namn</dt><dd>&lt;img src=x onerror=alert(1)&gt;</dd>"
                        + "<dt>Adress &amp; telefon</dt><dd>&quot;Storgatan 1&quot; – &#39;Nacka&#39;</dd>"
                        + "<dt>Saknas</dt><dd></dd>");
        assertThat(facts.getElement().getChildCount())
                .as("no server-side node per label or value")
                .isZero();
    }
}
