-- The audit journal of the operator (issue 8, finding 7): every staff read of a person's data (dossier, profile,
-- messages, attachments, lists that show names), every access refused, every act on staff accounts and sites.
-- Append-only: the application's database role may insert and read, never update nor delete (afterMigrate.sql),
-- and a trigger refuses it to any role, the owner included, short of dropping the trigger.
-- No foreign keys: the journal outlives what it names.
create table journal_audit (
    id              bigserial    primary key,
    horodatage      timestamptz  not null,
    acteur_id       uuid,
    acteur          varchar(254) not null,
    role            varchar(20),
    action          varchar(40)  not null,
    beneficiaire_id uuid,
    compte_cible_id uuid,
    objet           varchar(200),
    detail          varchar(500),
    adresse_reseau  varchar(64)
);
create index journal_audit_horodatage_idx on journal_audit (horodatage desc, id desc);
create index journal_audit_beneficiaire_idx on journal_audit (beneficiaire_id, horodatage desc) where beneficiaire_id is not null;
create index journal_audit_acteur_idx on journal_audit (acteur_id, horodatage desc);
create index journal_audit_action_idx on journal_audit (action, horodatage desc);

create function journal_en_ajout_seul() returns trigger language plpgsql as $$
begin
    raise exception 'Le journal % s’écrit en ajout seul : ni modification ni suppression', tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger journal_audit_ajout_seul before update or delete on journal_audit
    for each row execute function journal_en_ajout_seul();
create trigger journal_audit_sans_vidage before truncate on journal_audit
    for each statement execute function journal_en_ajout_seul();
create trigger journal_connexion_ajout_seul before update or delete on journal_connexion
    for each row execute function journal_en_ajout_seul();
create trigger journal_connexion_sans_vidage before truncate on journal_connexion
    for each statement execute function journal_en_ajout_seul();
