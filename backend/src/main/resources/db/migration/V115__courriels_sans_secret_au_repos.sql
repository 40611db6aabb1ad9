-- No usable secret at rest (DD006): the body of a courriel waiting to be sent is stored encrypted (AES-GCM, key
-- PORTAIL_CLE_COURRIELS) and dropped once the courriel is sent or given up; only what support needs stays
-- (recipient, subject, dates, status, attempts), purged after portail.courriel.conservation.
alter table courriel_sortant
    alter column texte drop not null,
    alter column html drop not null,
    add column texte_chiffre bytea,
    add column html_chiffre  bytea,
    add column clos_le       timestamptz;

alter table courriel_piece_jointe
    alter column contenu drop not null,
    add column contenu_chiffre bytea;

-- What was already sent or given up keeps no body from now on. Courriels still waiting keep theirs in clear until
-- they are sent (written before the key existed), then lose it like the others.
update courriel_sortant set clos_le = coalesce(envoye_le, prochaine_tentative)
where statut in ('ENVOYE', 'ABANDONNE');
update courriel_sortant set texte = null, html = null where statut in ('ENVOYE', 'ABANDONNE');
delete from courriel_piece_jointe p using courriel_sortant c
where c.id = p.courriel_id and c.statut in ('ENVOYE', 'ABANDONNE');

create index courriel_sortant_clos_idx on courriel_sortant (clos_le) where clos_le is not null;

-- Enforced by the database: a courriel that is no longer waiting has no body left, and says when it was closed.
alter table courriel_sortant add constraint courriel_sortant_sans_corps_apres_envoi check (
    statut = 'EN_ATTENTE'
    or (texte is null and html is null and texte_chiffre is null and html_chiffre is null and clos_le is not null));
