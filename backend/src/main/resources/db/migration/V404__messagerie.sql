-- Threads between a bénéficiaire and their référent (or the team), messages, attachments checked by content.
create table fil_messages (
    id                uuid primary key,
    beneficiaire_id   uuid         not null references beneficiaire (id),
    sujet             varchar(200) not null,
    cree_le           timestamptz  not null,
    dernier_message_le timestamptz not null,
    -- The oldest message of the person not answered yet by the operator (the conseiller's inbox sorts on it).
    attente_depuis    timestamptz,
    version           bigint       not null default 0
);
create index fil_messages_beneficiaire_idx on fil_messages (beneficiaire_id, dernier_message_le desc);
create index fil_messages_attente_idx on fil_messages (attente_depuis) where attente_depuis is not null;

create table message (
    id               uuid primary key,
    fil_id           uuid          not null references fil_messages (id),
    auteur_id        uuid          not null references compte (id),
    de_beneficiaire  boolean       not null,
    texte            varchar(5000) not null,
    envoye_le        timestamptz   not null,
    lu_le            timestamptz
);
create index message_fil_idx on message (fil_id, envoye_le);
create index message_non_lu_idx on message (fil_id) where lu_le is null;

create table piece_jointe (
    id         uuid primary key,
    message_id uuid         not null references message (id),
    nom        varchar(200) not null,
    type_mime  varchar(100) not null check (type_mime in ('application/pdf', 'image/jpeg', 'image/png')),
    taille     integer      not null check (taille > 0),
    contenu    bytea        not null
);
create index piece_jointe_message_idx on piece_jointe (message_id);
