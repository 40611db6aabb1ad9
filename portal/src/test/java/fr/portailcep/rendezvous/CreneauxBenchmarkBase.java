package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.test.PortailIT;

/**
 * The figure the issue asks for, end to end: the free slots of one month for 50 conseillers over 5 sites, as the
 * booking page asks for them (read from PostgreSQL, computed, grouped). It adds staff and sites to the database,
 * so it is not part of the normal run (its name does not end in IT); run it alone with
 * {@code ./mvnw -B verify -pl portal -am -Dit.test=CreneauxBenchmarkBase -Dtest=Aucun -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CreneauxBenchmarkBase extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    CreneauxService creneaux;

    @Autowired
    JdbcClient jdbc;

    @Test
    void creneaux_libres_d_un_mois_pour_50_conseillers_sur_5_sites_depuis_la_base() {
        var sites = new ArrayList<UUID>(jdbc.sql("select id from site").query(UUID.class).list());
        var departements = new String[] {"57", "54", "88", "10", "08"};
        for (var i = 0; sites.size() < 5; i++) {
            var id = UUID.randomUUID();
            jdbc.sql("""
                    insert into site (id, operateur_code, nom, adresse, code_postal, commune, departement)
                    values (:id, 'GE', :nom, '1 rue de la Gare', :cp, 'Ville', :dep)
                    """).param("id", id).param("nom", "Site de mesure " + i).param("cp", departements[i] + "000")
                    .param("dep", departements[i]).update();
            sites.add(id);
        }
        var existants = jdbc.sql("select count(*) from compte where role = 'CONSEILLER'").query(Long.class).single();
        var aujourdhui = LocalDate.now(PARIS);
        for (var c = 0; c < 50 - existants; c++) {
            var conseiller = UUID.randomUUID();
            var site = sites.get(c % 5);
            jdbc.sql("""
                    insert into compte (id, email, role, prenom, nom, cree_le)
                    values (:id, :email, 'CONSEILLER', 'Conseiller', :nom, now())
                    """).param("id", conseiller).param("email", "mesure" + c + "@demo.portail-cep.fr")
                    .param("nom", "N" + c).update();
            jdbc.sql("insert into membre_equipe (compte_id, site_id) values (:c, :s)").param("c", conseiller)
                    .param("s", site).update();
            for (var jour = 1; jour <= 5; jour++) {
                for (var plage : new LocalTime[][] {{LocalTime.of(9, 0), LocalTime.of(12, 30)},
                        {LocalTime.of(13, 30), LocalTime.of(17, 0)}}) {
                    jdbc.sql("""
                            insert into plage_ouverture (id, conseiller_id, site_id, jour, debut, fin, sur_site,
                              telephone, visio, duree_minutes, valide_du)
                            values (:id, :c, :s, :jour, :debut, :fin, true, true, c2 % 2 = 0, 60, :du)
                            """.replace("c2 % 2 = 0", c % 2 == 0 ? "true" : "false"))
                            .param("id", UUID.randomUUID()).param("c", conseiller).param("s", site).param("jour", jour)
                            .param("debut", plage[0]).param("fin", plage[1]).param("du", aujourdhui.minusDays(1))
                            .update();
                }
            }
            var absence = aujourdhui.plusDays(3 + c % 20).atStartOfDay(PARIS).toInstant();
            jdbc.sql("""
                    insert into fermeture (id, conseiller_id, debut, fin, motif, cree_le)
                    values (:id, :c, :debut, :fin, 'Formation', now())
                    """).param("id", UUID.randomUUID()).param("c", conseiller)
                    .param("debut", Timestamp.from(absence))
                    .param("fin", Timestamp.from(absence.plus(Duration.ofDays(1)))).update();
        }
        assertThat(jdbc.sql("select count(*) from compte where role = 'CONSEILLER'").query(Long.class).single())
                .isEqualTo(50);

        for (var i = 0; i < 10; i++) {
            creneaux.proposes(FiltreCreneaux.TOUS, 31);
        }
        var mesures = new ArrayList<Long>();
        var nombre = 0;
        for (var i = 0; i < 20; i++) {
            var t0 = System.nanoTime();
            nombre = creneaux.proposes(FiltreCreneaux.TOUS, 31).size();
            mesures.add(System.nanoTime() - t0);
        }
        mesures.sort(null);
        System.out.printf("BENCHMARK créneaux (PostgreSQL + calcul + regroupement) : 50 conseillers, 5 sites, 31 jours :"
                + " %d créneaux proposés ; médiane %.1f ms, max %.1f ms (20 mesures)%n", nombre,
                mesures.get(mesures.size() / 2) / 1e6, mesures.getLast() / 1e6);
        assertThat(nombre).isPositive();
    }
}
