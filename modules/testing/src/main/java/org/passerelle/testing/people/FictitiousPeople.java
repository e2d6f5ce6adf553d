package org.passerelle.testing.people;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.passerelle.testing.people.Profile.Sharing;
import org.passerelle.testing.people.Usager.Consent;
import org.passerelle.testing.people.Usager.ConsentMeans;
import org.passerelle.testing.people.Usager.Dossier;
import org.passerelle.testing.people.Usager.InformationMeans;
import org.passerelle.testing.people.Usager.Note;
import org.passerelle.testing.people.Usager.NoteType;
import org.passerelle.testing.people.Usager.Person;
import org.passerelle.testing.people.Usager.PriorNotice;
import org.passerelle.testing.people.Usager.Situation;
import org.passerelle.testing.people.Usager.WithdrawalReason;

/**
 * The demo's usagers, the same on every run: identities depend only on the seed, so a rerun finds
 * the people it registered before. Only the dates of notices and consents move with {@code today}
 * (a consent is never from the future, and stays valid for a while).
 *
 * <p>The NIRs are fictitious by construction: commune codes 991-999 exist in no département, and
 * the order number is the usager's rank, so no two usagers of a CCAS share one.
 */
public final class FictitiousPeople {

    /** The seed of the demo everyone sees; changing it changes every person. */
    public static final long SEED = 20_261_123L;

    /** Ages are counted at this date, not today, so birth dates never move. */
    private static final LocalDate AGE_REFERENCE = LocalDate.of(2026, 1, 1);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int FIRST_FICTITIOUS_COMMUNE = 991;

    private static final List<String> LAST_NAMES = List.of(
            "Martin",
            "Bernard",
            "Dubois",
            "Moreau",
            "Petit",
            "Durand",
            "Leroy",
            "Lefèvre",
            "Roux",
            "Fournier",
            "Girard",
            "Mercier",
            "Rousseau",
            "Faure",
            "Lemaître",
            "Guérin",
            "Chevallier",
            "Poirier",
            "Ménard",
            "Boisseau",
            "Gasnier",
            "Raimbault",
            "Pineau",
            "Cochard",
            "Jouanneau",
            "Gaultier",
            "Brossier",
            "Courtin",
            "Hamon",
            "Lebreton",
            "Dupré",
            "Lévêque",
            "Roussel",
            "Le Gall",
            "Le Roux",
            "Guillou",
            "Hervé",
            "Tanguy",
            "Gicquel",
            "Rouxel",
            "Piel",
            "Bouvet",
            "Lemoine",
            "Bréhier",
            "Lacroix",
            "Benali|ar",
            "Haddad|ar",
            "Boukhari|ar",
            "Nguyen|vi",
            "Diallo",
            "Traoré",
            "N'Diaye",
            "Da Silva|pt",
            "Ferreira|pt",
            "Kaya|tr",
            "Yilmaz|tr");

    /** First names by generation, so a pensioner is not called Kylian. */
    private static final List<String> WOMEN_BORN_BEFORE_1962 = List.of(
            "Monique",
            "Jacqueline",
            "Colette",
            "Simone",
            "Odette",
            "Yvette",
            "Marie-Thérèse",
            "Geneviève",
            "Paulette",
            "Françoise",
            "Josiane",
            "Marie-Louise",
            "Huguette",
            "Ginette");

    private static final List<String> WOMEN_BORN_BEFORE_2000 = List.of(
            "Nathalie",
            "Sandrine",
            "Isabelle",
            "Sophie",
            "Valérie",
            "Céline",
            "Stéphanie",
            "Aurélie",
            "Élodie",
            "Anne-Laure",
            "Marie-Claire",
            "Karima",
            "Fatima",
            "Samia",
            "Aïcha",
            "Mélanie",
            "Laëtitia",
            "Virginie",
            "Émilie",
            "Hélène",
            "Gwenaëlle",
            "Marie-Hélène");
    private static final List<String> WOMEN_BORN_SINCE_2000 = List.of(
            "Léa", "Chloé", "Manon", "Inès", "Océane", "Maëlys", "Jade", "Lina", "Noémie", "Anaïs", "Zoé", "Maëlle",
            "Awa", "Lou-Ann");
    private static final List<String> MEN_BORN_BEFORE_1962 = List.of(
            "Jean",
            "André",
            "Marcel",
            "Bernard",
            "Roger",
            "Gérard",
            "René",
            "Jacques",
            "Jean-Claude",
            "Michel",
            "Raymond",
            "Guy",
            "Jean-Marie");
    private static final List<String> MEN_BORN_BEFORE_2000 = List.of(
            "Christophe",
            "Stéphane",
            "Sébastien",
            "Jérôme",
            "Frédéric",
            "Nicolas",
            "Julien",
            "Cédric",
            "Mickaël",
            "Jean-François",
            "Pierre-Yves",
            "Karim",
            "Mohamed",
            "Mehdi",
            "Mamadou",
            "Loïc",
            "Grégory",
            "Yannick",
            "Hervé",
            "Anthony");
    private static final List<String> MEN_BORN_SINCE_2000 = List.of(
            "Lucas",
            "Théo",
            "Enzo",
            "Hugo",
            "Nathan",
            "Kylian",
            "Mathis",
            "Noah",
            "Bilal",
            "Rayan",
            "Gaël",
            "Timothé",
            "Maël",
            "Jean-Baptiste");
    /** Second and third first names of the état civil. */
    private static final List<String> WOMEN_MIDDLE =
            List.of("Marie", "Anne", "Louise", "Jeanne", "Françoise", "Hélène", "Claire", "Thérèse", "Joséphine");

    private static final List<String> MEN_MIDDLE =
            List.of("Pierre", "Louis", "Joseph", "Jean", "Henri", "André", "Paul", "François", "René");

    private static final List<String> EMAIL_DOMAINS = List.of("example.org", "example.net", "example.com");

    /** Every département a NIR can carry (01-95 but 20, Corsica's 2A and 2B): the crowd's places of birth. */
    private static final List<String> DEPARTMENTS = Stream.concat(
                    IntStream.rangeClosed(1, 95)
                            .filter(d -> d != 20)
                            .mapToObj(d -> String.format(Locale.ROOT, "%02d", d)),
                    Stream.of("2A", "2B"))
            .toList();

    private static final int FICTITIOUS_COMMUNES = 1000 - FIRST_FICTITIOUS_COMMUNE;

    /** How many people {@link #person(int)} makes: one per département, fictitious commune, order number, month. */
    public static final int CROWD = DEPARTMENTS.size() * FICTITIOUS_COMMUNES * 999 * 12;

    /** Prime and no factor of {@link #CROWD} (2^7 3^7 37): {@code i * STRIDE mod CROWD} is a bijection. */
    private static final long STRIDE = 1_000_003L;

    private static final List<String> CONTACT_CHANNELS = List.of("telephone", "telephone", "sms", "courrier", "email");

    private final long seed;

    public FictitiousPeople(long seed) {
        this.seed = seed;
    }

    /** Every usager of every demo CCAS, each CCAS's in the same order on every call. */
    public List<Usager> usagers(LocalDate today) {
        List<Usager> usagers = new ArrayList<>();
        for (Ccas ccas : Ccas.values()) {
            usagers.addAll(usagersOf(ccas, today));
        }
        return usagers;
    }

    /** The usagers of one CCAS; the first one is the one a rerun looks for. */
    public List<Usager> usagersOf(Ccas ccas, LocalDate today) {
        List<Profile> profiles = profiles(ccas);
        Set<String> namesAndBirthDates = new HashSet<>();
        List<Usager> usagers = new ArrayList<>();
        for (int i = 0; i < ccas.usagers(); i++) {
            Profile profile = profiles.get(i);
            SplittableRandom identityRandom = random(ccas, i, 1);
            boolean woman = identityRandom.nextDouble() < profile.women;
            Person person;
            do { // a second person of the same name and birth date would make reruns ambiguous
                person = person(identityRandom, ccas, i, profile, woman);
            } while (!namesAndBirthDates.add(person.lastName() + "/" + person.firstNames() + "/" + person.birthDate()));
            usagers.add(followUp(random(ccas, i, 2), ccas, i, profile, woman, person, today));
        }
        return usagers;
    }

    /**
     * Person {@code i} of a crowd as large as a benchmark wants (up to {@link #CROWD}): the same for a
     * seed on every call, so that nothing is kept in memory, every field filled (the birth name is the
     * last name but for a third of the women), and a NIR no other {@code i} has: a bijection of {@code i}
     * picks its département, fictitious commune, order number and month of birth.
     */
    public Person person(int i) {
        if (i < 0 || i >= CROWD) {
            throw new IllegalArgumentException("person " + i + " is out of 0.." + (CROWD - 1));
        }
        int slot = (int) (i * STRIDE % CROWD);
        int place = slot / 12;
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        boolean woman = random.nextBoolean();
        LocalDate birthDate = LocalDate.of(1935 + random.nextInt(73), 1 + slot % 12, 1 + random.nextInt(28));
        String nir = Nirs.of(
                woman,
                birthDate,
                DEPARTMENTS.get(place / 999 / FICTITIOUS_COMMUNES),
                FIRST_FICTITIOUS_COMMUNE + place / 999 % FICTITIOUS_COMMUNES,
                1 + place % 999);
        String lastName = pick(random, LAST_NAMES).split("\\|")[0];
        String birthName =
                woman && random.nextInt(3) == 0 ? pick(random, LAST_NAMES).split("\\|")[0] : lastName;
        String firstNames = firstNames(random, woman, birthDate);
        Ccas ccas = Ccas.values()[i % Ccas.values().length];
        String address = (1 + random.nextInt(90)) + " " + pick(random, ccas.streets()) + ", " + ccas.postcodeAndTown();
        return new Person(
                lastName,
                firstNames,
                birthName,
                birthDate,
                nir,
                address,
                phone(random),
                email(random, firstNames, lastName),
                "fr",
                pick(random, CONTACT_CHANNELS));
    }

    /** Every profile as evenly as the count allows, in a shuffled order. */
    private List<Profile> profiles(Ccas ccas) {
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < ccas.usagers(); i++) {
            profiles.add(Profile.values()[i % Profile.values().length]);
        }
        SplittableRandom random = random(ccas, -1, 0);
        for (int i = profiles.size() - 1; i > 0; i--) { // Fisher-Yates, with our own random for determinism
            int j = random.nextInt(i + 1);
            profiles.set(i, profiles.set(j, profiles.get(i)));
        }
        return profiles;
    }

    private Person person(SplittableRandom random, Ccas ccas, int rank, Profile profile, boolean woman) {
        int age = profile.minAge + random.nextInt(profile.maxAge - profile.minAge + 1);
        LocalDate birthDate = AGE_REFERENCE.minusYears(age + 1L).plusDays(random.nextInt(365));
        String[] lastNameAndLanguage = pick(random, LAST_NAMES).split("\\|");
        String lastName = lastNameAndLanguage[0];
        if (random.nextInt(12) == 0) {
            lastName = lastName + "-" + pick(random, LAST_NAMES).split("\\|")[0];
        }
        String birthName = null;
        if (woman && age >= 28 && random.nextInt(3) == 0) { // a married name; the birth name stays on record
            birthName = pick(random, LAST_NAMES).split("\\|")[0];
        }
        String firstNames = firstNames(random, woman, birthDate);
        String nir = Nirs.of(
                woman,
                birthDate,
                ccas.department(),
                FIRST_FICTITIOUS_COMMUNE + random.nextInt(1000 - FIRST_FICTITIOUS_COMMUNE),
                rank + 1);
        String flat = random.nextInt(4) == 0
                ? "Bât. " + (char) ('A' + random.nextInt(4)) + ", appt " + (1 + random.nextInt(40)) + ", "
                : "";
        String address = flat + (1 + random.nextInt(90)) + (random.nextInt(10) == 0 ? " bis " : " ")
                + pick(random, ccas.streets()) + ", " + ccas.postcodeAndTown();
        String phone = phone(random);
        String email = random.nextInt(20) < 11 ? email(random, firstNames, lastName) : null;
        String language = lastNameAndLanguage.length > 1 && random.nextBoolean() ? lastNameAndLanguage[1] : "fr";
        String contactChannel = email != null && random.nextInt(3) == 0
                ? "email"
                : pick(random, List.of("telephone", "telephone", "sms", "courrier"));
        return new Person(
                lastName, firstNames, birthName, birthDate, nir, address, phone, email, language, contactChannel);
    }

    private static String firstNames(SplittableRandom random, boolean woman, LocalDate birthDate) {
        int year = birthDate.getYear();
        List<String> firsts = woman
                ? year < 1962 ? WOMEN_BORN_BEFORE_1962 : year < 2000 ? WOMEN_BORN_BEFORE_2000 : WOMEN_BORN_SINCE_2000
                : year < 1962 ? MEN_BORN_BEFORE_1962 : year < 2000 ? MEN_BORN_BEFORE_2000 : MEN_BORN_SINCE_2000;
        Set<String> names = new LinkedHashSet<>();
        names.add(pick(random, firsts));
        int more = random.nextInt(10) < 5 ? 1 + (random.nextInt(4) == 0 ? 1 : 0) : 0;
        for (int i = 0; i < more; i++) {
            String middle = pick(random, woman ? WOMEN_MIDDLE : MEN_MIDDLE);
            if (!String.join("-", names).contains(middle)) { // not "Marie-Louise Louise"
                names.add(middle);
            }
        }
        return String.join(" ", names);
    }

    private static String phone(SplittableRandom random) {
        return String.format(
                Locale.ROOT,
                "0%d %02d %02d %02d %02d",
                6 + random.nextInt(2),
                random.nextInt(100),
                random.nextInt(100),
                random.nextInt(100),
                random.nextInt(100));
    }

    private static String email(SplittableRandom random, String firstNames, String lastName) {
        String first = ascii(firstNames.split(" ")[0]);
        String last = ascii(lastName);
        String local = switch (random.nextInt(3)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last + (10 + random.nextInt(90));
            default -> first + "." + last + (10 + random.nextInt(90));
        };
        return local + "@" + pick(random, EMAIL_DOMAINS);
    }

    /** Lower-case ASCII letters and dashes, for the local part of an e-mail address. */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z-]", "");
    }

    private Usager followUp(
            SplittableRandom random,
            Ccas ccas,
            int rank,
            Profile profile,
            boolean woman,
            Person person,
            LocalDate today) {
        Situation opening = new Situation(
                sexed(pick(random, profile.households), woman),
                sexed(pick(random, profile.resources), woman),
                sexed(pick(random, profile.housings), woman),
                random.nextDouble() < profile.withHealthNotes ? sexed(pick(random, profile.healthNotes), woman) : null,
                sexed(pick(random, profile.rsaStatuses), woman));
        Situation update = profile.update != null && rank % 3 == 1 ? sexed(profile.update, woman) : null;
        Dossier dossier = new Dossier(opening, update, notes(random, profile, woman), closed(rank));

        List<PriorNotice> notices = new ArrayList<>();
        List<Consent> consents = new ArrayList<>();
        if (informed(rank)) {
            int informedDaysAgo = 30 + random.nextInt(330);
            InformationMeans means = random.nextInt(4) == 0 ? InformationMeans.LETTER : InformationMeans.IN_PERSON;
            // Health goes in a notice of its own: no notice may name the CAF for it (S4).
            notices.addAll(notice(
                    profile.sharings.stream()
                            .filter(s -> !s.categories().contains(Category.HEALTH))
                            .toList(),
                    at(today, informedDaysAgo, random),
                    means));
            notices.addAll(notice(
                    profile.sharings.stream()
                            .filter(s -> s.categories().contains(Category.HEALTH))
                            .toList(),
                    at(today, informedDaysAgo, random),
                    means));
            for (int i = 0; i < profile.sharings.size(); i++) {
                if (i == 0 || random.nextInt(10) < 7) {
                    int givenDaysAgo = informedDaysAgo - 1 - random.nextInt(20); // informed first, then asked
                    consents.add(consent(
                            random,
                            profile.sharings.get(i),
                            at(today, givenDaysAgo, random),
                            i == 0 ? withdrawal(rank) : null));
                }
            }
        }
        return new Usager(ccas, person, dossier, notices, consents);
    }

    /** An interview note and a shareable one in every dossier, the profile's others now and then. */
    private static List<Note> notes(SplittableRandom random, Profile profile, boolean woman) {
        List<Note> shuffled = new ArrayList<>(profile.notes);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            shuffled.set(i, shuffled.set(j, shuffled.get(i)));
        }
        List<Note> notes = new ArrayList<>();
        boolean interne = false;
        boolean partageable = false;
        for (Note note : shuffled) {
            boolean needed = note.type() == NoteType.INTERNE ? !interne : !partageable;
            if (needed || random.nextBoolean()) {
                notes.add(new Note(note.type(), note.category(), Profile.forSex(note.body(), woman)));
                interne |= note.type() == NoteType.INTERNE;
                partageable |= note.type() == NoteType.PARTAGEABLE;
            }
        }
        return notes;
    }

    private static List<PriorNotice> notice(List<Sharing> sharings, Instant informedAt, InformationMeans means) {
        if (sharings.isEmpty()) {
            return List.of();
        }
        Set<Category> categories = EnumSet.noneOf(Category.class);
        Set<String> recipients = new LinkedHashSet<>();
        for (Sharing sharing : sharings) {
            categories.addAll(sharing.categories());
            recipients.add(sharing.recipient());
        }
        return List.of(new PriorNotice(informedAt, List.copyOf(categories), List.copyOf(recipients), means));
    }

    private static Consent consent(
            SplittableRandom random, Sharing sharing, Instant givenAt, WithdrawalReason withdrawal) {
        LocalDate givenOn = givenAt.atZone(PARIS).toLocalDate();
        int kind = random.nextInt(20);
        ConsentMeans means = kind < 13 ? ConsentMeans.WRITTEN : kind < 17 ? ConsentMeans.ORAL : ConsentMeans.ELECTRONIC;
        String evidence = switch (means) {
            case WRITTEN -> String.format(Locale.ROOT, "GED-%d-%05d", givenOn.getYear(), 1 + random.nextInt(99_999));
            case ELECTRONIC -> String.format(Locale.ROOT, "FORM-%d-%06d", givenOn.getYear(), random.nextInt(1_000_000));
            case ORAL -> null;
        };
        LocalDate expiresOn =
                random.nextInt(5) == 0 ? null : givenOn.plusYears(2).minusDays(1);
        return new Consent(
                sharing.recipient(),
                sharing.purpose(),
                sharing.categories(),
                givenAt,
                means,
                evidence,
                expiresOn,
                withdrawal);
    }

    /** A few usagers have not been given their prior notice yet, so they have no consent either. */
    private static boolean informed(int rank) {
        return rank % 9 != 5;
    }

    /** A couple of follow-ups have ended. */
    private static boolean closed(int rank) {
        return rank % 13 == 10;
    }

    /** Two consents were withdrawn, one by the usager and one recorded in error. */
    private static WithdrawalReason withdrawal(int rank) {
        return switch (rank) {
            case 7 -> WithdrawalReason.USAGER_WITHDREW;
            case 24 -> WithdrawalReason.RECORDED_IN_ERROR;
            default -> null;
        };
    }

    /** A working hour of a past day: never in the future, whatever the time the seeder runs. */
    private static Instant at(LocalDate today, int daysAgo, SplittableRandom random) {
        return today.minusDays(daysAgo)
                .atTime(LocalTime.of(9 + random.nextInt(8), 15 * random.nextInt(4)))
                .atZone(PARIS)
                .toInstant();
    }

    private static Situation sexed(Situation s, boolean woman) {
        return new Situation(
                sexed(s.household(), woman),
                sexed(s.resources(), woman),
                sexed(s.housing(), woman),
                sexed(s.healthNotes(), woman),
                sexed(s.rsaStatus(), woman));
    }

    private static String sexed(String text, boolean woman) {
        return text == null ? null : Profile.forSex(text, woman);
    }

    /** A stream of its own per CCAS, usager and purpose, so adding a field to one does not reshuffle the rest. */
    private SplittableRandom random(Ccas ccas, int rank, int purpose) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + ccas.ordinal() * 1_000_003L + rank * 31L + purpose);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
