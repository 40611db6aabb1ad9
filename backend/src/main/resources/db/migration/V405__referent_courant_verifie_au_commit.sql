-- A change of référent ends the current period and opens the next one in the same flush, and Hibernate inserts
-- before it updates: the rule "one current référent per dossier" is checked at commit instead of at each row.
drop index referent_dossier_courant_uk;
alter table referent_dossier add constraint referent_dossier_courant_uk
    exclude using btree (dossier_id with =) where (au is null) deferrable initially deferred;
