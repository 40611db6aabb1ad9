package fr.portailcep.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.test.PortailIT;

/**
 * National dossier numbers on the real PostgreSQL: {@code OO AA MM UU XXXXXX}, a counter per operator, month and unit
 * of work that starts again every month, and no number given twice when many transactions ask at once. The months
 * used (2031) are not touched by the demo or by other tests.
 */
class NumerotationDossiersIT extends PortailIT {

    @Autowired
    NumerotationDossiers numerotation;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void donne_un_numero_au_format_national() {
        var numero = numerotation.attribuer(UniteOeuvre.UO2_2, LocalDate.of(2031, 1, 31));
        assertThat(numero.valeur()).matches("GE310122\\d{6}").isEqualTo("GE3101" + "22" + "000001");
        assertThat(numero.affiche()).isEqualTo("GE 31 01 22 000001");
        assertThat(numero.uniteOeuvre()).isEqualTo(UniteOeuvre.UO2_2);
    }

    @Test
    void le_compteur_repart_a_un_chaque_mois_et_pour_chaque_unite() {
        assertThat(numerotation.attribuer(UniteOeuvre.UO1, LocalDate.of(2031, 3, 1)).valeur()).isEqualTo("GE310301000001");
        assertThat(numerotation.attribuer(UniteOeuvre.UO1, LocalDate.of(2031, 3, 31)).valeur())
                .isEqualTo("GE310301000002");
        assertThat(numerotation.attribuer(UniteOeuvre.UO2_1, LocalDate.of(2031, 3, 15)).valeur())
                .isEqualTo("GE310321000001");
        // The next month starts again at 1, and the month before is not disturbed.
        assertThat(numerotation.attribuer(UniteOeuvre.UO1, LocalDate.of(2031, 4, 1)).valeur()).isEqualTo("GE310401000001");
        assertThat(numerotation.attribuer(UniteOeuvre.UO1, LocalDate.of(2031, 3, 20)).valeur())
                .isEqualTo("GE310301000003");
        assertThat(numerotation.attribuer(UniteOeuvre.UO1, LocalDate.of(2031, 4, 30)).valeur()).isEqualTo("GE310401000002");
    }

    @Test
    void cinquante_creations_simultanees_ont_cinquante_numeros_differents() throws Exception {
        var taches = 50;
        // Rounds of five open transactions (fewer than the connections of the pool, so the portal keeps some):
        // each transaction has begun before any of its round asks for a number, so they all overlap.
        var parTour = 5;
        var tousOuverts = new CyclicBarrier(parTour);
        var depart = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(parTour);
        try {
            var resultats = new ArrayList<Future<NumeroDossier>>();
            for (var i = 0; i < taches; i++) {
                Callable<NumeroDossier> tache = () -> {
                    depart.await();
                    return transaction.execute(s -> {
                        jdbc.sql("select txid_current()").query(Long.class).single();
                        try {
                            tousOuverts.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        } catch (BrokenBarrierException | TimeoutException e) {
                            throw new IllegalStateException(e);
                        }
                        return numerotation.attribuer(UniteOeuvre.UO1, LocalDate.of(2031, 6, 12));
                    });
                };
                resultats.add(pool.submit(tache));
            }
            depart.countDown();
            var numeros = new HashSet<String>();
            for (var resultat : resultats) {
                numeros.add(resultat.get(60, TimeUnit.SECONDS).valeur());
            }
            assertThat(numeros).hasSize(taches);
            assertThat(numeros).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, taches).mapToObj(n -> "GE310601%06d".formatted(n)).toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
