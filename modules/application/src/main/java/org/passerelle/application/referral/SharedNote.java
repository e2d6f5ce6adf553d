package org.passerelle.application.referral;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.secrecy.FieldCategory;

/** A partageable note of the dossier, as the partner sees it when {@code note.body} is shared (S9). */
public record SharedNote(UUID id, FieldCategory category, Instant createdAt, String body) {
}
