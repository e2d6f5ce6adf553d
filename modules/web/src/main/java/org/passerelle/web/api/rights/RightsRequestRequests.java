package org.passerelle.web.api.rights;

import java.time.LocalDate;
import java.util.UUID;
import org.passerelle.domain.rights.AnswerOutcome;
import org.passerelle.domain.rights.ExtensionReason;
import org.passerelle.domain.rights.RightsRequestChannel;
import org.passerelle.domain.rights.RightsRequestKind;

/** The bodies of the register's operations: codes and dates, no free text (nothing personal to seal). */
public final class RightsRequestRequests {

    private RightsRequestRequests() {}

    /** A request received: who (the usager's id), what, when and how. */
    public record Register(UUID personId, RightsRequestKind kind, LocalDate receivedOn, RightsRequestChannel channel) {}

    /** One or two more months, for one of art. 12(3)'s grounds. */
    public record Extension(Integer months, ExtensionReason reason) {}

    /** The answer: the day it was sent and what it did. */
    public record Answer(LocalDate answeredOn, AnswerOutcome outcome) {}
}
