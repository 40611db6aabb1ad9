package fr.portailcep.rendezvous;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.shared.Systeme;

/**
 * Import of an existing offer and history (the operator's previous tool, the demo data): opening hours, absences,
 * and rendez-vous as they happened, past ones included. Acts on behalf of the system, without the checks of the
 * screens (a past rendez-vous cannot be booked, but it can be imported).
 */
@Service
public class ReprisesRendezVous {

    private final PlageOuvertureRepository plages;
    private final FermetureRepository fermetures;
    private final RendezVousRepository rendezVous;

    ReprisesRendezVous(PlageOuvertureRepository plages, FermetureRepository fermetures,
            RendezVousRepository rendezVous) {
        this.plages = plages;
        this.fermetures = fermetures;
        this.rendezVous = rendezVous;
    }

    @Systeme
    @Transactional
    public PlageOuverture plage(UUID conseillerId, UUID siteId, DayOfWeek jour, LocalTime debut, LocalTime fin,
            Set<Modalite> modalites, int dureeMinutes, LocalDate valideDu) {
        return plages.saveAndFlush(new PlageOuverture(conseillerId, siteId, jour, debut, fin, modalites, dureeMinutes,
                valideDu, null));
    }

    @Systeme
    @Transactional
    public Fermeture absence(UUID conseillerId, Instant debut, Instant fin, String motif, Instant creeLe) {
        return fermetures.saveAndFlush(Fermeture.absence(conseillerId, debut, fin, motif, creeLe));
    }

    /**
     * A rendez-vous as it happened, with the events of what happened to it: a held first exchange stops the clock of
     * its request at its start; a first rendez-vous attaches the person's dossier to its site and conseiller, as a
     * booking does; a cancellation by the person withdraws a request with nothing else planned.
     */
    @Systeme
    @Transactional
    public RendezVous rendezVous(UUID conseillerId, UUID siteId, UUID beneficiaireId, UUID demandeId,
            Modalite modalite, Instant debut, Instant fin, StatutRendezVous statut, String resume, String besoin,
            Instant creeLe) {
        var rdv = new RendezVous(conseillerId, siteId, beneficiaireId, demandeId, modalite, debut, fin,
                OrigineRendezVous.REPRISE, resume, besoin, null, creeLe);
        switch (statut) {
            case RESERVE -> {
            }
            case ANNULE -> rdv.annuler(RendezVous.Auteur.BENEFICIAIRE, creeLe);
            default -> rdv.noter(statut, conseillerId, debut.isAfter(creeLe) ? debut : creeLe);
        }
        if (statut != StatutRendezVous.RESERVE) {
            rdv.rappelEnvoye();
        }
        return rendezVous.saveAndFlush(rdv);
    }
}
