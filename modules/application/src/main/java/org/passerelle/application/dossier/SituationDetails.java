package org.passerelle.application.dossier;

/** The situation part of a dossier. On update, a {@code null} leaves the stored value unchanged. */
public record SituationDetails(
        String household, String resources, String housing, String healthNotes, String rsaStatus) {}
