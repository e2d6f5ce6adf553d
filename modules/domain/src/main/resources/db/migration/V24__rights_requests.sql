-- The DPO's register of rights requests and complaints (GDPR art. 12 and 15-21, issue 21): which
-- usager asked what, when, through which channel, the one-month deadline (extendable by two more
-- months for a coded reason, art. 12(3)), and the answer. Free text is kept out: the register
-- holds codes, dates and ids only, so nothing personal beyond the person's id sits here
-- unsealed. An open request past its due date raises one alert to the DPO (overdue_alerted_at).
create table rights_request (
    id                 uuid          primary key,
    organisation_code  varchar(64)   not null references organisation (code),
    person_id          uuid          not null references person (id),
    kind               varchar(20)   not null check (kind in ('ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION',
                                                              'OBJECTION', 'PORTABILITY', 'COMPLAINT')),
    channel            varchar(20)   not null check (channel in ('IN_PERSON', 'LETTER', 'EMAIL', 'PHONE', 'ONLINE',
                                                                 'CNIL')),
    received_on        date          not null,
    due_on             date          not null check (due_on > received_on),
    extended_months    integer       not null default 0 check (extended_months between 0 and 2),
    extension_reason   varchar(30)   check (extension_reason in ('COMPLEXITY', 'NUMBER_OF_REQUESTS')),
    status             varchar(20)   not null check (status in ('OPEN', 'ANSWERED')),
    outcome            varchar(20)   check (outcome in ('GRANTED', 'PARTIALLY_GRANTED', 'REFUSED')),
    answered_on        date,
    answered_by        varchar(255),
    registered_by      varchar(255)  not null,
    registered_at      timestamptz   not null,
    overdue_alerted_at timestamptz,
    version            bigint        not null,
    constraint rights_request_extension_reason check ((extended_months = 0) = (extension_reason is null)),
    constraint rights_request_answer_recorded
        check ((status = 'ANSWERED') = (answered_on is not null and answered_by is not null and outcome is not null))
);
create index rights_request_register on rights_request (organisation_code, status, due_on);
create index rights_request_overdue on rights_request (due_on) where status = 'OPEN' and overdue_alerted_at is null;

create table rights_request_aud (
    id                 uuid     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    organisation_code  varchar(64),
    person_id          uuid,
    kind               varchar(20),
    channel            varchar(20),
    received_on        date,
    due_on             date,
    extended_months    integer,
    extension_reason   varchar(30),
    status             varchar(20),
    outcome            varchar(20),
    answered_on        date,
    answered_by        varchar(255),
    registered_by      varchar(255),
    registered_at      timestamptz,
    overdue_alerted_at timestamptz,
    primary key (id, rev)
);

alter table alert drop constraint alert_kind_check;
alter table alert add constraint alert_kind_check
    check (kind in ('UNASSIGNED_READ', 'READ_BURST', 'BULK_EXPORT', 'OFF_HOURS', 'BREAK_GLASS', 'ADMIN_CHANGE',
                    'RIGHTS_REQUEST_OVERDUE'));
