package org.passerelle.application.dossier;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;

public record NoteView(UUID id, NoteType type, FieldCategory category, String author, Instant createdAt, String body) {}
