package fr.portailcep.parcours;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.beneficiaire.BeneficiaireService;

import fr.portailcep.test.PortailIT;

/**
 * Not a test: the measure of the conseiller's search with 100,000 bénéficiaires ({@code ./portail bench-recherche},
 * DD013). Loads the people in SQL (generate_series), spread over 50 sites of which the conseiller works at one, with
 * dossiers, units and rendez-vous, so that the access view has realistic rows and most people are not visible to
 * him; then searches as Julien, through the real service and access policy, and prints median, p95 and max.
 */
class RechercheBench extends PortailIT {

    private static final int PERSONNES = Integer.getInteger("bench.personnes", 100_000);
    private static final int TOURS = Integer.getInteger("bench.tours", 30);
    private static final List<String> RECHERCHES = List.of("ma", "lé", "dup", "Dupont", "DUPONT", "Hélène Dupont",
            "helene dupont", "Mélanie Lefèvre", "lefevre", "bench-4242", "@exemple", "zz", "Zoé", "12345");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SuiviConseiller suivi;

    @Autowired
    ApplicationContext contexte;

    @Test
    void mesurer_la_recherche_du_conseiller() {
        var debut = System.nanoTime();
        charger();
        System.out.printf("%nChargement de %,d bénéficiaires : %d ms%n", PERSONNES, (System.nanoTime() - debut) / 1_000_000);
        var personnes = new Personnes(contexte);
        var visibles = jdbc.sql("select count(distinct beneficiaire_id) from acces_personne where compte_id = :moi")
                .param("moi", personnes.compte("julien.weber").id()).query(Long.class).single();
        System.out.printf("Personnes visibles de Julien : %,d sur %,d%n%n", visibles,
                jdbc.sql("select count(*) from beneficiaire").query(Long.class).single());

        var toutes = new ArrayList<Double>();
        System.out.printf("%-18s %8s %8s %8s %8s%n", "recherche", "réponses", "médiane", "p95", "max");
        for (var texte : RECHERCHES) {
            var mesures = new ArrayList<Double>();
            var reponses = 0;
            for (var tour = 0; tour < TOURS + 3; tour++) {
                var t0 = System.nanoTime();
                reponses = personnes.enTantQue("julien.weber", () -> suivi.rechercher(texte)).size();
                if (tour >= 3) { // the first rounds warm the JIT and the caches
                    mesures.add((System.nanoTime() - t0) / 1e6);
                }
            }
            toutes.addAll(mesures);
            System.out.printf("%-18s %8d %8.1f %8.1f %8.1f%n", texte, reponses, centile(mesures, 50),
                    centile(mesures, 95), centile(mesures, 100));
        }
        System.out.printf("%n%-18s %8s %8.1f %8.1f %8.1f  (ms, %d recherches, cible ≤ 50 ms)%n%n", "toutes", "",
                centile(toutes, 50), centile(toutes, 95), centile(toutes, 100), toutes.size());
        for (var texte : List.of("ma", "Dupont", "@exemple")) {
            System.out.println("EXPLAIN ANALYZE « " + texte + " »");
            jdbc.sql("explain (analyze, buffers off) " + BeneficiaireService.REQUETE_RECHERCHE)
                    .params(Map.of("motif", "%" + texte + "%", "moi", personnes.compte("julien.weber").id(), "max", 30))
                    .query(String.class).list().forEach(System.out::println);
            System.out.println();
        }
        System.out.println("Fin de la mesure.");
    }

    private static double centile(List<Double> mesures, int centile) {
        var triees = mesures.stream().sorted().toList();
        var rang = (int) Math.ceil(centile / 100.0 * triees.size()) - 1;
        return triees.get(Math.max(0, Math.min(rang, triees.size() - 1)));
    }

    /**
     * 50 sites of the first operator; 100 conseillers spread over them; people named from lists of common French
     * names (with accents); each person has a dossier at one site, two in three a unit engaged by a conseiller of that
     * site, one in four a rendez-vous. Julien's site (Strasbourg) is one site among 51: about 2 % of the people.
     */
    private void charger() {
        jdbc.sql("""
                insert into site (id, operateur_code, nom, adresse, code_postal, commune, departement, actif)
                select md5('site' || i)::uuid, (select code from operateur order by code limit 1), 'Site ' || i,
                       i || ' rue de la Mesure', '75001', 'Ville ' || i, lpad((i % 95 + 1)::text, 2, '0'), true
                  from generate_series(1, 50) i
                """).update();
        jdbc.sql("""
                insert into compte (id, email, role, prenom, nom, actif, cree_le)
                select md5('conseiller' || i)::uuid, 'conseiller' || i || '@bench.portail-cep.fr', 'CONSEILLER',
                       'Conseiller', 'Numéro ' || i, true, now()
                  from generate_series(1, 100) i
                """).update();
        jdbc.sql("""
                insert into membre_equipe (compte_id, site_id)
                select md5('conseiller' || i)::uuid, md5('site' || (i % 50 + 1))::uuid from generate_series(1, 100) i
                """).update();
        jdbc.sql("""
                with prenoms(t) as (select array['Hélène','Marie','Mélanie','Jean','Zoé','Léa','Noémie','Jérôme',
                         'François','Amina','Mohamed','Camille','Lucas','Inès','Chloé','Maël','Gaëlle','Björn',
                         'Anaïs','Thomas']),
                     noms(t) as (select array['Dupont','Lefèvre','Martin','Bernard','Benoît','Müller','Garçon',
                         'Nguyen','Da Silva','Petit','Durand','Leroy','Moreau','Simon','Laurent','Michel','Faure',
                         'Rousseau','Blanc','Guérin'])
                insert into beneficiaire (id, prenom, nom, email, cree_le)
                select md5('personne' || i)::uuid,
                       (select t[1 + (i * 7) % 20] from prenoms), (select t[1 + (i * 13 / 7) % 20] from noms),
                       'bench-' || i || '@exemple.fr', now()
                  from generate_series(1, :n) i
                """).param("n", PERSONNES).update();
        var strasbourg = new Personnes(contexte).site("Strasbourg");
        jdbc.sql("""
                insert into dossier (id, beneficiaire_id, site_id, statut, ouvert_le, conseiller_id)
                select md5('dossier' || i)::uuid, md5('personne' || i)::uuid,
                       case when i % 51 = 0 then :strasbourg else md5('site' || (i % 50 + 1))::uuid end,
                       case when i % 10 = 0 then 'CLOS' else 'OUVERT' end, now(),
                       case when i % 51 = 0 then null else md5('conseiller' || (i % 50 + 1))::uuid end
                  from generate_series(1, :n) i
                """).param("n", PERSONNES).param("strasbourg", strasbourg).update();
        jdbc.sql("""
                insert into unite_oeuvre_engagee (id, dossier_id, uo, numero, engagee_le, conseiller_id,
                       accord_beneficiaire, actif_occupe, secteur_prive, sans_autre_operateur, statut, close_le,
                       motif_cloture, enregistree_le)
                select md5('unite' || i)::uuid, md5('dossier' || i)::uuid, 'UO0', 'B' || lpad(i::text, 13, '0'),
                       current_date, md5('conseiller' || (i % 50 + 1))::uuid, true, true, true, true, 'CLOSE',
                       current_date, 'REALISEE', now()
                  from generate_series(1, :n) i where i % 3 <> 0 and i % 51 <> 0
                """).param("n", PERSONNES).update();
        jdbc.sql("""
                insert into rendez_vous (id, conseiller_id, site_id, beneficiaire_id, modalite, debut, fin, statut,
                       origine, cree_le, modifie_le)
                select md5('rdv' || i)::uuid, md5('conseiller' || (i % 50 + 1))::uuid, md5('site' || (i % 50 + 1))::uuid,
                       md5('personne' || i)::uuid, 'SUR_SITE', timestamptz '2026-01-01' + i * interval '1 hour',
                       timestamptz '2026-01-01' + i * interval '1 hour' + interval '45 minutes', 'HONORE',
                       'EN_LIGNE', now(), now()
                  from generate_series(1, :n) i where i % 4 = 0 and i % 51 <> 0
                """).param("n", PERSONNES).update();
        jdbc.sql("analyze").update();
    }
}
