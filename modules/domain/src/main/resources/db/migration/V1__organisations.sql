-- Organisations: the CCAS that hold dossiers and the partners they refer to.
-- The code is the value of the 'organisation' claim in Keycloak tokens.
create table organisation (
    code       varchar(64)  primary key,
    name       varchar(200) not null,
    kind       varchar(20)  not null check (kind in ('CCAS', 'CAF', 'CPAM', 'DEPARTEMENT')),
    commune    varchar(120),
    active     boolean      not null default true,
    created_at timestamptz  not null default now()
);

-- The demo organisations of DESIGN §5, matching the demo realm's users.
insert into organisation (code, name, kind, commune) values
    ('ccas-saumur', 'CCAS de Saumur',              'CCAS',        'Saumur'),
    ('ccas-vitre',  'CCAS de Vitré',               'CCAS',        'Vitré'),
    ('caf-49',      'CAF de Maine-et-Loire',       'CAF',         'Angers'),
    ('cpam-49',     'CPAM de Maine-et-Loire',      'CPAM',        'Angers'),
    ('dept-49',     'Département de Maine-et-Loire', 'DEPARTEMENT', 'Angers');
