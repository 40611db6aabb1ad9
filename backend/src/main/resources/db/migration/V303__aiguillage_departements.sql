-- The départements of the postcodes given at the first contact (home, work). Before a first rendez-vous gives a
-- person a site, the teams of the operator's sites in these départements follow their request
-- (R__acces_personne.sql). Computed in Java for new rows (operateur.FicheSite.departementDe); the same rule here,
-- once, for the rows already there.
alter table aiguillage
    add column departement_domicile varchar(3),
    add column departement_travail  varchar(3);

create function departement_du_code_postal_v303(cp varchar) returns varchar language sql immutable as $$
    select case
        when cp is null or cp !~ '^[0-9]{5}$' then null
        when left(cp, 2) in ('00', '96', '98', '99') then null
        when left(cp, 2) = '20' then case when cp::int < 20200 then '2A' when cp::int < 20700 then '2B' end
        when left(cp, 2) = '97' then case when left(cp, 3) between '971' and '976' then left(cp, 3) end
        else left(cp, 2)
    end
$$;
update aiguillage set departement_domicile = departement_du_code_postal_v303(code_postal_domicile),
                      departement_travail  = departement_du_code_postal_v303(code_postal_travail);
drop function departement_du_code_postal_v303(varchar);
