package org.passerelle.application.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.passerelle.application.access.AccessGate;
import org.passerelle.application.access.JournalAction;
import org.passerelle.application.identity.AccessRefusedException;
import org.passerelle.application.identity.Caller;
import org.passerelle.application.referral.ReferralStateException;
import org.passerelle.domain.audit.Actor;
import org.passerelle.domain.audit.ActorContext;
import org.passerelle.domain.failure.InvalidInputException;
import org.passerelle.domain.failure.NotFoundException;
import org.passerelle.exchange.InboundListener;
import org.passerelle.exchange.InboundRefusedException;
import org.passerelle.exchange.PartnerEndpoint;
import org.passerelle.exchange.PartnerExchange;
import org.passerelle.secrecy.Role;

/**
 * The partners' status updates, over every channel (docs/partner-exchange.md §2.2, §3): the
 * signature checked against the partner's registered key, the document read, then applied once
 * ({@link InboundStep}). Every one is journaled: applied, duplicate or refused. Over HTTPS the
 * REST API calls {@link #receive}; over SFTP and AMQP the exchange module calls the listener.
 */
@ApplicationScoped
public class InboundUpdates implements InboundListener {

    private static final Logger LOG = Logger.getLogger(InboundUpdates.class);
    static final String JOB = "partner-inbound";
    static final String BAD_SIGNATURE = "bad-signature";
    static final String NO_PARTNER_KEY = "no-partner-key";
    static final String WRONG_SENDER = "wrong-sender";
    static final String INVALID_STATUS = "invalid-status";
    static final String UNKNOWN_REFERRAL = "unknown-referral";

    public enum Result {
        APPLIED,
        DUPLICATE
    }

    @Inject
    InboundStep step;

    @Inject
    AccessGate gate;

    /**
     * A status a partner system posted with its service account's token (HTTPS channel): 403 for a
     * bad signature or another partner's name in it, 404 for an orientation not addressed to it,
     * 409 for a status its state does not allow, 422 for a malformed document.
     */
    public Result receive(Caller system, byte[] body, String signature) {
        String partner = system.organisation();
        gate.requireRole(system, JournalAction.UPDATE, Role.PARTNER_SYSTEM);
        PartnerEndpoint key = step.partnerKey(partner).orElseThrow(() -> refuse(system, partner, NO_PARTNER_KEY));
        if (signature == null || !PartnerExchange.verifySignature(key, body, signature)) {
            throw refuse(system, partner, BAD_SIGNATURE);
        }
        return apply(system, partner, "HTTPS", body);
    }

    @Override
    public void onStatus(PartnerEndpoint partner, byte[] document) {
        try (ActorContext.Scope ignored = ActorContext.bind(Actor.system(JOB))) {
            Result result = apply(
                    InboundStep.system(partner.partnerCode(), "system"),
                    partner.partnerCode(),
                    partner.channel().name(),
                    document);
            LOG.debugf("Status from %s over %s: %s", partner.partnerCode(), partner.channel(), result);
        } catch (AccessRefusedException e) {
            throw new InboundRefusedException(e.reasonCode());
        } catch (ReferralStateException e) {
            throw new InboundRefusedException("wrong-state");
        } catch (InvalidInputException e) {
            throw new InboundRefusedException(INVALID_STATUS);
        } catch (NotFoundException e) {
            throw new InboundRefusedException(UNKNOWN_REFERRAL);
        }
    }

    @Override
    public void onRefused(PartnerEndpoint partner, String code) {
        try (ActorContext.Scope ignored = ActorContext.bind(Actor.system(JOB))) {
            step.refused(InboundStep.system(partner.partnerCode(), "system"), partner.partnerCode(), code);
            LOG.warnf("Status from %s over %s set aside: %s", partner.partnerCode(), partner.channel(), code);
        }
    }

    private Result apply(Caller by, String partner, String channel, byte[] body) {
        StatusDocument status;
        try {
            status = StatusDocument.parse(body);
        } catch (InvalidInputException e) {
            step.refused(by, partner, INVALID_STATUS);
            throw e;
        }
        if (!status.from().equals(partner)) {
            throw refuse(by, partner, WRONG_SENDER);
        }
        try {
            return step.apply(partner, channel, status);
        } catch (NotFoundException e) {
            step.refused(by, partner, UNKNOWN_REFERRAL);
            throw e;
        } catch (InvalidInputException e) {
            step.refused(by, partner, INVALID_STATUS);
            throw e;
        }
    }

    /** Journaled under who sent it: the service account's token over HTTPS, the partner system over a file channel. */
    private AccessRefusedException refuse(Caller by, String partner, String reasonCode) {
        return step.refused(by, partner, reasonCode);
    }
}
