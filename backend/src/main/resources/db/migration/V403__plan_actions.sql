-- The plan d'actions: objectives, actions with their status and every revision, and the organisations of the
-- region that deliver each complementary service (neutrality, CCTP §2.1.3 and CCAP 19.3.4).
create table organisme (
    id               uuid primary key,
    nom              varchar(200) not null,
    adresse          varchar(300),
    code_postal      varchar(5)   check (code_postal ~ '^[0-9]{5}$'),
    commune          varchar(100) not null,
    telephone        varchar(30),
    site_web         varchar(200),
    propre_operateur boolean      not null default false,
    actif            boolean      not null default true
);

create table organisme_prestation (
    organisme_id    uuid        not null references organisme (id),
    prestation_code varchar(40) not null,
    primary key (organisme_id, prestation_code)
);
create index organisme_prestation_code_idx on organisme_prestation (prestation_code);

create table objectif (
    id         uuid primary key,
    dossier_id uuid         not null references dossier (id),
    intitule   varchar(300) not null,
    ordre      integer      not null,
    cree_le    timestamptz  not null,
    cree_par   uuid references compte (id)
);
create index objectif_dossier_idx on objectif (dossier_id, ordre);

create table action_plan (
    id                        uuid primary key,
    objectif_id               uuid         not null references objectif (id),
    dossier_id                uuid         not null references dossier (id),
    nature                    varchar(30)  not null check (nature in
                                  ('DEMARCHE_PERSONNELLE', 'PRESTATION_COMPLEMENTAIRE', 'DECOUVERTE_METIER', 'FORMATION')),
    type_code                 varchar(40),
    financement_code          varchar(40),
    intitule                  varchar(300) not null,
    precisions                varchar(2000),
    echeance                  date,
    statut                    varchar(20)  not null check (statut in
                                  ('A_FAIRE', 'EN_COURS', 'FAITE', 'EN_PAUSE', 'ABANDONNEE', 'ANNULEE')),
    motif_statut              varchar(1000),
    proposee_par_beneficiaire boolean      not null,
    validee                   boolean      not null,
    organisme_id              uuid references organisme (id),
    organisme_choisi_le       timestamptz,
    organismes_proposes       integer,
    relancee_pour             date,
    cree_le                   timestamptz  not null,
    modifiee_le               timestamptz  not null,
    version                   bigint       not null default 0
);
create index action_plan_dossier_idx on action_plan (dossier_id);
create index action_plan_retard_idx on action_plan (echeance) where statut in ('A_FAIRE', 'EN_COURS');

create table revision_action (
    id               uuid primary key,
    action_id        uuid         not null references action_plan (id),
    horodatage       timestamptz  not null,
    auteur_id        uuid references compte (id),
    par_beneficiaire boolean      not null,
    nature           varchar(30)  not null,
    statut           varchar(20)  not null,
    intitule         varchar(300) not null,
    echeance         date,
    texte            varchar(2000)
);
create index revision_action_idx on revision_action (action_id, horodatage);
