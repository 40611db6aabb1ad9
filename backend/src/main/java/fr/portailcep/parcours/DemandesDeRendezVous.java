package fr.portailcep.parcours;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.portailcep.echeance.Evenements;
import fr.portailcep.rendezvous.EvenementsRendezVous;
import fr.portailcep.shared.Textes;

/**
 * Where the booking feature meets the dossier: a first request opens the person's dossier (or records the new
 * request in it and reopens it), and the first rendez-vous attaches the dossier to its site and conseiller.
 * <p>
 * The listeners run in the booking's own transaction, on purpose (DD011): the dossier and the rendez-vous are saved
 * together or not at all (a booking that loses its slot to another person leaves no dossier behind), the
 * conseiller's caseload shows the person as soon as the booking is confirmed, and the dossier is opened
 * ({@code DemandeEnregistree}, published first) before the rendez-vous attaches it ({@code RendezVousReserve}).
 */
@Component
class DemandesDeRendezVous {

    private final ParcoursService parcours;
    private final Textes textes;

    DemandesDeRendezVous(ParcoursService parcours, Textes textes) {
        this.parcours = parcours;
        this.textes = textes;
    }

    @EventListener
    void demandeEnregistree(Evenements.DemandeEnregistree demande) {
        // At most 40 characters (demande_dossier.origine).
        parcours.ouvrirSurDemande(demande.beneficiaireId(),
                textes.get("parcours.demande.origine." + demande.canal().name()), null);
    }

    @EventListener
    void rendezVousReserve(EvenementsRendezVous.RendezVousReserve rendezVous) {
        if (rendezVous.demandeId() != null) {
            parcours.premierRendezVous(rendezVous.beneficiaireId(), rendezVous.siteId(), rendezVous.conseillerId());
        }
    }
}
