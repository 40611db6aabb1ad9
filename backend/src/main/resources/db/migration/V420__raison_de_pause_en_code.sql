-- The reason of a pause is stored as a code, translated when shown (issue 9). Until now the view stored the French
-- label of the reason chosen, followed by " – " and what the person added: the label becomes the code, the text
-- stays the text. A pause whose text starts with no known label was "another reason" (the text alone).
alter table action_plan add column raison_pause varchar(20);
alter table revision_action add column raison_pause varchar(20);

create temporary table libelle_raison (code varchar(20) primary key, libelle text not null) on commit drop;
insert into libelle_raison (code, libelle) values
    ('DOUTE', 'J’ai un doute'),
    ('TEMPS', 'Je n’ai pas le temps en ce moment'),
    ('PERSONNEL', 'Une raison personnelle ou de santé'),
    ('ATTENTE', 'J’attends une réponse (financement, employeur…)');

update action_plan a
   set raison_pause = l.code,
       motif_statut = nullif(substr(a.motif_statut, length(l.libelle || ' – ') + 1), '')
  from libelle_raison l
 where a.statut = 'EN_PAUSE' and (a.motif_statut = l.libelle or a.motif_statut like l.libelle || ' – %');
update action_plan set raison_pause = 'AUTRE' where statut = 'EN_PAUSE' and raison_pause is null;

update revision_action r
   set raison_pause = l.code,
       texte = nullif(substr(r.texte, length(l.libelle || ' – ') + 1), '')
  from libelle_raison l
 where r.nature = 'STATUT' and r.statut = 'EN_PAUSE'
   and (r.texte = l.libelle or r.texte like l.libelle || ' – %');
update revision_action set raison_pause = 'AUTRE'
 where nature = 'STATUT' and statut = 'EN_PAUSE' and raison_pause is null;

alter table action_plan add constraint action_plan_raison_pause_valide
    check (raison_pause is null or raison_pause in ('DOUTE', 'TEMPS', 'PERSONNEL', 'ATTENTE', 'AUTRE'));
alter table revision_action add constraint revision_action_raison_pause_valide
    check (raison_pause is null or raison_pause in ('DOUTE', 'TEMPS', 'PERSONNEL', 'ATTENTE', 'AUTRE'));
