package fr.portailcep.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.mediation.FilSaisine;
import fr.portailcep.mediation.MediationService;
import fr.portailcep.mediation.OrigineSaisine;
import fr.portailcep.mediation.SaisineRecue;

/**
 * The médiation of the demo: Marc Lefèvre, the médiateur, received a letter from Léa Nguyen a week ago, recorded it,
 * declared it admissible, asked for access to her dossier and wrote to her and to the correspondant (Nadia Benali).
 */
@Component
@Profile("demo")
class MediationDemo implements JeuDeDonneesDemo {

    private final CompteService comptes;
    private final MediationService mediation;
    private final Clock horloge;

    MediationDemo(CompteService comptes, MediationService mediation, Clock horloge) {
        this.comptes = comptes;
        this.mediation = mediation;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "mediation";
    }

    @Override
    public int ordre() {
        return 40;
    }

    @Override
    public void charger() {
        var marc = comptes.parEmail(new AdresseCourriel("marc.lefevre" + SocleDemo.DOMAINE)).orElseThrow();
        EnTantQue.faire(marc, () -> {
            var saisine = mediation.enregistrer(new SaisineRecue("lea.nguyen" + SocleDemo.DOMAINE,
                    OrigineSaisine.COURRIER, LocalDate.now(horloge).minusDays(7), """
                            Ma réclamation du mois dernier sur le report répété de mes rendez-vous n’a reçu qu’une \
                            réponse générale. Je demande un nouveau calendrier d’entretiens tenu par écrit."""));
            mediation.statuer(saisine.id(), true,
                    "Une réclamation a été faite auprès de l’opérateur et sa réponse ne convient pas à la personne.");
            mediation.demanderAcces(saisine.id());
            mediation.ecrire(saisine.id(), FilSaisine.PERSONNE, """
                    Bonjour Madame Nguyen, j’ai bien reçu votre courrier et je me saisis de votre demande. \
                    Je vais lire votre dossier et interroger l’opérateur.""");
            mediation.ecrire(saisine.id(), FilSaisine.CORRESPONDANT, """
                    Bonjour, pouvez-vous m’indiquer les dates des rendez-vous reportés de Mme Nguyen et les raisons \
                    de ces reports ?""");
        });
    }
}
