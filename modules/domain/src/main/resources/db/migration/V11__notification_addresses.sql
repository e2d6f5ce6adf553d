-- Notification addresses (issue 5, item 4). The e-mails say only what happened to an orientation,
-- never a personal value; these columns say where they go.
--   organisation.notification_email: the team mailbox told when an orientation arrives or is
--     cancelled (an organisation is never a recipient of data, S2: the mail holds none)
--   referral.sender_email: the sending agent's address (the token's e-mail claim at creation),
--     told of every answer, reminder and expiry
alter table organisation add column notification_email varchar(254);
alter table referral add column sender_email varchar(254);
alter table referral_aud add column sender_email varchar(254);

update organisation set notification_email = 'orientations@caf-49.demo.passerelle.example' where code = 'caf-49';
update organisation set notification_email = 'orientations@cpam-49.demo.passerelle.example' where code = 'cpam-49';
update organisation set notification_email = 'orientations@dept-49.demo.passerelle.example' where code = 'dept-49';
