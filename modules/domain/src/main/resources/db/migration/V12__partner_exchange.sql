-- Partner channels (issue 6, docs/partner-exchange.md): the partners' public keys, the outbox of
-- messages to their systems and the record of the messages they sent back. No personal value here:
-- keys, ids, codes and times. What a message carries is built from the sealed rows when it leaves.

-- A partner's public material, pinned: its OpenPGP key (signatures it sends, what we encrypt to it),
-- the TLS certificate of its HTTPS endpoint, the host key of its SFTP server.
create table partner_key (
    partner_code    varchar(64)   primary key references organisation (code),
    fingerprint     varchar(40)   not null unique check (fingerprint ~ '^[0-9A-F]{40}$'),
    openpgp         text          not null,
    tls_certificate text,
    ssh_host_key    varchar(2000),
    updated_by      varchar(255)  not null,
    updated_at      timestamptz   not null,
    version         bigint        not null
);

create table partner_key_aud (
    partner_code    varchar(64)   not null,
    rev             bigint        not null references revision (id),
    revtype         smallint,
    fingerprint     varchar(40),
    openpgp         text,
    tls_certificate text,
    ssh_host_key    varchar(2000),
    updated_by      varchar(255),
    updated_at      timestamptz,
    primary key (partner_code, rev)
);

-- The transactional outbox: one row per message, written in the transaction that changes the
-- orientation, delivered in 'seq' order per orientation, retried with backoff, then dead.
create table outbox_message (
    id              uuid          primary key,  -- the messageId the partner deduplicates on
    seq             bigint        generated always as identity unique,
    referral_id     uuid          not null references referral (id),
    partner_code    varchar(64)   not null references organisation (code),
    kind            varchar(20)   not null check (kind in ('ORIENTATION', 'SHARE', 'MESSAGE', 'CANCELLATION')),
    reason_code     varchar(40),
    event_id        uuid          references referral_event (id),  -- the MESSAGE's timeline event, its text sealed there
    state           varchar(12)   not null check (state in ('PENDING', 'DELIVERED', 'DEAD', 'SKIPPED')),
    attempts        integer       not null check (attempts >= 0),
    next_attempt_at timestamptz   not null,
    last_error      varchar(40),
    created_at      timestamptz   not null,
    delivered_at    timestamptz,
    closed_at       timestamptz,  -- delivered, dead or skipped
    resent_by       varchar(255),
    version         bigint        not null,
    check ((kind = 'MESSAGE') = (event_id is not null))
);
create index outbox_due on outbox_message (next_attempt_at) where state = 'PENDING';
create index outbox_referral on outbox_message (referral_id, seq);
create index outbox_dead on outbox_message (closed_at) where state = 'DEAD';

-- Inbound deduplication: a message id is applied once. The row commits in the transaction of the
-- update it guards, so a replay finds it, and a crash before commit leaves neither.
create table inbound_message (
    message_id   uuid          primary key,
    partner_code varchar(64)   not null references organisation (code),
    channel      varchar(10)   not null check (channel in ('HTTPS', 'SFTP', 'AMQP')),
    referral_id  uuid          not null,
    type         varchar(30)   not null,
    received_at  timestamptz   not null
);
create index inbound_referral on inbound_message (referral_id);
