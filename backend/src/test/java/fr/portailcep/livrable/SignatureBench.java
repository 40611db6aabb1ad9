package fr.portailcep.livrable;

import fr.portailcep.signature.Verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code ./portail bench-signature}: not a timed test, a measure. The time to render a livrable with its signature
 * page and seal it (attachments, PAdES-B-B, demo key, no timestamp authority), then the time to verify the sealed
 * file, median and p95 over 100 runs after a warm-up. Targets (issue 10): p95 ≤ 500 ms and ≤ 200 ms.
 */
class SignatureBench {

    private static final int CHAUFFE = 20;

    private static final int MESURES = 100;

    @Test
    void mesurer() {
        var scellement = OutilsDeTest.scellement();
        var verification = new Verification(List.of(OutilsDeTest.CACHET.certificat()));
        var document = OutilsDeTest.document(OutilsDeTest.ORIGINAL);
        var preuves = OutilsDeTest.preuves(OutilsDeTest.ORIGINAL);
        byte[] scelle = null;
        var sceller = new ArrayList<Long>();
        for (var i = 0; i < CHAUFFE + MESURES; i++) {
            var debut = System.nanoTime();
            scelle = scellement.sceller(document, preuves);
            if (i >= CHAUFFE) {
                sceller.add(System.nanoTime() - debut);
            }
        }
        var verifier = new ArrayList<Long>();
        for (var i = 0; i < CHAUFFE + MESURES; i++) {
            var debut = System.nanoTime();
            var rapport = verification.verifier(scelle);
            if (i >= CHAUFFE) {
                verifier.add(System.nanoTime() - debut);
            }
            assertThat(rapport.intact()).isTrue();
        }
        System.out.println("Mesure du cachet : État des lieux de démonstration, " + scelle.length / 1024
                + " Kio une fois scellé, " + MESURES + " mesures après " + CHAUFFE + " de chauffe");
        System.out.println("Rendu + cachet : médiane " + ms(sceller, 50) + " ms, p95 " + ms(sceller, 95)
                + " ms (cible p95 ≤ 500 ms)");
        System.out.println("Vérification : médiane " + ms(verifier, 50) + " ms, p95 " + ms(verifier, 95)
                + " ms (cible p95 ≤ 200 ms)");
        System.out.println("Fin de la mesure.");
    }

    private static String ms(List<Long> durees, int centile) {
        var triees = new ArrayList<>(durees);
        Collections.sort(triees);
        var rang = (int) Math.ceil(centile / 100.0 * triees.size()) - 1;
        return String.format(java.util.Locale.FRANCE, "%.1f", triees.get(rang) / 1_000_000.0);
    }
}
