-- Restriction of processing (GDPR art. 18, rule S15; issue 14): who restricted a dossier, when and
-- why, and who lifted it when. The reason is coded or short free text asking for no personal
-- detail (like break-glass's); the journal records the act, never the reason. Envers keeps every
-- restriction and lift of a dossier in case_file_aud.
alter table case_file
    add column restricted_by         varchar(255),
    add column restricted_at         timestamptz,
    add column restriction_reason    varchar(500),
    add column restriction_lifted_by varchar(255),
    add column restriction_lifted_at timestamptz,
    add constraint case_file_restriction_recorded
        check (not restricted or (restricted_by is not null and restricted_at is not null
                                  and restriction_reason is not null and restriction_lifted_at is null));

alter table case_file_aud
    add column restricted_by         varchar(255),
    add column restricted_at         timestamptz,
    add column restriction_reason    varchar(500),
    add column restriction_lifted_by varchar(255),
    add column restriction_lifted_at timestamptz;

