-- Satisfaction (issue 11): one survey per closing of UO1, UO2.1 or UO2.2, two questions on a scale of four
-- (4 = "Oui, tout à fait" … 1 = "Non, pas du tout") and an optional comment. The survey keeps its own copy of what
-- indicator 8.1 is counted by (unit of work, site, conseiller, closing date): no foreign key to the unit, the
-- unique key on it is what makes one survey per closing.
create table enquete_satisfaction (
    id                  uuid primary key,
    unite_id            uuid          not null,
    beneficiaire_id     uuid          not null references beneficiaire (id),
    uo                  varchar(5)    not null check (uo in ('UO1', 'UO2_1', 'UO2_2')),
    motif_cloture       varchar(30)   not null,
    conseiller_id       uuid references compte (id),
    site_id             uuid references site (id),
    close_le            date          not null,
    creee_le            timestamptz   not null,
    qualite             int check (qualite between 1 and 4),
    utilite             int check (utilite between 1 and 4),
    qualite_le          timestamptz,
    utilite_le          timestamptz,
    premiere_reponse_le timestamptz,
    commentaire         varchar(2000),
    commentaire_le      timestamptz,
    version             bigint        not null default 0,
    constraint enquete_satisfaction_une_par_unite_uk unique (unite_id),
    constraint enquete_satisfaction_reponse_datee check (
        (qualite is null or qualite_le is not null) and (utilite is null or utilite_le is not null)
        and (qualite is null and utilite is null or premiere_reponse_le is not null))
);
create index enquete_satisfaction_beneficiaire_idx on enquete_satisfaction (beneficiaire_id, creee_le desc);
create index enquete_satisfaction_site_idx on enquete_satisfaction (site_id, close_le);
create index enquete_satisfaction_conseiller_idx on enquete_satisfaction (conseiller_id);
create index enquete_satisfaction_sans_reponse_idx on enquete_satisfaction (creee_le) where premiere_reponse_le is null;

-- The one reminder of a survey: recorded in the transaction of its courriel, never two.
create table rappel_satisfaction (
    enquete_id uuid        primary key references enquete_satisfaction (id),
    envoye_le  timestamptz not null
);
