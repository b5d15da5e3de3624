package se.kundval.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kundval.catalogue.internal.QualityIndicatorRepository;
import se.kundval.identity.Role;
import se.kundval.provider.Provider;
import se.kundval.provider.Providers;
import se.kundval.register.IndicatorDefinition;
import se.kundval.register.Registers;
import se.kundval.register.ServiceType;
import se.kundval.shared.InvalidInputException;
import se.kundval.shared.RecordOrigin;
import se.kundval.shared.ReferenceDataException;

/**
 * The commissioning officers' import of quality indicators (the CSV format of
 * providers-data/demo/quality-indicators.csv): checked row by row first, stored all or nothing.
 */
@Service
@Transactional
public class QualityImportService {

    private final QualityIndicatorRepository quality;
    private final QualityScores qualityScores;
    private final Providers providers;
    private final Registers registers;

    QualityImportService(
            QualityIndicatorRepository quality, QualityScores qualityScores, Providers providers, Registers registers) {
        this.quality = quality;
        this.qualityScores = qualityScores;
        this.providers = providers;
        this.registers = registers;
    }

    /** The largest quality file accepted (a municipality's figures for a year are far smaller). */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private static void refuseTooLarge(byte[] content) {
        if (content != null && content.length > MAX_FILE_BYTES) {
            throw new InvalidInputException(Map.of("file", "commission.quality.tooLarge"));
        }
    }

    /**
     * Checks a quality-indicator file (the format of providers-data/demo/quality-indicators.csv) row
     * by row without storing anything.
     */
    @RolesAllowed(Role.HUVUDMAN)
    @Transactional(readOnly = true)
    public QualityImportReport checkQualityFile(byte[] content) {
        refuseTooLarge(content);
        return parse(content).report();
    }

    /**
     * Stores a quality-indicator file, all rows in one transaction, only if every row is fine.
     *
     * @return the number of rows stored
     * @throws InvalidInputException if the file has any problem; nothing is stored then
     */
    @RolesAllowed(Role.HUVUDMAN)
    public int importQualityFile(byte[] content) {
        refuseTooLarge(content);
        Parsed parsed = parse(content);
        if (!parsed.report().clean()) {
            throw new InvalidInputException(Map.of("file", "commission.quality.notClean"));
        }
        for (Resolved r : parsed.rows()) {
            QualityIndicator qi = quality.findByProviderAndServiceTypeAndIndicatorAndYear(
                            r.provider(), r.type(), r.indicator(), r.row().year())
                    .orElseGet(() -> new QualityIndicator(
                            r.provider(), r.type(), r.indicator(), r.row().year(), RecordOrigin.PORTAL));
            qi.setValue(r.row().value());
            qi.setRespondents(r.row().respondents());
            qi.setSource(r.row().source());
            qi.setNationalValue(r.row().national());
            quality.save(qi);
        }
        qualityScores.recompute();
        return parsed.rows().size();
    }

    private record Resolved(
            QualityIndicatorCsv.Row row, Provider provider, ServiceType type, IndicatorDefinition indicator) {}

    private record Parsed(List<Resolved> rows, QualityImportReport report) {}

    private Parsed parse(byte[] content) {
        List<QualityImportReport.RowProblem> problems = new ArrayList<>();
        List<Resolved> rows = new ArrayList<>();
        String text = content == null ? "" : new String(content, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        if (lines.isEmpty()) {
            problems.add(new QualityImportReport.RowProblem(
                    1, "Filen är tom. Första raden ska vara " + String.join(";", QualityIndicatorCsv.HEADER)));
            return new Parsed(rows, new QualityImportReport(0, problems));
        }
        try {
            QualityIndicatorCsv.parse("fil", List.of(lines.getFirst()));
        } catch (ReferenceDataException e) {
            problems.add(new QualityImportReport.RowProblem(
                    1, "Första raden ska vara " + String.join(";", QualityIndicatorCsv.HEADER)));
            return new Parsed(rows, new QualityImportReport(0, problems));
        }
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                // The shared parser checks one row at a time, so every row's problem is reported.
                QualityIndicatorCsv.Row row = QualityIndicatorCsv.parse("fil", List.of(lines.getFirst(), lines.get(i)))
                        .getFirst();
                Optional<Provider> provider = providers.byOrgnr(row.provider().toString());
                Optional<ServiceType> type = registers.serviceType(row.serviceType());
                Optional<IndicatorDefinition> indicator = registers.indicator(row.indicator());
                if (provider.isEmpty()) {
                    problems.add(new QualityImportReport.RowProblem(line, "Okänd utförare " + row.provider()));
                } else if (type.isEmpty()) {
                    problems.add(new QualityImportReport.RowProblem(line, "Okänd tjänst " + row.serviceType()));
                } else if (indicator.isEmpty()) {
                    problems.add(new QualityImportReport.RowProblem(line, "Okänt mått " + row.indicator()));
                } else {
                    rows.add(new Resolved(row, provider.get(), type.get(), indicator.get()));
                }
            } catch (ReferenceDataException e) {
                String message =
                        e.getMessage().replaceFirst("^fil, line \\d+, ", "").replaceFirst("^fil, line \\d+: ", "");
                problems.add(new QualityImportReport.RowProblem(line, message));
            }
        }
        return new Parsed(rows, new QualityImportReport(rows.size(), problems));
    }
}
