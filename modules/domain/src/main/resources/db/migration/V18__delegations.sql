-- Delegations inside a CCAS (rule S6, issue 18): an agent, or the CCAS manager for them, lets a
-- colleague stand in on the agent's dossiers for a period (absence, leave). While it runs
-- (starts_at <= now < ends_at, not ended) the delegate reads and writes those dossiers as a team
-- member would; each access is journaled naming the delegation, and raises no alert. The reason
-- says why (e.g. "congés"), asking for no personal detail; the journal never copies it.
create table delegation (
    id                uuid          primary key,
    organisation_code varchar(64)   not null references organisation (code),
    delegator         varchar(255)  not null,
    delegate          varchar(255)  not null check (delegate <> delegator),
    starts_at         timestamptz   not null,
    ends_at           timestamptz   not null check (ends_at > starts_at),
    reason            varchar(500)  not null,
    created_by        varchar(255)  not null,
    created_at        timestamptz   not null,
    ended_by          varchar(255),
    ended_at          timestamptz,
    version           bigint        not null,
    constraint delegation_end_recorded check ((ended_by is null) = (ended_at is null))
);
create index delegation_running on delegation (organisation_code, delegate, ends_at);
create index delegation_given on delegation (organisation_code, delegator, ends_at);

create table delegation_aud (
    id                uuid     not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    organisation_code varchar(64),
    delegator         varchar(255),
    delegate          varchar(255),
    starts_at         timestamptz,
    ends_at           timestamptz,
    reason            varchar(500),
    created_by        varchar(255),
    created_at        timestamptz,
    ended_by          varchar(255),
    ended_at          timestamptz,
    primary key (id, rev)
);
