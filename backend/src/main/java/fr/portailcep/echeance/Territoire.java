package fr.portailcep.echeance;

import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Territoire dont dépend le calendrier des jours fériés d'un bénéficiaire.
 *
 * <p>Le découpage suit ce qui change réellement les jours ouvrés : l'Alsace-Moselle
 * (droit local, Code du travail art. L3134-13) a deux jours fériés de plus, et chaque
 * département d'outre-mer a sa propre date de commémoration de l'abolition de
 * l'esclavage (loi n° 83-550 et décret n° 83-1003). Tout le reste de la France
 * métropolitaine, Corse comprise, partage le même calendrier.
 *
 * <p>Saint-Barthélemy, Saint-Martin et Saint-Pierre-et-Miquelon ne sont volontairement
 * pas représentés : leurs codes sont refusés plutôt que rattachés à tort à un autre
 * calendrier.
 */
public enum Territoire {

    METROPOLE("Métropole", "Europe/Paris"),
    ALSACE_MOSELLE("Alsace-Moselle", "Europe/Paris"),
    GUADELOUPE("Guadeloupe", "America/Guadeloupe"),
    MARTINIQUE("Martinique", "America/Martinique"),
    GUYANE("Guyane", "America/Cayenne"),
    LA_REUNION("La Réunion", "Indian/Reunion"),
    MAYOTTE("Mayotte", "Indian/Mayotte");

    private static final Pattern DEPARTEMENT_NUMERIQUE = Pattern.compile("\\d{1,3}");
    private static final Pattern CODE_POSTAL = Pattern.compile("\\d{5}");

    private final String libelle;
    private final ZoneId fuseauHoraire;

    Territoire(String libelle, String fuseauHoraire) {
        this.libelle = libelle;
        this.fuseauHoraire = ZoneId.of(fuseauHoraire);
    }

    /** Nom du territoire tel qu'affiché à l'usager. */
    public String libelle() {
        return libelle;
    }

    /**
     * Fuseau horaire du territoire : une demande horodatée (Instant) doit être ramenée
     * à une date locale dans ce fuseau avant tout calcul de délai, sinon une demande
     * faite un soir à La Réunion (UTC+4) ou en Guadeloupe (UTC−4) tomberait le mauvais jour.
     */
    public ZoneId fuseauHoraire() {
        return fuseauHoraire;
    }

    /**
     * Territoire d'un code département INSEE : "01" à "95" (sauf "20"), "2A", "2B",
     * "971" à "974" et "976". Les espaces autour sont ignorés, la casse de "2a"/"2b"
     * aussi, et un code d'un seul chiffre est complété ("1" devient "01").
     *
     * @throws IllegalArgumentException si le code est absent, inconnu ou désigne un
     *                                  territoire non couvert (975, 977, 978…)
     */
    public static Territoire duDepartement(String codeDepartement) {
        if (codeDepartement == null || codeDepartement.isBlank()) {
            throw new IllegalArgumentException("Code département absent.");
        }
        String code = codeDepartement.strip().toUpperCase(Locale.ROOT);
        if (code.equals("2A") || code.equals("2B")) {
            return METROPOLE;
        }
        if (!DEPARTEMENT_NUMERIQUE.matcher(code).matches()) {
            throw new IllegalArgumentException("Code département invalide : « " + codeDepartement + " ».");
        }
        int numero = Integer.parseInt(code);
        if (code.length() == 3) {
            return departementOutreMer(numero, "département", codeDepartement);
        }
        // "20" n'est plus un département depuis la partition de la Corse (1976) : on refuse
        // plutôt que de deviner entre 2A et 2B.
        if (numero == 20) {
            throw new IllegalArgumentException(
                    "Code département inconnu : « " + codeDepartement + " » (Corse : 2A ou 2B).");
        }
        return departementMetropolitain(numero, "Code département inconnu : « " + codeDepartement + " ».");
    }

    /**
     * Territoire d'un code postal à cinq chiffres.
     *
     * <p>Le code postal commence en général par le numéro du département : 20xxx est la
     * Corse (métropole), 97xxx l'outre-mer (trois premiers chiffres). Exceptions traitées :
     * 97133 (Saint-Barthélemy) et 97150 (Saint-Martin), distribués depuis la Guadeloupe mais
     * qui n'en suivent pas le calendrier, ainsi que 975xx (Saint-Pierre-et-Miquelon) et 98xxx
     * (Monaco, collectivités du Pacifique), sont refusés comme non couverts.
     *
     * <p>Limite connue : quelques communes proches d'une limite départementale ont un code
     * postal du département voisin ; quand le code département (ou INSEE) de la commune est
     * connu, préférer {@link #duDepartement(String)}.
     *
     * @throws IllegalArgumentException si le code est absent, mal formé ou non couvert
     */
    public static Territoire duCodePostal(String codePostal) {
        if (codePostal == null || codePostal.isBlank()) {
            throw new IllegalArgumentException("Code postal absent.");
        }
        String code = codePostal.strip();
        if (!CODE_POSTAL.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "Code postal invalide : « " + codePostal + " » (cinq chiffres attendus).");
        }
        if (code.startsWith("98")) {
            throw new IllegalArgumentException(
                    "Code postal non couvert : « " + codePostal + " » (Monaco ou collectivité du Pacifique).");
        }
        if (code.equals("97133") || code.equals("97150")) {
            throw new IllegalArgumentException(
                    "Code postal non couvert : « " + codePostal + " » (Saint-Barthélemy ou Saint-Martin).");
        }
        if (code.startsWith("97")) {
            return departementOutreMer(Integer.parseInt(code.substring(0, 3)), "postal", codePostal);
        }
        if (code.startsWith("20")) {
            // 200xx-201xx : Corse-du-Sud (2A), 202xx-206xx : Haute-Corse (2B). Les deux ont le
            // calendrier métropolitain : inutile de trancher, ni de refuser un CEDEX inhabituel.
            return METROPOLE;
        }
        return departementMetropolitain(Integer.parseInt(code.substring(0, 2)),
                "Code postal inconnu : « " + codePostal + " ».");
    }

    /** Départements 01 à 95 (le 20, Corse, est traité par l'appelant). */
    private static Territoire departementMetropolitain(int numero, String messageSiInconnu) {
        if (numero < 1 || numero > 95) {
            throw new IllegalArgumentException(messageSiInconnu);
        }
        return switch (numero) {
            case 57, 67, 68 -> ALSACE_MOSELLE;
            default -> METROPOLE;
        };
    }

    /**
     * Départements d'outre-mer 971 à 976 ; {@code nature} vaut « département » ou « postal »
     * pour que le message désigne ce que l'usager a réellement saisi.
     */
    private static Territoire departementOutreMer(int numero, String nature, String codeSaisi) {
        return switch (numero) {
            case 971 -> GUADELOUPE;
            case 972 -> MARTINIQUE;
            case 973 -> GUYANE;
            case 974 -> LA_REUNION;
            case 976 -> MAYOTTE;
            case 975, 977, 978 -> throw new IllegalArgumentException("Code " + nature + " non couvert : « "
                    + codeSaisi + " » (Saint-Pierre-et-Miquelon, Saint-Barthélemy et Saint-Martin"
                    + " ne sont pas pris en charge).");
            default -> throw new IllegalArgumentException("Code " + nature + " inconnu : « " + codeSaisi + " ».");
        };
    }
}
