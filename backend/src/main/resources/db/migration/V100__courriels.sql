-- Outbox of courriels: stored with the change that causes them, sent after commit, retried until taken.
create table courriel_sortant (
    id                  uuid primary key,
    destinataire        varchar(254) not null,
    sujet               varchar(300) not null,
    texte               text         not null,
    html                text         not null,
    statut              varchar(20)  not null check (statut in ('EN_ATTENTE', 'ENVOYE', 'ABANDONNE')),
    tentatives          integer      not null default 0,
    depose_le           timestamptz  not null,
    prochaine_tentative timestamptz  not null,
    envoye_le           timestamptz,
    derniere_erreur     text,
    cle_idempotence     varchar(200)
);
create unique index courriel_sortant_cle_uk on courriel_sortant (cle_idempotence) where cle_idempotence is not null;
create index courriel_sortant_a_envoyer_idx on courriel_sortant (prochaine_tentative) where statut = 'EN_ATTENTE';

create table courriel_piece_jointe (
    courriel_id uuid         not null references courriel_sortant (id) on delete cascade,
    ordre       integer      not null,
    nom         varchar(200) not null,
    type_mime   varchar(200) not null,
    contenu     bytea        not null,
    primary key (courriel_id, ordre)
);
