-- Issue 8, finding 1. A request to sign in by email for a person who may not use it (staff who own a passkey, a
-- deactivated account) is still recorded, so that the limits count it, but keeps no code and no link: nothing in it
-- can be guessed or used.
alter table jeton_connexion alter column code_empreinte drop not null;
alter table jeton_connexion alter column lien_empreinte drop not null;
-- The one-click tickets of the demo profile, which do not follow the passkey rule of staff.
alter table jeton_connexion add column demo boolean not null default false;

-- Sign-in by email locked for an address after repeated wrong codes, whatever the code they were typed against.
-- Kept in the database: it survives a restart and two instances share it.
create table verrou_connexion (
    email             varchar(254) primary key,
    echecs            integer      not null default 0,
    premier_echec_le  timestamptz,
    verrouille_jusqua timestamptz
);
