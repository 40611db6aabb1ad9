-- After every migration (Flyway callback): the rights of the application's own database role, when the portal
-- runs with two roles (spring.flyway.user owns the schema and migrates it; spring.datasource.username runs the
-- application, see deploy/README.md). The application reads and writes the data, never the journals' past:
-- no update, delete nor truncate on them. With a single role, the placeholder is empty and nothing is done here
-- (the journals' triggers still refuse changes).
do $$
declare
    role_application text := '${role_application}';
begin
    if role_application = '' or role_application = current_user then
        return;
    end if;
    execute format('grant usage on schema public to %I', role_application);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', role_application);
    execute format('grant usage, select, update on all sequences in schema public to %I', role_application);
    execute format('revoke update, delete, truncate on journal_audit, journal_connexion, journal_preuves from %I', role_application);
end
$$;
