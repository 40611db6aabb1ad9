-- The buckets of the rate limits on anonymous actions (Bucket4j's PostgreSQLSelectForUpdateBasedProxyManager),
-- shared by every instance of the portal. See shared.limites.LimitesDebit and docs/decisions/DD007.
create table limite_debit (
    -- SHA-256 of the action, the rule and the address: never an address itself.
    cle       text primary key,
    -- The bucket's state, written by Bucket4j.
    etat      bytea,
    -- Milliseconds since 1970 after which the row may go (the bucket is full again).
    expire_le bigint
);

create index limite_debit_expire_le on limite_debit (expire_le);
