package org.passerelle.bench.stack;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.passerelle.crypto.NameAndBirthDate;

/**
 * Fictitious persons with French-looking names and NIRs of valid format and control key. Person
 * {@code i} is the same on every call for a given seed, so a benchmark can pick any loaded row's NIR
 * again without keeping a million of them in memory; NIRs are distinct for {@code i} below
 * {@link #CAPACITY}.
 *
 * <p>A NIR is sex (1 or 2), year and month of birth, department of birth (2A and 2B included),
 * commune (001-999), order number (001-999), then the key {@code 97 - (n mod 97)}. Department,
 * commune and order come from a bijection of {@code i}, which is what makes NIRs distinct.
 */
public final class FictitiousPeople {

    /** Every department code a NIR can carry: 01-19, 2A, 2B, 21-95. */
    private static final List<String> DEPARTMENTS = Stream.concat(
                    IntStream.rangeClosed(1, 95).filter(d -> d != 20).mapToObj(d -> String.format("%02d", d)),
                    Stream.of("2A", "2B"))
            .toList();

    private static final int PER_DEPARTMENT = 999 * 999;
    public static final int CAPACITY = DEPARTMENTS.size() * PER_DEPARTMENT;
    /** Prime, and no factor of CAPACITY (2^5 * 3^7 * 37^2): i * STRIDE mod CAPACITY is a bijection. */
    private static final long STRIDE = 1_000_003L;

    private static final List<String> LAST_NAMES = List.of(
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefèvre",
            "Michel",
            "Garcia",
            "David",
            "Bertrand",
            "Roux",
            "Vincent",
            "Fournier",
            "Morel",
            "Girard",
            "André",
            "Mercier",
            "Dupont",
            "Lambert",
            "Bonnet",
            "François",
            "Legrand",
            "Garnier",
            "Faure",
            "Rousseau",
            "Blanc",
            "Guérin",
            "Muller",
            "Henry",
            "Perrin",
            "Morin",
            "Clément",
            "Gauthier",
            "Chevalier",
            "Le Gall",
            "N'Diaye",
            "Diallo",
            "Benali",
            "Nguyen",
            "Da Silva",
            "Pasquier",
            "Cochard",
            "Brébion",
            "Hervé",
            "Jouanneau");
    private static final List<String> WOMEN = List.of(
            "Marie",
            "Camille",
            "Léa",
            "Chloé",
            "Manon",
            "Inès",
            "Sophie",
            "Nathalie",
            "Isabelle",
            "Sylvie",
            "Françoise",
            "Monique",
            "Aïcha",
            "Élodie",
            "Anne-Sophie",
            "Maëlle",
            "Josiane",
            "Fatou",
            "Océane",
            "Hélène");
    private static final List<String> MEN = List.of(
            "Jean",
            "Pierre",
            "Michel",
            "Philippe",
            "Alain",
            "Nicolas",
            "Thomas",
            "Lucas",
            "Hugo",
            "Mohamed",
            "Karim",
            "Jean-Luc",
            "Bernard",
            "Rémi",
            "Loïc",
            "Gaël",
            "François",
            "Mamadou",
            "Théo",
            "Jérôme");
    private static final List<String> STREETS = List.of(
            "rue du Portail-Louis",
            "quai Mayaud",
            "rue de la Tonnelle",
            "avenue du Général-de-Gaulle",
            "rue d'Orléans",
            "boulevard Pierre-Landais",
            "rue Beaudrairie",
            "place de la République",
            "impasse des Tilleuls",
            "chemin des Vignes");
    private static final List<String> TOWNS = List.of(
            "49400 Saumur",
            "35500 Vitré",
            "49000 Angers",
            "35000 Rennes",
            "49260 Montreuil-Bellay",
            "35300 Fougères",
            "49700 Doué-en-Anjou",
            "49300 Cholet");

    /** @param nir the 15 characters, without separators */
    public record Person(
            String firstName,
            String lastName,
            LocalDate birthDate,
            String nir,
            String address,
            String phone,
            String email) {}

    private final long seed;

    public FictitiousPeople(long seed) {
        this.seed = seed;
    }

    public Person person(int i) {
        if (i < 0 || i >= CAPACITY) {
            throw new IllegalArgumentException("person " + i + " is out of 0.." + (CAPACITY - 1));
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        boolean woman = random.nextBoolean();
        String firstName = pick(random, woman ? WOMEN : MEN);
        String lastName = random.nextInt(10) == 0
                ? pick(random, LAST_NAMES) + "-" + pick(random, LAST_NAMES)
                : pick(random, LAST_NAMES);
        LocalDate birthDate = LocalDate.of(1935 + random.nextInt(73), 1 + random.nextInt(12), 1)
                .plusDays(random.nextInt(28));
        String address = (1 + random.nextInt(120)) + " " + pick(random, STREETS) + ", " + pick(random, TOWNS);
        String phone = String.format(
                "0%d %02d %02d %02d %02d",
                6 + random.nextInt(2),
                random.nextInt(100),
                random.nextInt(100),
                random.nextInt(100),
                random.nextInt(100));
        String email = NameAndBirthDate.normaliseName(firstName + " " + lastName)
                        .replace(' ', '.') + random.nextInt(100) + "@exemple.fr";
        return new Person(firstName, lastName, birthDate, nir(i, woman, birthDate), address, phone, email);
    }

    private static String nir(int i, boolean woman, LocalDate birthDate) {
        int slot = (int) (i * STRIDE % CAPACITY);
        int inDepartment = slot % PER_DEPARTMENT;
        String thirteen = String.format(
                Locale.ROOT,
                "%d%02d%02d%s%03d%03d",
                woman ? 2 : 1,
                birthDate.getYear() % 100,
                birthDate.getMonthValue(),
                DEPARTMENTS.get(slot / PER_DEPARTMENT),
                1 + inDepartment / 999,
                1 + inDepartment % 999);
        return thirteen + String.format("%02d", controlKey(thirteen));
    }

    /** {@code 97 - (n mod 97)}, Corsica's 2A and 2B read as 19 and 18, as {@code Nir} checks it. */
    private static int controlKey(String thirteen) {
        String digits = thirteen.substring(0, 5)
                + thirteen.substring(5, 7).replace("2A", "19").replace("2B", "18")
                + thirteen.substring(7);
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    /** A last name of the same list, for a birth name. */
    public static String lastName(SplittableRandom random) {
        return pick(random, LAST_NAMES);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
