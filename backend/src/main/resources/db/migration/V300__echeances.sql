-- The 30-working-day clock of a first request (CCTP §3.3): one row per first request of a person, opened by a
-- booking or a call-back request, closed when a first exchange with a conseiller is held (or when the person
-- withdraws). At most one open request per person, even when two bookings arrive at the same instant.
create table demande_premier_echange (
    id                 uuid primary key,
    beneficiaire_id    uuid        not null references beneficiaire (id),
    territoire         varchar(20) not null check (territoire in ('METROPOLE', 'ALSACE_MOSELLE', 'GUADELOUPE',
                                                   'MARTINIQUE', 'GUYANE', 'LA_REUNION', 'MAYOTTE')),
    demandee_le        timestamptz not null,
    date_demande       date        not null,
    date_limite        date        not null,
    canal              varchar(20) not null check (canal in ('EN_LIGNE', 'TELEPHONE', 'SUR_PLACE')),
    aiguillage_id      uuid,
    reference          varchar(14),
    statut             varchar(20) not null check (statut in ('OUVERTE', 'HONOREE', 'RETIREE')),
    premier_echange_le timestamptz,
    close_le           timestamptz,
    version            bigint      not null default 0,
    check (date_limite > date_demande),
    check ((statut = 'HONOREE') = (premier_echange_le is not null))
);
create unique index demande_premier_echange_ouverte_uk on demande_premier_echange (beneficiaire_id)
    where statut = 'OUVERTE';
create index demande_premier_echange_limite_idx on demande_premier_echange (date_limite) where statut = 'OUVERTE';
create index demande_premier_echange_date_idx on demande_premier_echange (date_demande);

-- "Rappelez-moi": when no slot suits before the due date, the person leaves a number; the request stays on the clock.
create table demande_rappel (
    id             uuid primary key,
    demande_id     uuid         not null references demande_premier_echange (id),
    telephone      varchar(30)  not null,
    disponibilites varchar(500),
    demande_le     timestamptz  not null,
    statut         varchar(20)  not null check (statut in ('A_RAPPELER', 'RAPPELE')),
    traite_le      timestamptz,
    traite_par     uuid references compte (id),
    version        bigint       not null default 0
);
create unique index demande_rappel_en_cours_uk on demande_rappel (demande_id) where statut = 'A_RAPPELER';

-- Alerts to the managers (J-10, J-3 working days, overdue): one row per request and stage, written in the same
-- transaction as the courriels, so that a stage is alerted once, even after a restart.
create table alerte_echeance (
    demande_id uuid        not null references demande_premier_echange (id),
    palier     varchar(10) not null check (palier in ('J10', 'J3', 'RETARD')),
    emise_le   timestamptz not null,
    primary key (demande_id, palier)
);
