-- Prior notices and consents (issue 3, rule S4). No personal value here beyond the link to the
-- usager: categories, organisation codes, purposes (codes), dates, usernames and coded reasons.
-- Categories and recipients are comma-separated codes, in catalogue and alphabetical order.

create table prior_notice (
    id                uuid         primary key,
    organisation_code varchar(64)  not null references organisation (code),
    person_id         uuid         not null references person (id),
    informed_by       varchar(255) not null,
    informed_at       timestamptz  not null,
    categories        varchar(200) not null,
    recipients        varchar(400) not null,
    means             varchar(20)  not null check (means in ('IN_PERSON', 'LETTER', 'EMAIL', 'PHONE')),
    recorded_by       varchar(255) not null,
    recorded_at       timestamptz  not null
);
create index prior_notice_person on prior_notice (person_id, informed_at);

create table consent (
    id                 uuid         primary key,
    organisation_code  varchar(64)  not null references organisation (code),
    person_id          uuid         not null references person (id),
    recipient_code     varchar(64)  not null references organisation (code),
    purpose            varchar(64)  not null,
    categories         varchar(200) not null,
    given_at           timestamptz  not null,
    given_to           varchar(255) not null,
    means              varchar(20)  not null check (means in ('WRITTEN', 'ORAL', 'ELECTRONIC')),
    evidence_reference varchar(100),
    expires_on         date,
    recorded_by        varchar(255) not null,
    recorded_at        timestamptz  not null,
    withdrawn_at       timestamptz,
    withdrawal_reason  varchar(30)  check (withdrawal_reason in ('USAGER_WITHDREW', 'USAGER_OBJECTED',
                                                                 'RECORDED_IN_ERROR')),
    withdrawn_by       varchar(255),
    version            bigint       not null,
    -- A withdrawal is recorded whole: its time and its reason together.
    check (withdrawn_at is null = (withdrawal_reason is null))
);
create index consent_person on consent (person_id, given_at);
create index consent_recipient on consent (recipient_code, person_id);

create table prior_notice_aud (
    id                uuid     not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    organisation_code varchar(64),
    person_id         uuid,
    informed_by       varchar(255),
    informed_at       timestamptz,
    categories        varchar(200),
    recipients        varchar(400),
    means             varchar(20),
    recorded_by       varchar(255),
    recorded_at       timestamptz,
    primary key (id, rev)
);

create table consent_aud (
    id                 uuid     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    organisation_code  varchar(64),
    person_id          uuid,
    recipient_code     varchar(64),
    purpose            varchar(64),
    categories         varchar(200),
    given_at           timestamptz,
    given_to           varchar(255),
    means              varchar(20),
    evidence_reference varchar(100),
    expires_on         date,
    recorded_by        varchar(255),
    recorded_at        timestamptz,
    withdrawn_at       timestamptz,
    withdrawal_reason  varchar(30),
    withdrawn_by       varchar(255),
    primary key (id, rev)
);
