-- UO0 "aiguillage": every first contact, with the annexe 2 data (date, origin, motive, orientation given, contact
-- mode), also for people told that another operator fits them better. It closes at once (CCTP §1.2.6).
create table aiguillage (
    id                   uuid primary key,
    numero_dossier       varchar(14)  not null unique,
    realise_le           timestamptz  not null,
    date_interaction     date         not null,
    date_cloture         date         not null,
    mode_contact         varchar(20)  not null,
    origine              varchar(30)  not null,
    motif                varchar(40)  not null,
    situation            varchar(30)  not null,
    employeur            varchar(10),
    cadre                boolean,
    deja_suivi           varchar(10)  not null,
    handicap             boolean      not null,
    tranche_age          varchar(20)  not null,
    code_postal_domicile varchar(5)   not null,
    code_postal_travail  varchar(5),
    territoire           varchar(20)  not null,
    hors_region          boolean      not null,
    orientation_proposee varchar(30)  not null,
    autres_orientations  varchar(200),
    orientation_retenue  varchar(30)  not null,
    poursuite            boolean      not null default false,
    realise_par          uuid references compte (id),
    version              bigint       not null default 0
);
create index aiguillage_date_idx on aiguillage (date_interaction);
