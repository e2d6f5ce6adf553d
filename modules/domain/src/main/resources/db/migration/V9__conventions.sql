-- Conventions de partage (issue 5): for a partner organisation, a cadre (S1) and a purpose, the
-- fields it may receive (S3's allow-list), the channel, the reminder and expiry delays (DESIGN §4)
-- and the coded rejection reasons. No personal value: field keys, codes, delays and usernames.
--   allowed_fields:    field catalogue keys (org.passerelle.secrecy.Field), comma-separated, in catalogue order
--   rejection_reasons: one per line, CODE|label, in the order partners are offered them
-- Health never goes to the CAF (S4): the application refuses it, and the entity cannot hold it.

create table convention (
    id                uuid          primary key,
    partner_code      varchar(64)   not null references organisation (code),
    cadre             varchar(30)   not null check (cadre in ('SOCIAL_ACTION', 'CHILD_PROTECTION', 'RSA',
                                                              'HEALTH', 'CONSENT')),
    purpose           varchar(64)   not null check (purpose ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    allowed_fields    varchar(1000) not null check (allowed_fields <> ''),
    channel           varchar(10)   not null check (channel in ('INBOX', 'HTTPS', 'SFTP', 'AMQP')),
    endpoint          varchar(500),
    partner_key_ref   varchar(200),
    reminder_days     integer       not null check (reminder_days between 1 and 365),
    expiry_days       integer       not null check (expiry_days between 1 and 365),
    rejection_reasons varchar(5000) not null check (rejection_reasons <> ''),
    active            boolean       not null,
    created_by        varchar(255)  not null,
    created_at        timestamptz   not null,
    updated_by        varchar(255)  not null,
    updated_at        timestamptz   not null,
    version           bigint        not null,
    check (reminder_days < expiry_days),
    -- The inbox needs no address nor key; the partner's own systems need an address.
    check ((channel = 'INBOX') = (endpoint is null)),
    check (channel <> 'INBOX' or partner_key_ref is null)
);
-- One active convention per partner, cadre and purpose; deactivated ones stay on record.
create unique index convention_one_active on convention (partner_code, cadre, purpose) where active;
create index convention_partner on convention (partner_code, cadre, purpose);

create table convention_aud (
    id                uuid     not null,
    rev               bigint   not null references revision (id),
    revtype           smallint,
    partner_code      varchar(64),
    cadre             varchar(30),
    purpose           varchar(64),
    allowed_fields    varchar(1000),
    channel           varchar(10),
    endpoint          varchar(500),
    partner_key_ref   varchar(200),
    reminder_days     integer,
    expiry_days       integer,
    rejection_reasons varchar(5000),
    active            boolean,
    created_by        varchar(255),
    created_at        timestamptz,
    updated_by        varchar(255),
    updated_at        timestamptz,
    primary key (id, rev)
);

-- The demo partners' conventions (DESIGN §5), with the purposes the demo's consents name. All go
-- to Passerelle's inbox until the partner channels exist. Child protection is answered faster.
insert into convention (id, partner_code, cadre, purpose, allowed_fields, channel, reminder_days, expiry_days,
                        rejection_reasons, active, created_by, created_at, updated_by, updated_at, version)
select gen_random_uuid(), partner, cadre, purpose, fields, 'INBOX', reminder, expiry,
       case when cadre = 'CHILD_PROTECTION'
            then 'HORS_COMPETENCE|Hors de notre compétence' || chr(10) || 'DOSSIER_INCOMPLET|Dossier incomplet'
                 || chr(10) || 'DEJA_SUIVI|Famille déjà accompagnée'
            else reasons end, true,
       'migration', now(), 'migration', now(), 0
from (values
    -- CAF: accès aux droits (prestations familiales, prime d'activité): never health, not the NIR.
    ('caf-49', 'SOCIAL_ACTION', 'acces-aux-droits',
     'person.lastName,person.firstNames,person.birthName,person.birthDate,person.address,person.phone,'
         || 'person.email,person.preferredLanguage,person.contactChannel,case.household,case.resources,'
         || 'case.housing,note.body', 10, 30),
    -- CAF: aides au logement (APL, ALS): household, resources and housing decide them.
    ('caf-49', 'SOCIAL_ACTION', 'aide-logement',
     'person.lastName,person.firstNames,person.birthName,person.birthDate,person.address,person.phone,'
         || 'person.email,person.preferredLanguage,person.contactChannel,case.household,case.resources,'
         || 'case.housing', 10, 30),
    -- CPAM: accès aux soins (complémentaire santé solidaire, accompagnement santé): needs consent.
    ('cpam-49', 'HEALTH', 'acces-aux-soins',
     'person.lastName,person.firstNames,person.birthName,person.birthDate,person.nir,person.address,'
         || 'person.phone,person.email,person.preferredLanguage,person.contactChannel,case.healthNotes', 10, 30),
    -- CPAM: ouverture des droits à l'assurance maladie: the NIR and resources, no health data.
    ('cpam-49', 'SOCIAL_ACTION', 'acces-aux-droits',
     'person.lastName,person.firstNames,person.birthName,person.birthDate,person.nir,person.address,'
         || 'person.phone,person.email,person.preferredLanguage,person.contactChannel,case.resources', 10, 30),
    -- Département: orientation et accompagnement des allocataires du RSA.
    ('dept-49', 'RSA', 'insertion-rsa',
     'person.lastName,person.firstNames,person.birthName,person.birthDate,person.address,person.phone,'
         || 'person.email,person.preferredLanguage,person.contactChannel,case.household,case.resources,'
         || 'case.housing,case.rsaStatus,note.body', 10, 30),
    -- Département: protection de l'enfance (information préoccupante, accompagnement des familles).
    ('dept-49', 'CHILD_PROTECTION', 'protection-enfance',
     'person.lastName,person.firstNames,person.birthName,person.birthDate,person.address,person.phone,'
         || 'person.email,person.preferredLanguage,person.contactChannel,case.household,case.housing,'
         || 'note.body', 2, 7)
) as seed (partner, cadre, purpose, fields, reminder, expiry)
-- The usual reasons, except for child protection, where "no rights to open" makes no sense.
cross join (values (
    'HORS_COMPETENCE|Hors de notre compétence' || chr(10) || 'DOSSIER_INCOMPLET|Dossier incomplet' || chr(10)
        || 'DEJA_SUIVI|Personne déjà accompagnée' || chr(10) || 'DROITS_NON_OUVRABLES|Droits non ouvrables'
)) as standard (reasons);

-- Their creation in the history, like any other: one revision by the migration.
insert into revision (id, at, username) values
    (nextval('revision_seq'), (extract(epoch from clock_timestamp()) * 1000)::bigint, 'migration');
insert into convention_aud (id, rev, revtype, partner_code, cadre, purpose, allowed_fields, channel, endpoint,
                            partner_key_ref, reminder_days, expiry_days, rejection_reasons, active, created_by,
                            created_at, updated_by, updated_at)
select id, currval('revision_seq'), 0, partner_code, cadre, purpose, allowed_fields, channel, endpoint,
       partner_key_ref, reminder_days, expiry_days, rejection_reasons, active, created_by, created_at,
       updated_by, updated_at
from convention;
