package fr.portailcep.echeance;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The clock follows the agenda: a first exchange held stops it, a cancellation by the person that leaves nothing
 * planned withdraws the request. Both run after the rendez-vous feature's transaction committed, in a transaction of
 * their own, and are replayed from the event publication registry if they fail (DD011): the conseiller's click or
 * the person's cancellation never fails because of the clock, and the moment recorded is the one carried by the
 * event (the start of the rendez-vous), not the moment the listener runs.
 */
@Component
class ReactionsAuxRendezVous {

    private final EcheancesService echeances;

    ReactionsAuxRendezVous(EcheancesService echeances) {
        this.echeances = echeances;
    }

    @ApplicationModuleListener
    void echangeNote(Evenements.EchangeNote echange) {
        if (echange.tenu() && echange.demandeId() != null) {
            echeances.premierEchangeTenu(echange.demandeId(), echange.debut());
        }
    }

    @ApplicationModuleListener
    void rendezVousRetire(Evenements.RendezVousRetire retrait) {
        if (retrait.parLaPersonne() && retrait.demandeId() != null) {
            echeances.retirerSiRienNEstPrevu(retrait.demandeId());
        }
    }
}
