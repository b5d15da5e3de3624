package se.kundval.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.provider.AccreditationStatus;
import se.kundval.provider.ProviderType;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;

/** Search on the real index (Hibernate Search, Lucene) and MariaDB, on each test's own offerings. */
@IntegrationTest
class CatalogueSearchTest {

    private static final Locale SV = Locale.of("sv", "SE");

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CatalogueTestData data;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    QualityScores qualityScores;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    String type;

    @BeforeEach
    void ownServiceType() {
        type = data.serviceType(Delivery.HOME);
    }

    private List<String> names(OfferingQuery query) {
        return catalogue.find(query, 0, 50, SV).stream()
                .map(OfferingCard::providerName)
                .toList();
    }

    private List<String> search(String text) {
        OfferingQuery query = OfferingQuery.all(type, 0).withText(text);
        return catalogue.find(query, 0, 50, SV).stream()
                .map(OfferingCard::providerName)
                .toList();
    }

    @Test
    void aWordFindsTheCompoundsItStartsAndItsInflections() {
        data.anOffering()
                .ofType(type)
                .by("Vårdhuset")
                .summary("Vi erbjuder demensvård i hemmet.")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Omsorgen")
                .summary("För dig med en demenssjukdom.")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Språkhjälpen")
                .summary("Personalen talar språket du vill.")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Trädgårdsgänget")
                .summary("Vi hjälper till i trädgården.")
                .create();

        assertThat(search("demens")).containsExactlyInAnyOrder("Vårdhuset", "Omsorgen");
        assertThat(search("språk")).containsExactly("Språkhjälpen");
        assertThat(search("tradgarden")).containsExactly("Trädgårdsgänget");
    }

    @Test
    void asciiSpellingFindsSwedishLettersAndProviderNamesCount() {
        data.anOffering()
                .ofType(type)
                .by("Hemtjänsten Ektorp")
                .summary("Vi hjälper dig hemma.")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Boendestödet")
                .summary("Stöd i vardagen.")
                .create();

        assertThat(search("hemtjanst")).containsExactly("Hemtjänsten Ektorp");
        assertThat(search("Boendestödet")).containsExactly("Boendestödet");
    }

    @Test
    void aTypoOfOneLetterInALongWordStillMatches() {
        data.anOffering()
                .ofType(type)
                .by("Musikglädje")
                .summary("Vi sjunger och spelar musik varje vecka.")
                .create();

        assertThat(search("sjonger")).containsExactly("Musikglädje");
        assertThat(search("xyzzy")).isEmpty();
    }

    @Test
    void queryLanguageAndHugeInputAreHandledAsPlainText() {
        data.anOffering()
                .ofType(type)
                .by("Vanlig utförare")
                .summary("Vanlig text.")
                .create();

        assertThat(search("\"*:( OR AND ~")).isEmpty();
        assertThat(catalogue.count(OfferingQuery.all(type, 0).withText("vanlig ".repeat(1500))))
                .isEqualTo(1);
        assertThat(catalogue.count(OfferingQuery.all(type, 0).withText("x".repeat(10_000))))
                .isZero();
    }

    @Test
    void suspendedOrRevokedProvidersAreGoneAtOnce() {
        String kept = data.anOffering().ofType(type).by("Kvar").summary("Text.").create();
        String suspended =
                data.anOffering().ofType(type).by("Avstängd").summary("Text.").create();
        String revoked =
                data.anOffering().ofType(type).by("Återkallad").summary("Text.").create();
        assertThat(catalogue.count(OfferingQuery.all(type, 0))).isEqualTo(3);

        data.setStatus(suspended, AccreditationStatus.SUSPENDED);
        data.setStatus(revoked, AccreditationStatus.REVOKED);

        assertThat(search("")).containsExactly("Kvar");
        assertThat(catalogue.offering(suspended, SV)).isEmpty();
        assertThat(catalogue.offering(kept, SV)).isPresent();
    }

    @Test
    void anEditedListingIsFindableAtOnce() {
        String code = data.anOffering()
                .ofType(type)
                .by("Nyskrivet")
                .summary("Gammal text.")
                .create();

        data.setSummary(code, "Nu med kattvänlig personal.");

        assertThat(search("kattvänlig")).containsExactly("Nyskrivet");
    }

    @Test
    void facetsCountTheCurrentResultAndFiltersNarrowIt() {
        data.anOffering()
                .ofType(type)
                .by("A")
                .summary("Text.")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("BOO", "ORMINGE")
                .create();
        data.anOffering()
                .ofType(type)
                .by("B")
                .providerType(ProviderType.COOPERATIVE)
                .summary("Text.")
                .speaking("sv", "ar")
                .notTakingNewCustomers()
                .create();
        data.anOffering()
                .ofType(type)
                .by("C")
                .summary("Text.")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("ALTA")
                .create();

        Facets all = catalogue.facets(OfferingQuery.all(type, 0));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.areas())
                .containsEntry("BOO", 2L)
                .containsEntry("ORMINGE", 1L)
                .containsEntry("ALTA", 1L);
        assertThat(all.languages())
                .containsEntry("fi", 2L)
                .containsEntry("ar", 1L)
                .containsEntry("sv", 3L);
        assertThat(all.providerTypes()).containsEntry("PRIVATE", 2L).containsEntry("COOPERATIVE", 1L);
        assertThat(all.takingNewCustomers()).isEqualTo(2);

        OfferingQuery booFinnish = OfferingQuery.all(type, 0).withArea("BOO").withLanguages(Set.of("fi"));
        assertThat(catalogue.facets(booFinnish).total()).isEqualTo(1);
        assertThat(catalogue.find(booFinnish, 0, 10, SV))
                .extracting(OfferingCard::providerName)
                .containsExactly("A");
        assertThat(catalogue.count(OfferingQuery.all(type, 0).withOnlyTakingNewCustomers(true)))
                .isEqualTo(2);
        assertThat(catalogue.count(OfferingQuery.all(type, 0).withProviderType(ProviderType.COOPERATIVE)))
                .isEqualTo(1);
    }

    @Test
    void theNeutralOrderDiffersBetweenVisitorsAndIsStableForOne() {
        for (int i = 0; i < 8; i++) {
            data.anOffering().ofType(type).by("Utförare " + i).summary("Text.").create();
        }
        Set<String> firsts = new HashSet<>();
        for (int order = 0; order < 16; order++) {
            List<String> one = names(OfferingQuery.all(type, order));
            assertThat(names(OfferingQuery.all(type, order))).isEqualTo(one);
            firsts.add(one.getFirst());
        }
        assertThat(firsts).as("providers shown first across visitors").hasSizeGreaterThan(2);
        assertThat(names(OfferingQuery.all(type, 3).withSort(OfferingSort.NAME)))
                .containsExactly(
                        "Utförare 0",
                        "Utförare 1",
                        "Utförare 2",
                        "Utförare 3",
                        "Utförare 4",
                        "Utförare 5",
                        "Utförare 6",
                        "Utförare 7");
    }

    @Test
    void premisesServicesSortByDistanceFromTheResidentsArea() {
        String premises = data.serviceType(Delivery.PREMISES);
        data.anOffering()
                .ofType(premises)
                .by("I Älta")
                .summary("Text.")
                .in("ALTA")
                .create();
        data.anOffering()
                .ofType(premises)
                .by("I Orminge")
                .summary("Text.")
                .in("ORMINGE")
                .create();

        List<OfferingCard> fromBoo = catalogue.find(
                new OfferingQuery(premises, "", null, Set.of(), Set.of(), null, false, OfferingSort.DISTANCE, 0)
                        .withArea(null),
                0,
                10,
                SV);
        assertThat(fromBoo).hasSize(2);
        List<OfferingCard> nearOrminge = catalogue.find(
                new OfferingQuery(premises, "", "ORMINGE", Set.of(), Set.of(), null, false, OfferingSort.DISTANCE, 0),
                0,
                10,
                SV);
        assertThat(nearOrminge).extracting(OfferingCard::providerName).containsExactly("I Orminge");
        assertThat(nearOrminge.getFirst().distanceKm()).isNotNull().isLessThan(1.0);
    }

    @Test
    void bestQualityFirstSortsByTheMainIndicatorWithUnmeasuredLast() {
        data.linkIndicator(type, "NOJDHET");
        String good = data.anOffering().ofType(type).by("Bäst").summary("Text.").create();
        String fair =
                data.anOffering().ofType(type).by("Mellan").summary("Text.").create();
        String fewAnswers =
                data.anOffering().ofType(type).by("Få svar").summary("Text.").create();
        data.anOffering().ofType(type).by("Inte mätt").summary("Text.").create();
        data.indicator(good, "NOJDHET", 2025, new java.math.BigDecimal("96"), 40);
        data.indicator(good, "NOJDHET", 2024, new java.math.BigDecimal("50"), 40);
        data.indicator(fair, "NOJDHET", 2025, new java.math.BigDecimal("80"), 40);
        data.indicator(fewAnswers, "NOJDHET", 2025, new java.math.BigDecimal("99"), 3);

        tx.executeWithoutResult(s -> qualityScores.recompute());

        List<String> names = names(OfferingQuery.all(type, 5).withSort(OfferingSort.QUALITY));
        assertThat(names.subList(0, 2)).containsExactly("Bäst", "Mellan");
        assertThat(names.subList(2, 4)).containsExactlyInAnyOrder("Få svar", "Inte mätt");
        assertThat(catalogue.qualitySortIndicator(type, SV)).contains("Nöjdhet totalt");
    }

    @Test
    void theResultListIssuesABoundedNumberOfStatementsWhateverThePageSize() {
        for (int i = 0; i < 12; i++) {
            data.anOffering()
                    .ofType(type)
                    .by("Sida " + i)
                    .summary("Text.")
                    .speaking("sv", "fi")
                    .specialisedIn("DEMENS")
                    .in("BOO", "ALTA")
                    .create();
        }
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);

        stats.clear();
        assertThat(catalogue.find(OfferingQuery.all(type, 0), 0, 3, SV)).hasSize(3);
        long small = stats.getPrepareStatementCount();
        stats.clear();
        assertThat(catalogue.find(OfferingQuery.all(type, 0), 0, 12, SV)).hasSize(12);
        long large = stats.getPrepareStatementCount();

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(10);
    }

    /** Three Finnish-speaking offerings and one Arabic-speaking; only one is in Boo with dementia care. */
    private void finnishAndArabicSpeakers() {
        data.anOffering()
                .ofType(type)
                .by("Allt i Boo")
                .summary("Hjälp i vardagen.")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("BOO")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Bara demens")
                .summary("Hjälp i vardagen.")
                .speaking("sv", "fi")
                .specialisedIn("DEMENS")
                .in("ALTA")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Bara språket")
                .summary("Hjälp i vardagen.")
                .speaking("sv", "fi")
                .in("ORMINGE")
                .create();
        data.anOffering()
                .ofType(type)
                .by("Arabiska rösten")
                .summary("Hjälp i vardagen.")
                .speaking("sv", "ar")
                .in("BOO")
                .create();
    }

    @Test
    void aLanguageWordFindsAsManyAsTheLanguageFilter() {
        finnishAndArabicSpeakers();
        long byFilter = catalogue.count(OfferingQuery.all(type, 0).withLanguages(Set.of("fi")));

        assertThat(byFilter).isEqualTo(3);
        assertThat(catalogue.count(OfferingQuery.all(type, 0).withText("finska")))
                .isEqualTo(byFilter);
        assertThat(catalogue.count(OfferingQuery.all(type, 0).withText("Finnish")))
                .isEqualTo(byFilter);
        assertThat(search("finska")).containsExactlyInAnyOrder("Allt i Boo", "Bara demens", "Bara språket");
    }

    @Test
    void moreWordsRankRatherThanExclude() {
        finnishAndArabicSpeakers();

        List<String> found = search("finska demens boo");

        // All three words first, then those meeting two of them; none meets just one.
        assertThat(found.getFirst()).isEqualTo("Allt i Boo");
        assertThat(found).containsExactlyInAnyOrder("Allt i Boo", "Bara demens").doesNotContain("Arabiska rösten");
        assertThat(search("demens boo")).containsExactly("Allt i Boo");
    }

    @Test
    void anAdjectiveFormFindsTheLanguage() {
        finnishAndArabicSpeakers();

        assertThat(search("finsktalande")).containsExactlyInAnyOrder("Allt i Boo", "Bara demens", "Bara språket");
        assertThat(search("arabisktalande")).containsExactly("Arabiska rösten");
        assertThat(search("finskspråkig")).hasSize(3);
    }

    @Test
    void aSearchWithoutHitsSuggestsTheWordToLeaveOut() {
        finnishAndArabicSpeakers();
        OfferingQuery nothing = OfferingQuery.all(type, 0).withText("finska xyzzyq");

        assertThat(catalogue.count(nothing)).isZero();
        assertThat(catalogue.wordToDrop(nothing)).contains("xyzzyq");
        assertThat(catalogue.wordToDrop(OfferingQuery.all(type, 0).withText("finska")))
                .isEmpty();
    }
}
