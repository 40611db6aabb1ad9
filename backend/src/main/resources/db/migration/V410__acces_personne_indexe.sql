-- The access rule (acces_personne) read the other way round: "whom may this account see?", as the staff's search
-- asks it (DD013). Each branch of the view then starts from the account with an index instead of reading the whole
-- table; the indexes of V401 only cover open dossiers, the view reads closed ones too.
create index dossier_site_idx on dossier (site_id);
create index dossier_referent_tous_idx on dossier (referent_id) where referent_id is not null;
create index dossier_conseiller_tous_idx on dossier (conseiller_id) where conseiller_id is not null;
create index unite_oeuvre_conseiller_idx on unite_oeuvre_engagee (conseiller_id);
create index rendez_vous_conseiller_idx on rendez_vous (conseiller_id);
create index rendez_vous_site_idx on rendez_vous (site_id) where statut in ('RESERVE', 'HONORE');
create index membre_equipe_site_idx on membre_equipe (site_id);
