package org.passerelle.web.api.casefile;

import java.time.Instant;
import java.util.UUID;
import org.passerelle.application.dossier.NoteView;

public record NoteResponse(UUID id, String type, String category, String author, Instant createdAt, String body) {

    static NoteResponse of(NoteView view) {
        return new NoteResponse(
                view.id(), view.type().name(), view.category().name(), view.author(), view.createdAt(), view.body());
    }
}
