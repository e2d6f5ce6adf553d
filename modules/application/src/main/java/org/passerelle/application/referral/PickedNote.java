package org.passerelle.application.referral;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.secrecy.FieldCategory;

/** A note picked for an orientation, as its sender's view lists it: which one, of what category, when written; never its text. */
public record PickedNote(UUID id, FieldCategory category, Instant createdAt) {}
