-- Réclamations (CCTP §3.7, annexe 2 §3): the reference list of motives (data, not code), the réclamations with their
-- clocks (receipt, acknowledgement, answer), attachments, internal notes, history, and the alerts sent to the
-- correspondants médiation (once per réclamation and stage).

create table motif_reclamation (
    code    varchar(40)  primary key,
    libelle varchar(200) not null,
    ordre   integer      not null,
    actif   boolean      not null default true
);
insert into motif_reclamation (code, libelle, ordre, actif) values
    ('ACCUEIL', 'L’accueil qui vous a été fait', 10, true),
    ('DELAI_PREMIER_RENDEZ_VOUS', 'Le délai pour obtenir un premier rendez-vous', 20, true),
    ('QUALITE_CONSEIL', 'La qualité du conseil reçu', 30, true),
    ('CONSEILLER', 'Votre conseiller ou votre conseillère', 40, true),
    ('RENDEZ_VOUS_ANNULE', 'Un rendez-vous annulé ou non tenu', 50, true),
    ('DONNEES', 'La confidentialité ou vos données personnelles', 60, true),
    ('ACCESSIBILITE', 'L’accessibilité du service (handicap, lieu, horaires)', 70, true),
    ('DOCUMENTS', 'Un document ou un livrable', 80, true),
    ('AUTRE', 'Autre chose', 90, true);

-- Readable numbers R-2026-000123, without gaps: one counter per year, incremented under the row's lock (a
-- rolled-back réclamation gives its number back).
create table compteur_reclamation (
    annee   integer not null primary key,
    dernier integer not null check (dernier between 1 and 999999)
);

create table reclamation (
    id                         uuid primary key,
    numero                     varchar(20)   not null unique,
    beneficiaire_id            uuid          not null references beneficiaire (id),
    canal                      varchar(20)   not null check (canal in ('EN_LIGNE', 'COURRIER', 'COURRIEL')),
    motif                      varchar(40)   not null references motif_reclamation (code),
    faits                      varchar(4000) not null,
    attentes                   varchar(2000),
    recue_le                   date          not null,
    enregistree_le             timestamptz   not null,
    enregistree_par            uuid          references compte (id),
    accuse_le                  timestamptz,
    assigne_a                  uuid          references compte (id),
    brouillon                  varchar(10000),
    reponse                    varchar(10000),
    repondu_le                 timestamptz,
    repondu_par                uuid          references compte (id),
    avis_satisfait             boolean,
    raison_avis                varchar(2000),
    avis_le                    timestamptz,
    portee_au_mediateur_le     timestamptz,
    saisine_id                 uuid,
    acces_dossier_demande_le   timestamptz,
    etat                       varchar(30)   not null check (etat in ('RECUE', 'ACCUSEE', 'REPONDUE', 'SATISFAITE',
                                                                      'INSATISFAITE', 'PORTEE_AU_MEDIATEUR')),
    version                    bigint        not null default 0,
    check ((reponse is null) = (repondu_le is null)),
    check (etat = 'RECUE' or accuse_le is not null)
);
create index reclamation_beneficiaire_idx on reclamation (beneficiaire_id, recue_le desc);
create index reclamation_recue_idx on reclamation (recue_le);
create index reclamation_ouverte_idx on reclamation (recue_le) where etat in ('RECUE', 'ACCUSEE');

create table piece_reclamation (
    id             uuid primary key,
    reclamation_id uuid         not null references reclamation (id),
    nom            varchar(200) not null,
    type_mime      varchar(100) not null check (type_mime in ('application/pdf', 'image/jpeg', 'image/png')),
    taille         integer      not null check (taille > 0),
    contenu        bytea        not null
);
create index piece_reclamation_idx on piece_reclamation (reclamation_id);

-- Internal notes of the correspondants, never shown to the person.
create table note_reclamation (
    reclamation_id uuid          not null references reclamation (id),
    rang           integer       not null,
    le             timestamptz   not null,
    auteur_id      uuid          references compte (id),
    texte          varchar(4000) not null,
    primary key (reclamation_id, rang)
);

-- Every step, in order (the key of its text in reclamation.properties).
create table etape_reclamation (
    reclamation_id uuid         not null references reclamation (id),
    rang           integer      not null,
    le             timestamptz  not null,
    cle            varchar(100) not null,
    auteur_id      uuid         references compte (id),
    primary key (reclamation_id, rang)
);

-- Alerts to the correspondants (acknowledgement overdue, J-10, J-3, answer overdue): one row per réclamation and
-- stage, written in the same transaction as the courriels, so that a stage is alerted once, even after a restart.
create table alerte_reclamation (
    reclamation_id uuid        not null references reclamation (id),
    palier         varchar(10) not null check (palier in ('ACCUSE', 'J10', 'J3', 'RETARD')),
    emise_le       timestamptz not null,
    primary key (reclamation_id, palier)
);
