package org.passerelle.application.team;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The working lists of a CCAS's team at one instant: no personal value, only dossier and
 * orientation ids, partner codes, staff usernames, counts and dates.
 *
 * @param at       when the lists were drawn
 * @param agents   per agent (by username), the dossiers they follow and the orientations they sent
 * @param partners per partner, the orientations still waiting for its answer
 * @param dossiers the open dossiers with who follows them: what the manager may reassign
 */
public record TeamView(Instant at, List<Agent> agents, List<Partner> partners, List<Dossier> dossiers) {

    /**
     * One agent's load.
     *
     * @param referentOf   the dossiers they are the référent of
     * @param teamMemberOf the dossiers they are on the team of
     * @param open         their open orientations (sent, not ended)
     * @param unanswered   those still waiting for the partner's answer (sent or received)
     * @param overdue      those past their reminder unanswered
     * @param overdueIds   the overdue ones, by id
     */
    public record Agent(
            String username,
            List<UUID> referentOf,
            List<UUID> teamMemberOf,
            int open,
            int unanswered,
            int overdue,
            List<UUID> overdueIds) {}

    /** One partner: its orientations unanswered, and of them those overdue. */
    public record Partner(String partner, int unanswered, int overdue) {}

    /** An open dossier: its id, its version (for If-Match), its référent and team. */
    public record Dossier(UUID id, long version, String referent, Set<String> team, Instant openedAt) {}
}
