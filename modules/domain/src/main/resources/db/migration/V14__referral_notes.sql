-- Notes are picked one by one (issue 14, S3, S9): an orientation names the ids of the partageable
-- notes it shares, fixed with the rest of its pick when it is made (a note written later is never
-- in it; notes are not edited). Which of them its partner sees is secrecy.referral.ShareGrounding's
-- to say: a note is data of its own category (a HEALTH note is health data, never for the CAF).
create table referral_note (
    referral_id uuid not null references referral (id),
    note_id     uuid not null references note (id),
    primary key (referral_id, note_id)
);
create index referral_note_note on referral_note (note_id);

create table referral_note_aud (
    rev         bigint   not null references revision (id),
    revtype     smallint,
    referral_id uuid     not null,
    note_id     uuid     not null,
    primary key (rev, referral_id, note_id)
);

-- Until now, picking note.body shared every partageable note of the dossier, whatever its category
-- and whenever written. The orientations made so far keep the notes their sender could see in the
-- preview: the partageable notes written before they were sent (drafts: made). The policy still
-- hides from the partner those it may not receive. note.body is no longer a picked field: in a
-- convention it stays the permission for notes.
insert into referral_note (referral_id, note_id)
select r.id, n.id
from referral r
join note n on n.case_file_id = r.case_file_id
where n.type = 'PARTAGEABLE'
  and n.created_at <= coalesce(r.sent_at, r.created_at)
  and (',' || r.picked_fields || ',') like '%,note.body,%';

update referral
set picked_fields = array_to_string(array_remove(string_to_array(picked_fields, ','), 'note.body'), ',')
where (',' || picked_fields || ',') like '%,note.body,%';

-- The change in the history, like any other: one revision by the migration.
insert into revision (id, at, username) values
    (nextval('revision_seq'), (extract(epoch from clock_timestamp()) * 1000)::bigint, 'migration');
insert into referral_note_aud (rev, revtype, referral_id, note_id)
select currval('revision_seq'), 0, referral_id, note_id from referral_note;
insert into referral_aud (id, rev, revtype, organisation_code, case_file_id, person_id, partner_code, convention_id,
                          cadre, purpose, urgency, picked_fields, consent_id, status, sender, recipient, created_at,
                          sent_at, received_at, accepted_at, closed_at, remind_at, expires_at, reminded_at,
                          outcome_code, rejection_code, key_version, reason, sender_email)
select r.id, currval('revision_seq'), 1, r.organisation_code, r.case_file_id, r.person_id, r.partner_code,
       r.convention_id, r.cadre, r.purpose, r.urgency, r.picked_fields, r.consent_id, r.status, r.sender, r.recipient,
       r.created_at, r.sent_at, r.received_at, r.accepted_at, r.closed_at, r.remind_at, r.expires_at, r.reminded_at,
       r.outcome_code, r.rejection_code, r.key_version, r.reason, r.sender_email
from referral r
where exists (select 1 from referral_aud a where a.id = r.id
              and (',' || a.picked_fields || ',') like '%,note.body,%'
              and a.rev = (select max(b.rev) from referral_aud b where b.id = r.id));
