-- Signature ceremony (issue 10): an intent to sign one version of one document, the evidence journal, the binding of
-- each passkey to a person (enrolment) and the scans of documents signed on paper.

-- An intent: the manifest frozen for one signer, its hash as the WebAuthn challenge, the passkeys allowed, five
-- minutes of validity, used once (a conditional update utilisee = false -> true). Also carries the one-time code
-- sent by email when the person has no passkey on the device (hashed, ten minutes, five tries).
create table intention_signature (
    id                 uuid         primary key,
    sorte              varchar(40)  not null,
    document_id        uuid         not null,
    version            integer      not null,
    compte_id          uuid         not null references compte (id),
    role               varchar(20)  not null check (role in ('BENEFICIAIRE', 'CONSEILLER')),
    decision           varchar(20)  not null check (decision in ('APPROUVE', 'ATTESTE_PAPIER')),
    manifeste          text         not null,
    challenge          varchar(64)  not null unique,
    cles_autorisees    text         not null,
    cree_le            timestamptz  not null,
    expire_le          timestamptz  not null,
    utilisee           boolean      not null default false,
    utilisee_le        timestamptz,
    scan_id            uuid,
    code_hache         varchar(100),
    code_expire_le     timestamptz,
    code_essais        integer      not null default 0,
    check (expire_le > cree_le)
);
create index intention_signature_document_idx on intention_signature (sorte, document_id, version);

-- The evidence journal: append-only, each entry chained to the previous one by its hash (EntreePreuve). Entries are
-- numbered from 1 without gap; appends are serialised by an advisory lock, so the chain never forks.
-- No foreign keys: the journal outlives what it names.
create table journal_preuves (
    numero               bigint       primary key check (numero > 0),
    sorte                varchar(40)  not null,
    document_id          uuid         not null,
    version              integer      not null,
    acte                 varchar(30)  not null,
    compte_id            uuid         not null,
    role                 varchar(20),
    methode              varchar(20),
    manifeste            text,
    client_data_json     text,
    authenticator_data   text,
    signature            text,
    credential_id        text,
    cle_publique         text,
    flags                integer,
    compteur_signature   bigint,
    enrolement           text,
    detail               text,
    horodatage           timestamptz  not null,
    empreinte_precedente char(64)     not null,
    empreinte            char(64)     not null unique
);
create index journal_preuves_document_idx on journal_preuves (sorte, document_id, version, numero);

create trigger journal_preuves_ajout_seul before update or delete on journal_preuves
    for each row execute function journal_en_ajout_seul();
create trigger journal_preuves_sans_vidage before truncate on journal_preuves
    for each statement execute function journal_en_ajout_seul();

-- How a passkey was bound to its person: by email alone (the default, no row), or identity checked by a conseiller
-- during a held rendez-vous.
create table enrolement_cle (
    credential_id   varchar(1024) primary key,
    compte_id       uuid          not null references compte (id),
    niveau          varchar(20)   not null check (niveau in ('EMAIL_SEUL', 'IDENTITE_VERIFIEE')),
    conseiller_id   uuid          references compte (id),
    rendez_vous_id  uuid,
    piece_controlee varchar(40),
    verifie_le      timestamptz,
    check (niveau = 'EMAIL_SEUL' or (conseiller_id is not null and rendez_vous_id is not null
        and piece_controlee is not null and verifie_le is not null))
);

-- The scan of a version signed on paper, kept with its hash, until (and after) the conseiller attests it.
create table scan_papier (
    id                 uuid          primary key,
    sorte              varchar(40)   not null,
    document_id        uuid          not null,
    version            integer       not null,
    depose_par         uuid          not null references compte (id),
    nom                varchar(200)  not null,
    type_mime          varchar(100)  not null,
    contenu            bytea         not null,
    empreinte          char(64)      not null,
    signataires_papier varchar(100)  not null,
    depose_le          timestamptz   not null,
    atteste_le         timestamptz
);
create index scan_papier_document_idx on scan_papier (sorte, document_id, version);
