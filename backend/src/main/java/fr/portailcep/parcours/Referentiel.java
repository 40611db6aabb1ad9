package fr.portailcep.parcours;

/** The reference tables of annexe 2, kept in the database ({@code ref_valeur}). */
public enum Referentiel {
    STATUT_EMPLOI,
    NIVEAU_FORMATION,
    SECTEUR_NAF,
    TAILLE_ENTREPRISE,
    CATEGORIE_SOCIALE,
    ORIGINE_DEMARCHE,
    MOTIF_SOLLICITATION,
    MOTIF_DETAILLE,
    MODE_CONTACT,
    TYPE_SERVICE,
    PRESTATION_COMPLEMENTAIRE,
    DECOUVERTE_METIER,
    FINANCEMENT_FORMATION
}
