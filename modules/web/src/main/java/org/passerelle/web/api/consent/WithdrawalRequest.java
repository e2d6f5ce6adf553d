package org.passerelle.web.api.consent;

import org.passerelle.domain.consent.WithdrawalReason;

/** Why a consent ends: a code, never the usager's words. */
public record WithdrawalRequest(WithdrawalReason reason) {}
