package fr.portailcep.compte;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as people type it on a phone: trimmed, lower-cased. The check is deliberately plain
 * (something@domain.tld, no spaces): the emailed code is the real proof that the address works.
 */
public record AdresseCourriel(String valeur) {

    private static final Pattern FORME = Pattern.compile(
            "^[a-z0-9.!#$%&*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.[a-z]{2,}$");

    public AdresseCourriel {
        if (valeur == null || !estValide(valeur)) {
            throw new IllegalArgumentException("Adresse électronique invalide");
        }
    }

    public static Optional<AdresseCourriel> lire(String saisie) {
        if (saisie == null) {
            return Optional.empty();
        }
        var normalisee = saisie.strip().toLowerCase(Locale.ROOT);
        return estValide(normalisee) ? Optional.of(new AdresseCourriel(normalisee)) : Optional.empty();
    }

    private static boolean estValide(String valeur) {
        return valeur.length() <= 254 && valeur.indexOf('@') <= 64 && FORME.matcher(valeur).matches()
                && !valeur.contains("..");
    }

    @Override
    public String toString() {
        return valeur;
    }
}
