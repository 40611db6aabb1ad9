-- Livrables (issue 10): the documents of a unit of work, drafted by the conseiller, read and commented by the
-- person, submitted for signature, versioned (every version kept), signed by both, sealed.
create table livrable (
    id              uuid primary key,
    beneficiaire_id uuid        not null references beneficiaire (id),
    unite_id        uuid        not null references unite_oeuvre_engagee (id),
    type            varchar(30) not null check (type in ('ETAT_DES_LIEUX', 'PROJET_PROFESSIONNEL', 'SOUHAIT_DE_CLORE')),
    etat            varchar(20) not null check (etat in ('BROUILLON', 'EN_SIGNATURE', 'SIGNE', 'CADUC')),
    cree_le         timestamptz not null,
    cree_par        uuid        not null references compte (id),
    signe_le        timestamptz,
    pdf_scelle      bytea,
    version         bigint      not null default 0,
    constraint livrable_un_par_unite_uk unique (unite_id, type),
    constraint livrable_signe_scelle check (etat <> 'SIGNE' or (pdf_scelle is not null and signe_le is not null))
);
create index livrable_beneficiaire_idx on livrable (beneficiaire_id, cree_le desc);
create index livrable_en_signature_idx on livrable (beneficiaire_id) where etat = 'EN_SIGNATURE';

-- A version: its content (the record the template renders, as JSON), and once submitted its frozen PDF and hash.
create table version_livrable (
    id          uuid primary key,
    livrable_id uuid        not null references livrable (id),
    numero      int         not null check (numero > 0),
    contenu     jsonb       not null,
    pdf         bytea,
    empreinte   varchar(64) check (empreinte ~ '^[0-9a-f]{64}$'),
    creee_le    timestamptz not null,
    soumise_le  timestamptz,
    soumise_par uuid references compte (id),
    annulee     boolean     not null default false,
    constraint version_livrable_uk unique (livrable_id, numero),
    constraint version_soumise_figee check (soumise_le is null or (pdf is not null and empreinte is not null))
);

-- Who must sign a submitted version, and where they stand.
create table signataire_livrable (
    id            uuid primary key,
    version_id    uuid        not null references version_livrable (id),
    role          varchar(20) not null check (role in ('BENEFICIAIRE', 'CONSEILLER')),
    compte_id     uuid        not null references compte (id),
    etat          varchar(20) not null check (etat in ('ATTENDU', 'SIGNE', 'REFUSE', 'PAPIER_DEMANDE')),
    methode       varchar(20) check (methode in ('CLE_ACCES', 'CODE_COURRIEL', 'PAPIER')),
    le            timestamptz,
    motif_refus   varchar(1000),
    numero_preuve bigint,
    constraint signataire_livrable_uk unique (version_id, role)
);

create table commentaire_livrable (
    id             uuid primary key,
    livrable_id    uuid          not null references livrable (id),
    numero_version int           not null,
    auteur_id      uuid          not null references compte (id),
    beneficiaire   boolean       not null,
    texte          varchar(2000) not null,
    le             timestamptz   not null
);
create index commentaire_livrable_idx on commentaire_livrable (livrable_id, le);

-- A copy of each signed livrable for France compétences (CCTP annexe 3), consumed by a later data exchange.
create table transmission_france_competences (
    id           bigint generated always as identity primary key,
    livrable_id  uuid        not null references livrable (id),
    version      int         not null,
    type         varchar(30) not null,
    empreinte    varchar(64) not null,
    etat         varchar(20) not null check (etat in ('A_TRANSMETTRE', 'TRANSMIS')),
    creee_le     timestamptz not null,
    transmise_le timestamptz,
    constraint transmission_une_par_version_uk unique (livrable_id, version)
);
create index transmission_a_faire_idx on transmission_france_competences (creee_le) where etat = 'A_TRANSMETTRE';

-- The person's wish for UO2.2, written in the Projet professionnel that closed their UO2.1.
alter table unite_oeuvre_engagee add column souhait_uo22 boolean;
