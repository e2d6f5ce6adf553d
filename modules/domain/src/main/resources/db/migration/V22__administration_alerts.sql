-- Administration journaled (issue 15, item 9): a change of a convention (its channel and endpoint
-- included) or of a partner's keys or certificate is journaled as ADMINISTRATION (journal_entry.action
-- is free text) and raised to the DPO as an ADMIN_CHANGE alert.
alter table alert drop constraint alert_kind_check;
alter table alert add constraint alert_kind_check check (kind in ('UNASSIGNED_READ', 'READ_BURST', 'BULK_EXPORT',
                                                                  'OFF_HOURS', 'BREAK_GLASS', 'ADMIN_CHANGE'));
