create table compte (
    id                 uuid primary key,
    email              varchar(254) not null,
    role               varchar(20)  not null check (role in ('BENEFICIAIRE', 'CONSEILLER', 'MANAGER', 'MEDIATEUR')),
    prenom             varchar(100),
    nom                varchar(100),
    actif              boolean      not null default true,
    cree_le            timestamptz  not null,
    derniere_connexion timestamptz,
    cle_acces_proposee boolean      not null default false,
    version            bigint       not null default 0,
    constraint compte_email_minuscules check (email = lower(email))
);
create unique index compte_email_uk on compte (email);

-- One request to sign in by email: hashes of its code, link and ticket, never the values.
create table jeton_connexion (
    id               uuid primary key,
    email            varchar(254) not null,
    prenom           varchar(100),
    nom              varchar(100),
    code_empreinte   bytea        not null,
    lien_empreinte   bytea        not null,
    cree_le          timestamptz  not null,
    expire_le        timestamptz  not null,
    utilise_le       timestamptz,
    essais_rates     integer      not null default 0,
    dernier_essai_le timestamptz,
    ticket_empreinte bytea,
    ticket_expire_le timestamptz,
    ticket_utilise_le timestamptz,
    adresse_reseau   varchar(64),
    version          bigint       not null default 0
);
create index jeton_connexion_email_idx on jeton_connexion (email, cree_le);
create index jeton_connexion_reseau_idx on jeton_connexion (adresse_reseau, cree_le);

-- Audit journal of sign-ins, failures, sign-outs, passkeys and sessions.
create table journal_connexion (
    id             bigserial primary key,
    horodatage     timestamptz  not null,
    compte_id      uuid references compte (id),
    email          varchar(254),
    evenement      varchar(40)  not null,
    methode        varchar(20),
    adresse_reseau varchar(64),
    navigateur     varchar(300),
    detail         varchar(500)
);
create index journal_connexion_compte_idx on journal_connexion (compte_id, horodatage desc);
create index journal_connexion_email_idx on journal_connexion (email, horodatage desc);

-- Open sessions (a hash of the session id), so that a person can see and close them.
create table session_ouverte (
    id                uuid primary key,
    empreinte         char(64)     not null unique,
    email             varchar(254) not null,
    ouverte_le        timestamptz  not null,
    derniere_activite timestamptz  not null,
    adresse_reseau    varchar(64),
    navigateur        varchar(300),
    revoquee_le       timestamptz,
    fermee_le         timestamptz
);
create index session_ouverte_email_idx on session_ouverte (email) where fermee_le is null;

-- Passkeys: Spring Security's schema (spring-security-web, user-entities-schema.sql and
-- user-credentials-schema-postgres.sql), with a longer name for email addresses.
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(254)  not null,
    display_name varchar(200),
    primary key (id)
);
create unique index user_entities_name_uk on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id)
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);
