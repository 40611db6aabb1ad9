-- The médiateur of France compétences (issue 11, CCTP §3.7, annexe 2 §3): referrals (saisines), the two threads of
-- each (médiateur ↔ person, médiateur ↔ correspondant médiation) and the médiateur's reads of the dossier.
create sequence saisine_numero_seq;

create table saisine (
    id                  uuid primary key,
    numero              varchar(20)  not null unique,
    beneficiaire_id     uuid         not null references beneficiaire (id),
    -- the réclamation it follows, when it came from the portal (the réclamation feature owns that table)
    reclamation_id      uuid,
    origine             varchar(40)  not null check (origine in ('PORTAIL', 'COURRIER', 'FORMULAIRE_FRANCE_COMPETENCES')),
    recue_le            date         not null,
    enregistree_le      timestamptz  not null,
    enregistree_par     uuid         not null references compte (id),
    reclamation_resume  text,
    reponse_operateur   text,
    demande             text         not null,
    etat                varchar(20)  not null check (etat in ('RECUE', 'RECEVABLE', 'IRRECEVABLE', 'CLOSE')),
    mediateur_id        uuid references compte (id),
    motif_recevabilite  text,
    statuee_le          timestamptz,
    acces_demande_le    timestamptz,
    acces_jusqu_au      timestamptz,
    issue               varchar(30) check (issue in ('ACCORD_AMIABLE', 'RECOMMANDATION', 'SANS_ACCORD', 'DESISTEMENT')),
    issue_texte         text,
    issue_le            timestamptz,
    close_le            timestamptz,
    version             bigint       not null default 0,
    constraint saisine_acces_borne check ((acces_demande_le is null) = (acces_jusqu_au is null))
);
create index saisine_beneficiaire_idx on saisine (beneficiaire_id);
create index saisine_recue_idx on saisine (recue_le desc);
-- One referral per réclamation: a double click or two tabs cannot refer it twice.
create unique index saisine_reclamation_uk on saisine (reclamation_id) where reclamation_id is not null;

create table saisine_message (
    id          uuid primary key,
    saisine_id  uuid        not null references saisine (id),
    fil         varchar(15) not null check (fil in ('PERSONNE', 'CORRESPONDANT')),
    auteur_id   uuid        not null references compte (id),
    du_mediateur boolean    not null,
    texte       text        not null,
    ecrit_le    timestamptz not null
);
create index saisine_message_idx on saisine_message (saisine_id, fil, ecrit_le);

-- Each read of the dossier the médiateur's temporary access allowed (the person sees when), written at the moment
-- the access policy journals it.
create table saisine_consultation (
    id           bigserial primary key,
    saisine_id   uuid        not null references saisine (id),
    mediateur_id uuid        not null references compte (id),
    lecture      varchar(40) not null,
    consultee_le timestamptz not null
);
create index saisine_consultation_idx on saisine_consultation (saisine_id, consultee_le desc);
