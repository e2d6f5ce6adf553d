-- Dossiers (issue 3). Every personal value is stored as an AES-256-GCM ciphertext (bytea) bound
-- to its table, column, row id and the row's key_version; the database never sees plaintext.
-- Blind indexes (HMAC) serve equality searches and are not audited.

-- Data keys, wrapped by the master key that lives outside the database. Owner: an organisation
-- code for field keys, '<code>:blind-index' for the root of its blind indexes.
create table data_key (
    owner      varchar(100) not null,
    version    integer      not null check (version > 0),
    wrapped    bytea        not null,
    created_at timestamptz  not null,
    primary key (owner, version)
);

create table person (
    id                 uuid         primary key,
    organisation_code  varchar(64)  not null references organisation (code),
    key_version        integer      not null,
    last_name          bytea        not null,
    first_names        bytea        not null,
    birth_name         bytea,
    birth_date         bytea        not null,
    nir                bytea,
    address            bytea,
    phone              bytea,
    email              bytea,
    preferred_language bytea,
    contact_channel    bytea,
    nir_bidx           bytea,
    name_bidx          bytea        not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null
);
create index person_nir_bidx on person (organisation_code, nir_bidx);
create index person_name_bidx on person (organisation_code, name_bidx);
create unique index person_nir_unique on person (organisation_code, nir_bidx) where nir_bidx is not null;

create table case_file (
    id                uuid         primary key,
    organisation_code varchar(64)  not null references organisation (code),
    person_id         uuid         not null references person (id),
    referent          varchar(255) not null,
    status            varchar(20)  not null check (status in ('OPEN', 'CLOSED')),
    opened_at         timestamptz  not null,
    closed_at         timestamptz,
    last_contact_on   date         not null,
    restricted        boolean      not null default false,
    key_version       integer      not null,
    household         bytea,
    resources         bytea,
    housing           bytea,
    health_notes      bytea,
    rsa_status        bytea,
    version           bigint       not null
);
create index case_file_person on case_file (person_id);
create index case_file_organisation on case_file (organisation_code, status);

create table case_file_team (
    case_file_id uuid         not null references case_file (id),
    username     varchar(255) not null,
    primary key (case_file_id, username)
);

create table note (
    id                uuid         primary key,
    case_file_id      uuid         not null references case_file (id),
    organisation_code varchar(64)  not null references organisation (code),
    type              varchar(20)  not null check (type in ('INTERNE', 'PARTAGEABLE')),
    category          varchar(20)  not null,
    author            varchar(255) not null,
    created_at        timestamptz  not null,
    key_version       integer      not null,
    body              bytea        not null
);
create index note_case_file on note (case_file_id, created_at);

-- Envers: one revision per transaction, with who did it and within which request.
create table revision (
    id                bigint       primary key,
    at                bigint       not null,
    username          varchar(255) not null,
    organisation_code varchar(64),
    request_id        varchar(64)
);
create sequence revision_seq increment by 50;

create table person_aud (
    id                 uuid     not null,
    rev                bigint   not null references revision (id),
    revtype            smallint,
    organisation_code  varchar(64),
    key_version        integer,
    last_name          bytea,
    first_names        bytea,
    birth_name         bytea,
    birth_date         bytea,
    nir                bytea,
    address            bytea,
    phone              bytea,
    email              bytea,
    preferred_language bytea,
    contact_channel    bytea,
    created_at         timestamptz,
    updated_at         timestamptz,
    primary key (id, rev)
);

create table case_file_aud (
    id                uuid     not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    organisation_code varchar(64),
    person_id         uuid,
    referent          varchar(255),
    status            varchar(20),
    opened_at         timestamptz,
    closed_at         timestamptz,
    last_contact_on   date,
    restricted        boolean,
    key_version       integer,
    household         bytea,
    resources         bytea,
    housing           bytea,
    health_notes      bytea,
    rsa_status        bytea,
    primary key (id, rev)
);

create table case_file_team_aud (
    rev          bigint       not null references revision (id),
    revtype      smallint,
    case_file_id uuid         not null,
    username     varchar(255) not null,
    primary key (rev, case_file_id, username)
);

create table note_aud (
    id                uuid     not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    case_file_id      uuid,
    organisation_code varchar(64),
    type              varchar(20),
    category          varchar(20),
    author            varchar(255),
    created_at        timestamptz,
    key_version       integer,
    body              bytea,
    primary key (id, rev)
);
