-- Two database roles (issue 15, DESIGN §3 "write ahead, seal behind"). The migrations run as the
-- schema's owner; the server runs as a runtime role that owns nothing, so that it can neither
-- re-grant itself a right nor disable or drop a trigger. After every migration run, at each start
-- (SchemaMigrationIntegrator runs this script as the owner, so that a new table or a renamed
-- runtime role gets its grants; it is not a versioned migration) the runtime role, given as the
-- placeholder runtime_role, holds:
--   every table: SELECT, INSERT, UPDATE, DELETE; every sequence: USAGE, SELECT;
--   the journal's tables (journal_*): SELECT and INSERT only. The sealer only inserts seals and
--     checkpoints; the retention purge runs as the owner (its own data source, PasserelleOwnerDS);
--   Flyway's history: nothing.
-- A one-role setup (the runtime role is the owner) gets nothing here: the server warns at start.
do $$
declare
    runtime constant text := '${runtime_role}';
    journal record;
begin
    if runtime = current_user then
        return;
    end if;
    if exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
               where n.nspname = 'public' and c.relowner = (select oid from pg_roles where rolname = runtime)) then
        raise exception 'the runtime role % owns objects of this schema: reassign them to the owner % first (README)',
            runtime, current_user;
    end if;
    -- PostgreSQL 15 already refuses CREATE on public to PUBLIC; older ones do not.
    revoke create on schema public from public;
    execute format('grant usage on schema public to %I', runtime);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
    execute format('grant usage, select on all sequences in schema public to %I', runtime);
    for journal in select tablename from pg_tables where schemaname = 'public' and tablename like 'journal\_%' loop
        execute format('revoke update, delete, truncate, references, trigger on %I from %I', journal.tablename, runtime);
    end loop;
    execute format('revoke all on flyway_schema_history from %I', runtime);
end;
$$;
