-- The dossier of a bénéficiaire (one per person, reopened by a new request), its units of work with their national
-- numbers, its history, its référents and the requests that opened or reopened it.
create table dossier (
    id              uuid primary key,
    beneficiaire_id uuid        not null unique references beneficiaire (id),
    site_id         uuid references site (id),
    statut          varchar(10) not null check (statut in ('OUVERT', 'CLOS')),
    ouvert_le       timestamptz not null,
    clos_le         timestamptz,
    referent_id     uuid references compte (id),
    conseiller_id   uuid references compte (id),
    version         bigint      not null default 0
);
create index dossier_referent_idx on dossier (referent_id) where statut = 'OUVERT';
create index dossier_conseiller_idx on dossier (conseiller_id) where statut = 'OUVERT';

create table unite_oeuvre_engagee (
    id                     uuid primary key,
    dossier_id             uuid        not null references dossier (id),
    uo                     varchar(5)  not null check (uo in ('UO0', 'UO1', 'UO2_1', 'UO2_2')),
    numero                 varchar(14) not null unique,
    engagee_le             date        not null,
    fin_de_delai           date,
    engagement_uo21        date,
    conseiller_id          uuid        not null references compte (id),
    accord_beneficiaire    boolean     not null,
    actif_occupe           boolean     not null,
    secteur_prive          boolean     not null,
    sans_autre_operateur   boolean     not null,
    origine                varchar(40),
    motif                  varchar(40),
    motif_detaille         varchar(40),
    statut                 varchar(10) not null check (statut in ('EN_COURS', 'CLOSE')),
    close_le               date,
    motif_cloture          varchar(30) check (motif_cloture in
                               ('REALISEE', 'LIVRABLE_SIGNE', 'LIVRABLE_SIGNE_PAPIER', 'SOUHAIT_ECRIT_DE_CLORE', 'ABANDON')),
    cloture_enregistree_le timestamptz,
    enregistree_le         timestamptz not null,
    constraint uo_close_avec_motif check (statut = 'EN_COURS' or (close_le is not null and motif_cloture is not null))
);
-- At most one unit in progress per dossier (UO0 closes at once): two conseillers engaging together cannot both win.
create unique index unite_oeuvre_une_en_cours_uk on unite_oeuvre_engagee (dossier_id) where statut = 'EN_COURS';
create index unite_oeuvre_dossier_idx on unite_oeuvre_engagee (dossier_id, engagee_le);
create index unite_oeuvre_echeance_idx on unite_oeuvre_engagee (fin_de_delai) where statut = 'EN_COURS';

create table evenement_dossier (
    id            uuid primary key,
    dossier_id    uuid        not null references dossier (id),
    horodatage    timestamptz not null,
    type          varchar(30) not null,
    uo            varchar(5),
    numero        varchar(14),
    motif_cloture varchar(30),
    compte_cible  uuid references compte (id),
    texte         varchar(1000),
    auteur_id     uuid references compte (id)
);
create index evenement_dossier_idx on evenement_dossier (dossier_id, horodatage);

create table referent_dossier (
    id         uuid primary key,
    dossier_id uuid        not null references dossier (id),
    compte_id  uuid        not null references compte (id),
    du         timestamptz not null,
    au         timestamptz,
    motif      varchar(500),
    nomme_par  uuid references compte (id)
);
create unique index referent_dossier_courant_uk on referent_dossier (dossier_id) where au is null;

create table demande_dossier (
    id         uuid primary key,
    dossier_id uuid        not null references dossier (id),
    recue_le   timestamptz not null,
    origine    varchar(40) not null
);
create index demande_dossier_idx on demande_dossier (dossier_id, recue_le);

-- The log of interactions (annexe 2: date, contact mode, types of service).
create table interaction (
    id             uuid primary key,
    dossier_id     uuid        not null references dossier (id),
    le             date        not null,
    mode_contact   varchar(40) not null,
    uo             varchar(5),
    conseiller_id  uuid        not null references compte (id),
    note           varchar(2000),
    enregistree_le timestamptz not null
);
create index interaction_dossier_idx on interaction (dossier_id, le);

create table interaction_service (
    interaction_id uuid        not null references interaction (id) on delete cascade,
    type_service   varchar(40) not null,
    primary key (interaction_id, type_service)
);

-- The annexe 2 profile, filled progressively. No NIR: it is never asked at first contact (annexe 2, note 37).
create table profil_beneficiaire (
    beneficiaire_id        uuid primary key references beneficiaire (id),
    sexe                   varchar(1) check (sexe in ('F', 'M')),
    date_naissance         date,
    adresse_voie           varchar(200),
    adresse_code_postal    varchar(5) check (adresse_code_postal ~ '^[0-9]{5}$'),
    adresse_commune        varchar(100),
    statut_emploi          varchar(40),
    niveau_formation       varchar(40),
    secteur_naf            varchar(40),
    libelle_secteur        varchar(200),
    libelle_profession     varchar(200),
    taille_entreprise      varchar(40),
    categorie_sociale      varchar(40),
    entreprise_code_postal varchar(5) check (entreprise_code_postal ~ '^[0-9]{5}$'),
    entreprise_commune     varchar(100),
    entree_entreprise      date,
    handicap               boolean,
    modifie_le             timestamptz not null,
    modifie_par            uuid references compte (id),
    version                bigint      not null default 0
);
