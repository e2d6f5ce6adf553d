-- One disclosure, one journal entry (issue 16, item 1): when the SHARE entry of what an outbox
-- message discloses was written, so that its further attempts open the same fields without
-- journaling a new disclosure. Null before its first claim, and again once it died without
-- reaching its partner (an UNDELIVERED entry then says so): a resent message discloses anew.
alter table outbox_message
    add column disclosed_at timestamptz;
