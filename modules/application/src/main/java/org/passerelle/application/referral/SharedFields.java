package org.passerelle.application.referral;

import java.util.List;
import java.util.Map;

/**
 * The personal fields an orientation shows its partner: the visible keys (allow-list ∩ pick ∩
 * consent, S3), their values (key to value, absent when the dossier holds none) and the partageable
 * notes when {@code note.body} is visible (S9).
 */
public record SharedFields(List<String> visibleFields, Map<String, String> fields, List<SharedNote> notes) {
}
