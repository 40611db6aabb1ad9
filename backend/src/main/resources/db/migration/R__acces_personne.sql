-- THE access rule of the portal (issue 8, finding 2), written once: which account may see which person.
-- Every service reads and writes a person's data through it (operateur.PolitiqueAcces for one person, and
-- "exists (select 1 from acces_personne a where a.compte_id = :moi and a.beneficiaire_id = …)" in the queries
-- that list people). The motive says why, for the journal and the tests.
--
--  SOI         the person themself (their own account)
--  REFERENT    the référent unique named on the dossier
--  CONSEILLER  the conseiller of the first exchange
--  UNITE       the conseiller who engaged one of the person's units of work
--  SITE        every member of the team (conseillers, managers) of the site the dossier is attached to
--  RENDEZ_VOUS the conseiller of a rendez-vous with the person (cancelled ones too: it stays in their agenda), and
--              the team of its site while it is booked or once it was held
--  TERRITOIRE  before a first rendez-vous attaches the dossier to a site: the teams of the operator's active sites
--              in the départements of the person's home or work, as given at the first contact (aiguillage)
--  OPERATEUR   before a site, when no active site of the operator is in those départements (or none is known):
--              every team of the operator, so that no request is left without someone to answer it
--  RECLAMATION a person with no dossier at all who filed a réclamation (someone whose first contact went wrong,
--              signed up to complain): the managers of every site, who are the correspondants médiation (§3.7), so
--              that no réclamation is left without someone to answer it
--
-- The médiateur of France compétences appears nowhere here: their access to an escalated dossier is a feature of
-- its own, limited in time and journaled.
create or replace view acces_personne as
select b.compte_id, b.id as beneficiaire_id, 'SOI'::varchar(12) as motif
  from beneficiaire b
 where b.compte_id is not null
union all
select d.referent_id, d.beneficiaire_id, 'REFERENT'
  from dossier d
 where d.referent_id is not null
union all
select d.conseiller_id, d.beneficiaire_id, 'CONSEILLER'
  from dossier d
 where d.conseiller_id is not null
union all
select u.conseiller_id, d.beneficiaire_id, 'UNITE'
  from unite_oeuvre_engagee u
  join dossier d on d.id = u.dossier_id
union all
select m.compte_id, d.beneficiaire_id, 'SITE'
  from dossier d
  join membre_equipe m on m.site_id = d.site_id
union all
select r.conseiller_id, r.beneficiaire_id, 'RENDEZ_VOUS'
  from rendez_vous r
union all
select m.compte_id, r.beneficiaire_id, 'RENDEZ_VOUS'
  from rendez_vous r
  join membre_equipe m on m.site_id = r.site_id
 where r.statut in ('RESERVE', 'HONORE')
union all
select m.compte_id, d.beneficiaire_id, 'TERRITOIRE'
  from dossier d
  join demande_premier_echange dpe on dpe.beneficiaire_id = d.beneficiaire_id
  join aiguillage a on a.id = dpe.aiguillage_id
  join site s on s.actif and s.departement in (a.departement_domicile, a.departement_travail)
  join membre_equipe m on m.site_id = s.id
 where d.site_id is null
union all
select m.compte_id, d.beneficiaire_id, 'OPERATEUR'
  from dossier d
 cross join membre_equipe m
 where d.site_id is null
   and not exists (select 1
                     from demande_premier_echange dpe
                     join aiguillage a on a.id = dpe.aiguillage_id
                     join site s on s.actif and s.departement in (a.departement_domicile, a.departement_travail)
                    where dpe.beneficiaire_id = d.beneficiaire_id)
union all
select m.compte_id, r.beneficiaire_id, 'RECLAMATION'
  from reclamation r
  join membre_equipe m on true
  join compte c on c.id = m.compte_id and c.role = 'MANAGER'
 where not exists (select 1 from dossier d where d.beneficiaire_id = r.beneficiaire_id);
