-- Access journal (issue 4, rules S11, S12, S14). Entries are written in the transaction of the
-- access they record; a sealer later chains them (journal_seal) and signs checkpoints. Nothing
-- here is ever updated or deleted by the application: its role loses those rights below, and
-- triggers refuse them to everyone else too (a superuser can still disable triggers: that is
-- what the hash chain and the checkpoint files outside the database catch).

-- Ids are taken by the application in blocks (increment 50) so that each entry's MAC, computed
-- before the insert, covers its id.
create sequence journal_entry_seq increment by 50;

create table journal_entry (
    id                bigint       primary key,
    at                timestamptz  not null,
    user_id           varchar(64)  not null,
    username          varchar(255) not null,
    organisation_code varchar(64),
    roles             varchar(200) not null,
    action            varchar(40)  not null,
    person_id         uuid,
    case_file_id      uuid,
    referral_id       uuid,
    fields            varchar(2000) not null,
    cadre             varchar(40),
    purpose           varchar(64),
    outcome           varchar(20)  not null,
    reason_code       varchar(64),
    request_id        varchar(64),
    client_address    varchar(64),
    break_glass       boolean      not null,
    mac               bytea        not null
);
create index journal_entry_at on journal_entry (at);
create index journal_entry_person on journal_entry (person_id, at) where person_id is not null;
create index journal_entry_case_file on journal_entry (case_file_id, at) where case_file_id is not null;
create index journal_entry_user on journal_entry (username, at);

-- The chain: position n holds hash(n) = SHA-256(hash(n-1) || canonical entry || mac).
-- No foreign key to journal_entry: its check locks the entry row (FOR KEY SHARE), which needs the
-- UPDATE right revoked below, so every seal insert would fail; the verifier reports a seal whose
-- entry is gone ("missing-entry") anyway.
create table journal_seal (
    position  bigint      primary key,
    entry_id  bigint      not null unique,
    hash      bytea       not null,
    sealed_at timestamptz not null
);

-- Signed checkpoints (Ed25519): the chain's length and head hash at a time. The same note is
-- also written to files outside the database.
create table journal_checkpoint (
    entry_count bigint       primary key,
    head_hash   bytea        not null,
    at          timestamptz  not null,
    key_id      varchar(64)  not null,
    note        text         not null
);

create function journal_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the access journal is append-only (% on %)', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger journal_entry_append_only before update or delete on journal_entry
    for each row execute function journal_is_append_only();
create trigger journal_entry_no_truncate before truncate on journal_entry
    for each statement execute function journal_is_append_only();
create trigger journal_seal_append_only before update or delete on journal_seal
    for each row execute function journal_is_append_only();
create trigger journal_seal_no_truncate before truncate on journal_seal
    for each statement execute function journal_is_append_only();
create trigger journal_checkpoint_append_only before update or delete on journal_checkpoint
    for each row execute function journal_is_append_only();
create trigger journal_checkpoint_no_truncate before truncate on journal_checkpoint
    for each statement execute function journal_is_append_only();

-- The application's role (which runs these migrations, so owns the tables) keeps INSERT and SELECT only.
revoke update, delete, truncate on journal_entry, journal_seal, journal_checkpoint from current_user;
