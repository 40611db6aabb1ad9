package fr.portailcep.satisfaction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Indicator 8.1 (CCTP §4.3): "% de bénéficiaires déclarant que le service rendu a été de qualité et utile".
 * <p>
 * <b>A positive answer</b> is a survey where <em>both</em> questions got one of the two best levels of the scale
 * ("Oui, tout à fait" or "Plutôt oui"): the service was of quality <em>and</em> useful. The share is the positive
 * answers over the <b>complete answers</b> (both questions answered); a survey with one question unanswered or none
 * is left out of both counts. No answer yet: no share (not 0 %).
 */
public final class Indicateur81 {

    private Indicateur81() {
    }

    /** One survey's answers, null where the question is unanswered. */
    public record Reponse(Niveau qualite, Niveau utilite) {

        public boolean complete() {
            return qualite != null && utilite != null;
        }
    }

    /** @param positives complete answers that are positive; @param reponses complete answers */
    public record Part(int positives, int reponses) {

        public static final Part AUCUNE = new Part(0, 0);

        public OptionalDouble valeur() {
            return reponses == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) positives / reponses);
        }

        Part plus(Part autre) {
            return new Part(positives + autre.positives, reponses + autre.reponses);
        }
    }

    /** The rule: quality and usefulness both among the two best levels. */
    public static boolean positive(Reponse r) {
        return r.complete() && r.qualite().positif() && r.utilite().positif();
    }

    public static Part part(Collection<Reponse> reponses) {
        var completes = reponses.stream().filter(Reponse::complete).toList();
        return new Part((int) completes.stream().filter(Indicateur81::positive).count(), completes.size());
    }

    /** The share for each key (unit of work, site, month…), in the order the keys are first met. */
    public static <T, K> Map<K, Part> parCle(Collection<T> elements, Function<T, K> cle, Function<T, Reponse> reponse) {
        var parts = new LinkedHashMap<K, Part>();
        for (var e : elements) {
            var r = reponse.apply(e);
            var p = r.complete() ? new Part(positive(r) ? 1 : 0, 1) : Part.AUCUNE;
            parts.merge(cle.apply(e), p, Part::plus);
        }
        return parts;
    }
}
