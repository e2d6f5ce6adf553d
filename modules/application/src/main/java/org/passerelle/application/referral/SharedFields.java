package org.passerelle.application.referral;

import java.util.List;
import java.util.Map;

/**
 * The personal fields an orientation shows its partner: the visible keys (allow-list ∩ pick ∩
 * consent, S3), their values (key to value, absent when the dossier holds none) and, when
 * {@code note.body} is among the keys, the picked notes the rules let through (S3, S9); otherwise
 * {@code notes} is {@code null}.
 */
public record SharedFields(List<String> visibleFields, Map<String, String> fields, List<SharedNote> notes) {}
