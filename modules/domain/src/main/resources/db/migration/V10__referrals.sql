-- Orientations (issue 5, DESIGN §4, S1-S5, S7). The triage reason and the messages exchanged are
-- free text, so they are sealed like notes (AES-256-GCM bound to table, column, row id and
-- key_version, with the sending CCAS's data key); everything else is ids, codes, usernames and dates.
--   picked_fields: field catalogue keys (org.passerelle.secrecy.Field), comma-separated, in catalogue order
--   remind_at / expires_at: set when sent, from the convention's delays; timers fire once (reminded_at, status)

create table referral (
    id                uuid         primary key,
    organisation_code varchar(64)  not null references organisation (code),
    case_file_id      uuid         not null references case_file (id),
    person_id         uuid         not null references person (id),
    partner_code      varchar(64)  not null references organisation (code),
    convention_id     uuid         references convention (id),
    cadre             varchar(30)  not null check (cadre in ('SOCIAL_ACTION', 'CHILD_PROTECTION', 'RSA',
                                                             'HEALTH', 'CONSENT')),
    purpose           varchar(64)  not null,
    urgency           varchar(10)  not null check (urgency in ('NORMAL', 'URGENT')),
    picked_fields     varchar(1000) not null,
    consent_id        uuid         references consent (id),
    status            varchar(20)  not null check (status in ('DRAFT', 'SENT', 'RECEIVED', 'ACCEPTED',
                                       'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'FAILED', 'REJECTED', 'CANCELLED',
                                       'EXPIRED')),
    sender            varchar(255) not null,
    recipient         varchar(255),
    created_at        timestamptz  not null,
    sent_at           timestamptz,
    received_at       timestamptz,
    accepted_at       timestamptz,
    closed_at         timestamptz,
    remind_at         timestamptz,
    expires_at        timestamptz,
    reminded_at       timestamptz,
    outcome_code      varchar(40),
    rejection_code    varchar(40),
    key_version       integer      not null,
    reason            bytea        not null,
    version           bigint       not null,
    -- A draft was never sent; once sent, it has its delays.
    check (status <> 'DRAFT' or sent_at is null),
    check (sent_at is null or (remind_at is not null and expires_at is not null))
);
create index referral_sender on referral (organisation_code, sender, status);
create index referral_case_file on referral (case_file_id);
create index referral_consent on referral (consent_id) where consent_id is not null;
create index referral_partner on referral (partner_code, status, sent_at);
-- What the timers look for: orientations awaiting the partner, by due time.
create index referral_due on referral (expires_at) where status in ('SENT', 'RECEIVED');

-- The timeline: one row per transition, reminder or creation; never updated, except by key
-- rotation re-encrypting its message.
create table referral_event (
    id                 uuid         primary key,
    referral_id        uuid         not null references referral (id),
    organisation_code  varchar(64)  not null references organisation (code),
    at                 timestamptz  not null,
    username           varchar(255) not null,
    actor_organisation varchar(64),
    transition         varchar(20)  not null,
    from_status        varchar(20),
    to_status          varchar(20)  not null,
    reason_code        varchar(40),
    key_version        integer      not null,
    message            bytea
);
create index referral_event_referral on referral_event (referral_id, at);

create table referral_aud (
    id                uuid     not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    organisation_code varchar(64),
    case_file_id      uuid,
    person_id         uuid,
    partner_code      varchar(64),
    convention_id     uuid,
    cadre             varchar(30),
    purpose           varchar(64),
    urgency           varchar(10),
    picked_fields     varchar(1000),
    consent_id        uuid,
    status            varchar(20),
    sender            varchar(255),
    recipient         varchar(255),
    created_at        timestamptz,
    sent_at           timestamptz,
    received_at       timestamptz,
    accepted_at       timestamptz,
    closed_at         timestamptz,
    remind_at         timestamptz,
    expires_at        timestamptz,
    reminded_at       timestamptz,
    outcome_code      varchar(40),
    rejection_code    varchar(40),
    key_version       integer,
    reason            bytea,
    primary key (id, rev)
);

create table referral_event_aud (
    id                 uuid     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    referral_id        uuid,
    organisation_code  varchar(64),
    at                 timestamptz,
    username           varchar(255),
    actor_organisation varchar(64),
    transition         varchar(20),
    from_status        varchar(20),
    to_status          varchar(20),
    reason_code        varchar(40),
    key_version        integer,
    message            bytea,
    primary key (id, rev)
);
