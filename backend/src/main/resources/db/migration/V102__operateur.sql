-- The regional operator (titulaire of a lot of France compétences' accord-cadre) and its sites.
create table operateur (
    code      varchar(2)   primary key check (code ~ '^[A-Z0-9]{2}$'),
    nom       varchar(200) not null,
    lot       integer      not null check (lot between 1 and 19),
    region    varchar(100) not null,
    telephone varchar(30),
    site_web  varchar(200)
);

create table site (
    id             uuid primary key,
    operateur_code varchar(2)   not null references operateur (code),
    nom            varchar(200) not null,
    adresse        varchar(300) not null,
    code_postal    varchar(5)   not null check (code_postal ~ '^[0-9]{5}$'),
    commune        varchar(100) not null,
    departement    varchar(3)   not null,
    telephone      varchar(30),
    acces          text,
    accessibilite  text,
    actif          boolean      not null default true
);

-- Which staff work at which site (a conseiller may work at several).
create table membre_equipe (
    compte_id uuid not null references compte (id),
    site_id   uuid not null references site (id),
    primary key (compte_id, site_id)
);
