package org.passerelle.application.channel;

import java.util.Optional;

/**
 * How a partner system's caseworkers are named in Passerelle ({@code system:cpam-49/agent-1234}):
 * the username its statuses are applied and journaled under, and the recipient an acceptance
 * records (S2).
 */
final class CaseworkerNames {

    static final String PREFIX = "system:";

    private CaseworkerNames() {}

    static String of(String partner, String caseworker) {
        return PREFIX + partner + "/" + caseworker;
    }

    /** The caseworker id the partner gave, if {@code username} is one of this partner system's names. */
    static Optional<String> caseworkerOf(String partner, String username) {
        String namespace = of(partner, "");
        return username != null && username.startsWith(namespace)
                ? Optional.of(username.substring(namespace.length()))
                : Optional.empty();
    }
}
