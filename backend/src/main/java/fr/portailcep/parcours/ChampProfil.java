package fr.portailcep.parcours;

/**
 * The fields of the annexe 2 profile and the unit of work from which each one is required ("Oui dès l'UO 0",
 * "Oui à partir de l'UO 1", "Non"). The NIR is not among them: it is never asked at first contact.
 */
public enum ChampProfil {
    DATE_NAISSANCE(UniteOeuvre.UO0),
    STATUT_EMPLOI(UniteOeuvre.UO0),
    SEXE(UniteOeuvre.UO1),
    ADRESSE(UniteOeuvre.UO1),
    NIVEAU_FORMATION(UniteOeuvre.UO1),
    SECTEUR_NAF(UniteOeuvre.UO1),
    LIBELLE_SECTEUR(UniteOeuvre.UO1),
    LIBELLE_PROFESSION(UniteOeuvre.UO1),
    TAILLE_ENTREPRISE(UniteOeuvre.UO1),
    CATEGORIE_SOCIALE(UniteOeuvre.UO1),
    ENTREE_ENTREPRISE(UniteOeuvre.UO1),
    ENTREPRISE(null),
    HANDICAP(null);

    private final UniteOeuvre requisDes;

    ChampProfil(UniteOeuvre requisDes) {
        this.requisDes = requisDes;
    }

    /** Whether annexe 2 requires this field once the person is in this unit of work. */
    public boolean requisPour(UniteOeuvre uo) {
        return requisDes != null && uo.ordinal() >= requisDes.ordinal();
    }
}
