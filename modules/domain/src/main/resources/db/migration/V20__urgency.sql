-- Issue 18, item 7: urgency means something.
--   urgent_reminder_days: an URGENT orientation's reminder comes after this many working days (1 by
--     default), not after the convention's ordinary reminder_days; never later than it.
--   escalate_at / escalated_at: an URGENT orientation still unanswered a day after its reminder is
--     escalated to the partner's manager, once.
alter table convention add column urgent_reminder_days integer not null default 1
    check (urgent_reminder_days between 1 and 365);
alter table convention add check (urgent_reminder_days <= reminder_days);
alter table convention_aud add column urgent_reminder_days integer;

alter table referral add column escalate_at timestamptz, add column escalated_at timestamptz;
alter table referral_aud add column escalate_at timestamptz, add column escalated_at timestamptz;
create index referral_escalation on referral (escalate_at)
    where escalated_at is null and status in ('SENT', 'RECEIVED');
