package se.kundval.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.kundval.identity.DemoSwitch;
import se.kundval.provider.ProviderType;
import se.kundval.shared.ReferenceDataException;

/**
 * providers-data is split into the municipality's reference data and the demo content, and the
 * demo content (fictional providers, listings, quality figures, residents, accounts) is imported
 * only with the demo switch.
 */
class ReferenceAndDemoDataTest {

    @TempDir
    Path tempDir;

    @Test
    void theReferenceDataAloneHoldsNoFictionalPeopleProvidersOrListings() {
        ReferenceData data = new ReferenceDataReader(SampleDataFolder.reference()).read();

        assertThat(data.serviceTypes()).isNotEmpty();
        assertThat(data.areas()).isNotEmpty();
        assertThat(data.servicePoints()).isNotEmpty();
        assertThat(data.requirements()).isNotEmpty();
        assertThat(data.specialisations()).isNotEmpty();
        assertThat(data.indicators()).isNotEmpty();
        // Only the municipality's own production, the default provider its service types name.
        assertThat(data.providers())
                .singleElement()
                .satisfies(p -> assertThat(p.type()).isEqualTo(ProviderType.MUNICIPAL));
        assertThat(data.residents()).isEmpty();
        assertThat(data.offerings()).isEmpty();
        assertThat(data.accreditations()).isEmpty();
        assertThat(data.qualityIndicators()).isEmpty();
        assertThat(SampleDataFolder.reference().resolve("demo-accounts.yaml")).doesNotExist();
        assertThat(SampleDataFolder.reference().resolve("residents.yaml")).doesNotExist();
    }

    @Test
    void theDemoContentHoldsThePeopleAndTheAccounts() {
        Path demo = SampleDataFolder.demo();
        for (String file : List.of(
                "residents.yaml",
                "demo-accounts.yaml",
                "providers.yaml",
                "offerings.yaml",
                "accreditations.yaml",
                "quality-indicators.csv")) {
            assertThat(demo.resolve(file)).isRegularFile();
        }
        for (String file : ReferenceDataReader.REQUIRED_FILES) {
            assertThat(demo.resolve(file)).doesNotExist();
        }
    }

    @Test
    void anOperatorsFolderMustHoldTheReferenceFiles() throws IOException {
        Files.copy(SampleDataFolder.reference().resolve("areas.yaml"), tempDir.resolve("areas.yaml"));

        assertThatThrownBy(() -> new ReferenceDataReader(tempDir).read())
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("the file is missing");
    }

    @Test
    void theDemoContentIsImportedOnlyWithTheDemoSwitch() {
        String reference = SampleDataFolder.reference().toString();
        String demo = SampleDataFolder.demo().toString();

        assertThat(ReferenceDataStartupImport.folders(reference, demo, new DemoSwitch(false)))
                .containsExactly(SampleDataFolder.reference().normalize());
        assertThat(ReferenceDataStartupImport.folders(reference, demo, new DemoSwitch(true)))
                .containsExactly(
                        SampleDataFolder.reference().normalize(),
                        SampleDataFolder.demo().normalize());
        // The jar's default: no folder, nothing imported.
        assertThat(ReferenceDataStartupImport.folders("", demo, new DemoSwitch(false)))
                .isEmpty();
    }

    @Test
    void theStartupImportOfTheProductionConfigurationNeverReadsTheDemoContent() throws Exception {
        List<List<Path>> imported = new ArrayList<>();
        ReferenceDataImporter recording = new ReferenceDataImporter(null, null, null, null, null, null) {
            @Override
            public ImportSummary importFolders(List<Path> folders) {
                imported.add(folders);
                return null;
            }
        };

        new ReferenceDataStartupImport(
                        recording,
                        SampleDataFolder.reference().toString(),
                        SampleDataFolder.demo().toString(),
                        new DemoSwitch(false))
                .run(null);
        new ReferenceDataStartupImport(recording, "", SampleDataFolder.demo().toString(), new DemoSwitch(false))
                .run(null);

        assertThat(imported)
                .containsExactly(List.of(SampleDataFolder.reference().normalize()));
    }
}
