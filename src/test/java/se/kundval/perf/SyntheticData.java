package se.kundval.perf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;

import se.kundval.identity.Luhn;

/**
 * Fills a Kundval database with a synthetic municipality on top of the sample one: providers with
 * valid organisation numbers, offerings spread over the service types and areas with Swedish text,
 * residents with valid personnummer, guidance conversations, entitlements and choices (never more
 * choices than places). The same size and seed always give the same rows.
 *
 * <p>Synthetic rows are recognisable so that a re-run can replace them: offering codes start with
 * {@code SYN-}, providers' web sites and residents' e-mail addresses are on the reserved domain
 * {@code syntet.example}, conversations are held by officer {@code syntetisk-data}. Use a database
 * of its own (audit events, which cannot be deleted, would pin residents someone looked up).
 *
 * <p>Command: {@link SyntheticDataCommand}; figures: docs/performance.md.
 */
public final class SyntheticData {

    /** How much to generate. Small is the sample municipality plus residents. */
    public record Size(String name, int providers, int offerings, int residents) {

        public static Size named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "small" -> new Size("small", 0, 0, 2_000);
                case "10k" -> new Size("10k", 2_500, 10_000, 20_000);
                case "100k" -> new Size("100k", 25_000, 100_000, 200_000);
                default -> throw new IllegalArgumentException("Unknown size " + name + " (small, 10k or 100k)");
            };
        }
    }

    /** What was generated, for the report. */
    public record Result(int providers, int offerings, int residents, int entitlements, int choices, long millis) {}

    static final String OFFICER = "syntetisk-data";
    static final String DOMAIN = "syntet.example";
    private static final int BATCH = 2_000;

    private static final String[] NAME_FIRST = {
        "Trygga",
        "Omtanke",
        "Solrosen",
        "Hemlika",
        "Vårdkraft",
        "Lugna",
        "Nära",
        "Allé",
        "Ljusa",
        "Gläntan",
        "Björkens",
        "Havsörn",
        "Linnea",
        "Fyren",
        "Eken",
        "Kompassen",
        "Vilan",
        "Stjärnan",
        "Humla",
        "Mångfald",
        "Källan",
        "Bryggan",
        "Ankaret",
        "Skären",
        "Ängen"
    };
    private static final String[] NAME_SECOND = {
        "Omsorg",
        "Hemtjänst",
        "Händer",
        "Vård",
        "Stöd",
        "Assistans",
        "Dagverksamhet",
        "Team",
        "Boendestöd",
        "Hjälpen",
        "Gemenskap",
        "Verkstad",
        "Arbete",
        "Vänner"
    };
    private static final String[] NAME_FORM = {"AB", "AB", "AB", "HB", "ekonomisk förening", "Kooperativ"};
    private static final String[] FIRST_NAMES = {
        "Anna",
        "Eva",
        "Maria",
        "Karin",
        "Kerstin",
        "Ingrid",
        "Margareta",
        "Birgitta",
        "Elisabeth",
        "Marianne",
        "Lars",
        "Karl",
        "Erik",
        "Per",
        "Nils",
        "Jan",
        "Anders",
        "Hans",
        "Sven",
        "Göran",
        "Leila",
        "Ahmed",
        "Mirja",
        "Aino",
        "Sami",
        "Fatima",
        "Jovana",
        "Tuula",
        "Amir",
        "Dragan"
    };
    private static final String[] LAST_NAMES = {
        "Andersson",
        "Johansson",
        "Karlsson",
        "Nilsson",
        "Eriksson",
        "Larsson",
        "Olsson",
        "Persson",
        "Svensson",
        "Gustafsson",
        "Pettersson",
        "Lindberg",
        "Lindqvist",
        "Virtanen",
        "Korhonen",
        "Hassan",
        "Ali",
        "Mohammed",
        "Jovanović",
        "Berg",
        "Sandberg",
        "Holm"
    };
    private static final String[] SENTENCES = {
        "Vi ger trygg och personlig omsorg med samma personal varje vecka",
        "Våra medarbetare har utbildning i demensvård och bemötande",
        "Vi hjälper dig med inköp, städning, tvätt och matlagning",
        "Du får en kontaktperson som lär känna dig och dina vanor",
        "Personal som talar finska, arabiska och persiska finns hos oss",
        "Vi arbetar nära sjuksköterska och arbetsterapeut i kommunen",
        "Kvällar och helger har vi samma kontinuitet som på dagtid",
        "Vi följer med på promenader, till vårdcentralen och till affären",
        "Verksamheten har skapande aktiviteter, musik, trädgård och café",
        "Deltagarna arbetar i snickeri, bageri och med data i små grupper",
        "Boendestödet tränar vardagen i ditt eget hem i din egen takt",
        "Vi tar emot personer med autism, adhd och psykisk ohälsa",
        "Arbetsträningen leder vidare till praktik och anställning",
        "Vi har lång erfarenhet av stroke, diabetes och parkinson",
        "Du bestämmer tillsammans med oss hur hjälpen ska utformas"
    };
    private static final String[] LANGS = {"fi", "ar", "fa", "so", "bs", "ti", "es", "pl", "tr", "en", "sme", "ku"};

    private final JdbcTemplate jdbc;

    public SyntheticData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces any earlier synthetic rows with the given size and seed. */
    public Result generate(Size size, long seed) {
        long started = System.nanoTime();
        deleteEarlier();
        Random random = new Random(seed);
        List<Area> areas = jdbc.query(
                "select id, code, centre_lat, centre_lon from area order by code",
                (rs, i) -> new Area(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
        List<ServiceType> types = jdbc.query(
                "select id, code, delivery from service_type where code not like 'BENCH%'"
                        + " order by sort_order, code",
                (rs, i) -> new ServiceType(rs.getLong(1), rs.getString(2), "PREMISES".equals(rs.getString(3))));
        List<Long> specialisations = jdbc.queryForList("select id from specialisation order by code", Long.class);
        if (areas.size() < 2 || types.isEmpty()) {
            throw new IllegalStateException("The sample municipality must be imported first (areas, service types)");
        }
        List<Integer> providerTypes = insertProviders(size, seed, random);
        List<OfferingRow> offerings = insertOfferings(size, seed, random, areas, types, specialisations, providerTypes);
        // The sample's listed offerings take choices too, so "small" has choices.
        offerings.addAll(jdbc.query(
                "select o.id, o.service_type_id, o.capacity, min(oa.area_id) from offering o"
                        + " join offering_area oa on oa.offering_id = o.id join accreditation c on c.id = o.accreditation_id"
                        + " where o.code not like 'SYN-%' and o.code not like 'BENCH-%' and c.status = 'APPROVED'"
                        + " group by o.id, o.service_type_id, o.capacity order by o.id",
                (rs, i) -> new OfferingRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4))));
        int[] counts = insertResidents(size, seed, random, areas, types, offerings);
        return new Result(
                size.providers(),
                size.offerings(),
                size.residents(),
                counts[0],
                counts[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<Integer> insertProviders(Size size, long seed, Random random) {
        List<Object[]> rows = new ArrayList<>();
        List<Integer> cooperative = new ArrayList<>();
        for (int p = 0; p < size.providers(); p++) {
            String form = NAME_FORM[random.nextInt(NAME_FORM.length)];
            String name = NAME_FIRST[random.nextInt(NAME_FIRST.length)] + " "
                    + NAME_SECOND[random.nextInt(NAME_SECOND.length)] + " " + (p + 1) + " " + form;
            boolean coop = form.equals("ekonomisk förening") || form.equals("Kooperativ");
            cooperative.add(coop ? 1 : 0);
            // Legal entities (third digit at least 2): 558… limited companies, 768… economic associations; the
            // seed keeps different runs apart, the counter keeps each provider unique.
            String nine = (coop ? "768" : "558") + String.format("%06d", (seed % 10) * 100_000 + p);
            rows.add(new Object[] {
                nine.substring(0, 6) + "-" + nine.substring(6) + Luhn.checkDigit(nine),
                name,
                coop ? "COOPERATIVE" : "PRIVATE",
                form.equals("HB") ? "Handelsbolag" : coop ? "Ekonomisk förening" : "Aktiebolag",
                "Storgatan " + (1 + random.nextInt(80)) + ", 131 " + (30 + random.nextInt(60)) + " Nacka",
                "08-" + (100_000 + random.nextInt(900_000)),
                "kontakt" + p + "@" + DOMAIN,
                "https://" + DOMAIN + "/utforare-" + p
            });
        }
        batch(
                "insert into provider (orgnr, name, provider_type, legal_form, address, phone, email, website, origin)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 'PORTAL')",
                rows);
        return cooperative;
    }

    private List<OfferingRow> insertOfferings(
            Size size,
            long seed,
            Random random,
            List<Area> areas,
            List<ServiceType> types,
            List<Long> specialisations,
            List<Integer> providerTypes) {
        List<OfferingRow> result = new ArrayList<>();
        if (size.offerings() == 0) {
            return result;
        }
        List<Long> providers = jdbc.queryForList(
                "select id from provider where website like ? order by id", Long.class, "https://" + DOMAIN + "/%");
        // Each provider is accredited for one or two service types; hemtjänst is the largest market.
        List<Object[]> accreditations = new ArrayList<>();
        Map<Long, List<Long>> typesOf = new HashMap<>();
        for (Long provider : providers) {
            ServiceType first = weightedType(random, types);
            typesOf.computeIfAbsent(provider, k -> new ArrayList<>()).add(first.id());
            if (random.nextInt(4) == 0) {
                ServiceType second = types.get(random.nextInt(types.size()));
                if (second.id() != first.id()) {
                    typesOf.get(provider).add(second.id());
                }
            }
            for (Long type : typesOf.get(provider)) {
                accreditations.add(new Object[] {provider, type});
            }
        }
        batch(
                "insert into accreditation (provider_id, service_type_id, status, valid_from, decided_on, origin)"
                        + " values (?, ?, 'APPROVED', '2024-01-01', '2024-01-01', 'PORTAL')",
                accreditations);
        Map<String, Long> accreditationIds = new HashMap<>();
        jdbc.query(
                "select c.id, c.provider_id, c.service_type_id from accreditation c join provider p"
                        + " on p.id = c.provider_id where p.website like ?",
                rs -> {
                    accreditationIds.put(rs.getLong(2) + "/" + rs.getLong(3), rs.getLong(1));
                },
                "https://" + DOMAIN + "/%");
        Map<Long, ServiceType> typeById = new HashMap<>();
        types.forEach(t -> typeById.put(t.id(), t));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> plan = new ArrayList<>();
        for (int i = 0; i < size.offerings(); i++) {
            Long provider = providers.get(i % providers.size());
            List<Long> itsTypes = typesOf.get(provider);
            long type = itsTypes.get((i / providers.size()) % itsTypes.size());
            Area area = areas.get(random.nextInt(areas.size()));
            boolean premises = typeById.get(type).premises();
            int capacity = 5 + random.nextInt(80);
            rows.add(new Object[] {
                "SYN-" + seed + "-" + i,
                provider,
                type,
                accreditationIds.get(provider + "/" + type),
                i >= providers.size()
                        ? "Enhet " + area.code().charAt(0)
                                + area.code().substring(1).toLowerCase(Locale.ROOT) + " " + (i / providers.size())
                        : null,
                capacity,
                random.nextInt(6) != 0,
                premises ? "Verkstadsvägen " + (1 + random.nextInt(40)) + ", Nacka" : null,
                premises ? area.lat() + (random.nextDouble() - 0.5) * 0.02 : null,
                premises ? area.lon() + (random.nextDouble() - 0.5) * 0.04 : null,
                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(320))
            });
            plan.add(new Object[] {type, capacity, area.id()});
        }
        batch(
                "insert into offering (code, provider_id, service_type_id, accreditation_id, unit_name, capacity,"
                        + " takes_new_customers, address, lat, lon, last_confirmed, origin) values"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PORTAL')",
                rows);
        List<Long> ids = jdbc.queryForList(
                "select id from offering where code like ? order by id", Long.class, "SYN-" + seed + "-%");
        List<Object[]> texts = new ArrayList<>();
        List<Object[]> langs = new ArrayList<>();
        List<Object[]> areaRows = new ArrayList<>();
        List<Object[]> specRows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Object[] p = plan.get(i);
            long home = (Long) p[2];
            texts.add(new Object[] {id, "sv", paragraph(random, 2), paragraph(random, 6), paragraph(random, 2)});
            if (random.nextInt(5) == 0) {
                texts.add(new Object[] {
                    id,
                    "en",
                    "We give safe and personal care with the same staff every week.",
                    "Staff who speak several languages. We work closely with the municipality's nurses.",
                    null
                });
            }
            langs.add(new Object[] {id, "sv"});
            for (int l = random.nextInt(3); l > 0; l--) {
                langs.add(new Object[] {id, LANGS[random.nextInt(LANGS.length)]});
            }
            areaRows.add(new Object[] {id, home});
            for (int a = random.nextInt(3); a > 0; a--) {
                areaRows.add(new Object[] {
                    id, areas.get(random.nextInt(areas.size())).id()
                });
            }
            for (int s = random.nextInt(3); s > 0 && !specialisations.isEmpty(); s--) {
                specRows.add(new Object[] {id, specialisations.get(random.nextInt(specialisations.size()))});
            }
            result.add(new OfferingRow(id, (Long) p[0], (Integer) p[1], home));
        }
        batch(
                "insert into offering_text (offering_id, lang, summary, description, includes) values (?, ?, ?, ?, ?)",
                texts);
        batch("insert ignore into offering_language (offering_id, lang) values (?, ?)", langs);
        batch("insert ignore into offering_area (offering_id, area_id) values (?, ?)", areaRows);
        batch("insert ignore into offering_specialisation (offering_id, specialisation_id) values (?, ?)", specRows);
        return result;
    }

    /** Residents, each with one conversation and one or two entitlements; about 70 % have chosen. */
    private int[] insertResidents(
            Size size,
            long seed,
            Random random,
            List<Area> areas,
            List<ServiceType> types,
            List<OfferingRow> offerings) {
        Map<String, List<OfferingRow>> byTypeAndArea = new HashMap<>();
        for (OfferingRow o : offerings) {
            byTypeAndArea
                    .computeIfAbsent(o.serviceType() + "/" + o.area(), k -> new ArrayList<>())
                    .add(o);
        }
        Map<Long, Integer> taken = new HashMap<>();
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 9, 0);
        List<Object[]> residents = new ArrayList<>();
        List<Long> residentAreas = new ArrayList<>();
        java.util.Set<String> numbers = new java.util.HashSet<>();
        while (residents.size() < size.residents()) {
            String pnr = personnummer(random, seed);
            if (!numbers.add(pnr)) {
                continue;
            }
            Area area = areas.get(random.nextInt(areas.size()));
            int n = residents.size();
            residents.add(new Object[] {
                pnr,
                FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
                LAST_NAMES[random.nextInt(LAST_NAMES.length)],
                area.id(),
                n % 3 == 0 ? "EMAIL" : "LETTER",
                n % 3 == 0 ? "person" + n + "@" + DOMAIN : null,
                now.minusDays(random.nextInt(700))
            });
            residentAreas.add(area.id());
        }
        batch(
                "insert into resident (personnummer, first_name, last_name, area_id, contact_preference, email, created_at,"
                        + " origin) values (?, ?, ?, ?, ?, ?, ?, 'PORTAL')",
                residents);
        // Read the ids back by personnummer, in insertion order.
        Map<String, Long> idByPnr = new HashMap<>();
        jdbc.query("select personnummer, id from resident", rs -> {
            idByPnr.put(rs.getString(1), rs.getLong(2));
        });
        List<Long> residentIds = new ArrayList<>();
        residents.forEach(r -> residentIds.add(idByPnr.get((String) r[0])));
        List<Object[]> conversations = new ArrayList<>();
        for (int i = 0; i < residentIds.size(); i++) {
            LocalDateTime held = now.minusDays(random.nextInt(400));
            conversations.add(new Object[] {residentIds.get(i), held.toLocalDate(), held});
        }
        batch(
                "insert into guidance_conversation (resident_id, held_on, officer, created_at) values (?, ?, '"
                        + OFFICER + "', ?)",
                conversations);
        Map<Long, Long> conversationOf = new HashMap<>();
        jdbc.query(
                "select resident_id, id from guidance_conversation where officer = ?",
                rs -> {
                    conversationOf.put(rs.getLong(1), rs.getLong(2));
                },
                OFFICER);
        List<Object[]> entitlements = new ArrayList<>();
        List<OfferingRow> chosen = new ArrayList<>();
        for (int i = 0; i < residentIds.size(); i++) {
            long resident = residentIds.get(i);
            int count = random.nextInt(5) == 0 ? 2 : 1;
            java.util.Set<Long> typesTaken = new java.util.HashSet<>();
            for (int e = 0; e < count; e++) {
                ServiceType type = weightedType(random, types);
                if (!typesTaken.add(type.id())) {
                    continue;
                }
                OfferingRow choice = null;
                if (random.nextInt(10) < 7) {
                    List<OfferingRow> near =
                            byTypeAndArea.getOrDefault(type.id() + "/" + residentAreas.get(i), List.of());
                    for (int attempt = 0; attempt < 3 && choice == null && !near.isEmpty(); attempt++) {
                        OfferingRow candidate = near.get(random.nextInt(near.size()));
                        if (taken.getOrDefault(candidate.id(), 0) < candidate.capacity()) {
                            taken.merge(candidate.id(), 1, Integer::sum);
                            choice = candidate;
                        }
                    }
                }
                LocalDateTime created = now.minusDays(random.nextInt(300));
                entitlements.add(new Object[] {
                    conversationOf.get(resident),
                    resident,
                    type.id(),
                    5 + random.nextInt(60),
                    choice == null ? "WAITING_FOR_CHOICE" : "CHOSEN",
                    created.toLocalDate().plusDays(14),
                    created
                });
                chosen.add(choice);
            }
        }
        batch(
                "insert into choice_entitlement (conversation_id, resident_id, service_type_id, scope, status, deadline,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?)",
                entitlements);
        List<Long> entitlementIds = jdbc.queryForList(
                "select e.id from choice_entitlement e join guidance_conversation g"
                        + " on g.id = e.conversation_id where g.officer = ? order by e.id",
                Long.class,
                OFFICER);
        List<Object[]> choices = new ArrayList<>();
        for (int i = 0; i < entitlementIds.size(); i++) {
            OfferingRow o = chosen.get(i);
            if (o != null) {
                LocalDateTime made = ((LocalDateTime) entitlements.get(i)[6]).plusDays(random.nextInt(10));
                choices.add(new Object[] {
                    "KV-S" + seed % 10 + "-"
                            + Long.toString(entitlementIds.get(i), 36).toUpperCase(Locale.ROOT),
                    entitlementIds.get(i),
                    o.id(),
                    made,
                    made.toLocalDate(),
                    OFFICER
                });
            }
        }
        batch(
                "insert into choice (reference, entitlement_id, offering_id, status, made_at, valid_from, made_by, actor)"
                        + " values (?, ?, ?, 'ACTIVE', ?, ?, 'RESIDENT', ?)",
                choices);
        return new int[] {entitlementIds.size(), choices.size()};
    }

    private void deleteEarlier() {
        String mine = "(select e.id from choice_entitlement e join guidance_conversation g on g.id = e.conversation_id"
                + " where g.officer = '" + OFFICER + "')";
        jdbc.update("delete from choice where entitlement_id in " + mine);
        jdbc.update("delete from choice where offering_id in (select id from offering where code like 'SYN-%')");
        jdbc.update("delete from entitlement_event where entitlement_id in " + mine);
        jdbc.update("delete from entitlement_wish_language where entitlement_id in " + mine);
        jdbc.update("delete from entitlement_wish_specialisation where entitlement_id in " + mine);
        jdbc.update("delete from choice_entitlement where id in (select id from ("
                + mine.substring(1, mine.length() - 1) + ") x)");
        jdbc.update("create temporary table if not exists syn_resident (id bigint primary key)");
        jdbc.update("delete from syn_resident");
        jdbc.update(
                "insert into syn_resident select distinct resident_id from guidance_conversation where officer = ?",
                OFFICER);
        jdbc.update("delete from guidance_conversation where officer = ?", OFFICER);
        jdbc.update("delete from notification where resident_id in (select id from syn_resident)");
        jdbc.update("delete from resident where id in (select id from syn_resident)");
        for (String table : List.of(
                "offering_text",
                "offering_language",
                "offering_area",
                "offering_specialisation",
                "listing_change",
                "offering_logo")) {
            jdbc.update(
                    "delete t from " + table + " t join offering o on o.id = t.offering_id where o.code like 'SYN-%'");
        }
        jdbc.update("delete from offering where code like 'SYN-%'");
        String providers = "(select id from provider where website like 'https://" + DOMAIN + "/%')";
        jdbc.update("delete from notification where provider_id in " + providers);
        jdbc.update("delete from quality_indicator where provider_id in " + providers);
        jdbc.update("delete a from accreditation_event a join accreditation c on c.id = a.accreditation_id"
                + " where c.provider_id in " + providers);
        jdbc.update("delete from accreditation where provider_id in " + providers);
        jdbc.update("delete from provider where website like 'https://" + DOMAIN + "/%'");
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** Hemtjänst half of the time, the other service types share the rest. */
    private static ServiceType weightedType(Random random, List<ServiceType> types) {
        return random.nextBoolean() ? types.getFirst() : types.get(random.nextInt(types.size()));
    }

    /** A valid personnummer of someone born 1925–2005 (twelve digits, Luhn over the last ten). */
    static String personnummer(Random random, long seed) {
        LocalDate born = LocalDate.of(1925, 1, 1).plusDays(random.nextInt(80 * 365));
        String nine = String.format(
                "%02d%02d%02d%03d",
                born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), random.nextInt(1000));
        return born.getYear() / 100 + nine + Luhn.checkDigit(nine);
    }

    private static String paragraph(Random random, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sb.append(i == 0 ? "" : " ")
                    .append(SENTENCES[random.nextInt(SENTENCES.length)])
                    .append('.');
        }
        return sb.length() > 290 ? sb.substring(0, 289) + "." : sb.toString();
    }

    private record Area(long id, String code, double lat, double lon) {}

    private record ServiceType(long id, String code, boolean premises) {}

    private record OfferingRow(long id, long serviceType, int capacity, long area) {}
}
