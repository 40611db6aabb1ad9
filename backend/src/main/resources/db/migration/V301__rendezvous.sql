-- The offer: opening hours of each conseiller at a site, recurring every week, with the modalities offered.
create table plage_ouverture (
    id            uuid primary key,
    conseiller_id uuid     not null references compte (id),
    site_id       uuid     not null references site (id),
    jour          smallint not null check (jour between 1 and 7),
    debut         time     not null,
    fin           time     not null,
    sur_site      boolean  not null,
    telephone     boolean  not null,
    visio         boolean  not null,
    duree_minutes integer  not null default 60 check (duree_minutes between 15 and 240),
    valide_du     date     not null,
    valide_au     date,
    check (fin > debut),
    check (sur_site or telephone or visio),
    check (valide_au is null or valide_au >= valide_du)
);
create index plage_ouverture_conseiller_idx on plage_ouverture (conseiller_id);

-- Exceptions to the weekly hours: a conseiller's absence, or the closure of a whole site.
create table fermeture (
    id            uuid primary key,
    conseiller_id uuid references compte (id),
    site_id       uuid references site (id),
    debut         timestamptz  not null,
    fin           timestamptz  not null,
    motif         varchar(200),
    cree_le       timestamptz  not null,
    check ((conseiller_id is null) <> (site_id is null)),
    check (fin > debut)
);
create index fermeture_periode_idx on fermeture (fin, debut);

-- Two live rendez-vous of a conseiller never overlap: an exclusion constraint, so that the database itself refuses
-- the second of two bookings made at the same instant (btree_gist gives GiST the "=" on uuid).
create extension if not exists btree_gist;

create table rendez_vous (
    id                 uuid primary key,
    conseiller_id      uuid          not null references compte (id),
    site_id            uuid          not null references site (id),
    beneficiaire_id    uuid          not null references beneficiaire (id),
    demande_id         uuid references demande_premier_echange (id),
    modalite           varchar(20)   not null check (modalite in ('SUR_SITE', 'TELEPHONE', 'VISIO')),
    debut              timestamptz   not null,
    fin                timestamptz   not null,
    statut             varchar(20)   not null check (statut in ('RESERVE', 'ANNULE', 'HONORE', 'ABSENT', 'EXCUSE')),
    origine            varchar(20)   not null check (origine in ('EN_LIGNE', 'TELEPHONE', 'SUR_PLACE', 'REPRISE')),
    resume_demande     varchar(500),
    besoin             varchar(1000),
    telephone          varchar(30),
    sequence_ics       integer       not null default 0,
    cree_le            timestamptz   not null,
    modifie_le         timestamptz   not null,
    annule_le          timestamptz,
    annule_par         varchar(20) check (annule_par in ('BENEFICIAIRE', 'CONSEILLER')),
    statut_note_le     timestamptz,
    statut_note_par    uuid references compte (id),
    rappel_envoye_pour timestamptz,
    version            bigint        not null default 0,
    check (fin > debut),
    check ((statut = 'ANNULE') = (annule_le is not null)),
    constraint rendez_vous_sans_chevauchement exclude using gist (
        conseiller_id with =, tstzrange(debut, fin, '[)') with &&) where (statut in ('RESERVE', 'HONORE'))
);
create index rendez_vous_beneficiaire_idx on rendez_vous (beneficiaire_id, debut);
create index rendez_vous_periode_idx on rendez_vous (debut) where statut in ('RESERVE', 'HONORE');
create index rendez_vous_demande_idx on rendez_vous (demande_id);

-- The links sent in courriels to move or cancel without a password: only a hash of their secret is kept.
create table lien_gestion (
    id             uuid primary key,
    rendez_vous_id uuid        not null references rendez_vous (id),
    empreinte      bytea       not null,
    cree_le        timestamptz not null,
    expire_le      timestamptz not null,
    revoque_le     timestamptz
);
create index lien_gestion_rendez_vous_idx on lien_gestion (rendez_vous_id);
