-- Break-glass accesses (S6) and alerts for the DPO (S12), issue 4.

create table break_glass (
    id                uuid          primary key,
    organisation_code varchar(64)   not null references organisation (code),
    case_file_id      uuid          not null references case_file (id),
    username          varchar(255)  not null,
    -- Why the access was needed (e.g. "référent absent, usager reçu en urgence"); the help text
    -- asks for no personal detail, and the journal never copies it.
    reason            varchar(500)  not null,
    granted_at        timestamptz   not null,
    expires_at        timestamptz   not null check (expires_at > granted_at)
);
create index break_glass_open on break_glass (username, case_file_id, expires_at);

create table break_glass_aud (
    id                uuid     not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    organisation_code varchar(64),
    case_file_id      uuid,
    username          varchar(255),
    reason            varchar(500),
    granted_at        timestamptz,
    expires_at        timestamptz,
    primary key (id, rev)
);

-- organisation_code is the organisation whose data was accessed: its DPO reviews the alert.
create table alert (
    id                uuid          primary key,
    kind              varchar(30)   not null check (kind in ('UNASSIGNED_READ', 'READ_BURST', 'BULK_EXPORT',
                                                             'OFF_HOURS', 'BREAK_GLASS')),
    organisation_code varchar(64)   not null references organisation (code),
    username          varchar(255)  not null,
    person_id         uuid,
    case_file_id      uuid,
    journal_entry_id  bigint,
    raised_at         timestamptz   not null,
    detail            varchar(300)  not null,
    state             varchar(20)   not null check (state in ('OPEN', 'JUSTIFIED', 'ESCALATED')),
    reviewed_by       varchar(255),
    reviewed_at       timestamptz,
    review_note       varchar(1000),
    version           bigint        not null
);
create index alert_queue on alert (organisation_code, state, raised_at);
create index alert_user on alert (username, kind, raised_at);

create table alert_aud (
    id                uuid     not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    kind              varchar(30),
    organisation_code varchar(64),
    username          varchar(255),
    person_id         uuid,
    case_file_id      uuid,
    journal_entry_id  bigint,
    raised_at         timestamptz,
    detail            varchar(300),
    state             varchar(20),
    reviewed_by       varchar(255),
    reviewed_at       timestamptz,
    review_note       varchar(1000),
    primary key (id, rev)
);
