package org.passerelle.application.referral;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.secrecy.FieldCategory;

/** A partageable note picked for the orientation, as its partner sees it when the rules let it (S3, S9). */
public record SharedNote(UUID id, FieldCategory category, Instant createdAt, String body) {}
