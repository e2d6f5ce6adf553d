-- The sender's professional contact on an orientation (issue 18, item 4): the partner sees whom
-- to call about it. Staff data of the CCAS agent (the token's name and, when the realm gives one,
-- phone claim at creation; the e-mail is sender_email since V11), not the usager's: not sealed,
-- never logged nor journaled as a value.
alter table referral add column sender_name varchar(200);
alter table referral add column sender_phone varchar(40);
alter table referral_aud add column sender_name varchar(200);
alter table referral_aud add column sender_phone varchar(40);
