-- The partner side of the team (issue 18, item 4; DESIGN §4, S2): the partner manager dispatches
-- an orientation to a caseworker before acceptance (assignee), and the named recipient changes by
-- a handover. A timeline line of an assignment or a handover names who holds it after (holder).
-- Usernames only: staff data, never an usager's.
alter table referral add column assignee varchar(255);
alter table referral_aud add column assignee varchar(255);
alter table referral_event add column holder varchar(255);
alter table referral_event_aud add column holder varchar(255);

-- The caseworkers of each partner organisation as Passerelle has seen them (their own calls to the
-- partner inbox, with the partner-caseworker role and their organisation's claim): whom an
-- orientation may be assigned or handed over to, since people and roles live in Keycloak.
create table partner_caseworker (
    organisation_code varchar(64)  not null references organisation (code),
    username          varchar(255) not null,
    last_seen_at      timestamptz  not null,
    primary key (organisation_code, username)
);
