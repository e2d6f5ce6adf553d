package org.passerelle.application.home;

import java.util.List;

/**
 * What waits for a caller, each part present only for the role it is about ({@code null} or empty
 * otherwise): counts and usernames or organisation codes, never a personal value of an usager.
 *
 * @param agent     a CCAS agent's: on the orientations they follow and the dossiers they follow
 * @param partner   a partner caseworker's (and partner manager's): on their organisation's inbox
 * @param perAgent  a CCAS manager's: the CCAS's orientations awaiting an answer, by sender
 * @param perPartner a CCAS manager's: the same, by partner
 */
public record WaitingView(Agent agent, Partner partner, List<Tally> perAgent, List<Tally> perPartner) {

    /**
     * @param answers          orientations whose partner answered or asked for information last
     *                         (within {@link WaitingService#ANSWER_DAYS} days), the sender's turn now
     * @param overdue          unanswered past their reminder time
     * @param reminded         a reminder was sent and the partner still has not answered
     * @param consentsExpiring active consents on the followed dossiers' usagers ending within 30 days
     * @param delegations      running delegations in which the caller stands in for a colleague
     */
    public record Agent(int answers, int overdue, int reminded, int consentsExpiring, int delegations) {}

    /**
     * @param fresh      sent and not opened yet
     * @param toAccept   awaiting acceptance and dispatched to the caller or to nobody
     * @param messages   accepted ones the caller holds whose sender wrote last
     * @param unassigned the partner manager's: awaiting acceptance, dispatched to nobody ({@code null} for others)
     * @param unanswered the partner manager's: awaiting acceptance in the whole inbox ({@code null} for others)
     */
    public record Partner(int fresh, int toAccept, int messages, Integer unassigned, Integer unanswered) {}

    /** Orientations awaiting the partner's answer for one sender or partner, and how many of them are overdue. */
    public record Tally(String key, int unanswered, int overdue) {}
}
