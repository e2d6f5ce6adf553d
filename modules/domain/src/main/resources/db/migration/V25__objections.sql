-- Objections (GDPR art. 21, S5, issue 21 item 4): an usager objects to their data of these
-- categories going to one organisation. It takes effect at once (the open orientations it covers
-- are cancelled, new ones refused) and opens the DPO's review, which either upholds it or records
-- the compelling legitimate grounds that let processing go on (a reference to the written
-- decision, never its text). Codes, dates and ids only.
create table objection (
    id                 uuid         primary key,
    organisation_code  varchar(64)  not null references organisation (code),
    person_id          uuid         not null references person (id),
    recipient_code     varchar(64)  not null references organisation (code),
    categories         varchar(200) not null,
    received_on        date         not null,
    means              varchar(20)  not null check (means in ('WRITTEN', 'ORAL', 'ELECTRONIC')),
    recorded_by        varchar(255) not null,
    recorded_at        timestamptz  not null,
    review             varchar(20)  not null check (review in ('PENDING', 'UPHELD', 'OVERRIDDEN')),
    reviewed_by        varchar(255),
    reviewed_at        timestamptz,
    grounds_reference  varchar(100),
    version            bigint       not null,
    constraint objection_review_recorded
        check ((review = 'PENDING') = (reviewed_by is null and reviewed_at is null)),
    constraint objection_grounds_when_overridden check ((review = 'OVERRIDDEN') = (grounds_reference is not null))
);
create index objection_person on objection (person_id, recipient_code);
create index objection_pending on objection (organisation_code, recorded_at) where review = 'PENDING';

create table objection_aud (
    id                 uuid     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    organisation_code  varchar(64),
    person_id          uuid,
    recipient_code     varchar(64),
    categories         varchar(200),
    received_on        date,
    means              varchar(20),
    recorded_by        varchar(255),
    recorded_at        timestamptz,
    review             varchar(20),
    reviewed_by        varchar(255),
    reviewed_at        timestamptz,
    grounds_reference  varchar(100),
    primary key (id, rev)
);

alter table alert drop constraint alert_kind_check;
alter table alert add constraint alert_kind_check
    check (kind in ('UNASSIGNED_READ', 'READ_BURST', 'BULK_EXPORT', 'OFF_HOURS', 'BREAK_GLASS', 'ADMIN_CHANGE',
                    'RIGHTS_REQUEST_OVERDUE', 'OBJECTION_REVIEW'));
