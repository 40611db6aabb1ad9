package fr.portailcep.rendezvous;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;

import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.parcours.Personnes;

/**
 * A rendez-vous of a new person with its personal link, as a courriel would carry it (the link is made the way
 * {@link CourrielsRendezVous} makes it), for the tests of the link's pages. Each one far ahead, on a day of its own,
 * at an hour no other test books in Julien Weber's agenda at Strasbourg.
 */
public final class LiensDeGestion {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final AtomicInteger JOUR = new AtomicInteger(240);

    /** A rendez-vous and the path of its link. */
    public record Rdv(UUID id, UUID beneficiaire, String email, String chemin) {
    }

    private LiensDeGestion() {
    }

    public static Rdv nouveau(ApplicationContext contexte, Personnes personnes, Instant maintenant, String prefixe,
            Modalite modalite) {
        var identifiant = prefixe + "." + UUID.randomUUID().toString().substring(0, 8);
        var personne = personnes.nouveauBeneficiaire(identifiant, "Claire", "Lien");
        var demande = contexte.getBean(EcheancesService.class).ouvrirOuRetrouver(personne, Territoire.ALSACE_MOSELLE,
                maintenant, CanalDemande.EN_LIGNE, null, null).id();
        var jour = LocalDate.ofInstant(maintenant, PARIS).plusDays(JOUR.getAndIncrement());
        var debut = jour.atTime(LocalTime.of(7, 40)).atZone(PARIS).toInstant();
        var rdv = contexte.getBean(ReprisesRendezVous.class).rendezVous(personnes.compte("julien.weber").id(),
                personnes.site("Strasbourg"), personne, demande, modalite, debut, debut.plus(Duration.ofMinutes(45)),
                StatutRendezVous.RESERVE, null, null, maintenant);
        return new Rdv(rdv.id(), personne, identifiant + Personnes.DOMAINE,
                lien(contexte, rdv.id(), maintenant, maintenant.plus(Duration.ofDays(30))));
    }

    /** A link of the rendez-vous valid over the given period (an expired one when it is over). */
    public static String lien(ApplicationContext contexte, UUID rendezVous, Instant du, Instant au) {
        var nouveau = LienGestion.creer(rendezVous, du, au);
        contexte.getBean(LienGestionRepository.class).save(nouveau.lien());
        return CourrielsRendezVous.cheminGestion(nouveau.jeton());
    }

    /** The first free slot where the rendez-vous is (for an address of the confirmation page). */
    public static String confirmation(ApplicationContext contexte, Rdv rdv, Personnes personnes) {
        var site = personnes.site("Strasbourg");
        var c = contexte.getBean(CreneauxService.class).proposes(new FiltreCreneaux(Modalite.SUR_SITE, site),
                CreneauxService.HORIZON_JOURS).getFirst();
        return rdv.chemin() + "/deplacer/confirmer?debut=" + c.debut().getEpochSecond() + "&modalite=SUR_SITE&site="
                + site;
    }
}
