package fr.portailcep.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed values that cannot be recorded: field → why (the key of the French message and its arguments), so that the
 * form shows each message beside its field and keeps what was typed. Thrown by {@link Saisies} and by the value
 * types and commands that use it.
 */
public class SaisieRefusee extends IllegalArgumentException {

    private final Map<String, Saisies.Refus> erreurs;

    public SaisieRefusee(Map<String, Saisies.Refus> erreurs) {
        super("Saisie refusée : " + erreurs);
        if (erreurs.isEmpty()) {
            throw new IllegalArgumentException("Une saisie refusée dit quel champ et pourquoi");
        }
        this.erreurs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(erreurs));
    }

    /** One field refused for one reason. */
    public static SaisieRefusee de(String champ, String cle, Object... arguments) {
        return new SaisieRefusee(Map.of(champ, Saisies.Refus.de(cle, arguments)));
    }

    /** Field → key of the French text (no arguments), in the order given: for the checks that return such a map. */
    public static Map<String, Saisies.Refus> cles(Map<String, String> erreurs) {
        var refus = new LinkedHashMap<String, Saisies.Refus>();
        erreurs.forEach((champ, cle) -> refus.put(champ, Saisies.Refus.de(cle)));
        return refus;
    }

    /** Field → why, in the order of the form. */
    public Map<String, Saisies.Refus> erreurs() {
        return erreurs;
    }
}
