package org.passerelle.application.referral;

import java.util.UUID;
import org.passerelle.secrecy.Cadre;

/** Exactly what the partner will see once it accepts, with the consent on record now (S3). */
public record PreviewView(UUID referralId, String partner, Cadre cadre, String purpose, SharedFields shared) {}
