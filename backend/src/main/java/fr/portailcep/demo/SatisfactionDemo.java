package fr.portailcep.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.satisfaction.Niveau;
import fr.portailcep.satisfaction.ReprisesSatisfaction;

/**
 * A year of answered satisfaction surveys at Strasbourg and Reims, so that the manager's quality page
 * ({@code espace-pro/qualite}) has charts: mostly positive, a few not, some unanswered, some comments. Julien Weber
 * has more than five answers (his score shows on his home); Sophie Lambert has fewer (the card says why none shows).
 * All are closed: no demo person is asked anything.
 */
@Component
@Profile("demo")
class SatisfactionDemo implements JeuDeDonneesDemo {

    private static final List<String> COMMENTAIRES = List.of(
            "Très bonne écoute, j’ai enfin un plan clair pour ma reconversion.",
            "Les rendez-vous en fin de journée m’ont permis de venir sans poser de congé.",
            "J’aurais aimé avoir plus d’informations sur le financement de la formation.",
            "Conseillère disponible et précise. Merci !",
            "Un peu long à démarrer, mais utile ensuite.",
            "Je ne savais pas que ce service existait : à faire connaître.");

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final OperateurService operateurs;
    private final ReprisesSatisfaction reprises;
    private final Clock horloge;

    SatisfactionDemo(CompteService comptes, BeneficiaireService beneficiaires, OperateurService operateurs,
            ReprisesSatisfaction reprises, Clock horloge) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.operateurs = operateurs;
        this.reprises = reprises;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "satisfaction";
    }

    @Override
    public int ordre() {
        return 40;
    }

    @Override
    public void charger() {
        var alea = new Random(81);
        var julien = compte("julien.weber");
        var amina = compte("amina.keita");
        var sophie = compte("sophie.lambert");
        var personnes = List.of("camille.martin", "thomas.petit", "lea.nguyen", "yasmine.diallo").stream()
                .map(this::beneficiaire).toList();
        var strasbourg = site("Strasbourg");
        var reims = site("Reims");
        var aujourdhui = LocalDate.now(horloge);
        var ceMois = YearMonth.from(aujourdhui);
        var uos = List.of(UniteOeuvre.UO1, UniteOeuvre.UO1, UniteOeuvre.UO2_1, UniteOeuvre.UO2_2);
        var sophieRestantes = 3;
        for (var m = 11; m >= 0; m--) {
            var mois = ceMois.minusMonths(m);
            // Closed at least ten days ago: every survey of the demo is over, no demo person is asked anything.
            var dernierJour = m == 0 ? aujourdhui.getDayOfMonth() - 10 : mois.lengthOfMonth();
            if (dernierJour < 1) {
                continue;
            }
            for (var i = 0; i < 3 + alea.nextInt(4); i++) {
                var aStrasbourg = alea.nextInt(3) > 0;
                UUID conseiller;
                if (aStrasbourg) {
                    conseiller = alea.nextBoolean() ? julien : amina;
                } else if (sophieRestantes > 0 && alea.nextBoolean()) {
                    conseiller = sophie;
                    sophieRestantes--;
                } else {
                    conseiller = null;
                }
                // Better with the months (the team improves), never perfect; one survey in seven unanswered.
                var sansReponse = alea.nextInt(7) == 0;
                var seuil = 55 + (11 - m) * 3;
                var commentaire = alea.nextInt(4) == 0 ? COMMENTAIRES.get(alea.nextInt(COMMENTAIRES.size())) : null;
                reprises.enqueteRepondue(personnes.get(alea.nextInt(personnes.size())), uos.get(alea.nextInt(uos.size())),
                        conseiller, aStrasbourg ? strasbourg : reims,
                        mois.atDay(Math.min(dernierJour, 1 + alea.nextInt(dernierJour))),
                        sansReponse ? null : niveau(alea, seuil), sansReponse ? null : niveau(alea, seuil + 10),
                        sansReponse ? null : commentaire);
            }
        }
    }

    /** Positive with a chance of {@code seuil} in a hundred. */
    private static Niveau niveau(Random alea, int seuil) {
        var tirage = alea.nextInt(100);
        if (tirage < seuil) {
            return tirage < seuil / 2 ? Niveau.TOUT_A_FAIT : Niveau.PLUTOT_OUI;
        }
        return tirage < 90 ? Niveau.PLUTOT_NON : Niveau.PAS_DU_TOUT;
    }

    private UUID compte(String identifiant) {
        return comptes.parEmail(new AdresseCourriel(identifiant + SocleDemo.DOMAINE)).orElseThrow().id();
    }

    private UUID beneficiaire(String identifiant) {
        return beneficiaires.parCompte(compte(identifiant)).orElseThrow().id();
    }

    private UUID site(String commune) {
        return operateurs.sites().stream().filter(s -> s.commune().equals(commune)).findFirst().orElseThrow().id();
    }
}
