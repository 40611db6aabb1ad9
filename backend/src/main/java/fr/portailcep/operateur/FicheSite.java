package fr.portailcep.operateur;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.portailcep.shared.NumerosTelephone;
import fr.portailcep.shared.Saisies.Forme;
import fr.portailcep.shared.Saisies;

/**
 * A site as the manager typed it. {@link #erreurs()} says, field by field, what is wrong (keys of French texts), so
 * that the form shows each message beside its field and keeps what was typed. Lengths are those of the {@code site}
 * table (V102).
 */
public record FicheSite(String nom, String adresse, String codePostal, String commune, String telephone,
        String acces, String accessibilite) {

    public static final String CHAMP_NOM = "nom";
    public static final String CHAMP_ADRESSE = "adresse";
    public static final String CHAMP_CODE_POSTAL = "codePostal";
    public static final String CHAMP_COMMUNE = "commune";
    public static final String CHAMP_TELEPHONE = "telephone";
    public static final String CHAMP_ACCES = "acces";
    public static final String CHAMP_ACCESSIBILITE = "accessibilite";

    static final int LONGUEUR_NOM = 200;
    static final int LONGUEUR_ADRESSE = 300;
    static final int LONGUEUR_COMMUNE = 100;
    /** The columns are {@code text}; a bound keeps a card readable. */
    public static final int LONGUEUR_TEXTE = 2000;

    public FicheSite {
        nom = propre(nom, Forme.UNE_LIGNE);
        adresse = propre(adresse, Forme.UNE_LIGNE);
        codePostal = propre(codePostal, Forme.UNE_LIGNE).replace(" ", "");
        commune = propre(commune, Forme.UNE_LIGNE);
        telephone = propre(telephone, Forme.UNE_LIGNE);
        acces = propre(acces, Forme.PLUSIEURS_LIGNES);
        accessibilite = propre(accessibilite, Forme.PLUSIEURS_LIGNES);
    }

    /** The form filled with what a site holds. */
    public static FicheSite de(Site site) {
        return new FicheSite(site.nom(), site.adresse(), site.codePostal(), site.commune(), site.telephone(),
                site.acces(), site.accessibilite());
    }

    /** Empty when the site can be saved. */
    public Map<String, String> erreurs() {
        var erreurs = new LinkedHashMap<String, String>();
        requis(nom, LONGUEUR_NOM, CHAMP_NOM, erreurs);
        requis(adresse, LONGUEUR_ADRESSE, CHAMP_ADRESSE, erreurs);
        if (codePostal.isEmpty()) {
            erreurs.put(CHAMP_CODE_POSTAL, "sites.erreur.codePostal.vide");
        } else if (!codePostal.matches("[0-9]{5}")) {
            erreurs.put(CHAMP_CODE_POSTAL, "sites.erreur.codePostal.format");
        } else if (departementDe(codePostal).isEmpty()) {
            erreurs.put(CHAMP_CODE_POSTAL, "sites.erreur.codePostal.inconnu");
        }
        requis(commune, LONGUEUR_COMMUNE, CHAMP_COMMUNE, erreurs);
        if (!telephone.isEmpty() && NumerosTelephone.lire(telephone).isEmpty()) {
            erreurs.put(CHAMP_TELEPHONE, "sites.erreur.telephone");
        }
        texte(acces, CHAMP_ACCES, erreurs);
        texte(accessibilite, CHAMP_ACCESSIBILITE, erreurs);
        return erreurs;
    }

    /**
     * The département of a French postal code: Corsica 20000–20199 → 2A, 20200–20699 → 2B; overseas 971xx to
     * 976xx → 971 to 976; otherwise its first two digits (01 to 95). Empty for a code no département has.
     */
    public static Optional<String> departementDe(String codePostal) {
        if (codePostal == null || !codePostal.matches("[0-9]{5}")) {
            return Optional.empty();
        }
        var numero = Integer.parseInt(codePostal);
        var deux = codePostal.substring(0, 2);
        return switch (deux) {
            case "00", "96", "98", "99" -> Optional.empty();
            case "20" -> numero < 20200 ? Optional.of("2A") : numero < 20700 ? Optional.of("2B") : Optional.empty();
            case "97" -> {
                var trois = codePostal.substring(0, 3);
                yield trois.compareTo("971") >= 0 && trois.compareTo("976") <= 0 ? Optional.of(trois) : Optional.empty();
            }
            default -> Optional.of(deux);
        };
    }

    /** The département of a valid fiche. */
    String departement() {
        return departementDe(codePostal).orElseThrow();
    }

    /** The phone number in its usual form, or null when none was given. */
    String telephoneNormalise() {
        return telephone.isEmpty() ? null : NumerosTelephone.lire(telephone).orElseThrow();
    }

    static String ouNull(String valeur) {
        return valeur == null || valeur.isEmpty() ? null : valeur;
    }

    private static String propre(String valeur, Forme forme) {
        return valeur == null ? "" : Saisies.nettoyer(valeur, forme);
    }

    private static void requis(String valeur, int longueur, String champ, Map<String, String> erreurs) {
        if (valeur.isEmpty()) {
            erreurs.put(champ, "sites.erreur." + champ + ".vide");
        } else {
            Saisies.probleme(valeur, Forme.UNE_LIGNE, longueur).ifPresent(refus -> erreurs.put(champ,
                    refus.cle().equals(Saisies.CLE_TROP_LONG) ? "sites.erreur.trop-long." + longueur : refus.cle()));
        }
    }

    private static void texte(String valeur, String champ, Map<String, String> erreurs) {
        Saisies.probleme(valeur, Forme.PLUSIEURS_LIGNES, LONGUEUR_TEXTE).ifPresent(refus -> erreurs.put(champ,
                refus.cle().equals(Saisies.CLE_TROP_LONG) ? "sites.erreur.trop-long.texte" : refus.cle()));
    }
}
