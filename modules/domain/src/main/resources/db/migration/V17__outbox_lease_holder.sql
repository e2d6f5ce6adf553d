-- Leases that know their holder (issue 16, item 2): a claim records the node that holds the
-- message and that node's start (a random id per boot). A node that starts again takes back at
-- once what its previous start held, rather than wait for the lease to end. Cleared when the
-- attempt is settled; a message held by nobody is simply due at next_attempt_at.
alter table outbox_message
    add column held_by_node varchar(255),
    add column held_by_boot uuid,
    add constraint outbox_holder_whole check ((held_by_node is null) = (held_by_boot is null));
create index outbox_held on outbox_message (held_by_node) where held_by_node is not null;
