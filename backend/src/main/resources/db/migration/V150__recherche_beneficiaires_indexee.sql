-- The staff's search of people (BeneficiaireService.rechercher) stays fast with 100,000 bénéficiaires (DD013):
-- the text searched is kept normalised (lower case, no accents) in a column the database computes itself, with a
-- trigram index that answers "contains" (LIKE '%…%') for three letters and more. Shorter texts are answered from
-- the people the member of staff may see (acces_personne), a small set: see V410 for its indexes.
create extension if not exists pg_trgm;

-- Immutable, as an index and a generated column require: unaccent() with its dictionary named is bound when the
-- function is created (SQL-standard body), so it does not depend on the search_path of the session.
create function texte_recherche(prenom text, nom text, email text) returns text
    language sql immutable parallel safe
    return unaccent('unaccent'::regdictionary, lower(concat_ws(' ', prenom, nom, email)));

alter table beneficiaire
    add column recherche text generated always as (texte_recherche(prenom, nom, email)) stored;

create index beneficiaire_recherche_trgm_idx on beneficiaire using gin (recherche gin_trgm_ops);
-- The answers are sorted on the same text (first name, name, then address).
create index beneficiaire_recherche_tri_idx on beneficiaire (recherche);
