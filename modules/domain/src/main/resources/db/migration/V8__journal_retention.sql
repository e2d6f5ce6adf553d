-- Journal retention (issue 4 §7, rule S11: entries kept 12 months by default, 6 to 36
-- configurable). A purge deletes the oldest entries and their seals in one transaction and marks
-- the new start of the chain with a signed epoch, kept here and as a file outside the database.
-- Nothing else changes: UPDATE and TRUNCATE stay refused to everyone, and DELETE is refused unless
-- the purging transaction asks for it, and then only for rows older than six months.

-- The chain starts at start_position, from previous_hash = hash(start_position - 1); note is the
-- signed note (passerelle-journal-epoch/v1) the other columns repeat for queries.
create table journal_epoch (
    start_position bigint      primary key check (start_position > 1),
    previous_hash  bytea       not null,
    at             timestamptz not null,
    key_id         varchar(64) not null,
    note           text        not null
);

-- Replaces V6's function, used by every journal trigger. A row-level DELETE goes through only when
-- the transaction set passerelle.journal_retention to 'purging' (set_config(..., true), as the
-- purge does) and:
--   journal_seal: its position lies below the latest epoch's start (insert the epoch first) and
--                 its entry is older than six months (delete the seals first);
--   journal_entry: it is older than six months and no longer sealed.
-- Six months is the floor of S11 whatever the configuration says. The setting is no secret (any
-- session may set it): it guards against mistakes, beside the rights the purge grants itself only
-- for its own transaction. A superuser or the table owner can still get round both; the hash chain
-- and the files outside the database are what catch them.
create or replace function journal_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_level = 'ROW'
            and current_setting('passerelle.journal_retention', true) = 'purging' then
        if tg_table_name = 'journal_seal' then
            if old.position < (select coalesce(max(start_position), 0) from journal_epoch)
                    and exists (select 1 from journal_entry e
                                where e.id = old.entry_id and e.at < now() - interval '6 months') then
                return old;
            end if;
        elsif tg_table_name = 'journal_entry' then
            if old.at < now() - interval '6 months'
                    and not exists (select 1 from journal_seal s where s.entry_id = old.id) then
                return old;
            end if;
        end if;
        raise exception 'the access journal purges only entries older than six months, below a retention epoch (% on %)',
            tg_op, tg_table_name
            using errcode = 'insufficient_privilege';
    end if;
    raise exception 'the access journal is append-only (% on %)', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger journal_epoch_append_only before update or delete on journal_epoch
    for each row execute function journal_is_append_only();
create trigger journal_epoch_no_truncate before truncate on journal_epoch
    for each statement execute function journal_is_append_only();

-- As for the other journal tables: the application's role (the owner) keeps INSERT and SELECT only.
revoke update, delete, truncate on journal_epoch from current_user;
