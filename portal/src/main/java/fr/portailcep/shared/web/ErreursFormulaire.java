package fr.portailcep.shared.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;

/**
 * The refusals of one HTML form, in French, for the template: beside each field (by the name the server uses,
 * DD014), and those that name no field of the form above the buttons. Put in the model as {@code erreurs}; the
 * fragments of {@code pages/commun/champs.html} read it. The values typed go back in the model as they were
 * posted, so nothing is lost.
 */
public final class ErreursFormulaire {

    private final Map<String, String> parChamp = new LinkedHashMap<>();
    private final List<String> generales = new ArrayList<>();

    /** No refusal (the first display of a form). */
    public static ErreursFormulaire aucune() {
        return new ErreursFormulaire();
    }

    /** The refusals of a service, for a form whose fields are {@code champs} (others go above the buttons). */
    public static ErreursFormulaire de(RuntimeException refus, MessageSource textes, String... champs) {
        var erreurs = new ErreursFormulaire();
        var connus = List.of(champs);
        if (refus instanceof SaisieRefusee saisie) {
            saisie.erreurs().forEach((champ, raison) -> erreurs.ajouter(connus, champ, texte(textes, raison)));
        } else if (refus instanceof ActeRefuse acte) {
            erreurs.ajouter(connus, acte.champ().orElse(null), texte(textes, acte.refus()));
        } else {
            throw refus;
        }
        return erreurs;
    }

    private void ajouter(List<String> connus, String champ, String texte) {
        if (champ != null && connus.contains(champ)) {
            parChamp.putIfAbsent(champ, texte);
        } else {
            generales.add(texte);
        }
    }

    /** A refusal found by the controller itself (a required field left empty, say). */
    public ErreursFormulaire champ(String champ, String texte) {
        parChamp.putIfAbsent(champ, texte);
        return this;
    }

    public ErreursFormulaire generale(String texte) {
        generales.add(texte);
        return this;
    }

    private static String texte(MessageSource textes, Saisies.Refus raison) {
        return textes.getMessage(raison.cle(), raison.argumentsEnTableau(), Locale.FRANCE);
    }

    public boolean presentes() {
        return !parChamp.isEmpty() || !generales.isEmpty();
    }

    public boolean sur(String champ) {
        return parChamp.containsKey(champ);
    }

    /** The message of a field, or null. */
    public String de(String champ) {
        return parChamp.get(champ);
    }

    /** Field → message, in the order of the form: the summary at the top links to each field. */
    public Map<String, String> parChamp() {
        return Collections.unmodifiableMap(parChamp);
    }

    public List<String> generales() {
        return Collections.unmodifiableList(generales);
    }
}
