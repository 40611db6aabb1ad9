-- Issue 8, finding 4. When the person last proved who they are in this session (sign-in, or a confirmation by
-- code or passkey): adding a passkey needs a recent one. And why a session ended before its sign-out.
alter table session_ouverte add column authentifiee_le timestamptz;
update session_ouverte set authentifiee_le = ouverte_le;
alter table session_ouverte alter column authentifiee_le set not null;
alter table session_ouverte add column motif_fin varchar(20);
