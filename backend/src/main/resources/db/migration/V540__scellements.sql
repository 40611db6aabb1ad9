-- The documents the operator sealed (issue 10): the SHA-256 of the version signed (the one in the QR code's link)
-- and when. The public page verifier/:empreinte says whether the portal sealed a document with that hash, and
-- when, without a word about whom it concerns: no personal data here.
create table scellement (
    empreinte char(64) primary key,
    scelle_le timestamptz not null
);
