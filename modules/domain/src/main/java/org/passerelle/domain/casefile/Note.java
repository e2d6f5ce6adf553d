package org.passerelle.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.passerelle.domain.protection.SealedRow;
import org.passerelle.secrecy.Field;
import org.passerelle.secrecy.FieldCategory;
import org.passerelle.secrecy.NoteType;

/**
 * A note in a dossier: {@link NoteType#INTERNE} notes never leave the CCAS, {@link NoteType#PARTAGEABLE}
 * ones may be picked for a share (S9). Notes are not edited: a correction is a new note.
 */
@Entity
@Table(name = "note")
@Audited
public class Note implements SealedRow {

    @Id
    private UUID id;

    @Column(name = "case_file_id", nullable = false, updatable = false)
    private UUID caseFileId;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    private String organisationCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false)
    private NoteType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, updatable = false)
    private FieldCategory category;

    @Column(name = "author", nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "key_version", nullable = false)
    private int keyVersion;

    @Column(name = "body", nullable = false)
    private byte[] body;

    protected Note() {
        // for JPA
    }

    public Note(CaseFile caseFile, NoteType type, FieldCategory category, String author, int keyVersion, Instant at) {
        this.id = UUID.randomUUID();
        this.caseFileId = caseFile.id();
        this.organisationCode = caseFile.organisationCode();
        this.type = type;
        this.category = category;
        this.author = author;
        this.createdAt = at;
        this.keyVersion = keyVersion;
    }

    public UUID id() {
        return id;
    }

    public UUID caseFileId() {
        return caseFileId;
    }

    public NoteType type() {
        return type;
    }

    public FieldCategory category() {
        return category;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public String owner() {
        return organisationCode;
    }

    @Override
    public String rowId() {
        return id.toString();
    }

    @Override
    public int keyVersion() {
        return keyVersion;
    }

    @Override
    public byte[] sealed(Field field) {
        SealedRow.requireOnly(Field.NOTE_BODY, field, "a note");
        return body;
    }

    @Override
    public void seal(Field field, byte[] ciphertext) {
        SealedRow.requireOnly(Field.NOTE_BODY, field, "a note");
        body = ciphertext;
    }
}
