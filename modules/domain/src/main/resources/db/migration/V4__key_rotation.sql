-- Key rotation jobs (issue 3): a new data key version becomes primary, then a background job
-- re-encrypts every sealed column of the organisation's rows, history rows included, in batches.
-- Progress is derived from the rows themselves (key_version), so a crash loses nothing: the job
-- resumes where the rows say it stopped.
create table key_rotation (
    id             uuid         primary key,
    owner          varchar(64)  not null references organisation (code),
    target_version integer      not null,
    status         varchar(20)  not null check (status in ('RUNNING', 'COMPLETED')),
    total_rows     bigint       not null,
    done_rows      bigint       not null,
    requested_by   varchar(255) not null,
    started_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    completed_at   timestamptz
);
-- One running rotation per organisation at a time.
create unique index key_rotation_one_running on key_rotation (owner) where status = 'RUNNING';
