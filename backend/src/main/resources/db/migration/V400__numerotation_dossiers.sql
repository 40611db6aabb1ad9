-- Counters of national dossier numbers (OO AA MM UU XXXXXX): one row per operator, month and unit of work.
create table compteur_dossier (
    operateur varchar(2) not null references operateur (code),
    annee     integer    not null,
    mois      integer    not null check (mois between 1 and 12),
    uo        varchar(2) not null check (uo in ('00', '01', '21', '22')),
    dernier   integer    not null check (dernier between 1 and 999999),
    primary key (operateur, annee, mois, uo)
);
