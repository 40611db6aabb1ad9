create table beneficiaire (
    id          uuid primary key,
    compte_id   uuid unique references compte (id),
    prenom      varchar(100),
    nom         varchar(100),
    email       varchar(254) not null,
    telephone   varchar(30),
    cree_le     timestamptz  not null,
    version     bigint       not null default 0
);
create unique index beneficiaire_email_uk on beneficiaire (email);
