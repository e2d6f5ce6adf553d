package org.passerelle.testing.people;

import java.util.List;

/**
 * The two demo CCAS (DESIGN §5), each with its agent and its town: Vitré exists so that
 * cross-organisation isolation has data to show, hence far fewer usagers.
 */
public enum Ccas {
    SAUMUR(
            "ccas-saumur",
            "agent.saumur",
            36,
            "49",
            "49400 Saumur",
            List.of(
                    "rue d'Orléans",
                    "quai Mayaud",
                    "rue du Portail-Louis",
                    "rue Beaurepaire",
                    "rue de la Tonnelle",
                    "avenue du Général-de-Gaulle",
                    "rue Dacier",
                    "place Saint-Pierre",
                    "rue Saint-Nicolas",
                    "rue des Moulins",
                    "rue du Maréchal-Leclerc",
                    "rue Jean-Jaurès",
                    "avenue des Maraîchers",
                    "rue de Bordeaux",
                    "quai Carnot",
                    "rue des Ardilliers",
                    "chemin des Vignes",
                    "allée des Tilleuls")),

    VITRE(
            "ccas-vitre",
            "agent.vitre",
            6,
            "35",
            "35500 Vitré",
            List.of(
                    "rue Poterie",
                    "rue Baudrairie",
                    "rue de Paris",
                    "boulevard Pierre-Landais",
                    "rue d'Embas",
                    "rue de Fougères",
                    "rue Notre-Dame",
                    "allée des Tisserands",
                    "rue Pasteur",
                    "rue de Brest"));

    private final String code;
    private final String agent;
    private final int usagers;
    private final String department;
    private final String postcodeAndTown;
    private final List<String> streets;

    Ccas(String code, String agent, int usagers, String department, String postcodeAndTown, List<String> streets) {
        this.code = code;
        this.agent = agent;
        this.usagers = usagers;
        this.department = department;
        this.postcodeAndTown = postcodeAndTown;
        this.streets = streets;
    }

    /** The organisation code, as in the token's {@code organisation} claim. */
    public String code() {
        return code;
    }

    /** The demo agent who registers and follows this CCAS's usagers. */
    public String agent() {
        return agent;
    }

    /** How many usagers the demo holds here. */
    public int usagers() {
        return usagers;
    }

    /** The département of birth written in the NIRs of its usagers. */
    String department() {
        return department;
    }

    String postcodeAndTown() {
        return postcodeAndTown;
    }

    List<String> streets() {
        return streets;
    }
}
