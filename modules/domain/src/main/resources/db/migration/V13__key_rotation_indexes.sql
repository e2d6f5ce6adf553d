-- Key rotation finds the rows still under an older key version of one organisation (issue 8, P6).
-- Without these indexes each batch walked the table from its lowest id, skipping the rows already
-- rotated: the rotation slowed down as it went (3,300 rows/s falling to 360 over 1,000,000 usagers).
-- With them, and batches taken in (key_version, id) order, each batch starts at the first row left.
create index person_rotation          on person          (organisation_code, key_version, id);
create index person_aud_rotation      on person_aud      (organisation_code, key_version, id, rev);
create index case_file_rotation       on case_file       (organisation_code, key_version, id);
create index case_file_aud_rotation   on case_file_aud   (organisation_code, key_version, id, rev);
create index note_rotation            on note            (organisation_code, key_version, id);
create index note_aud_rotation        on note_aud        (organisation_code, key_version, id, rev);
create index referral_rotation        on referral        (organisation_code, key_version, id);
create index referral_aud_rotation    on referral_aud    (organisation_code, key_version, id, rev);
create index referral_event_rotation     on referral_event     (organisation_code, key_version, id);
create index referral_event_aud_rotation on referral_event_aud (organisation_code, key_version, id, rev);
